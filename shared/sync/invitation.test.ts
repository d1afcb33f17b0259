import { describe, expect, it } from 'vitest';
import { formatInvitation, parseInvitation, type Invitation } from './invitation';

const good: Invitation = {
  server: 'http://127.0.0.1:4000',
  notebook: 'nb_1',
  token: 'abcdefghijklmnopqrstuvwxyz012345',
  role: 'editor',
};

describe('invitation', () => {
  it('round-trips as one line', () => {
    const line = formatInvitation(good);
    expect(line).not.toMatch(/\s/);
    expect(parseInvitation(`  ${line}\n`)).toEqual(good);
  });
  const bad: Array<[string, string]> = [
    ['empty', ''],
    ['other prefix', 'invite:abc'],
    ['not base64', 'rn-invite:@@@'],
    ['not JSON', 'rn-invite:aGVsbG8'],
    ['wrong role', formatInvitation({ ...good, role: 'owner' as 'editor' })],
    ['script server', formatInvitation({ ...good, server: 'javascript:alert(1)' })],
    ['path in server', formatInvitation({ ...good, server: 'http://h/x' })],
    ['short token', formatInvitation({ ...good, token: 'x' })],
  ];
  it.each(bad)('refuses %s', (_name, line) => expect(parseInvitation(line)).toBeNull());
});
