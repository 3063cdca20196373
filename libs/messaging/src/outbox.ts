import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from './correlation';
import type { EventEnvelope, EventValidator } from './envelope';
import { tagForLocalWake } from './local-wake';
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
 * Writes events to `<schema>.outbox` inside the caller's transaction and makes sure a relay
 * wakes after the commit (not on rollback): a relay running in this process is woken
 * directly after the commit; otherwise the transaction sends a NOTIFY (see local-wake.ts
 * for why not always NOTIFY).
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
  const queryRunner = manager.queryRunner;
  if (!queryRunner?.isTransactionActive) {
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
  const params = [
    prepared.map((e) => e.id),
    prepared.map((e) => e.subject ?? e.id),
    prepared.map((e) => e.type),
    prepared.map((e) => JSON.stringify(e)),
  ];
  const insert = `INSERT INTO ${s}.outbox (id, aggregate_id, type, payload)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])`;
  if (tagForLocalWake(queryRunner, schema)) {
    await manager.query(insert, params);
  } else {
    await manager.query(`WITH ins AS (${insert}) SELECT pg_notify($5, '')`, [...params, outboxChannel(schema)]);
  }
}

function withCorrelation(e: EventEnvelope): EventEnvelope {
  if (e.correlationid) return e;
  return { ...e, correlationid: currentCorrelationId() ?? e.id };
}
