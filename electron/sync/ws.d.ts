// `ws` ships no types and @types/ws is not installed; the sync client needs only this much.
declare module 'ws' {
  class WebSocket {
    constructor(url: string, protocols?: string | string[]);
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export default WebSocket;
}
