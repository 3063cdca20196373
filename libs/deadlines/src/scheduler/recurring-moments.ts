import { AMSTERDAM, datumVan } from '@pao/kalender';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Clock } from './clock';
import { cronPattern, occurrencesBetween, RecurringMoment, validateRecurring } from './recurring';
import { rows } from './sql';
import type { DeadlineEffects, RecurringJobData } from './types';
import { recurringSchedulerId } from './wake-up-jobs';
import type { WakeUpJobOptions } from './wake-up-queue';
import { deadlinesFired } from './metrics';

export interface RecurringMomentsOptions {
  readonly dataSource: DataSource;
  /** The quoted schema name. */
  readonly s: string;
  readonly clock: Clock;
  readonly queue: Queue;
  readonly jobOptions: WakeUpJobOptions;
  readonly moments: readonly RecurringMoment[];
  readonly effects: DeadlineEffects;
  /** How far back missed occurrences are fired. */
  readonly catchUpDays: number;
}

/**
 * Recurring calendar moments (teldatum, end of a quarter …) as BullMQ job schedulers in
 * Europe/Amsterdam. An occurrence fires once, however many instances run, through the
 * primary key of `recurring_occurrence (name, occurrence_at)`.
 */
export class RecurringMoments {
  private readonly s: string;

  constructor(private readonly o: RecurringMomentsOptions) {
    this.s = o.s;
    RecurringMoments.validate(o.moments);
  }

  /** Throws on an invalid moment or a name used twice. */
  static validate(moments: readonly RecurringMoment[]): void {
    const names = new Set<string>();
    for (const m of moments) {
      validateRecurring(m);
      if (names.has(m.name)) throw new Error(`duplicate recurring moment ${m.name}`);
      names.add(m.name);
    }
  }

  /** Records the moments in Postgres (their registration starts the catch-up window) and upserts their job schedulers. */
  async register(): Promise<void> {
    const moments = this.o.moments;
    if (moments.length === 0) return;
    await this.o.dataSource.query(
      `INSERT INTO ${this.s}.recurring_moment (name, spec, registered_at)
       SELECT * FROM unnest($1::text[], $2::jsonb[], $3::timestamptz[])
       ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec, updated_at = now()
       WHERE ${this.s}.recurring_moment.spec IS DISTINCT FROM EXCLUDED.spec`,
      [moments.map((m) => m.name), moments.map((m) => JSON.stringify(m)), moments.map(() => this.o.clock.now())],
    );
    await this.upsertSchedulers(false);
  }

  /** Re-creates the job schedulers Redis lost; answers how many. */
  restoreSchedulers(): Promise<number> {
    return this.upsertSchedulers(true);
  }

  /** Fires an occurrence once per (name, occurrence), however many instances try; answers whether this call fired it. */
  async fire(name: string, occurrenceAt: Date, via: 'job' | 'catch-up' = 'job'): Promise<boolean> {
    const fired = await this.o.dataSource.transaction(async (m) => {
      const [row] = await rows<{ fired_at: Date }>(
        m,
        `INSERT INTO ${this.s}.recurring_occurrence (name, occurrence_at, occurrence_date) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING fired_at`,
        [name, occurrenceAt, datumVan(occurrenceAt)],
      );
      if (!row) return false;
      await this.o.effects.onRecurring?.(m, { name, occurrenceAt, occurrenceDate: datumVan(occurrenceAt), firedAt: row.fired_at, via });
      return true;
    });
    if (fired) deadlinesFired.inc({ schema: this.s.slice(1, -1), what: 'recurring' });
    return fired;
  }

  /**
   * Fires occurrences of `at` moments that passed while no job fired them (e.g. Redis lost
   * the scheduler, or no instance ran), since registration and within `catchUpDays`.
   */
  async catchUp(): Promise<number> {
    const catchable = this.o.moments.filter((m) => 'at' in m);
    if (catchable.length === 0) return 0;
    const now = this.o.clock.now();
    const registered = await rows<{ name: string; registered_at: Date }>(
      this.o.dataSource.manager,
      `SELECT name, registered_at FROM ${this.s}.recurring_moment WHERE name = ANY($1::text[])`,
      [catchable.map((m) => m.name)],
    );
    const since = new Map(registered.map((r) => [r.name, r.registered_at]));
    const windowStart = now.getTime() - this.o.catchUpDays * 86_400_000;
    let fired = 0;
    for (const m of catchable) {
      const reg = since.get(m.name);
      if (!reg) continue;
      const due = occurrencesBetween(m, new Date(Math.max(reg.getTime(), windowStart)), now);
      if (due.length === 0) continue;
      const done = await rows<{ occurrence_at: Date }>(
        this.o.dataSource.manager,
        `SELECT occurrence_at FROM ${this.s}.recurring_occurrence WHERE name = $1 AND occurrence_at = ANY($2::timestamptz[])`,
        [m.name, due],
      );
      const seen = new Set(done.map((r) => r.occurrence_at.getTime()));
      for (const at of due) {
        if (seen.has(at.getTime())) continue;
        if (await this.fire(m.name, at, 'catch-up')) fired++;
      }
    }
    return fired;
  }

  /** Upserts the job schedulers: all of them (start-up: the spec may have changed) or only the missing ones. */
  private async upsertSchedulers(onlyMissing: boolean): Promise<number> {
    let upserted = 0;
    for (const m of this.o.moments) {
      if (onlyMissing && (await this.o.queue.getJobScheduler(recurringSchedulerId(m.name)))) continue;
      upserted++;
      await this.o.queue.upsertJobScheduler(
        recurringSchedulerId(m.name),
        { pattern: cronPattern(m), tz: AMSTERDAM },
        { name: 'rc', data: { name: m.name } satisfies RecurringJobData, opts: this.o.jobOptions },
      );
    }
    return upserted;
  }
}
