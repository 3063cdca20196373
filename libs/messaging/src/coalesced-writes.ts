import type { Socket } from 'node:net';

/**
 * Makes the frames that one stretch of synchronous code writes to an AMQP connection go out in
 * one socket write. amqplib writes every frame (a publish, an ack) on its own, and on a
 * loopback connection each write also runs the broker side's TCP receive work: together with
 * PostgreSQL's writes, the largest share of the messaging path's CPU (docs/benchmarks.md,
 * ADR 0039). The first write of a stretch corks the socket and the end of the stretch
 * (`process.nextTick`) uncorks it: nothing waits for a timer and the bytes keep their order.
 */
export function coalesceWrites(connection: unknown): void {
  const socket = (connection as { connection?: { stream?: Socket } } | undefined)?.connection?.stream;
  if (!socket || typeof socket.cork !== 'function' || typeof socket.uncork !== 'function') return;
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: Socket, ...args: unknown[]) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as Socket['write'];
}
