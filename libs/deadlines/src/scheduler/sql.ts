import type { EntityManager } from 'typeorm';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Quotes a schema name after checking it is a plain lower-case identifier. */
export function quoteSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name: ${JSON.stringify(schema)}`);
  return `"${schema}"`;
}

/**
 * DDL of the deadline tables in a service's schema, for its TypeORM migration:
 *
 *   for (const sql of deadlineTablesSql('toeleiding')) await queryRunner.query(sql);
 *
 * - `deadline`: one row per deadline; Postgres is the truth, the BullMQ job only a wake-up.
 *   `generation` grows on every reschedule/cancel so a job of an older generation is inert.
 *   At most one *armed* deadline per (kind, subject_id).
 * - `deadline_warning`: one row per warning lead time per generation.
 * - `recurring_moment` / `recurring_occurrence`: recurring calendar moments; the primary key
 *   of an occurrence is what makes it fire once, however many instances run.
 * Idempotent (IF NOT EXISTS), so it can also run at start-up in tests.
 */
export function deadlineTablesSql(schema: string): string[] {
  const s = quoteSchemaName(schema);
  return [
    `CREATE SCHEMA IF NOT EXISTS ${s}`,
    `CREATE TABLE IF NOT EXISTS ${s}.deadline (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind ~ '^[a-z0-9][a-z0-9.-]{0,99}$'),
      subject_id text NOT NULL CHECK (subject_id ~ '^[A-Za-z0-9_.-]{1,200}$'),
      due_at timestamptz NOT NULL,
      rule_version text NOT NULL CHECK (length(rule_version) BETWEEN 1 AND 200),
      state text NOT NULL DEFAULT 'armed' CHECK (state IN ('armed', 'fired', 'cancelled')),
      warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
      generation integer NOT NULL DEFAULT 1,
      fired_at timestamptz,
      cancelled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((state = 'fired') = (fired_at IS NOT NULL)),
      CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL))
    )`,
    `CREATE UNIQUE INDEX IF NOT EXISTS deadline_armed_kind_subject_uq ON ${s}.deadline (kind, subject_id) WHERE state = 'armed'`,
    `CREATE INDEX IF NOT EXISTS deadline_armed_due_idx ON ${s}.deadline (due_at, id) WHERE state = 'armed'`,
    `CREATE INDEX IF NOT EXISTS deadline_subject_idx ON ${s}.deadline (subject_id)`,
    `CREATE TABLE IF NOT EXISTS ${s}.deadline_warning (
      deadline_id uuid NOT NULL REFERENCES ${s}.deadline (id) ON DELETE CASCADE,
      generation integer NOT NULL,
      lead text NOT NULL,
      due_at timestamptz NOT NULL,
      state text NOT NULL DEFAULT 'armed' CHECK (state IN ('armed', 'fired', 'superseded', 'skipped')),
      fired_at timestamptz,
      PRIMARY KEY (deadline_id, generation, lead)
    )`,
    `CREATE INDEX IF NOT EXISTS deadline_warning_armed_due_idx ON ${s}.deadline_warning (due_at) WHERE state = 'armed'`,
    `CREATE TABLE IF NOT EXISTS ${s}.recurring_moment (
      name text PRIMARY KEY CHECK (name ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
      spec jsonb NOT NULL,
      registered_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.recurring_occurrence (
      name text NOT NULL,
      occurrence_at timestamptz NOT NULL,
      occurrence_date date NOT NULL,
      fired_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (name, occurrence_at)
    )`,
  ];
}

/**
 * `manager.query` with the rows of any statement: TypeORM's postgres driver returns
 * `[rows, rowCount]` for UPDATE/DELETE (also with RETURNING) and plain rows otherwise.
 */
export async function rows<T = Record<string, unknown>>(manager: Pick<EntityManager, 'query'>, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return (Array.isArray(result) ? result : []) as T[];
}
