// `ws` ships no types and @types/ws is not installed; the provider only needs the constructor.
declare module 'ws' {
  const WebSocket: unknown;
  export default WebSocket;
}
