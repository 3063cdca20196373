import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from './clock';
import type { SchedulerLogger, WakeUpJob, WakeUpPlan } from './types';

/** The options every wake-up job and recurring scheduler job is added with. */
export interface WakeUpJobOptions {
  readonly removeOnComplete: true;
  readonly removeOnFail: { readonly age: number };
  readonly attempts: number;
  readonly backoff: { readonly type: 'exponential'; readonly delay: number };
}

export function wakeUpJobOptions(attempts = 8): WakeUpJobOptions {
  return { removeOnComplete: true, removeOnFail: { age: 14 * 24 * 3600 }, attempts, backoff: { type: 'exponential', delay: 1000 } };
}

/** BullMQ's addBulk is one round trip per call; this many jobs per call. */
const ADD_BULK_SIZE = 1000;

/** The Redis side of deadlines: adds the delayed wake-up jobs of committed changes and removes superseded ones. */
export class WakeUpQueue {
  constructor(
    readonly queue: Queue,
    /** The producer connection (fails fast), also used to pipeline existence checks. */
    private readonly connection: Redis,
    private readonly clock: Clock,
    readonly jobOptions: WakeUpJobOptions,
    private readonly log: SchedulerLogger,
    /** The longest a wake waits for Redis. */
    private readonly waitMs = 2000,
  ) {}

  /**
   * Adds the jobs of committed plans (one addBulk per thousand) and removes the superseded
   * ones. Never throws: a job that could not be added is re-created by the reconciler
   * (answers false then). Waits at most `waitMs`: while Redis is down BullMQ holds the
   * commands until it reconnects, and a command answered after its commit must not hang
   * on that (they finish in the background; the reconciler covers the rest).
   */
  async wake(plans: readonly WakeUpPlan[]): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.waitMs);
    });
    try {
      const outcome = await Promise.race([this.wakeNow(plans), late]);
      if (outcome !== 'late') return outcome;
      this.log.warn({ jobs: plans.reduce((n, p) => n + p.add.length, 0), waitedMs: this.waitMs }, 'Redis did not take the deadline wake-ups in time; they stay pending and the reconciler re-arms what is lost');
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async wakeNow(plans: readonly WakeUpPlan[]): Promise<boolean> {
    const add = plans.flatMap((p) => p.add);
    const remove = plans.flatMap((p) => p.remove);
    let ok = true;
    try {
      await this.add(add);
    } catch (err) {
      ok = false;
      this.log.warn({ err: String(err), jobs: add.length }, 'could not enqueue deadline wake-ups; the reconciler will re-arm them');
    }
    // Best effort: an old-generation job that still runs is ignored when it fires.
    await Promise.all(remove.map((jobId) => this.queue.remove(jobId).catch(() => undefined)));
    return ok;
  }

  async add(jobs: readonly WakeUpJob[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (let i = 0; i < jobs.length; i += ADD_BULK_SIZE) {
      await this.queue.addBulk(
        jobs.slice(i, i + ADD_BULK_SIZE).map((j) => ({
          name: j.name,
          data: j.data,
          opts: { ...this.jobOptions, jobId: j.jobId, delay: Math.max(0, j.at.getTime() - now) },
        })),
      );
    }
  }

  /** Adds those of `jobs` that Redis does not hold (one pipelined EXISTS per job); answers how many. */
  async addMissing(jobs: readonly WakeUpJob[]): Promise<number> {
    const pipeline = this.connection.pipeline();
    for (const j of jobs) pipeline.exists(this.queue.toKey(j.jobId));
    const results = (await pipeline.exec()) ?? [];
    const missing = jobs.filter((_, i) => {
      const [err, n] = results[i] ?? [null, 0];
      return !err && n === 0;
    });
    if (missing.length > 0) await this.add(missing);
    return missing.length;
  }
}
