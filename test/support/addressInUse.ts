/** How a bind that lost its port to another process says so (Node, redis-server, PostgreSQL). */
const IN_USE = /EADDRINUSE|address already in use/i;
const TRIES = 40;
const PAUSE_MS = 250;

/**
 * Starts something on a port and starts it again while the port is taken. A port picked free and
 * released (`freePort`), or a server restarted on its old address, can be bound by another process
 * meanwhile (any outgoing connection may get it as its local port); that one lets go soon, and a
 * fresh `start` may pick another port. Any other failure is thrown at once.
 */
export async function retryWhileAddressInUse<T>(start: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= TRIES || !IN_USE.test(message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }
}
