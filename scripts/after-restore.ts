import { SERVICES } from '@pao/platform';
import { DataSource } from 'typeorm';
import { localEnv } from './local-env';

/**
 * The step between restoring PostgreSQL and starting the services (docs/operations.md).
 *
 * PostgreSQL is the only truth; RabbitMQ and Redis start empty and are rebuilt from it: the
 * deadline reconciler re-arms every wake-up at start, the relays publish every unpublished
 * outbox row. One gap remains: events the old broker had confirmed (so marked published in
 * the backup) but no consumer had handled yet were lost with the broker. This step marks the
 * outbox rows published in the last `windowMinutes` before the backup's newest publication
 * unpublished again, so the relays publish them once more, in order; consumers that had
 * handled one already skip it (inbox, kept ≥ 1 day, default 14). Run it once per restore.
 */
export interface ReopenResult {
  schema: string;
  /** Rows that were still unpublished in the backup. */
  unpublished: number;
  /** Rows published in the window, marked unpublished again. */
  reopened: number;
}

/** The inbox keeps an event id at least one day (MIN_INBOX_RETENTION_MS): a longer window would re-handle events. */
export const MAX_WINDOW_MINUTES = 24 * 60;

export async function reopenOutboxAfterRestore(dataSource: DataSource, windowMinutes = 60): Promise<ReopenResult[]> {
  if (!(windowMinutes >= 0 && windowMinutes <= MAX_WINDOW_MINUTES)) throw new Error(`window must be 0..${MAX_WINDOW_MINUTES} minutes (the inbox retention floor)`);
  const results: ReopenResult[] = [];
  for (const { schema } of SERVICES) {
    const [{ exists }] = (await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`"${schema}".outbox`])) as Array<{ exists: boolean }>;
    if (!exists) continue;
    await dataSource.transaction(async (m) => {
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM "${schema}".outbox WHERE published_at IS NULL`)) as Array<{ n: number }>;
      const reopened = (await m.query(
        `UPDATE "${schema}".outbox SET published_at = NULL
         WHERE published_at >= (SELECT max(published_at) FROM "${schema}".outbox) - make_interval(mins => $1)
         RETURNING id`,
        [windowMinutes],
      )) as [unknown[], number];
      results.push({ schema, unpublished: n, reopened: reopened[1] });
    });
  }
  return results;
}

if (require.main === module) {
  const arg = process.argv.find((a) => a.startsWith('--window-minutes='));
  const window = arg ? Number(arg.split('=')[1]) : 60;
  const ds = new DataSource({ type: 'postgres', url: localEnv.DATABASE_URL });
  ds.initialize()
    .then(() => reopenOutboxAfterRestore(ds, window))
    .then((results) => {
      for (const r of results) console.log(`[after-restore] ${r.schema}: ${r.unpublished} unpublished in the backup, ${r.reopened} published in the last ${window} min reopened`);
      return ds.destroy();
    })
    .catch((e: unknown) => {
      console.error('[after-restore] failed:', e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
