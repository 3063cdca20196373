import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Clock } from './clock';
import { DeadlineRow, toRecord } from './deadline-rows';
import { rows } from './sql';
import {
  ArmInput,
  ArmResult,
  CancelResult,
  DeadlineConflictError,
  DeadlineRecord,
  RescheduleChange,
  RescheduleResult,
  WakeUpJob,
  WakeUpPlan,
} from './types';
import { deadlineJob, EMPTY_PLAN, leadLabel, supersededJobIds, warningJob, warningMoment } from './wake-up-jobs';

const KIND = /^[a-z0-9][a-z0-9.-]{0,99}$/;
const SUBJECT = /^[A-Za-z0-9_.-]{1,200}$/;

export function validateArmInput(i: ArmInput): void {
  if (!KIND.test(i.kind)) throw new RangeError(`invalid deadline kind: ${JSON.stringify(i.kind)}`);
  if (!SUBJECT.test(i.subjectId)) throw new RangeError('invalid subjectId: ids only ([A-Za-z0-9_.-], at most 200)');
  if (!(i.dueAt instanceof Date) || Number.isNaN(i.dueAt.getTime())) throw new RangeError('invalid dueAt');
  if (typeof i.ruleVersion !== 'string' || i.ruleVersion.length === 0 || i.ruleVersion.length > 200) throw new RangeError('invalid ruleVersion');
  for (const w of i.warnings ?? []) leadLabel(w);
}

/** At most one armed deadline per key; neither part can hold a newline (validated). */
const keyOf = (kind: string, subjectId: string) => `${kind}\n${subjectId}`;

type SupersedingRow = DeadlineRow & { superseded_leads: string[] };

/**
 * The deadline rows in the owning service's schema: arming, moving and cancelling them
 * inside the caller's transaction, and reading them. Every change answers with the
 * wake-up jobs to add and remove after the commit. The bulk operations cost the same
 * few statements for one deadline or a thousand; the single ones are a bulk of one.
 */
export class DeadlineStore {
  /** @param s the quoted schema name */
  constructor(
    private readonly s: string,
    private readonly clock: Clock,
  ) {}

  /**
   * One result per input, in input order. An armed deadline of the same (kind, subject)
   * at the same moment and rule version is kept (`created: false`); at another moment it
   * is a {@link DeadlineConflictError}. The same (kind, subject) twice in one call is
   * judged the same way against the first.
   */
  async armMany(m: EntityManager, inputs: readonly ArmInput[]): Promise<ArmResult[]> {
    if (inputs.length === 0) return [];
    for (const i of inputs) validateArmInput(i);
    const firstOfKey = new Map<string, ArmInput>();
    for (const i of inputs) if (!firstOfKey.has(keyOf(i.kind, i.subjectId))) firstOfKey.set(keyOf(i.kind, i.subjectId), i);
    const unique = [...firstOfKey.values()];
    const inserted = await rows<DeadlineRow>(
      m,
      `INSERT INTO ${this.s}.deadline (id, kind, subject_id, due_at, rule_version, warnings)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::jsonb[])
       ON CONFLICT (kind, subject_id) WHERE state = 'armed' DO NOTHING
       RETURNING *`,
      [
        unique.map(() => randomUUID()),
        unique.map((i) => i.kind),
        unique.map((i) => i.subjectId),
        unique.map((i) => i.dueAt),
        unique.map((i) => i.ruleVersion),
        unique.map((i) => JSON.stringify(i.warnings ?? [])),
      ],
    );
    const found = new Map<string, { row: DeadlineRow; created: boolean }>();
    for (const row of inserted) found.set(keyOf(row.kind, row.subject_id), { row, created: true });
    const notInserted = unique.filter((i) => !found.has(keyOf(i.kind, i.subjectId)));
    if (notInserted.length > 0) {
      const existing = await rows<DeadlineRow>(
        m,
        `SELECT * FROM ${this.s}.deadline
         WHERE (kind, subject_id) IN (SELECT * FROM unnest($1::text[], $2::text[])) AND state = 'armed'`,
        [notInserted.map((i) => i.kind), notInserted.map((i) => i.subjectId)],
      );
      for (const row of existing) found.set(keyOf(row.kind, row.subject_id), { row, created: false });
    }

    const seen = new Set<string>();
    const answers = inputs.map((i) => {
      const key = keyOf(i.kind, i.subjectId);
      const hit = found.get(key);
      if (!hit) throw new Error(`arming ${i.kind}/${i.subjectId} inserted nothing and found nothing`);
      const repeat = seen.has(key);
      seen.add(key);
      if ((!hit.created || repeat) && (hit.row.due_at.getTime() !== i.dueAt.getTime() || hit.row.rule_version !== i.ruleVersion)) {
        throw new DeadlineConflictError(i.kind, i.subjectId, hit.row.id);
      }
      return { deadline: toRecord(hit.row), created: hit.created && !repeat, repeat };
    });
    const newJobs = await this.insertWarnings(
      m,
      answers.filter((a) => a.created).map((a) => a.deadline),
    );
    const kept = await this.currentWakeUps(
      m,
      answers.filter((a) => !a.created && !a.repeat).map((a) => a.deadline),
    );
    return answers.map(({ deadline, created, repeat }): ArmResult => {
      if (created) return { deadline, created, wakeUp: { add: newJobs.get(deadline.id) ?? [], remove: [] } };
      return { deadline, created, wakeUp: repeat ? EMPTY_PLAN : (kept.get(deadline.id) ?? EMPTY_PLAN) };
    });
  }

