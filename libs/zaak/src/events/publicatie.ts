import { randomUUID } from 'node:crypto';
import { validateEnvelope, type CreateEventInput, type EventEnvelope } from '@pao/contracts';
import { appendToOutbox, type EventValidator } from '@pao/messaging';
import { currentCorrelationId } from '@pao/platform';
import { type EntityManager } from 'typeorm';

/** What every domain event looks like: a name and its data (ids, codes and dates; never a BSN or free text). */
export interface DomeinEvent {
  readonly naam: string;
  readonly data: unknown;
}

/** The CloudEvent context attributes shared by the events of one command. */
export interface EventBasis {
  /** The SWV's source URN (its legal body, this service), when the service knows its SWVs. */
  readonly source?: string;
  readonly subject: string;
  readonly swv: CreateEventInput<unknown>['swv'];
  readonly correlationid: string;
}

export type Mapper<E, S, X> = (e: E, s: S, ctx: X & { readonly basis: EventBasis }) => EventEnvelope | readonly EventEnvelope[] | undefined;

/**
 * Domain events → catalogue events. The compiler checks the mapping is exhaustive:
 * every domain event is mapped, or explicitly marked 'niet-gepubliceerd' (it lives in the
 * audit trail only). Adding a domain event without deciding fails the build.
 */
export type EventMapping<E extends DomeinEvent, S, X = object> = {
  readonly [N in E['naam']]: Mapper<Extract<E, { readonly naam: N }>, S, X> | 'niet-gepubliceerd';
};

/** The correlation id of the request or job, or a fresh one (events always carry one). */
export function correlatie(): string {
  return currentCorrelationId() ?? randomUUID();
}

export function naarCloudEvents<E extends DomeinEvent, S extends { readonly id: string; readonly swv: string }, X>(
  mapping: EventMapping<E, S, X>,
  events: readonly E[],
  s: S,
  ctx: X,
  bron?: string,
): EventEnvelope[] {
  const basis: EventBasis = { ...(bron ? { source: bron } : {}), subject: s.id, swv: s.swv as EventBasis['swv'], correlationid: correlatie() };
  const uit: EventEnvelope[] = [];
  for (const e of events) {
    const mapper = mapping[e.naam as E['naam']];
    if (mapper === 'niet-gepubliceerd') continue;
    const m = (mapper as Mapper<E, S, X>)(e, s, { ...ctx, basis });
    if (m === undefined) continue;
    if (Array.isArray(m)) uit.push(...(m as EventEnvelope[]));
    else uit.push(m as EventEnvelope);
  }
  return uit;
}

/** The event catalogue as the messaging library's validator. */
export const catalogusValidator: EventValidator = { validate: (raw) => validateEnvelope(raw) };

/** Appends events to the service's outbox in the caller's transaction; an event the catalogue refuses fails the command. */
export function naarOutbox(m: EntityManager, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  return appendToOutbox(m, schema, events, { validator: catalogusValidator });
}
