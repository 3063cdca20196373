import { AsyncLocalStorage } from 'node:async_hooks';

interface CorrelationContext {
  correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

/** Runs fn with a correlation id that log lines and published events pick up. */
export function runWithCorrelationId<T>(correlationId: string, fn: () => T): T {
  return storage.run({ correlationId }, fn);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/** Accepts only a safe token from outside: a header must not inject log content. */
export function sanitizeCorrelationId(raw: unknown): string | undefined {
  return typeof raw === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(raw) ? raw : undefined;
}
