import { rows, type DeadlineScheduler, type WakeUpPlan } from '@pao/deadlines';
import { type EntityManager } from 'typeorm';
import { type TermijnIntentie, type TlvAanvraag } from '../domain';
import { type NaCommit, type TermijnPlanner } from '../application/termijn-planner';
import { vervaltMoment, waarschuwingenVoor } from './termijn-regels';

interface Rij {
  id: string;
  kind: string;
  due_at: Date;
  rule_version: string;
  state: 'armed' | 'fired';
}

/**
 * Keeps a case's deadline rows equal to its intents, in the command's transaction:
 * arm what is new, move what changed (rule version or date), cancel what is no longer
 * listed. A term that already fired for the same day is not armed again, so a beslistermijn
 * that passed while the case still waits for its besluit fires exactly once.
 */
export class SchedulerTermijnPlanner implements TermijnPlanner {
  constructor(private readonly scheduler: DeadlineScheduler) {}

  async synchroniseer(m: EntityManager, state: TlvAanvraag, intenties: readonly TermijnIntentie[]): Promise<NaCommit> {
    const bestaand = await rows<Rij>(
      m,
      `SELECT id, kind, due_at, rule_version, state FROM toeleiding.deadline WHERE subject_id = $1 AND state IN ('armed', 'fired')`,
      [state.id],
    );
    const plannen: WakeUpPlan[] = [];
    const gewenst = new Set<string>();
    for (const t of intenties) {
      gewenst.add(t.soort);
      const dueAt = vervaltMoment(t);
      const warnings = waarschuwingenVoor(t.soort);
      const gewapend = bestaand.find((r) => r.kind === t.soort && r.state === 'armed');
      if (gewapend) {
        if (gewapend.due_at.getTime() !== dueAt.getTime() || gewapend.rule_version !== t.regelVersie) {
          plannen.push((await this.scheduler.reschedule(m, gewapend.id, { dueAt, ruleVersion: t.regelVersie, warnings })).wakeUp);
        }
        continue;
      }
      if (bestaand.some((r) => r.kind === t.soort && r.state === 'fired' && r.due_at.getTime() === dueAt.getTime())) continue;
      plannen.push((await this.scheduler.arm(m, { kind: t.soort, subjectId: state.id, dueAt, ruleVersion: t.regelVersie, warnings })).wakeUp);
    }
    for (const r of bestaand) {
      if (r.state === 'armed' && !gewenst.has(r.kind)) plannen.push((await this.scheduler.cancel(m, r.id)).wakeUp);
    }
    return async () => {
      if (plannen.length > 0) await this.scheduler.wake(...plannen);
    };
  }
}
