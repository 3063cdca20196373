import { AsyncLocalStorage } from 'node:async_hooks';

interface CorrelationStore {
  readonly correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationStore>();

/** Runs `fn` with `id` as the current correlation id (for everything it awaits or spawns). */
export function runWithCorrelationId<T>(id: string, fn: () => T): T {
  return storage.run({ correlationId: id }, fn);
}

/** The correlation id of the current HTTP request, message handler or job, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
