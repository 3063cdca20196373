import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from './clock';
import { DeadlineRow, FIRED_WARNING_COLUMNS, FiredWarningRow, toFiredWarning, toRecord } from './deadline-rows';
import { RecentlyFired, Quarantine } from './firing-memory';
import { deadlineBatchFallbacks, deadlineFireBatchSeconds, deadlineFireRetries, deadlineFireBatches, deadlineFireLag, deadlinesFired, deadlineWakeUps } from './metrics';
import { rows } from './sql';
import type { DeadlineEffects, FiredDeadline, SchedulerLogger } from './types';

const RETRIES = 3;

/** PostgreSQL deadlock_detected / serialization_failure: the transaction rolled back whole and may run again. */
function isTransient(err: unknown): boolean {
  const code = (err as { driverError?: { code?: unknown } }).driverError?.code ?? (err as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}

export type FireOutcome = { outcome: 'fired' | 'stale' } | { outcome: 'early'; remainingMs: number };

export interface DeadlineFiringOptions {
  readonly dataSource: DataSource;
  /** The quoted schema name. */
  readonly s: string;
  readonly clock: Clock;
  readonly effects: DeadlineEffects;
  /** Deadlines per firing transaction: a woken worker fires its own with up to this many due. */
  readonly fireBatch: number;
  /** Firing transactions (a batch, or a drain) that woken jobs of this process run at once; the others wait for them. */
  readonly concurrentFirings: number;
  /** Deadlines per transaction of such a drain. */
  readonly drainBatch: number;
  readonly log: SchedulerLogger;
}

/** What a drain did: deadlines fired, and the ids whose effect failed (still armed). */
export interface DrainReport {
  readonly fired: number;
  readonly failed: readonly string[];
}

/**
 * Firing: one transaction marks deadlines (or warnings) fired with PostgreSQL's now(), the
 * legal timestamp, and runs their effects, but only those armed, of the job's generation
 * and due by the clock. So however often a job runs, there is one effect; a job of an old
 * generation or a cancelled deadline does nothing; a job woken early is told how long to sleep.
 *
 * A burst (many due at once) is fired in batches per transaction by the first woken
 * workers: a worker whose batch of `fireBatch` was full goes on in batches of `drainBatch`
 * until nothing is due, well ahead of BullMQ handing out the other jobs. Only
 * `concurrentFirings` woken jobs per process fire at once; the others wait and then end on
 * a lookup in memory (this process fired them). With `onDeadlines` a batch's effects are
 * one call. A batch whose transaction fails is fired one by one, so a
 * failing effect keeps only its own deadline armed; it stays out of batches for a while.
 */
export class DeadlineFiring {
  private readonly s: string;
  /** The schema, unquoted: the metrics label. */
  private readonly schema: string;
  private readonly recentlyFired = new RecentlyFired();
  private readonly quarantine = new Quarantine();
  /** Firing transactions (and drains) of woken jobs running in this process. */
  private readonly firings = new Set<Promise<unknown>>();

  constructor(private readonly o: DeadlineFiringOptions) {
    this.s = o.s;
    this.schema = o.s.slice(1, -1);
  }

  /** Counts committed firings and their lag (after the commit: a rolled-back firing never happened). */
  private counted(fired: readonly Pick<DeadlineRow, 'id' | 'generation' | 'due_at' | 'fired_at'>[]): void {
    if (fired.length === 0) return;
    deadlinesFired.inc({ schema: this.schema, what: 'deadline' }, fired.length);
    deadlineFireBatches.observe({ schema: this.schema }, fired.length);
    for (const r of fired) {
      this.recentlyFired.add(r.id, r.generation);
      if (r.fired_at) deadlineFireLag.observe({ schema: this.schema }, Math.max(0, (r.fired_at.getTime() - r.due_at.getTime()) / 1000));
    }
  }

  /**
   * A firing transaction, timed (committed or not). A deadlock or serialization failure
   * (two batches whose effects update the same rows, e.g. a service's counters, in another
   * order) had no effect: run it again, up to three times, before the caller's fallback
   * fires one by one (which would cost a transaction per deadline for a transient conflict).
   */
  private async timed<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const end = deadlineFireBatchSeconds.startTimer({ schema: this.schema });
      try {
        return await this.o.dataSource.transaction(fn);
      } catch (err) {
        if (attempt >= RETRIES || !isTransient(err)) throw err;
        deadlineFireRetries.inc({ schema: this.schema });
        this.o.log.info({ attempt, err: String(err) }, 'firing transaction hit a deadlock or serialization failure; running it again');
      } finally {
        end();
      }
    }
  }

  /** Fires one deadline if it is armed, of this generation and due. Running it twice has one effect. */
  async fireDeadline(id: string, generation: number): Promise<FireOutcome> {
    const now = this.o.clock.now();
    let firedRow: DeadlineRow | undefined;
    const outcome = await this.timed(async (m): Promise<FireOutcome> => {
      const [row] = await rows<DeadlineRow>(
        m,
        `UPDATE ${this.s}.deadline SET state = 'fired', fired_at = now(), updated_at = now()
         WHERE id = $1 AND generation = $2 AND state = 'armed' AND due_at <= $3 RETURNING *`,
        [id, generation, now],
      );
      if (!row) {
        const [cur] = await rows<Pick<DeadlineRow, 'state' | 'generation' | 'due_at'>>(m, `SELECT state, generation, due_at FROM ${this.s}.deadline WHERE id = $1`, [id]);
        if (cur && cur.state === 'armed' && cur.generation === generation) return { outcome: 'early', remainingMs: cur.due_at.getTime() - now.getTime() };
        return { outcome: 'stale' };
      }
      await this.afterFiring(m, [row]);
      firedRow = row;
      return { outcome: 'fired' };
    });
    if (firedRow) this.counted([firedRow]);
    return outcome;
  }

  /**
   * The worker's path for a deadline job. Fired by this process already: done, no query.
   * Else a cheap read (most duplicate and old-generation jobs end there); when due it fires
   * in one transaction with up to `fireBatch - 1` other due deadlines, and when that batch
   * was full (a burst) this worker drains the rest. A failed batch is fired one by one.
   */
  async wakeDeadline(id: string, generation: number): Promise<FireOutcome> {
    const outcome = await this.wake(id, generation);
    deadlineWakeUps.inc({ schema: this.schema, outcome: outcome === 'known' ? 'known-fired' : outcome.outcome });
    return outcome === 'known' ? { outcome: 'stale' } : outcome;
  }

  private async wake(id: string, generation: number): Promise<FireOutcome | 'known'> {
    if (this.recentlyFired.has(id, generation)) return 'known';
    const now = this.o.clock.now();
    const [cur] = await rows<Pick<DeadlineRow, 'state' | 'generation' | 'due_at'>>(
      this.o.dataSource.manager,
      `SELECT state, generation, due_at FROM ${this.s}.deadline WHERE id = $1`,
      [id],
    );
    if (!cur || cur.state !== 'armed' || cur.generation !== generation) return { outcome: 'stale' };
    if (cur.due_at.getTime() > now.getTime()) return { outcome: 'early', remainingMs: cur.due_at.getTime() - now.getTime() };
    // At most `concurrentFirings` firing transactions of woken jobs per process: in a burst
    // the others wait, and then mostly find their deadline fired by the one they waited for.
    while (this.firings.size >= this.o.concurrentFirings) {
      await Promise.race(this.firings);
      if (this.recentlyFired.has(id, generation)) return 'known';
    }
    const firing = this.fireWoken(id, generation);
    const slot: Promise<unknown> = firing.catch(() => undefined).finally(() => this.firings.delete(slot));
    this.firings.add(slot);
    return firing;
  }

  /** The firing of a woken, due deadline: in a batch, draining on when the batch was full. */
  private async fireWoken(id: string, generation: number): Promise<FireOutcome> {
    // Its effect failed a moment ago: its own job retries it alone (and throws again if it fails).
    if (this.quarantine.has(id)) return this.fireDeadline(id, generation);
    const now = this.o.clock.now();
    let fired: DeadlineRow[];
    try {
      fired = await this.fireDueBatch(now, this.o.fireBatch, this.quarantine.ids(), id);
    } catch (err) {
      this.o.log.warn({ deadlineId: id, err: String(err) }, 'batch firing failed; firing its deadlines one by one');
      deadlineBatchFallbacks.inc({ schema: this.schema });
      await this.fireOneByOne(now, this.o.fireBatch, [id, ...this.quarantine.ids()]);
      return this.fireDeadline(id, generation);
    }
    // Not in the batch (fired or held by another transaction): fire it alone, which waits
    // for that transaction and then sees the row as it left it.
    if (!fired.some((r) => r.id === id)) return this.fireDeadline(id, generation);
    if (fired.length >= this.o.fireBatch) {
      try {
        await this.drainDue(this.o.drainBatch, { exclude: () => this.quarantine.ids() });
      } catch (err) {
        this.o.log.warn({ err: String(err) }, 'draining a burst of deadlines stopped; their own jobs fire the rest');
      }
    }
    return { outcome: 'fired' };
  }

  /**
   * Fires every armed deadline due at `at` (default: the clock at each batch) in batches
   * of `limit`, skipping rows other transactions hold. A failing batch is fired one by one:
   * a deadline whose effect fails stays armed, is reported and left out of later batches.
   */
  async drainDue(limit: number, options: { at?: Date; exclude?: () => readonly string[] } = {}): Promise<DrainReport> {
    const failed = new Set<string>();
    let fired = 0;
    for (;;) {
      const now = options.at ?? this.o.clock.now();
      const skip = [...failed, ...(options.exclude?.() ?? [])];
      let n: number;
      try {
        n = (await this.fireDueBatch(now, limit, skip)).length;
      } catch (err) {
        this.o.log.warn({ err: String(err) }, 'deadline batch failed; firing one by one');
        deadlineBatchFallbacks.inc({ schema: this.schema });
        const one = await this.fireOneByOne(now, limit, skip);
        fired += one.fired;
        for (const id of one.failed) failed.add(id);
        if (one.tried === 0) break;
        continue;
      }
      fired += n;
      // Not `n < limit`: an effect may have armed a deadline that is due already (a command's
      // next term): it belongs to this sweep, as it would firing one by one.
      if (n === 0) break;
    }
    return { fired, failed: [...failed] };
  }

  /** Fires up to `limit` due deadlines each in its own transaction; a failing one is quarantined and stays armed. */
  private async fireOneByOne(now: Date, limit: number, exclude: readonly string[]): Promise<{ tried: number; fired: number; failed: string[] }> {
    const due = await rows<{ id: string; generation: number }>(
      this.o.dataSource.manager,
      `SELECT id, generation FROM ${this.s}.deadline WHERE state = 'armed' AND due_at <= $1 AND NOT (id = ANY($3::uuid[])) ORDER BY due_at LIMIT $2`,
      [now, limit, exclude],
    );
    let fired = 0;
    const failed: string[] = [];
    for (const d of due) {
      try {
        if ((await this.fireDeadline(d.id, d.generation)).outcome === 'fired') fired++;
      } catch (e) {
        failed.push(d.id);
        this.quarantine.add(d.id);
        this.o.log.error({ deadlineId: d.id, err: String(e) }, 'deadline could not fire; stays armed');
      }
    }
    return { tried: due.length, fired, failed };
  }

  /**
   * Marks up to `limit` due armed deadlines fired (skipping rows others hold, `first`
   * first), with the other due deadlines of the same subjects, and runs their effects, in
   * one transaction; answers the fired rows.
   */
  async fireDueBatch(now: Date, limit: number, exclude: readonly string[], first?: string): Promise<DeadlineRow[]> {
    const fired = await this.timed(async (m) => {
      // `first` by its key, the others in due order along the index (a sort over every due
      // row per batch would cost more than the batch in a burst); the update by primary key
      // (`= ANY(ARRAY(…))`: a join let the planner hash the whole table for every batch).
      // A subject's other due deadlines come along: split over two concurrent batches, one
      // effect would lock the case and wait for the other batch's deadline row while that
      // batch's effect waits for the case (a deadlock, 1 s of deadlock_timeout each). A
      // batch of one stays one deadline: firing one by one is the reference batches are held to.
      const picked = first
        ? `mine AS (
             SELECT id, subject_id FROM ${this.s}.deadline WHERE id = $4::uuid AND state = 'armed' AND due_at <= $1 FOR UPDATE SKIP LOCKED),
           others AS (
             SELECT id, subject_id FROM ${this.s}.deadline
             WHERE state = 'armed' AND due_at <= $1 AND id <> $4::uuid AND NOT (id = ANY($3::uuid[]))
             ORDER BY due_at LIMIT $2::int - 1 FOR UPDATE SKIP LOCKED),
           picked AS (SELECT * FROM mine UNION ALL SELECT * FROM others)`
        : `picked AS (
             SELECT id, subject_id FROM ${this.s}.deadline
             WHERE state = 'armed' AND due_at <= $1 AND NOT (id = ANY($3::uuid[]))
             ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)`;
      const siblings =
        limit > 1
          ? // the subjects by their index (`= ANY(ARRAY(…))`), the picked rows left out by a hashed
            // NOT IN: `<> ALL(ARRAY(…))` compared every candidate with every picked id (a batch squared)
            `SELECT id FROM ${this.s}.deadline
             WHERE subject_id = ANY(ARRAY(SELECT subject_id FROM picked)) AND state = 'armed' AND due_at <= $1
               AND NOT (id = ANY($3::uuid[])) AND id NOT IN (SELECT id FROM picked)
             FOR UPDATE SKIP LOCKED`
          : `SELECT id FROM picked WHERE false`;
      const done = await rows<DeadlineRow>(
        m,
        `WITH ${picked},
         siblings AS (${siblings})
         UPDATE ${this.s}.deadline d SET state = 'fired', fired_at = now(), updated_at = now()
         WHERE d.id = ANY(ARRAY(SELECT id FROM picked UNION ALL SELECT id FROM siblings)) RETURNING d.*`,
        first ? [now, limit, exclude, first] : [now, limit, exclude],
      );
      await this.afterFiring(m, done);
      return done;
    });
    this.counted(fired);
    return fired;
  }

  /** Fires one warning if its deadline is still armed in the same generation and the moment has come. */
  async fireWarning(id: string, generation: number, lead: string): Promise<FireOutcome> {
    const now = this.o.clock.now();
    const outcome = await this.o.dataSource.transaction(async (m): Promise<FireOutcome> => {
      const [row] = await rows<FiredWarningRow>(
        m,
        `UPDATE ${this.s}.deadline_warning w SET state = 'fired', fired_at = now()
         FROM ${this.s}.deadline d
         WHERE w.deadline_id = $1 AND w.generation = $2 AND w.lead = $3 AND w.state = 'armed' AND w.due_at <= $4
           AND d.id = w.deadline_id AND d.state = 'armed' AND d.generation = w.generation
         RETURNING ${FIRED_WARNING_COLUMNS}`,
        [id, generation, lead, now],
      );
      if (!row) {
        const [cur] = await rows<{ state: string; due_at: Date }>(
          m,
          `SELECT state, due_at FROM ${this.s}.deadline_warning WHERE deadline_id = $1 AND generation = $2 AND lead = $3`,
          [id, generation, lead],
        );
        if (cur && cur.state === 'armed' && cur.due_at.getTime() > now.getTime()) return { outcome: 'early', remainingMs: cur.due_at.getTime() - now.getTime() };
        return { outcome: 'stale' };
      }
      await this.o.effects.onWarning?.(m, toFiredWarning(row));
      return { outcome: 'fired' };
    });
    if (outcome.outcome === 'fired') deadlinesFired.inc({ schema: this.schema, what: 'warning' });
    return outcome;
  }

  /** Fires up to `limit` due warnings whose deadline is still ahead (skipping rows others hold), in one transaction; answers how many. */
  async fireDueWarnings(now: Date, limit: number): Promise<number> {
    const n = await this.o.dataSource.transaction(async (m) => {
      const done = await rows<FiredWarningRow>(
        m,
        `WITH due AS (
           SELECT w.deadline_id, w.generation, w.lead FROM ${this.s}.deadline_warning w
           JOIN ${this.s}.deadline d ON d.id = w.deadline_id AND d.generation = w.generation AND d.state = 'armed'
           WHERE w.state = 'armed' AND w.due_at <= $1 AND d.due_at > $1
           ORDER BY w.due_at LIMIT $2 FOR UPDATE OF w SKIP LOCKED)
         UPDATE ${this.s}.deadline_warning w SET state = 'fired', fired_at = now()
         FROM due, ${this.s}.deadline d
         WHERE w.deadline_id = due.deadline_id AND w.generation = due.generation AND w.lead = due.lead AND d.id = w.deadline_id
         RETURNING ${FIRED_WARNING_COLUMNS}`,
        [now, limit],
      );
      for (const r of done) await this.o.effects.onWarning?.(m, toFiredWarning(r));
      return done.length;
    });
    if (n > 0) deadlinesFired.inc({ schema: this.schema, what: 'warning' }, n);
    return n;
  }

  /** Warnings of fired deadlines will never be due: skipped. Then each deadline's effect, in the firing transaction. */
  private async afterFiring(m: EntityManager, fired: readonly DeadlineRow[]): Promise<void> {
    if (fired.length === 0) return;
    const withWarnings = fired.filter((r) => r.warnings.length > 0).map((r) => r.id);
    if (withWarnings.length > 0) {
      await m.query(`UPDATE ${this.s}.deadline_warning SET state = 'skipped' WHERE deadline_id = ANY($1::uuid[]) AND state = 'armed'`, [withWarnings]);
    }
    // In due order (an UPDATE returns its rows in any order): two terms of one case act in the order one by one would.
    const records = fired.map((r) => toRecord(r) as FiredDeadline).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (records.length > 1 && this.o.effects.onDeadlines) await this.o.effects.onDeadlines(m, records);
    else for (const d of records) await this.o.effects.onDeadline(m, d);
  }
}
