import { randomUUID } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { DelayedError, Job, Queue, Worker } from 'bullmq';
import { subDays } from 'date-fns';
import { Redis, RedisOptions } from 'ioredis';
import type { DataSource, EntityManager } from 'typeorm';
import { AMSTERDAM, datumVan } from '@pao/kalender';
import { Clock, systemClock } from './clock';
import { cronPattern, occurrencesBetween, RecurringMoment, validateRecurring } from './recurring';
import { quoteSchemaName, rows } from './sql';
import {
  ArmInput,
  ArmResult,
  CancelResult,
  DeadlineConflictError,
  DeadlineEffects,
  DeadlineJobData,
  DeadlineRecord,
  FiredDeadline,
  FiredWarning,
  ReconcileReport,
  RecurringJobData,
  RescheduleInput,
  RescheduleResult,
  SchedulerLogger,
  silentLogger,
  WakeUpJob,
  WakeUpPlan,
  WarningJobData,
  WarningLead,
} from './types';

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
  readonly concurrency?: number;
  /** Periodic reconcile after start(); default 60 s; 0 disables (tests call reconcile()). */
  readonly reconcileIntervalMs?: number;
  /** Rows per reconciler batch; default 500. */
  readonly batchSize?: number;
  /** Other due deadlines a worker fires along with the one it was woken for; default 100 (1 = alone). */
  readonly fireBatch?: number;
  /** How far back the reconciler fires missed recurring occurrences; default 400 days. */
  readonly catchUpDays?: number;
  readonly jobAttempts?: number;
  readonly logger?: SchedulerLogger;
}

