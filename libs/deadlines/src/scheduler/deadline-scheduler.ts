import { DelayedError, Job, Queue, Worker } from 'bullmq';
import { Redis, RedisOptions } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock, systemClock } from './clock';
import { DeadlineFiring, FireOutcome } from './deadline-firing';
import { DeadlineStore } from './deadline-store';
import { DeadlineTransaction } from './deadline-transaction';
import { Reconciler } from './reconciler';
import { RecurringMoment } from './recurring';
import { RecurringMoments } from './recurring-moments';
import { countReconcile, OVERDUE_AFTER_SECONDS, registerOverdueSource } from './metrics';
import { quoteSchemaName, rows } from './sql';
import {
  ArmInput,
  ArmResult,
  CancelResult,
  DeadlineEffects,
  DeadlineJobData,
  DeadlineRecord,
  ReconcileReport,
  RecurringJobData,
  RescheduleChange,
  RescheduleInput,
  RescheduleResult,
  SchedulerLogger,
  silentLogger,
  WakeUpPlan,
  WarningJobData,
} from './types';
import { WakeUpQueue, wakeUpJobOptions } from './wake-up-queue';

export type { FireOutcome } from './deadline-firing';
export { DeadlineTransaction } from './deadline-transaction';
export { deadlineJobId, warningJobId } from './wake-up-jobs';

export interface DeadlineSchedulerOptions {
  readonly dataSource: DataSource;
  /** The owning service's PostgreSQL schema (holds the tables of `deadlineTablesSql`). */
  readonly schema: string;
  /** Redis URL or ioredis options. */
  readonly redis: string | RedisOptions;
  /** BullMQ queue name; default 'deadlines'. One queue per service. */
  readonly queueName?: string;
  /** BullMQ key prefix; default 'pao'. Tests use one of their own. */
  readonly prefix?: string;
  readonly clock?: Clock;
  readonly effects: DeadlineEffects;
  readonly recurring?: readonly RecurringMoment[];
  /** Run a worker in this instance (default true); false for a producer-only instance. */
  readonly worker?: boolean;
  /** Jobs the worker runs at once; default 20. */
  readonly concurrency?: number;
  /** Periodic reconcile after start(); default 60 s; 0 disables (tests call reconcile()). */
  readonly reconcileIntervalMs?: number;
  /** Rows per reconciler batch; default 500. */
  readonly batchSize?: number;
  /** Deadlines per firing transaction: a woken worker fires its own with up to this many due; default 100 (1 = alone). */
  readonly fireBatch?: number;
  /**
   * Firing transactions that woken jobs of this process run at once (a batch, or the drain
   * of a burst); the other woken jobs wait for them, then mostly find their deadline fired. Default 2.
   */
  readonly concurrentFirings?: number;
  /** Deadlines per transaction when a worker whose batch was full drains a burst; default 1000. */
  readonly drainBatch?: number;
  /** How far back the reconciler fires missed recurring occurrences; default 400 days. */
  readonly catchUpDays?: number;
  /** Attempts of a wake-up job (exponential backoff from 1 s); default 8. */
  readonly jobAttempts?: number;
  /** The longest {@link DeadlineScheduler.wake} waits for Redis (then the reconciler heals); default 2000 ms. */
  readonly wakeWaitMs?: number;
  readonly logger?: SchedulerLogger;
}

/**
 * Deadlines as rows in the owning service's PostgreSQL schema, woken up by BullMQ delayed
 * jobs. Postgres is the truth: a job only says "look now"; firing is one transaction that
 * flips the row from armed to fired (matching generation) and runs the effect (outbox
 * append) only when it did. A reconciler re-creates lost jobs and fires what is overdue.
 *
 * One object per service process, made of parts with one job each: the store (rows),
 * firing, the reconciler, recurring moments and the wake-up queue (Redis). This class
 * wires them, runs the worker and owns the connections.
 */
