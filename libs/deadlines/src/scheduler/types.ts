import type { EntityManager } from 'typeorm';

export type DeadlineState = 'armed' | 'fired' | 'cancelled';

/** A warning lead time before a deadline: `{ days: 7 }` (calendar days in Amsterdam), `{ hours: 2 }`. */
export interface WarningLead {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
}

export interface ArmInput {
  /** What kind of deadline, kebab-case with dots: 'bezwaartermijn', 'thuiszitter.drie-maanden'. */
  readonly kind: string;
  /** Id of the case it belongs to. Ids only: never a name or BSN (it ends up in logs and events). */
  readonly subjectId: string;
  /** The moment the deadline passes; for a legal term `Termijnuitkomst.verstrijktOp`. */
  readonly dueAt: Date;
  /** Version of the rule that computed `dueAt`, e.g. `Termijnuitkomst.regelversie`. */
  readonly ruleVersion: string;
  readonly warnings?: readonly WarningLead[];
}

export interface RescheduleInput {
  readonly dueAt: Date;
  readonly ruleVersion?: string;
  /** Replaces the lead times; when absent the existing ones stay. */
  readonly warnings?: readonly WarningLead[];
}

/** One deadline to move in `rescheduleMany`. */
export interface RescheduleChange extends RescheduleInput {
  readonly id: string;
}

export interface DeadlineRecord {
  readonly id: string;
  readonly kind: string;
  readonly subjectId: string;
  readonly dueAt: Date;
  readonly ruleVersion: string;
  readonly state: DeadlineState;
  readonly generation: number;
  readonly warnings: readonly WarningLead[];
  readonly firedAt?: Date;
  readonly cancelledAt?: Date;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** Handed to `onDeadline` in the firing transaction. `firedAt` is PostgreSQL's now(): the legal timestamp. */
export interface FiredDeadline extends DeadlineRecord {
  readonly state: 'fired';
  readonly firedAt: Date;
}

/** Handed to `onWarning` in the firing transaction. */
export interface FiredWarning {
  readonly deadlineId: string;
  /** `<kind>.waarschuwing` */
  readonly kind: string;
  readonly deadlineKind: string;
  readonly subjectId: string;
  readonly deadlineDueAt: Date;
  readonly ruleVersion: string;
  readonly generation: number;
  /** ISO 8601 duration of the lead time, e.g. 'P7D'. */
  readonly lead: string;
  readonly warnAt: Date;
  readonly firedAt: Date;
}

/** Handed to `onRecurring` in the firing transaction, once per (name, occurrence). */
export interface RecurringOccurrence {
  readonly name: string;
  /** The scheduled moment (not the moment the job happened to run). */
  readonly occurrenceAt: Date;
  /** Its date in Europe/Amsterdam, 'YYYY-MM-DD'. */
  readonly occurrenceDate: string;
  readonly firedAt: Date;
  /** 'job' when BullMQ woke us, 'catch-up' when the reconciler found it missed. */
  readonly via: 'job' | 'catch-up';
}

/**
 * What firing does, run inside the transaction that marks the deadline fired: typically
 * one line that appends a domain event to the outbox,
 *   onDeadline: (m, d) => appendToOutbox(m, 'toeleiding', [toEvent(d)])
 * If it throws, the transaction rolls back and the deadline stays armed (retried).
 */
export interface DeadlineEffects {
  onDeadline(manager: EntityManager, deadline: FiredDeadline): Promise<void>;
  /**
   * Optional: the effects of a batch of deadlines fired in one transaction, in one call
   * (e.g. one outbox append of all their events). Must do exactly what `onDeadline` does for
   * each of them, in order; a single deadline still goes to `onDeadline`. If it throws, the
   * whole batch rolls back and the engine fires those deadlines one by one.
   */
  onDeadlines?(manager: EntityManager, deadlines: readonly FiredDeadline[]): Promise<void>;
  onWarning?(manager: EntityManager, warning: FiredWarning): Promise<void>;
  onRecurring?(manager: EntityManager, occurrence: RecurringOccurrence): Promise<void>;
}

/** The pino-compatible subset the scheduler logs through (no console in service code). */
export interface SchedulerLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: SchedulerLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A BullMQ job to add after commit. */
export interface WakeUpJob {
  readonly name: 'dl' | 'dw';
  readonly jobId: string;
  readonly data: DeadlineJobData | WarningJobData;
  readonly at: Date;
}

/** Work for after the commit: jobs to add, superseded jobs to remove (best effort). */
export interface WakeUpPlan {
  readonly add: readonly WakeUpJob[];
  readonly remove: readonly string[];
}

export interface DeadlineJobData {
  readonly id: string;
  readonly g: number;
}
export interface WarningJobData {
  readonly id: string;
  readonly g: number;
  readonly l: string;
}
export interface RecurringJobData {
  readonly name: string;
  /** Only on jobs added by hand (a test, a re-run): the occurrence in epoch ms. Scheduler jobs carry it in opts.prevMillis. */
  readonly at?: number;
}

export interface ArmResult {
  readonly deadline: DeadlineRecord;
  /** false when an identical armed deadline already existed (an idempotent retry, or the same input earlier in an armMany). */
  readonly created: boolean;
  readonly wakeUp: WakeUpPlan;
}

export interface RescheduleResult {
  readonly deadline: DeadlineRecord;
  /** false when nothing changed (same moment, version and leads) or the deadline is no longer armed. */
  readonly changed: boolean;
  readonly wakeUp: WakeUpPlan;
}

export interface CancelResult {
  readonly deadline?: DeadlineRecord;
  /** false when it was already cancelled or fired, or does not exist. */
  readonly cancelled: boolean;
  readonly wakeUp: WakeUpPlan;
}

export interface ReconcileReport {
  /** true when another instance held the reconciler lock; nothing was done. */
  readonly skipped: boolean;
  readonly fired: number;
  readonly warningsFired: number;
  readonly rearmed: number;
  readonly warningsRearmed: number;
  readonly recurringCaughtUp: number;
  /** Job schedulers of recurring moments that were missing from Redis and re-created. */
  readonly schedulersRestored: number;
  readonly failed: number;
  readonly durationMs: number;
}

export class DeadlineConflictError extends Error {
  override readonly name = 'DeadlineConflictError';
  constructor(
    readonly kind: string,
    readonly subjectId: string,
    readonly existingId: string,
  ) {
    super(`an armed deadline of kind ${kind} for subject ${subjectId} exists with another moment (${existingId}); reschedule it`);
  }
}
