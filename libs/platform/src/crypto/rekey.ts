import type { DataSource, EntityManager } from 'typeorm';

export type RekeyOutcome = 'current' | 'rekeyed' | 'conflict';

export interface RekeyProgress {
  seen: number;
  rekeyed: number;
  current: number;
  /** Ids of rows that could not be re-keyed (e.g. the new hash belongs to another row). */
  conflicts: string[];
}

export interface RekeyOptions<R extends { id: string }> {
  dataSource: DataSource;
  batchSize?: number;
  /** At most `limit` rows with an id above `afterId`, in id order, locked FOR UPDATE. */
  selectBatch(m: EntityManager, afterId: string | null, limit: number): Promise<R[]>;
  /** Re-encrypts / re-hashes one row with the current keys, unless it already uses them. */
  rekeyRow(m: EntityManager, row: R): Promise<RekeyOutcome>;
  onBatch?(progress: Readonly<RekeyProgress>): void;
}

/**
 * Walks a table in id order, one transaction per batch, so a rotation of any size runs
 * while the service keeps working (only the rows of the current batch are locked) and
 * can be stopped and run again: rows already on the current keys are skipped.
 */
export async function rekeyInBatches<R extends { id: string }>(o: RekeyOptions<R>): Promise<RekeyProgress> {
  const progress: RekeyProgress = { seen: 0, rekeyed: 0, current: 0, conflicts: [] };
  const limit = o.batchSize ?? 500;
  let afterId: string | null = null;
  for (;;) {
    const last: string | null = await o.dataSource.transaction(async (m) => {
      const rows = await o.selectBatch(m, afterId, limit);
      for (const row of rows) {
        const outcome = await o.rekeyRow(m, row);
        if (outcome === 'conflict') progress.conflicts.push(row.id);
        else progress[outcome]++;
      }
      progress.seen += rows.length;
      return rows.length ? rows[rows.length - 1].id : null;
    });
    if (last === null) return progress;
    o.onBatch?.(progress);
    afterId = last;
  }
}