export class DeadlineScheduler {
  readonly queue: Queue;
  private worker?: Worker;
  private timer?: NodeJS.Timeout;
  private unregisterOverdue?: () => void;
  private readonly log: SchedulerLogger;
  private readonly queueConnection: Redis;
  private readonly workerConnection?: Redis;
  private readonly store: DeadlineStore;
  private readonly wakeUps: WakeUpQueue;
  private readonly firing: DeadlineFiring;
  private readonly recurring: RecurringMoments;
  private readonly reconciler: Reconciler;

  constructor(private readonly options: DeadlineSchedulerOptions) {
    const s = quoteSchemaName(options.schema);
    const clock = options.clock ?? systemClock;
    const { dataSource, effects } = options;
    this.log = options.logger ?? silentLogger;
    RecurringMoments.validate(options.recurring ?? []); // before any connection is opened
    // Producer connection: BullMQ queues its commands while Redis is down, so a wake waits
    // at most wakeWaitMs (the reconciler heals); the worker's connection retries forever,
    // as BullMQ requires.
    this.queueConnection = this.connect({});
    this.queue = new Queue(options.queueName ?? 'deadlines', { connection: this.queueConnection, prefix: options.prefix ?? 'pao' });
    this.queue.on('error', (err) => this.log.warn({ err }, 'deadline queue error'));
    if (options.worker ?? true) this.workerConnection = this.connect({ maxRetriesPerRequest: null });
    const jobOptions = wakeUpJobOptions(options.jobAttempts);
    this.recurring = new RecurringMoments({ dataSource, s, clock, queue: this.queue, jobOptions, moments: options.recurring ?? [], effects, catchUpDays: options.catchUpDays ?? 400 });
    this.store = new DeadlineStore(s, clock);
    this.wakeUps = new WakeUpQueue(this.queue, this.queueConnection, clock, jobOptions, this.log, options.wakeWaitMs);
    this.firing = new DeadlineFiring({ dataSource, s, clock, effects, fireBatch: options.fireBatch ?? 100, concurrentFirings: options.concurrentFirings ?? 2, drainBatch: options.drainBatch ?? 1000, log: this.log });
    this.reconciler = new Reconciler({
      dataSource,
      schema: options.schema,
      s,
      clock,
      batchSize: options.batchSize ?? 500,
      firing: this.firing,
      recurring: this.recurring,
      wakeUps: this.wakeUps,
      log: this.log,
    });
  }

