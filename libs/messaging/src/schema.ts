/**
 * DDL of the messaging tables, for a service's TypeORM migration:
 *
 *   for (const sql of messagingTablesSql('toeleiding')) await queryRunner.query(sql);
 *
 * - `<schema>.outbox`: one row per event, written in the command's transaction. `id` is the
 *   event id, `payload` the whole envelope, `position` the commit order used by the relay,
 *   `published_at` stays null until the broker confirmed the message.
 * - `<schema>.inbox`: one row per (consumer, event id, source) handled — CloudEvents ids are
 *   unique per source — written in the handler's transaction; its primary key is what
 *   makes a redelivered event a no-op.
 */
export function messagingTablesSql(schema: string): string[] {
  const s = quoteSchema(schema);
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.outbox (
      id uuid PRIMARY KEY,
      position bigserial NOT NULL,
      aggregate_id text NOT NULL,
      type text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      attempts integer NOT NULL DEFAULT 0,
      last_error text
    )`,
    `CREATE UNIQUE INDEX IF NOT EXISTS outbox_position_uq ON ${s}.outbox (position)`,
    `CREATE INDEX IF NOT EXISTS outbox_pending_idx ON ${s}.outbox (position) WHERE published_at IS NULL`,
    `CREATE INDEX IF NOT EXISTS outbox_pending_aggregate_idx ON ${s}.outbox (aggregate_id, position) WHERE published_at IS NULL`,
    `CREATE INDEX IF NOT EXISTS outbox_published_at_idx ON ${s}.outbox (published_at) WHERE published_at IS NOT NULL`,
    `CREATE TABLE IF NOT EXISTS ${s}.inbox (
      consumer text NOT NULL,
      event_id text NOT NULL,
      source text NOT NULL,
      event_type text NOT NULL,
      processed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id, source)
    )`,
    `CREATE INDEX IF NOT EXISTS inbox_processed_at_idx ON ${s}.inbox (processed_at)`,
  ];
}

/** The reverse of `messagingTablesSql` (for a migration's `down`); leaves the schema. */
export function dropMessagingTablesSql(schema: string): string[] {
  const s = quoteSchema(schema);
  return [`DROP TABLE IF EXISTS ${s}.inbox`, `DROP TABLE IF EXISTS ${s}.outbox`];
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

/** Quotes a schema name after checking it is a plain lower-case identifier (it goes into SQL text). */
export function quoteSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`messaging: schema name must match ${SCHEMA_NAME} (got ${JSON.stringify(schema)})`);
  }
  return `"${schema}"`;
}

/** The LISTEN/NOTIFY channel on which `appendToOutbox` wakes the relay of `schema`. */
export function outboxChannel(schema: string): string {
  quoteSchema(schema);
  return `pao_outbox_${schema}`;
}
