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

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Accepts only a safe token from outside: a header must not inject log content, nor
 * carry something that looks like a BSN into logs and event attributes.
 */
export function sanitizeCorrelationId(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(raw)) return undefined;
  return /(?<!\d)\d{9}(?!\d)/.test(raw.replace(UUID, '-')) ? undefined : raw;
}