  /**
   * Moves armed deadlines, one result per change in order. Idempotent: the same moment,
   * version and leads change nothing; a deadline no longer armed is left alone. Each
   * move raises the generation, so a job of the old generation that still runs is ignored.
   */
  async rescheduleMany(m: EntityManager, changes: readonly RescheduleChange[]): Promise<RescheduleResult[]> {
    if (changes.length === 0) return [];
    const ids = changes.map((c) => c.id);
    if (new Set(ids).size !== ids.length) throw new RangeError('rescheduleMany: a deadline appears more than once');
    const current = await this.lock(m, ids);
    const results: RescheduleResult[] = [];
    const moves: Array<{ index: number; id: string; dueAt: Date; ruleVersion: string; warnings: unknown }> = [];
    const same: Array<{ index: number; deadline: DeadlineRecord }> = [];
    changes.forEach((c, index) => {
      const cur = current.get(c.id);
      if (!cur) throw new Error(`no deadline ${c.id}`);
      const ruleVersion = c.ruleVersion ?? cur.rule_version;
      const warnings = c.warnings ?? cur.warnings;
      validateArmInput({ kind: cur.kind, subjectId: cur.subject_id, dueAt: c.dueAt, ruleVersion, warnings });
      if (cur.state !== 'armed') {
        results[index] = { deadline: toRecord(cur), changed: false, wakeUp: EMPTY_PLAN };
      } else if (cur.due_at.getTime() === c.dueAt.getTime() && cur.rule_version === ruleVersion && JSON.stringify(cur.warnings) === JSON.stringify(warnings)) {
        same.push({ index, deadline: toRecord(cur) });
      } else {
        moves.push({ index, id: c.id, dueAt: c.dueAt, ruleVersion, warnings });
      }
    });
    const kept = await this.currentWakeUps(
      m,
      same.map((x) => x.deadline),
    );
    for (const { index, deadline } of same) results[index] = { deadline, changed: false, wakeUp: kept.get(deadline.id) ?? EMPTY_PLAN };
    if (moves.length > 0) {
      const moved = await rows<SupersedingRow>(
        m,
        `WITH input AS (
           SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::jsonb[]) AS i (id, due_at, rule_version, warnings)),
         superseded AS (
           UPDATE ${this.s}.deadline_warning w SET state = 'superseded' FROM input
           WHERE w.deadline_id = input.id AND w.state = 'armed' RETURNING w.deadline_id, w.lead),
         moved AS (
           UPDATE ${this.s}.deadline d SET due_at = input.due_at, rule_version = input.rule_version, warnings = input.warnings,
             generation = d.generation + 1, updated_at = now()
           FROM input WHERE d.id = input.id RETURNING d.*)
         SELECT moved.*, ARRAY(SELECT s.lead FROM superseded s WHERE s.deadline_id = moved.id) AS superseded_leads FROM moved`,
        [moves.map((x) => x.id), moves.map((x) => x.dueAt), moves.map((x) => x.ruleVersion), moves.map((x) => JSON.stringify(x.warnings))],
      );
      const byId = new Map(moved.map((r) => [r.id, r]));
      const deadlines = moves.map((x) => toRecord(byId.get(x.id)!));
      const jobs = await this.insertWarnings(m, deadlines);
      moves.forEach(({ index, id }, k) => {
        const row = byId.get(id)!;
        results[index] = {
          deadline: deadlines[k],
          changed: true,
          wakeUp: { add: jobs.get(id) ?? [], remove: supersededJobIds(id, row.generation - 1, row.superseded_leads) },
        };
      });
    }
    return results;
  }

