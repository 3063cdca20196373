import { type DeadlineEffects, deadlineTablesSql } from '@pao/deadlines';
import { type DataSource, type EntityManager } from 'typeorm';
import { metricsRegistry } from '@pao/platform';

/** The deadline tables plus the synthetic effect's table in `schema`. */
export async function makeSchema(ds: DataSource, schema: string): Promise<void> {
  for (const sql of deadlineTablesSql(schema)) await ds.query(sql);
  // No unique key on purpose: a second effect for a deadline would show up in the count.
  await ds.query(`CREATE TABLE "${schema}".effect (deadline_id uuid NOT NULL, due_at timestamptz NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
}

/** The synthetic effect: one row per deadline in the firing transaction (what an outbox append costs); a batch in one statement. */
export function syntheticEffects(schema: string): DeadlineEffects {
  return {
    onDeadline: (m: EntityManager, d) => m.query(`INSERT INTO "${schema}".effect (deadline_id, due_at) VALUES ($1, $2)`, [d.id, d.dueAt]).then(() => undefined),
    // A batch's effects in one statement, as appendToOutbox writes a batch of events.
    onDeadlines: (m: EntityManager, ds) =>
      m.query(`INSERT INTO "${schema}".effect (deadline_id, due_at) SELECT * FROM unnest($1::uuid[], $2::timestamptz[])`, [ds.map((d) => d.id), ds.map((d) => d.dueAt)]).then(() => undefined),
  };
}

/** Where the firing time went, from the scheduler's own metrics (labelled by schema). */
export async function firingBreakdown(schema: string): Promise<string> {
  const values = async (name: string) => ((await metricsRegistry.getSingleMetric(name)?.get())?.values ?? []).filter((v) => v.labels.schema === schema);
  const wake = new Map((await values('deadlines_wake_ups_total')).map((v) => [String(v.labels.outcome), v.value]));
  const sizes = await values('deadlines_fire_batch_size');
  const secs = await values('deadlines_fire_batch_seconds');
  const of = (vs: typeof sizes, suffix: string) => vs.find((v) => (v as { metricName?: string }).metricName?.endsWith(suffix))?.value ?? 0;
  const batches = of(sizes, '_count');
  const fired = of(sizes, '_sum');
  const fallbacks = (await values('deadlines_fire_batch_fallbacks_total')).reduce((a, v) => a + v.value, 0);
  const retries = (await values('deadlines_fire_retries_total')).reduce((a, v) => a + v.value, 0);
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return (
    `${n(batches)} firing transactions (${n(fired)} deadlines, ${(fired / Math.max(1, batches)).toFixed(0)} per transaction, ` +
    `${(of(secs, '_sum') / Math.max(1, of(secs, '_count')) * 1000).toFixed(0)} ms each on average, ${n(retries)} retried after a deadlock, ${n(fallbacks)} fallbacks to one by one); ` +
    `wake-up jobs: ${[...wake].map(([k, v]) => `${n(v)} ${k}`).join(', ')}`
  );
}
