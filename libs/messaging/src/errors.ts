import { RpcException } from '@nestjs/microservices';

const PARK = 'paoPark';

/**
 * Thrown by a handler for an event it will never be able to handle (retrying is pointless):
 * the transport parks the message at once with this reason, skipping the retry schedule.
 * The reason goes into a message header: ids and codes only, no personal data.
 *
 * An RpcException, so it passes Nest's RPC exception filter with its reason intact.
 */
export class ParkEventError extends RpcException {
  constructor(readonly reason: string) {
    super({ status: 'error', message: reason, [PARK]: true });
  }
}

/** True for a ParkEventError, also after Nest's exception filter turned it into its error object. */
export function isParkSignal(err: unknown): boolean {
  if (err instanceof ParkEventError) return true;
  return typeof err === 'object' && err !== null && (err as Record<string, unknown>)[PARK] === true;
}

/**
 * A short, header-safe description of a handler failure. Inside Nest, an ordinary error
 * reaches the transport as `{ status: 'error', message: 'Internal server error' }` (Nest's
 * RPC exception filter logs the original with its stack); an RpcException keeps its message.
 */
export function describeError(err: unknown, max = 300): string {
  let text: string;
  if (err instanceof Error) text = `${err.name}: ${err.message}`;
  else if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') {
    text = (err as { message: string }).message;
  } else text = String(err);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