  /** Cancels armed deadlines, one result per id in order (idempotent: a cancelled, fired or unknown one changes nothing). */
  async cancelMany(m: EntityManager, ids: readonly string[]): Promise<CancelResult[]> {
    if (ids.length === 0) return [];
    const current = await this.lock(m, ids);
    const armed = [...current.values()].filter((r) => r.state === 'armed').map((r) => r.id);
    const cancelled = new Map<string, SupersedingRow>();
    if (armed.length > 0) {
      const done = await rows<SupersedingRow>(
        m,
        `WITH superseded AS (
           UPDATE ${this.s}.deadline_warning SET state = 'superseded'
           WHERE deadline_id = ANY($1::uuid[]) AND state = 'armed' RETURNING deadline_id, lead),
         cancelled AS (
           UPDATE ${this.s}.deadline SET state = 'cancelled', cancelled_at = now(), generation = generation + 1, updated_at = now()
           WHERE id = ANY($1::uuid[]) RETURNING *)
         SELECT cancelled.*, ARRAY(SELECT s.lead FROM superseded s WHERE s.deadline_id = cancelled.id) AS superseded_leads FROM cancelled`,
        [armed],
      );
      for (const row of done) cancelled.set(row.id, row);
    }
    const answered = new Set<string>();
    return ids.map((id): CancelResult => {
      const row = cancelled.get(id);
      if (row && !answered.has(id)) {
        answered.add(id);
        return { deadline: toRecord(row), cancelled: true, wakeUp: { add: [], remove: supersededJobIds(id, row.generation - 1, row.superseded_leads) } };
      }
      const now = row ?? current.get(id);
      return now ? { deadline: toRecord(now), cancelled: false, wakeUp: EMPTY_PLAN } : { cancelled: false, wakeUp: EMPTY_PLAN };
    });
  }

  /** The armed deadline of a kind for a subject, if any. */
  async findArmed(m: EntityManager, kind: string, subjectId: string): Promise<DeadlineRecord | undefined> {
    const [row] = await rows<DeadlineRow>(m, `SELECT * FROM ${this.s}.deadline WHERE kind = $1 AND subject_id = $2 AND state = 'armed'`, [kind, subjectId]);
    return row ? toRecord(row) : undefined;
  }

  async get(m: EntityManager, id: string): Promise<DeadlineRecord | undefined> {
    const [row] = await rows<DeadlineRow>(m, `SELECT * FROM ${this.s}.deadline WHERE id = $1`, [id]);
    return row ? toRecord(row) : undefined;
  }

  /** Locks the rows (in id order, so two bulk changes cannot deadlock each other) and reads them as they are now. */
  private async lock(m: EntityManager, ids: readonly string[]): Promise<Map<string, DeadlineRow>> {
    const locked = await rows<DeadlineRow>(m, `SELECT * FROM ${this.s}.deadline WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [[...new Set(ids)]]);
    return new Map(locked.map((r) => [r.id, r]));
  }

  /**
   * Inserts the warning rows of new generations whose moment is still ahead, in one
   * statement; answers each deadline's wake-up jobs (its own, then its warnings').
   */
  private async insertWarnings(m: EntityManager, deadlines: readonly DeadlineRecord[]): Promise<Map<string, WakeUpJob[]>> {
    const now = this.clock.now().getTime();
    const jobs = new Map<string, WakeUpJob[]>();
    const rowsToInsert: { id: string[]; generation: number[]; lead: string[]; at: Date[] } = { id: [], generation: [], lead: [], at: [] };
    for (const d of deadlines) {
      const ahead = new Map<string, Date>();
      for (const lead of d.warnings) {
        const at = warningMoment(d.dueAt, lead);
        if (at.getTime() > now) ahead.set(leadLabel(lead), at);
      }
      const own = [deadlineJob(d)];
      for (const [lead, at] of ahead) {
        own.push(warningJob(d.id, d.generation, lead, at));
        rowsToInsert.id.push(d.id);
        rowsToInsert.generation.push(d.generation);
        rowsToInsert.lead.push(lead);
        rowsToInsert.at.push(at);
      }
      jobs.set(d.id, own);
    }
    if (rowsToInsert.id.length > 0) {
      await m.query(
        `INSERT INTO ${this.s}.deadline_warning (deadline_id, generation, lead, due_at)
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[]) ON CONFLICT DO NOTHING`,
        [rowsToInsert.id, rowsToInsert.generation, rowsToInsert.lead, rowsToInsert.at],
      );
    }
    return jobs;
  }

  /** The wake-up jobs armed deadlines already have (an idempotent retry re-adds them; job ids deduplicate). */
  private async currentWakeUps(m: EntityManager, deadlines: readonly DeadlineRecord[]): Promise<Map<string, WakeUpPlan>> {
    const plans = new Map<string, WakeUpPlan>();
    const armed = deadlines.filter((d) => d.state === 'armed');
    if (armed.length === 0) return plans;
    const warnings = await rows<{ deadline_id: string; lead: string; due_at: Date }>(
      m,
      `SELECT deadline_id, lead, due_at FROM ${this.s}.deadline_warning
       WHERE (deadline_id, generation) IN (SELECT * FROM unnest($1::uuid[], $2::int[])) AND state = 'armed'`,
      [armed.map((d) => d.id), armed.map((d) => d.generation)],
    );
    const jobs = new Map(armed.map((d) => [d.id, [deadlineJob(d)]]));
    const generation = new Map(armed.map((d) => [d.id, d.generation]));
    for (const w of warnings) jobs.get(w.deadline_id)?.push(warningJob(w.deadline_id, generation.get(w.deadline_id)!, w.lead, w.due_at));
    for (const [id, add] of jobs) plans.set(id, { add, remove: [] });
    return plans;
  }
}
