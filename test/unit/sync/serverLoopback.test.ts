import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type RunningServer } from '../../../electron/sync/server/startServer';
import { tempDir } from '../helpers/tempDir';

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** This machine's other addresses: where a server listening on every interface would also answer. */
const otherAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal)
    .map((info) => info!.address)
    .concat('::1');

describe('the sync server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startSyncServer({ dataDir: await tempDir('rn-loopback-'), port: 0 });
  });
  afterAll(() => server.stop());

  it('answers on 127.0.0.1 only, as documented (not on the machine’s other addresses)', async () => {
    expect(await accepts('127.0.0.1', server.port)).toBe(true);
    for (const address of otherAddresses()) expect(await accepts(address, server.port), address).toBe(false);
  });
});
