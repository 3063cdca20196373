import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from './clock';
import { DeadlineRow, FIRED_WARNING_COLUMNS, FiredWarningRow, toFiredWarning, toRecord } from './deadline-rows';
import { deadlineFireLag, deadlinesFired } from './metrics';
import { rows } from './sql';
import type { DeadlineEffects, FiredDeadline, SchedulerLogger } from './types';

export type FireOutcome = { outcome: 'fired' | 'stale' } | { outcome: 'early'; remainingMs: number };

export interface DeadlineFiringOptions {
  readonly dataSource: DataSource;
  /** The quoted schema name. */
  readonly s: string;
  readonly clock: Clock;
  readonly effects: DeadlineEffects;
  /** Other due deadlines a woken worker fires in the same transaction. */
  readonly fireBatch: number;
  readonly log: SchedulerLogger;
}

/**
 * Firing: one transaction marks a deadline (or warning) fired with PostgreSQL's now(), the
 * legal timestamp, and runs its effect, but only when it is armed, of the job's generation
 * and due by the clock. So however often a job runs, there is one effect; a job of an old
 * generation or a cancelled deadline does nothing; a job woken early is told how long to sleep.
 */
export class DeadlineFiring {
  private readonly s: string;
  /** The schema, unquoted: the metrics label. */
  private readonly schema: string;

  constructor(private readonly o: DeadlineFiringOptions) {
    this.s = o.s;
    this.schema = o.s.slice(1, -1);
  }

  /** Counts committed firings and their lag (after the commit: a rolled-back firing never happened). */
  private counted(fired: readonly Pick<DeadlineRow, 'due_at' | 'fired_at'>[]): void {
    if (fired.length === 0) return;
    deadlinesFired.inc({ schema: this.schema, what: 'deadline' }, fired.length);
    for (const r of fired) if (r.fired_at) deadlineFireLag.observe({ schema: this.schema }, Math.max(0, (r.fired_at.getTime() - r.due_at.getTime()) / 1000));
  }

  /** Fires one deadline if it is armed, of this generation and due. Running it twice has one effect. */
  async fireDeadline(id: string, generation: number): Promise<FireOutcome> {
    const now = this.o.clock.now();
    let firedRow: DeadlineRow | undefined;
    const outcome = await this.o.dataSource.transaction(async (m): Promise<FireOutcome> => {
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
   * The worker's path for a deadline job. A cheap read first (most duplicate and
   * old-generation jobs end there); when the deadline is due it fires in one transaction
   * together with up to `fireBatch` other due deadlines (a burst of 10,000 due in the same
   * minute costs tens of commits, not 10,000), and falls back to firing it alone.
   */
  async wakeDeadline(id: string, generation: number): Promise<FireOutcome> {
    const now = this.o.clock.now();
    const [cur] = await rows<Pick<DeadlineRow, 'state' | 'generation' | 'due_at'>>(
      this.o.dataSource.manager,
      `SELECT state, generation, due_at FROM ${this.s}.deadline WHERE id = $1`,
      [id],
    );
    if (!cur || cur.state !== 'armed' || cur.generation !== generation) return { outcome: 'stale' };
    if (cur.due_at.getTime() > now.getTime()) return { outcome: 'early', remainingMs: cur.due_at.getTime() - now.getTime() };
    try {
      const fired = await this.fireDueBatch(now, this.o.fireBatch, [], id);
      if (fired.some((r) => r.id === id)) return { outcome: 'fired' };
    } catch (err) {
      this.o.log.warn({ deadlineId: id, err: String(err) }, 'batch firing failed; firing this deadline alone');
    }
    // Not in the batch (locked by another firing transaction) or the batch failed: fire it
    // alone, which waits for that other transaction and then sees the row as it left it.
    return this.fireDeadline(id, generation);
  }

  /**
   * Marks up to `limit` due armed deadlines fired (skipping rows others hold, `first`
   * first) and runs their effects, in one transaction; answers the fired rows.
   */
  async fireDueBatch(now: Date, limit: number, exclude: readonly string[], first?: string): Promise<DeadlineRow[]> {
    const fired = await this.o.dataSource.transaction(async (m) => {
      const done = await rows<DeadlineRow>(
        m,
        `WITH due AS (
           SELECT id FROM ${this.s}.deadline
           WHERE state = 'armed' AND due_at <= $1 AND NOT (id = ANY($3::uuid[]))
           ORDER BY ${first ? '(id = $4::uuid) DESC, ' : ''}due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE ${this.s}.deadline d SET state = 'fired', fired_at = now(), updated_at = now()
         FROM due WHERE d.id = due.id RETURNING d.*`,
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
    for (const r of fired) await this.o.effects.onDeadline(m, toRecord(r) as FiredDeadline);
  }
}
