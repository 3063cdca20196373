import type { DeadlineRecord, FiredWarning, WarningLead } from './types';

/** A row of `<schema>.deadline` as the pg driver returns it. */
export type DeadlineRow = {
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

/** A fired `<schema>.deadline_warning` row joined with its deadline. */
export type FiredWarningRow = {
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

/** RETURNING list of a statement that fires warnings (`w` the warning, `d` its deadline). */
export const FIRED_WARNING_COLUMNS = 'w.*, d.kind, d.subject_id, d.due_at AS deadline_due_at, d.rule_version';

export function toRecord(r: DeadlineRow): DeadlineRecord {
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

export function toFiredWarning(row: FiredWarningRow): FiredWarning {
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
