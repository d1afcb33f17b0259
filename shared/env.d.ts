// shared/ may use neither Node nor DOM typings; these are the two runtime
// globals that exist identically in Node 20, Chromium and Electron.
declare const crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T;
};
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
/** WHATWG URL, identical in Node 20, Chromium and Electron (only what shared/ reads). */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
}
