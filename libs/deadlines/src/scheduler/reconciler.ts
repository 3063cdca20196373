import type { DataSource } from 'typeorm';
import type { Clock } from './clock';
import type { DeadlineFiring } from './deadline-firing';
import type { RecurringMoments } from './recurring-moments';
import { rows } from './sql';
import type { ReconcileReport, SchedulerLogger } from './types';
import { deadlineJob, warningJob } from './wake-up-jobs';
import type { WakeUpQueue } from './wake-up-queue';

export interface ReconcilerOptions {
  readonly dataSource: DataSource;
  /** The schema name as given (names the advisory lock) and quoted. */
  readonly schema: string;
  readonly s: string;
  readonly clock: Clock;
  /** Rows per batch. */
  readonly batchSize: number;
  readonly firing: DeadlineFiring;
  readonly recurring: RecurringMoments;
  readonly wakeUps: WakeUpQueue;
  readonly log: SchedulerLogger;
}

const FIRST_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Makes Redis agree with Postgres: fires armed deadlines (and warnings) whose moment
 * passed without an effect, re-creates the jobs of armed future ones that Redis lost,
 * restores the job schedulers and fires missed recurring occurrences. One instance at a
 * time works (a PostgreSQL advisory lock per schema); the others answer `skipped`.
 */
export class Reconciler {
  private running?: Promise<ReconcileReport>;
  private readonly s: string;

  constructor(private readonly o: ReconcilerOptions) {
    this.s = o.s;
  }

  /** Runs a round, or joins the one this instance is running. */
  reconcile(): Promise<ReconcileReport> {
    if (!this.running) {
      this.running = this.round().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  /** Resolves when no round runs (never rejects). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async round(): Promise<ReconcileReport> {
    const started = Date.now();
    const lock = `${this.o.schema}.deadline-reconciler`;
    const qr = this.o.dataSource.createQueryRunner();
    await qr.connect();
    try {
      const [{ locked }] = await qr.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [lock]);
      if (!locked) {
        return { skipped: true, fired: 0, warningsFired: 0, rearmed: 0, warningsRearmed: 0, recurringCaughtUp: 0, schedulersRestored: 0, failed: 0, durationMs: Date.now() - started };
      }
      try {
        const schedulersRestored = await this.o.recurring.restoreSchedulers();
        const swept = await this.sweepDeadlines();
        const warningsFired = await this.sweepWarnings();
        const rearmed = await this.rearm();
        const recurringCaughtUp = await this.o.recurring.catchUp();
        const report: ReconcileReport = {
          skipped: false,
          fired: swept.fired,
          warningsFired,
          rearmed: rearmed.deadlines,
          warningsRearmed: rearmed.warnings,
          recurringCaughtUp,
          schedulersRestored,
          failed: swept.failed,
          durationMs: Date.now() - started,
        };
        if (report.fired || report.warningsFired || report.rearmed || report.warningsRearmed || report.recurringCaughtUp || schedulersRestored || report.failed) {
          this.o.log.info({ ...report }, 'deadline reconcile repaired state');
        }
        return report;
      } finally {
        await qr.query(`SELECT pg_advisory_unlock(hashtext($1))`, [lock]);
      }
    } finally {
      await qr.release();
    }
  }

  /** Fires every armed deadline that is due, in batches; a failing one is isolated and skipped. */
  private async sweepDeadlines(): Promise<{ fired: number; failed: number }> {
    const r = await this.o.firing.drainDue(this.o.batchSize, { at: this.o.clock.now() });
    return { fired: r.fired, failed: r.failed.length };
  }

  /** Fires warnings whose moment passed while their deadline is still ahead. */
  private async sweepWarnings(): Promise<number> {
    const now = this.o.clock.now();
    let fired = 0;
    for (;;) {
      const batch = await this.o.firing.fireDueWarnings(now, this.o.batchSize);
      fired += batch;
      if (batch < this.o.batchSize) break;
    }
    return fired;
  }

  /** Re-creates the jobs of armed future deadlines and warnings that are missing from Redis (keyset pages). */
  private async rearm(): Promise<{ deadlines: number; warnings: number }> {
    const now = this.o.clock.now();
    const manager = this.o.dataSource.manager;
    const pageSize = 2 * this.o.batchSize;
    let deadlines = 0;
    let warnings = 0;
    let cursor = { at: new Date(0), id: FIRST_UUID };
    for (;;) {
      const page = await rows<{ id: string; generation: number; due_at: Date }>(
        manager,
        `SELECT id, generation, due_at FROM ${this.s}.deadline
         WHERE state = 'armed' AND due_at > $1 AND (due_at, id) > ($2, $3::uuid)
         ORDER BY due_at, id LIMIT $4`,
        [now, cursor.at, cursor.id, pageSize],
      );
      if (page.length === 0) break;
      deadlines += await this.o.wakeUps.addMissing(page.map((r) => deadlineJob({ id: r.id, generation: r.generation, dueAt: r.due_at })));
      const last = page[page.length - 1];
      cursor = { at: last.due_at, id: last.id };
    }
    let wcursor = { at: new Date(0), id: FIRST_UUID, lead: '' };
    for (;;) {
      const page = await rows<{ deadline_id: string; generation: number; lead: string; due_at: Date }>(
        manager,
        `SELECT w.deadline_id, w.generation, w.lead, w.due_at FROM ${this.s}.deadline_warning w
         JOIN ${this.s}.deadline d ON d.id = w.deadline_id AND d.generation = w.generation AND d.state = 'armed'
         WHERE w.state = 'armed' AND w.due_at > $1 AND (w.due_at, w.deadline_id, w.lead) > ($2, $3::uuid, $4)
         ORDER BY w.due_at, w.deadline_id, w.lead LIMIT $5`,
        [now, wcursor.at, wcursor.id, wcursor.lead, pageSize],
      );
      if (page.length === 0) break;
      warnings += await this.o.wakeUps.addMissing(page.map((w) => warningJob(w.deadline_id, w.generation, w.lead, w.due_at)));
      const last = page[page.length - 1];
      wcursor = { at: last.due_at, id: last.deadline_id, lead: last.lead };
    }
    return { deadlines, warnings };
  }
}