  private connect(extra: RedisOptions): Redis {
    const r = typeof this.options.redis === 'string' ? new Redis(this.options.redis, extra) : new Redis({ ...this.options.redis, ...extra });
    r.on('error', (err) => this.log.warn({ err: err.message }, 'deadline redis connection error'));
    return r;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Registers recurring moments, starts the worker, reconciles once and then periodically. */
  async start(): Promise<ReconcileReport> {
    await this.recurring.register();
    this.unregisterOverdue ??= registerOverdueSource({ schema: this.options.schema, overdue: () => this.overdue() });
    if (this.workerConnection && !this.worker) {
      this.worker = new Worker(this.queue.name, (job, token) => this.process(job, token), {
        connection: this.workerConnection,
        prefix: this.queue.opts.prefix,
        concurrency: this.options.concurrency ?? 20,
      });
      this.worker.on('error', (err) => this.log.warn({ err: err.message }, 'deadline worker error'));
      this.worker.on('failed', (job, err) => this.log.warn({ jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'deadline job failed'));
    }
    const report = await this.reconcile();
    const every = this.options.reconcileIntervalMs ?? 60_000;
    if (every > 0 && !this.timer) {
      this.timer = setInterval(() => {
        this.reconcile().catch((err: unknown) => this.log.error({ err: String(err) }, 'deadline reconcile failed'));
      }, every);
      this.timer.unref();
    }
    return report;
  }

  async close(): Promise<void> {
    this.unregisterOverdue?.();
    this.unregisterOverdue = undefined;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.reconciler.idle();
    // Closing must not fail because Redis is down (a shutdown during an outage). A producer
    // connection that never became ready is ended first, while BullMQ still listens: ending
    // it rejects BullMQ's pending start-up, and that rejection must reach the queue's error
    // listener, which queue.close() removes (else it surfaces as an unhandled ECONNREFUSED).
    // A connection between retries ends silently and its start-up stays pending: hence the bound.
    if (this.queueConnection.status !== 'ready') {
      this.queueConnection.disconnect();
      await Promise.race([this.queue.waitUntilReady().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    }
    await this.worker?.close().catch((err: unknown) => this.log.warn({ err: String(err) }, 'deadline worker did not close cleanly'));
    await this.queue.close().catch((err: unknown) => this.log.warn({ err: String(err) }, 'deadline queue did not close cleanly'));
    for (const c of [this.queueConnection, this.workerConnection]) {
      if (!c || c.status === 'end') continue;
      await c.quit().catch(() => c.disconnect());
    }
  }

  // ---------------------------------------------------------------- the store, inside the caller's transaction

  /**
   * Arms a deadline inside the caller's transaction; call {@link wake} with the result
   * after commit (or use {@link transaction}). Arming the same (kind, subject, moment)
   * again is a no-op; another moment for an armed (kind, subject) is a conflict.
   */
  async arm(manager: EntityManager, input: ArmInput): Promise<ArmResult> {
    const [result] = await this.store.armMany(manager, [input]);
    return result;
  }

  /** Arms many in a few statements, whatever their number; one result per input, each as {@link arm} would answer. */
  armMany(manager: EntityManager, inputs: readonly ArmInput[]): Promise<ArmResult[]> {
    return this.store.armMany(manager, inputs);
  }

  /**
   * Moves an armed deadline (idempotent: the same moment, version and leads change nothing).
   * The generation grows, so a job of the old generation that still runs is ignored.
   */
  async reschedule(manager: EntityManager, id: string, input: RescheduleInput): Promise<RescheduleResult> {
    const [result] = await this.store.rescheduleMany(manager, [{ ...input, id }]);
    return result;
  }

  /** Moves many in a few statements; one result per change, each as {@link reschedule} would answer. */
  rescheduleMany(manager: EntityManager, changes: readonly RescheduleChange[]): Promise<RescheduleResult[]> {
    return this.store.rescheduleMany(manager, changes);
  }

  /** Cancels an armed deadline (idempotent: cancelling a cancelled or fired one changes nothing). */
  async cancel(manager: EntityManager, id: string): Promise<CancelResult> {
    const [result] = await this.store.cancelMany(manager, [id]);
    return result;
  }

  /** Cancels many in two statements; one result per id, each as {@link cancel} would answer. */
  cancelMany(manager: EntityManager, ids: readonly string[]): Promise<CancelResult[]> {
    return this.store.cancelMany(manager, ids);
  }

  /** The armed deadline of a kind for a subject, if any. */
  findArmed(manager: EntityManager, kind: string, subjectId: string): Promise<DeadlineRecord | undefined> {
    return this.store.findArmed(manager, kind, subjectId);
  }

  get(id: string, manager: EntityManager = this.options.dataSource.manager): Promise<DeadlineRecord | undefined> {
    return this.store.get(manager, id);
  }

  /**
   * Adds the wake-up jobs of committed changes (one addBulk per thousand) and removes
   * superseded ones. Never throws: a job that could not be added is re-created by the
   * reconciler (returns false then).
   */
  wake(...plans: Array<WakeUpPlan | { readonly wakeUp: WakeUpPlan }>): Promise<boolean> {
    return this.wakeUps.wake(plans.map((p) => ('wakeUp' in p ? p.wakeUp : p)));
  }

  /**
   * Runs `fn` in a transaction with deadline operations bound to it, and wakes the
   * resulting jobs after the commit: `scheduler.transaction(async (tx) => tx.arm({...}))`.
   */
  async transaction<T>(fn: (tx: DeadlineTransaction) => Promise<T>): Promise<T> {
    const plans: WakeUpPlan[] = [];
    const result = await this.options.dataSource.transaction((manager) => fn(new DeadlineTransaction(this.store, manager, plans)));
    await this.wakeUps.wake(plans);
    return result;
  }

  // ---------------------------------------------------------------- firing (the worker's side)

  /** Fires one deadline if it is armed, of this generation and due (by the injected clock). Running it twice has one effect. */
  fireDeadline(id: string, generation: number): Promise<FireOutcome> {
    return this.firing.fireDeadline(id, generation);
  }

  /** The worker's path for a deadline job: fires it together with other due deadlines. */
  wakeDeadline(id: string, generation: number): Promise<FireOutcome> {
    return this.firing.wakeDeadline(id, generation);
  }

  /** Fires a recurring occurrence once per (name, occurrence), however many instances try. */
  fireRecurring(name: string, occurrenceAt: Date, via: 'job' | 'catch-up' = 'job'): Promise<boolean> {
    return this.recurring.fire(name, occurrenceAt, via);
  }

  /** The worker's processor (public so a test can run the same job twice). */
  async process(job: Job, token?: string): Promise<string> {
    let result: FireOutcome;
    if (job.name === 'dl') {
      const d = job.data as DeadlineJobData;
      result = await this.firing.wakeDeadline(d.id, d.g);
    } else if (job.name === 'dw') {
      const d = job.data as WarningJobData;
      result = await this.firing.fireWarning(d.id, d.g, d.l);
    } else if (job.name === 'rc') {
      const d = job.data as RecurringJobData;
      const at = job.opts.prevMillis ?? d.at;
      if (typeof at !== 'number') throw new Error(`recurring job ${job.id} without an occurrence moment`);
      return (await this.recurring.fire(d.name, new Date(at))) ? 'fired' : 'duplicate';
    } else {
      throw new Error(`unknown deadline job ${job.name}`);
    }
    if (result.outcome === 'early') {
      // Woken too early (clock skew, a promoted job): sleep again until the moment.
      if (!token) return 'early';
      await job.moveToDelayed(Date.now() + result.remainingMs, token);
      throw new DelayedError();
    }
    return result.outcome;
  }

  // ---------------------------------------------------------------- the reconciler

  /**
   * Makes Redis agree with Postgres, at start-up and periodically: fires armed deadlines
   * (and warnings) whose moment passed without an effect, re-creates the jobs of armed
   * future ones that Redis lost, restores the job schedulers and fires missed recurring
   * occurrences. Safe to run on several instances (a Postgres advisory lock lets one work).
   */
  async reconcile(): Promise<ReconcileReport> {
    try {
      const report = await this.reconciler.reconcile();
      countReconcile(this.options.schema, report);
      return report;
    } catch (err) {
      countReconcile(this.options.schema, { skipped: false, fired: 0, warningsFired: 0, rearmed: 0, warningsRearmed: 0, recurringCaughtUp: 0, schedulersRestored: 0, failed: 0, durationMs: 0 }, true);
      throw err;
    }
  }

  /**
   * Armed deadlines and warnings due more than {@link OVERDUE_AFTER_SECONDS} ago, by the
   * database clock: what neither a wake-up job nor the reconciler fired (the metrics read it).
   */
  async overdue(): Promise<{ overdue: number; oldestSeconds: number }> {
    const s = quoteSchemaName(this.options.schema);
    const [row] = await rows<{ n: number; oldest: number | null }>(
      this.options.dataSource.manager,
      `SELECT count(*)::int AS n, extract(epoch FROM now() - min(due_at))::float8 AS oldest FROM (
         SELECT due_at FROM ${s}.deadline WHERE state = 'armed' AND due_at < now() - make_interval(secs => $1)
         UNION ALL
         SELECT due_at FROM ${s}.deadline_warning WHERE state = 'armed' AND due_at < now() - make_interval(secs => $1)) due`,
      [OVERDUE_AFTER_SECONDS],
    );
    return { overdue: row?.n ?? 0, oldestSeconds: row?.oldest ?? 0 };
  }
}
