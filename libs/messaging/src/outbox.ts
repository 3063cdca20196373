import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from './correlation';
import type { EventEnvelope, EventValidator } from './envelope';
import { outboxChannel, quoteSchema } from './schema';

export interface AppendOptions {
  /** When given, every event is validated first and the call throws on the first invalid one. */
  validator?: EventValidator;
}

/** Thrown by `appendToOutbox` for an event the catalogue rejects: the command must fail. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  constructor(
    readonly eventType: string,
    readonly reason: string,
  ) {
    super(`invalid event of type ${eventType}: ${reason}`);
  }
}

/**
 * Writes events to `<schema>.outbox` inside the caller's transaction and notifies the relay
 * (the notification is delivered on commit, and not at all on rollback).
 *
 * An event without `correlationid` inherits the current one (`currentCorrelationId()`), or
 * its own id when there is none. The aggregate (the unit of ordering) is the event's
 * `subject`; events without a subject are unordered.
 */
export async function appendToOutbox(
  manager: EntityManager,
  schema: string,
  events: readonly EventEnvelope[],
  options: AppendOptions = {},
): Promise<void> {
  const s = quoteSchema(schema);
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction that changes the state (use dataSource.transaction)');
  }
  if (events.length === 0) return;
  const prepared = events.map((e) => withCorrelation(e));
  if (options.validator) {
    for (const e of prepared) {
      const result = options.validator.validate(e);
      if (!result.ok) throw new InvalidEventError(String(e.type), result.reason);
    }
  }
  await manager.query(
    `WITH ins AS (
       INSERT INTO ${s}.outbox (id, aggregate_id, type, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])
     )
     SELECT pg_notify($5, '')`,
    [
      prepared.map((e) => e.id),
      prepared.map((e) => e.subject ?? e.id),
      prepared.map((e) => e.type),
      prepared.map((e) => JSON.stringify(e)),
      outboxChannel(schema),
    ],
  );
}

function withCorrelation(e: EventEnvelope): EventEnvelope {
  if (e.correlationid) return e;
  return { ...e, correlationid: currentCorrelationId() ?? e.id };
}