type Row = {
  id: string;
  kind: string;
  subject_id: string;
  due_at: Date;
  rule_version: string;
  state: DeadlineRecord['state'];
  generation: number;
  warnings: WarningLead[];
  fired_at: Date | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

type WarningRow = {
  deadline_id: string;
  generation: number;
  lead: string;
  due_at: Date;
  fired_at: Date;
  kind: string;
  subject_id: string;
  deadline_due_at: Date;
  rule_version: string;
};

export type FireOutcome = { outcome: 'fired' | 'stale' } | { outcome: 'early'; remainingMs: number };

const KIND = /^[a-z0-9][a-z0-9.-]{0,99}$/;
const SUBJECT = /^[A-Za-z0-9_.-]{1,200}$/;
const EMPTY_PLAN: WakeUpPlan = { add: [], remove: [] };

function toRecord(r: Row): DeadlineRecord {
  return {
    id: r.id,
    kind: r.kind,
    subjectId: r.subject_id,
    dueAt: r.due_at,
    ruleVersion: r.rule_version,
    state: r.state,
    generation: r.generation,
    warnings: r.warnings ?? [],
    ...(r.fired_at ? { firedAt: r.fired_at } : {}),
    ...(r.cancelled_at ? { cancelledAt: r.cancelled_at } : {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** ISO 8601 duration label of a lead time, also part of the warning job id: 'P7D', 'PT2H', 'P1DT30M'. */
export function leadLabel(lead: WarningLead): string {
  const { days = 0, hours = 0, minutes = 0 } = lead;
  for (const n of [days, hours, minutes]) if (!Number.isInteger(n) || n < 0) throw new RangeError(`invalid warning lead: ${JSON.stringify(lead)}`);
  if (days + hours + minutes === 0) throw new RangeError('a warning lead must be positive');
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** The warning moment: `days` back on the Amsterdam calendar (DST-safe), then hours/minutes back. */
export function warningMoment(dueAt: Date, lead: WarningLead): Date {
  const byDays = lead.days ? subDays(new TZDate(dueAt.getTime(), AMSTERDAM), lead.days).getTime() : dueAt.getTime();
  return new Date(byDays - 60_000 * (60 * (lead.hours ?? 0) + (lead.minutes ?? 0)));
}

export const deadlineJobId = (id: string, generation: number) => `dl-${id}-${generation}`;
export const warningJobId = (id: string, generation: number, lead: string) => `dw-${id}-${generation}-${lead}`;
export const recurringSchedulerId = (name: string) => `rc-${name}`;

/**
 * Deadlines as rows in the owning service's PostgreSQL schema, woken up by BullMQ delayed
 * jobs. Postgres is the truth: a job only says "look now"; firing is one transaction that
 * flips the row from armed to fired (matching generation) and runs the effect (outbox
 * append) only when it did. A reconciler re-creates lost jobs and fires what is overdue.
 */
export class DeadlineScheduler {
  readonly queue: Queue;
  private worker?: Worker;
  private readonly s: string;
  private readonly clock: Clock;
  private readonly log: SchedulerLogger;
  private readonly queueConnection: Redis;
  private readonly workerConnection?: Redis;
  private readonly recurring: readonly RecurringMoment[];
  private readonly batchSize: number;
  private readonly fireBatch: number;
  private timer?: NodeJS.Timeout;
  private reconciling?: Promise<ReconcileReport>;
  private readonly jobOptions: { removeOnComplete: true; removeOnFail: { age: number }; attempts: number; backoff: { type: 'exponential'; delay: number } };

  constructor(private readonly options: DeadlineSchedulerOptions) {
    this.s = quoteSchemaName(options.schema);
    this.clock = options.clock ?? systemClock;
    this.log = options.logger ?? silentLogger;
    this.batchSize = options.batchSize ?? 500;
    this.fireBatch = options.fireBatch ?? 100;
    this.recurring = options.recurring ?? [];
    const names = new Set<string>();
    for (const m of this.recurring) {
      validateRecurring(m);
      if (names.has(m.name)) throw new Error(`duplicate recurring moment ${m.name}`);
      names.add(m.name);
    }
    const prefix = options.prefix ?? 'pao';
    // Producer connection: commands fail fast when Redis is down (the reconciler heals);
    // the worker's connection retries forever, as BullMQ requires.
    this.queueConnection = this.connect({});
    this.queue = new Queue(options.queueName ?? 'deadlines', { connection: this.queueConnection, prefix });
    this.queue.on('error', (err) => this.log.warn({ err }, 'deadline queue error'));
    if (options.worker ?? true) this.workerConnection = this.connect({ maxRetriesPerRequest: null });
    this.jobOptions = {
      removeOnComplete: true,
      removeOnFail: { age: 14 * 24 * 3600 },
      attempts: options.jobAttempts ?? 8,
      backoff: { type: 'exponential', delay: 1000 },
    };
  }

  private connect(extra: RedisOptions): Redis {
    const r = typeof this.options.redis === 'string' ? new Redis(this.options.redis, extra) : new Redis({ ...this.options.redis, ...extra });
    r.on('error', (err) => this.log.warn({ err: err.message }, 'deadline redis connection error'));
    return r;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Registers recurring moments, starts the worker, reconciles once and then periodically. */
  async start(): Promise<ReconcileReport> {
    await this.registerRecurring();
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
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.reconciling?.catch(() => undefined);
    await this.worker?.close();
    await this.queue.close();
    for (const c of [this.queueConnection, this.workerConnection]) {
      if (!c) continue;
      await c.quit().catch(() => c.disconnect());
    }
  }

  // ---------------------------------------------------------------- arming (inside the caller's transaction)

  /**
   * Arms a deadline inside the caller's transaction; call {@link wake} with the result
   * after commit (or use {@link transaction}). Arming the same (kind, subject, moment)
   * again is a no-op; another moment for an armed (kind, subject) is a conflict.
   */
  async arm(manager: EntityManager, input: ArmInput): Promise<ArmResult> {
    const [result] = await this.armRows(manager, [input], true);
    return result;
  }

  /** Arms many at once (one INSERT); inputs that conflict with an armed deadline are skipped. */
  async armMany(manager: EntityManager, inputs: readonly ArmInput[]): Promise<ArmResult[]> {
    return this.armRows(manager, inputs, false);
  }

  private async armRows(manager: EntityManager, inputs: readonly ArmInput[], single: boolean): Promise<ArmResult[]> {
    if (inputs.length === 0) return [];
    for (const i of inputs) this.validate(i);
    const ids = inputs.map(() => randomUUID());
    const inserted = await rows<Row>(
      manager,
      `INSERT INTO ${this.s}.deadline (id, kind, subject_id, due_at, rule_version, warnings)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[])
       ON CONFLICT (kind, subject_id) WHERE state = 'armed' DO NOTHING
       RETURNING *`,
      [
        ids,
        inputs.map((i) => i.kind),
        inputs.map((i) => i.subjectId),
        inputs.map((i) => i.dueAt),
        inputs.map((i) => i.ruleVersion),
        inputs.map((i) => JSON.stringify(i.warnings ?? [])),
      ],
    );
    const results: ArmResult[] = [];
    for (const row of inserted) {
      const deadline = toRecord(row);
      results.push({ deadline, created: true, wakeUp: { add: await this.insertWarnings(manager, deadline), remove: [] } });
    }
    if (single && inserted.length === 0) {
      const input = inputs[0];
      const [existing] = await rows<Row>(manager, `SELECT * FROM ${this.s}.deadline WHERE kind = $1 AND subject_id = $2 AND state = 'armed'`, [input.kind, input.subjectId]);
      if (!existing) throw new Error(`arming ${input.kind}/${input.subjectId} inserted nothing and found nothing`);
      if (existing.due_at.getTime() !== input.dueAt.getTime() || existing.rule_version !== input.ruleVersion) {
        throw new DeadlineConflictError(input.kind, input.subjectId, existing.id);
      }
      return [{ deadline: toRecord(existing), created: false, wakeUp: await this.currentWakeUps(manager, toRecord(existing)) }];
    }
    return results;
  }

  /** Inserts the warning rows of a generation whose moment is still ahead; returns all wake-up jobs. */
  private async insertWarnings(manager: EntityManager, d: DeadlineRecord): Promise<WakeUpJob[]> {
    const jobs: WakeUpJob[] = [this.deadlineJob(d)];
    const now = this.clock.now().getTime();
    const leads = d.warnings
      .map((lead) => ({ lead: leadLabel(lead), at: warningMoment(d.dueAt, lead) }))
      .filter((w) => w.at.getTime() > now);
    const unique = [...new Map(leads.map((w) => [w.lead, w])).values()];
    if (unique.length > 0) {
      await manager.query(
        `INSERT INTO ${this.s}.deadline_warning (deadline_id, generation, lead, due_at)
         SELECT $1, $2, * FROM unnest($3::text[], $4::timestamptz[]) ON CONFLICT DO NOTHING`,
        [d.id, d.generation, unique.map((w) => w.lead), unique.map((w) => w.at)],
      );
      for (const w of unique) jobs.push({ name: 'dw', jobId: warningJobId(d.id, d.generation, w.lead), data: { id: d.id, g: d.generation, l: w.lead }, at: w.at });
    }
    return jobs;
  }

  private async currentWakeUps(manager: EntityManager, d: DeadlineRecord): Promise<WakeUpPlan> {
    if (d.state !== 'armed') return EMPTY_PLAN;
    const ws = await rows<{ lead: string; due_at: Date }>(
      manager,
      `SELECT lead, due_at FROM ${this.s}.deadline_warning WHERE deadline_id = $1 AND generation = $2 AND state = 'armed'`,
      [d.id, d.generation],
    );
    return {
      add: [this.deadlineJob(d), ...ws.map((w): WakeUpJob => ({ name: 'dw', jobId: warningJobId(d.id, d.generation, w.lead), data: { id: d.id, g: d.generation, l: w.lead }, at: w.due_at }))],
      remove: [],
    };
  }

  private deadlineJob(d: { id: string; generation: number; dueAt: Date }): WakeUpJob {
    return { name: 'dl', jobId: deadlineJobId(d.id, d.generation), data: { id: d.id, g: d.generation }, at: d.dueAt };
  }

  private async supersede(manager: EntityManager, before: Row): Promise<string[]> {
    const old = await rows<{ lead: string }>(
      manager,
      `UPDATE ${this.s}.deadline_warning SET state = 'superseded' WHERE deadline_id = $1 AND state = 'armed' RETURNING lead`,
      [before.id],
    );
    return [deadlineJobId(before.id, before.generation), ...old.map((w) => warningJobId(before.id, before.generation, w.lead))];
  }

  /**
   * Moves an armed deadline (idempotent: the same moment, version and leads change nothing).
   * The generation grows, so a job of the old generation that still runs is ignored.
   */
  async reschedule(manager: EntityManager, id: string, input: RescheduleInput): Promise<RescheduleResult> {
    const [current] = await rows<Row>(manager, `SELECT * FROM ${this.s}.deadline WHERE id = $1 FOR UPDATE`, [id]);
    if (!current) throw new Error(`no deadline ${id}`);
    const ruleVersion = input.ruleVersion ?? current.rule_version;
    const warnings = input.warnings ?? current.warnings;
    this.validate({ kind: current.kind, subjectId: current.subject_id, dueAt: input.dueAt, ruleVersion, warnings });
    if (current.state !== 'armed') return { deadline: toRecord(current), changed: false, wakeUp: EMPTY_PLAN };
    const same =
      current.due_at.getTime() === input.dueAt.getTime() &&
      current.rule_version === ruleVersion &&
      JSON.stringify(current.warnings) === JSON.stringify(warnings);
    if (same) return { deadline: toRecord(current), changed: false, wakeUp: await this.currentWakeUps(manager, toRecord(current)) };
    const remove = await this.supersede(manager, current);
    const [updated] = await rows<Row>(
      manager,
      `UPDATE ${this.s}.deadline SET due_at = $2, rule_version = $3, warnings = $4::jsonb, generation = generation + 1, updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id, input.dueAt, ruleVersion, JSON.stringify(warnings)],
    );
    const deadline = toRecord(updated);
    return { deadline, changed: true, wakeUp: { add: await this.insertWarnings(manager, deadline), remove } };
  }

  /** Cancels an armed deadline (idempotent: cancelling a cancelled or fired one changes nothing). */
  async cancel(manager: EntityManager, id: string): Promise<CancelResult> {
    const [current] = await rows<Row>(manager, `SELECT * FROM ${this.s}.deadline WHERE id = $1 FOR UPDATE`, [id]);
    if (!current) return { cancelled: false, wakeUp: EMPTY_PLAN };
    if (current.state !== 'armed') return { deadline: toRecord(current), cancelled: false, wakeUp: EMPTY_PLAN };
    const remove = await this.supersede(manager, current);
    const [updated] = await rows<Row>(
      manager,
      `UPDATE ${this.s}.deadline SET state = 'cancelled', cancelled_at = now(), generation = generation + 1, updated_at = now()
       WHERE id = $1 RETURNING *`,
      [id],
    );
    return { deadline: toRecord(updated), cancelled: true, wakeUp: { add: [], remove } };
  }

  /** The armed deadline of a kind for a subject, if any. */
  async findArmed(manager: EntityManager, kind: string, subjectId: string): Promise<DeadlineRecord | undefined> {
    const [row] = await rows<Row>(manager, `SELECT * FROM ${this.s}.deadline WHERE kind = $1 AND subject_id = $2 AND state = 'armed'`, [kind, subjectId]);
    return row ? toRecord(row) : undefined;
  }

  async get(id: string, manager: EntityManager = this.options.dataSource.manager): Promise<DeadlineRecord | undefined> {
    const [row] = await rows<Row>(manager, `SELECT * FROM ${this.s}.deadline WHERE id = $1`, [id]);
    return row ? toRecord(row) : undefined;
  }

  private validate(i: ArmInput): void {
    if (!KIND.test(i.kind)) throw new RangeError(`invalid deadline kind: ${JSON.stringify(i.kind)}`);
    if (!SUBJECT.test(i.subjectId)) throw new RangeError('invalid subjectId: ids only ([A-Za-z0-9_.-], at most 200)');
    if (!(i.dueAt instanceof Date) || Number.isNaN(i.dueAt.getTime())) throw new RangeError('invalid dueAt');
    if (typeof i.ruleVersion !== 'string' || i.ruleVersion.length === 0 || i.ruleVersion.length > 200) throw new RangeError('invalid ruleVersion');
    for (const w of i.warnings ?? []) leadLabel(w);
  }

  // ---------------------------------------------------------------- after commit

  /**
   * Adds the wake-up jobs of committed changes and removes superseded ones. Never throws:
   * a job that could not be added is re-created by the reconciler (returns false then).
   */
  async wake(...plans: Array<WakeUpPlan | { readonly wakeUp: WakeUpPlan }>): Promise<boolean> {
    const flat = plans.map((p) => ('wakeUp' in p ? p.wakeUp : p));
    const add = flat.flatMap((p) => p.add);
    const remove = flat.flatMap((p) => p.remove);
    let ok = true;
    try {
      await this.addJobs(add);
    } catch (err) {
      ok = false;
      this.log.warn({ err: String(err), jobs: add.length }, 'could not enqueue deadline wake-ups; the reconciler will re-arm them');
    }
    for (const jobId of remove) {
      // Best effort: an old-generation job that still runs is ignored when it fires.
      await this.queue.remove(jobId).catch(() => undefined);
    }
    return ok;
  }

  private async addJobs(jobs: readonly WakeUpJob[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (let i = 0; i < jobs.length; i += 1000) {
      await this.queue.addBulk(
        jobs.slice(i, i + 1000).map((j) => ({
          name: j.name,
          data: j.data,
          opts: { ...this.jobOptions, jobId: j.jobId, delay: Math.max(0, j.at.getTime() - now) },
        })),
      );
    }
  }

  /**
   * Runs `fn` in a transaction with deadline operations bound to it, and wakes the
   * resulting jobs after the commit: `scheduler.transaction(async (tx) => tx.arm({...}))`.
   */
  async transaction<T>(fn: (tx: DeadlineTransaction) => Promise<T>): Promise<T> {
    const plans: WakeUpPlan[] = [];
    const result = await this.options.dataSource.transaction((manager) => fn(new DeadlineTransaction(this, manager, plans)));
    await this.wake(...plans);
    return result;
  }

  // ---------------------------------------------------------------- firing

  /**
   * Fires one deadline if it is armed, of this generation and due (by the injected clock):
   * one transaction marks it fired with PostgreSQL's now() and runs the effect. Running
   * it twice has one effect.
   */
  async fireDeadline(id: string, generation: number): Promise<FireOutcome> {
    const now = this.clock.now();
    return this.options.dataSource.transaction(async (m): Promise<FireOutcome> => {
      const [row] = await rows<Row>(
        m,
        `UPDATE ${this.s}.deadline SET state = 'fired', fired_at = now(), updated_at = now()
         WHERE id = $1 AND generation = $2 AND state = 'armed' AND due_at <= $3 RETURNING *`,
        [id, generation, now],
      );
      if (!row) {
        const [cur] = await rows<Row>(m, `SELECT state, generation, due_at FROM ${this.s}.deadline WHERE id = $1`, [id]);
        if (cur && cur.state === 'armed' && cur.generation === generation) return { outcome: 'early', remainingMs: cur.due_at.getTime() - now.getTime() };
        return { outcome: 'stale' };
      }
      await this.afterFiring(m, [row]);
      return { outcome: 'fired' };
    });
  }

  /**
   * The worker's path for a deadline job. A cheap read first (most duplicate and
   * old-generation jobs end there); when the deadline is due it fires in one transaction
   * together with up to `fireBatch` other due deadlines (a burst of 10,000 due in the same
   * minute costs tens of commits, not 10,000), and falls back to firing it alone.
   */
  async wakeDeadline(id: string, generation: number): Promise<FireOutcome> {
    const now = this.clock.now();
    const [cur] = await rows<{ state: string; generation: number; due_at: Date }>(
      this.options.dataSource.manager,
      `SELECT state, generation, due_at FROM ${this.s}.deadline WHERE id = $1`,
      [id],
    );
    if (!cur || cur.state !== 'armed' || cur.generation !== generation) return { outcome: 'stale' };
    if (cur.due_at.getTime() > now.getTime()) return { outcome: 'early', remainingMs: cur.due_at.getTime() - now.getTime() };
    try {
      const fired = await this.fireDueBatch(now, this.fireBatch, [], id);
      if (fired.some((r) => r.id === id)) return { outcome: 'fired' };
    } catch (err) {
      this.log.warn({ deadlineId: id, err: String(err) }, 'batch firing failed; firing this deadline alone');
    }
    // Not in the batch (locked by another firing transaction) or the batch failed: fire it
    // alone, which waits for that other transaction and then sees the row as it left it.
    return this.fireDeadline(id, generation);
  }

  /** Marks up to `limit` due armed deadlines fired (skipping rows others hold) and runs their effects, in one transaction. */
  private fireDueBatch(now: Date, limit: number, exclude: readonly string[], first?: string): Promise<Row[]> {
    return this.options.dataSource.transaction(async (m) => {
      const done = await rows<Row>(
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
  }

  private async afterFiring(m: EntityManager, fired: readonly Row[]): Promise<void> {
    if (fired.length === 0) return;
    const withWarnings = fired.filter((r) => r.warnings.length > 0).map((r) => r.id);
    if (withWarnings.length > 0) {
      await m.query(`UPDATE ${this.s}.deadline_warning SET state = 'skipped' WHERE deadline_id = ANY($1::uuid[]) AND state = 'armed'`, [withWarnings]);
    }
    for (const r of fired) await this.options.effects.onDeadline(m, toRecord(r) as FiredDeadline);
  }

  /** Fires one warning if its deadline is still armed in the same generation and the moment has come. */
  async fireWarning(id: string, generation: number, lead: string): Promise<FireOutcome> {
    const now = this.clock.now();
    return this.options.dataSource.transaction(async (m): Promise<FireOutcome> => {
      const [row] = await rows<WarningRow>(
        m,
        `UPDATE ${this.s}.deadline_warning w SET state = 'fired', fired_at = now()
         FROM ${this.s}.deadline d
         WHERE w.deadline_id = $1 AND w.generation = $2 AND w.lead = $3 AND w.state = 'armed' AND w.due_at <= $4
           AND d.id = w.deadline_id AND d.state = 'armed' AND d.generation = w.generation
         RETURNING w.*, d.kind, d.subject_id, d.due_at AS deadline_due_at, d.rule_version`,
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
      await this.options.effects.onWarning?.(m, this.toWarning(row));
      return { outcome: 'fired' };
    });
  }

  private toWarning(row: WarningRow): FiredWarning {
    return {
      deadlineId: row.deadline_id,
      kind: `${row.kind}.waarschuwing`,
      deadlineKind: row.kind,
      subjectId: row.subject_id,
      deadlineDueAt: row.deadline_due_at,
      ruleVersion: row.rule_version,
      generation: row.generation,
      lead: row.lead,
      warnAt: row.due_at,
      firedAt: row.fired_at,
    };
  }

  /** Fires a recurring occurrence once per (name, occurrence), however many instances try. */
  async fireRecurring(name: string, occurrenceAt: Date, via: 'job' | 'catch-up' = 'job'): Promise<boolean> {
    return this.options.dataSource.transaction(async (m) => {
      const [row] = await rows<{ fired_at: Date }>(
        m,
        `INSERT INTO ${this.s}.recurring_occurrence (name, occurrence_at, occurrence_date) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING fired_at`,
        [name, occurrenceAt, datumVan(occurrenceAt)],
      );
      if (!row) return false;
      await this.options.effects.onRecurring?.(m, { name, occurrenceAt, occurrenceDate: datumVan(occurrenceAt), firedAt: row.fired_at, via });
      return true;
    });
  }

  /** The worker's processor (public so a test can run the same job twice). */
  async process(job: Job, token?: string): Promise<string> {
    let result: FireOutcome;
    if (job.name === 'dl') {
      const d = job.data as DeadlineJobData;
      result = await this.wakeDeadline(d.id, d.g);
    } else if (job.name === 'dw') {
      const d = job.data as WarningJobData;
      result = await this.fireWarning(d.id, d.g, d.l);
    } else if (job.name === 'rc') {
      const d = job.data as RecurringJobData;
      const at = job.opts.prevMillis ?? d.at;
      if (typeof at !== 'number') throw new Error(`recurring job ${job.id} without an occurrence moment`);
      return (await this.fireRecurring(d.name, new Date(at))) ? 'fired' : 'duplicate';
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

  // ---------------------------------------------------------------- recurring moments

  /** Records the recurring moments in Postgres and upserts their BullMQ job schedulers. */
  async registerRecurring(): Promise<void> {
    if (this.recurring.length === 0) return;
    await this.options.dataSource.query(
      `INSERT INTO ${this.s}.recurring_moment (name, spec, registered_at)
       SELECT * FROM unnest($1::text[], $2::jsonb[], $3::timestamptz[])
       ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec, updated_at = now()
       WHERE ${this.s}.recurring_moment.spec IS DISTINCT FROM EXCLUDED.spec`,
      [this.recurring.map((m) => m.name), this.recurring.map((m) => JSON.stringify(m)), this.recurring.map(() => this.clock.now())],
    );
    await this.upsertSchedulers();
  }

  /** Upserts the job schedulers: all of them (start-up, the spec may have changed) or only the missing ones (reconcile). */
  private async upsertSchedulers(onlyMissing = false): Promise<number> {
    let upserted = 0;
    for (const m of this.recurring) {
      if (onlyMissing && (await this.queue.getJobScheduler(recurringSchedulerId(m.name)))) continue;
      upserted++;
      await this.queue.upsertJobScheduler(
        recurringSchedulerId(m.name),
        { pattern: cronPattern(m), tz: AMSTERDAM },
        { name: 'rc', data: { name: m.name } satisfies RecurringJobData, opts: this.jobOptions },
      );
    }
    return upserted;
  }

  // ---------------------------------------------------------------- reconciler

  /**
   * Makes Redis agree with Postgres, at start-up and periodically: fires armed deadlines
   * (and warnings) whose moment passed without an effect, re-creates the jobs of armed
   * future ones that Redis lost, restores the job schedulers and fires missed recurring
   * occurrences. Safe to run on several instances (a Postgres advisory lock lets one work).
   */
  reconcile(): Promise<ReconcileReport> {
    if (!this.reconciling) {
      this.reconciling = this.reconcileOnce().finally(() => {
        this.reconciling = undefined;
      });
    }
    return this.reconciling;
  }

  private async reconcileOnce(): Promise<ReconcileReport> {
    const started = Date.now();
    const qr = this.options.dataSource.createQueryRunner();
    await qr.connect();
    try {
      const [{ locked }] = await qr.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`${this.options.schema}.deadline-reconciler`]);
      if (!locked) {
        return { skipped: true, fired: 0, warningsFired: 0, rearmed: 0, warningsRearmed: 0, recurringCaughtUp: 0, schedulersRestored: 0, failed: 0, durationMs: Date.now() - started };
      }
      try {
        const schedulersRestored = this.recurring.length > 0 ? await this.upsertSchedulers(true) : 0;
        const swept = await this.sweepDeadlines();
        const warnings = await this.sweepWarnings();
        const rearmed = await this.rearm();
        const caughtUp = await this.catchUpRecurring();
        const report: ReconcileReport = {
          skipped: false,
          fired: swept.fired,
          warningsFired: warnings,
          rearmed: rearmed.deadlines,
          warningsRearmed: rearmed.warnings,
          recurringCaughtUp: caughtUp,
          schedulersRestored,
          failed: swept.failed,
          durationMs: Date.now() - started,
        };
        if (report.fired || report.warningsFired || report.rearmed || report.warningsRearmed || report.recurringCaughtUp || schedulersRestored || report.failed) {
          this.log.info({ ...report }, 'deadline reconcile repaired state');
        }
        return report;
      } finally {
        await qr.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`${this.options.schema}.deadline-reconciler`]);
      }
    } finally {
      await qr.release();
    }
  }

  /** Fires every armed deadline that is due, in batches; a failing one is isolated and skipped. */
  private async sweepDeadlines(): Promise<{ fired: number; failed: number }> {
    const now = this.clock.now();
    const failed = new Set<string>();
    let fired = 0;
    for (;;) {
      let batch: Row[];
      try {
        batch = await this.fireDueBatch(now, this.batchSize, [...failed]);
      } catch (err) {
        this.log.warn({ err: String(err) }, 'deadline sweep batch failed; firing one by one');
        const due = await rows<{ id: string; generation: number }>(
          this.options.dataSource.manager,
          `SELECT id, generation FROM ${this.s}.deadline WHERE state = 'armed' AND due_at <= $1 AND NOT (id = ANY($3::uuid[])) ORDER BY due_at LIMIT $2`,
          [now, this.batchSize, [...failed]],
        );
        if (due.length === 0) break;
        for (const d of due) {
          try {
            if ((await this.fireDeadline(d.id, d.generation)).outcome === 'fired') fired++;
          } catch (e) {
            failed.add(d.id);
            this.log.error({ deadlineId: d.id, err: String(e) }, 'deadline could not fire; stays armed');
          }
        }
        continue;
      }
      fired += batch.length;
      if (batch.length < this.batchSize) break;
    }
    return { fired, failed: failed.size };
  }

  /** Fires warnings whose moment passed while their deadline is still ahead. */
  private async sweepWarnings(): Promise<number> {
    const now = this.clock.now();
    let fired = 0;
    for (;;) {
      const batch = await this.options.dataSource.transaction(async (m) => {
        const done = await rows<WarningRow>(
          m,
          `WITH due AS (
             SELECT w.deadline_id, w.generation, w.lead FROM ${this.s}.deadline_warning w
             JOIN ${this.s}.deadline d ON d.id = w.deadline_id AND d.generation = w.generation AND d.state = 'armed'
             WHERE w.state = 'armed' AND w.due_at <= $1 AND d.due_at > $1
             ORDER BY w.due_at LIMIT $2 FOR UPDATE OF w SKIP LOCKED)
           UPDATE ${this.s}.deadline_warning w SET state = 'fired', fired_at = now()
           FROM due, ${this.s}.deadline d
           WHERE w.deadline_id = due.deadline_id AND w.generation = due.generation AND w.lead = due.lead AND d.id = w.deadline_id
           RETURNING w.*, d.kind, d.subject_id, d.due_at AS deadline_due_at, d.rule_version`,
          [now, this.batchSize],
        );
        for (const r of done) await this.options.effects.onWarning?.(m, this.toWarning(r));
        return done;
      });
      fired += batch.length;
      if (batch.length < this.batchSize) break;
    }
    return fired;
  }

  /** Re-creates the jobs of armed future deadlines and warnings that are missing from Redis. */
  private async rearm(): Promise<{ deadlines: number; warnings: number }> {
    const now = this.clock.now();
    const ds = this.options.dataSource;
    let deadlines = 0;
    let warnings = 0;
    let cursor: { at: Date; id: string } = { at: new Date(0), id: '00000000-0000-0000-0000-000000000000' };
    for (;;) {
      const page = await rows<{ id: string; generation: number; due_at: Date }>(
        ds.manager,
        `SELECT id, generation, due_at FROM ${this.s}.deadline
         WHERE state = 'armed' AND due_at > $1 AND (due_at, id) > ($2, $3::uuid)
         ORDER BY due_at, id LIMIT $4`,
        [now, cursor.at, cursor.id, 2 * this.batchSize],
      );
      if (page.length === 0) break;
      const jobs = page.map((r) => this.deadlineJob({ id: r.id, generation: r.generation, dueAt: r.due_at }));
      deadlines += await this.addMissing(jobs);
      const last = page[page.length - 1];
      cursor = { at: last.due_at, id: last.id };
    }
    let wcursor: { at: Date; id: string; lead: string } = { at: new Date(0), id: '00000000-0000-0000-0000-000000000000', lead: '' };
    for (;;) {
      const page = await rows<{ deadline_id: string; generation: number; lead: string; due_at: Date }>(
        ds.manager,
        `SELECT w.deadline_id, w.generation, w.lead, w.due_at FROM ${this.s}.deadline_warning w
         JOIN ${this.s}.deadline d ON d.id = w.deadline_id AND d.generation = w.generation AND d.state = 'armed'
         WHERE w.state = 'armed' AND w.due_at > $1 AND (w.due_at, w.deadline_id, w.lead) > ($2, $3::uuid, $4)
         ORDER BY w.due_at, w.deadline_id, w.lead LIMIT $5`,
        [now, wcursor.at, wcursor.id, wcursor.lead, 2 * this.batchSize],
      );
      if (page.length === 0) break;
      const jobs = page.map(
        (w): WakeUpJob => ({ name: 'dw', jobId: warningJobId(w.deadline_id, w.generation, w.lead), data: { id: w.deadline_id, g: w.generation, l: w.lead }, at: w.due_at }),
      );
      warnings += await this.addMissing(jobs);
      const last = page[page.length - 1];
      wcursor = { at: last.due_at, id: last.deadline_id, lead: last.lead };
    }
    return { deadlines, warnings };
  }

  private async addMissing(jobs: readonly WakeUpJob[]): Promise<number> {
    const pipeline = this.queueConnection.pipeline();
    for (const j of jobs) pipeline.exists(this.queue.toKey(j.jobId));
    const results = (await pipeline.exec()) ?? [];
    const missing = jobs.filter((_, i) => {
      const [err, n] = results[i] ?? [null, 0];
      return !err && n === 0;
    });
    if (missing.length > 0) await this.addJobs(missing);
    return missing.length;
  }

  /** Fires occurrences of `at` moments that passed while no job fired them (e.g. Redis lost the scheduler). */
  private async catchUpRecurring(): Promise<number> {
    const catchable = this.recurring.filter((m) => 'at' in m);
    if (catchable.length === 0) return 0;
    const now = this.clock.now();
    const registered = await rows<{ name: string; registered_at: Date }>(
      this.options.dataSource.manager,
      `SELECT name, registered_at FROM ${this.s}.recurring_moment WHERE name = ANY($1::text[])`,
      [catchable.map((m) => m.name)],
    );
    const since = new Map(registered.map((r) => [r.name, r.registered_at]));
    const windowStart = now.getTime() - (this.options.catchUpDays ?? 400) * 86_400_000;
    let fired = 0;
    for (const m of catchable) {
      const reg = since.get(m.name);
      if (!reg) continue;
      const after = new Date(Math.max(reg.getTime(), windowStart));
      const due = occurrencesBetween(m, after, now);
      if (due.length === 0) continue;
      const done = await rows<{ occurrence_at: Date }>(
        this.options.dataSource.manager,
        `SELECT occurrence_at FROM ${this.s}.recurring_occurrence WHERE name = $1 AND occurrence_at = ANY($2::timestamptz[])`,
        [m.name, due],
      );
      const seen = new Set(done.map((r) => r.occurrence_at.getTime()));
      for (const at of due) {
        if (seen.has(at.getTime())) continue;
        if (await this.fireRecurring(m.name, at, 'catch-up')) fired++;
      }
    }
    return fired;
  }
}

/** Deadline operations bound to one transaction; their wake-ups run after its commit. */
export class DeadlineTransaction {
  constructor(
    private readonly scheduler: DeadlineScheduler,
    readonly manager: EntityManager,
    private readonly plans: WakeUpPlan[],
  ) {}

  async arm(input: ArmInput): Promise<ArmResult> {
    const r = await this.scheduler.arm(this.manager, input);
    this.plans.push(r.wakeUp);
    return r;
  }

  async armMany(inputs: readonly ArmInput[]): Promise<ArmResult[]> {
    const r = await this.scheduler.armMany(this.manager, inputs);
    for (const x of r) this.plans.push(x.wakeUp);
    return r;
  }

  async reschedule(id: string, input: RescheduleInput): Promise<RescheduleResult> {
    const r = await this.scheduler.reschedule(this.manager, id, input);
    this.plans.push(r.wakeUp);
    return r;
  }

  async cancel(id: string): Promise<CancelResult> {
    const r = await this.scheduler.cancel(this.manager, id);
    this.plans.push(r.wakeUp);
    return r;
  }

  findArmed(kind: string, subjectId: string): Promise<DeadlineRecord | undefined> {
    return this.scheduler.findArmed(this.manager, kind, subjectId);
  }
}
