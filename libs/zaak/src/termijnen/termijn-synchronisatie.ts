import { rows, type ArmInput, type DeadlineScheduler, type RescheduleChange, type WakeUpPlan } from '@pao/deadlines';
import { type EntityManager } from 'typeorm';
import { type TermijnIntentie, type TermijnSoorten } from '../domein';
import { naCommit } from '../transactie/na-commit';
import { vervaltMoment, waarschuwingenVan } from './termijn-moment';

interface Rij {
  id: string;
  kind: string;
  due_at: Date;
  rule_version: string;
  state: 'armed' | 'fired';
}

/**
 * Keeps a case's deadline rows equal to what its domain declares, in the command's
 * transaction: arm what is new, move what changed (rule version or date), cancel what is
 * no longer listed. A term that already fired for the same moment is not armed again,
 * so a term that passed while the case still waits fires exactly once. The BullMQ
 * wake-ups run after the commit; the reconciler covers a crash in between.
 */
export class TermijnSynchronisatie {
  constructor(
    private readonly scheduler: DeadlineScheduler,
    private readonly schema: string,
    private readonly soorten: TermijnSoorten,
  ) {}

  async synchroniseer(m: EntityManager, onderwerpId: string, intenties: readonly TermijnIntentie[]): Promise<void> {
    const bestaand = await rows<Rij>(
      m,
      `SELECT id, kind, due_at, rule_version, state FROM "${this.schema}".deadline WHERE subject_id = $1 AND state IN ('armed', 'fired')`,
      [onderwerpId],
    );
    const nieuw: ArmInput[] = [];
    const verplaatst: RescheduleChange[] = [];
    const gewenst = new Set<string>();
    for (const t of intenties) {
      if (gewenst.has(t.soort)) throw new Error(`termijn '${t.soort}' twee keer gedeclareerd voor één zaak`);
      gewenst.add(t.soort);
      const dueAt = vervaltMoment(this.soorten, t);
      const warnings = waarschuwingenVan(this.soorten, t);
      const gewapend = bestaand.find((r) => r.kind === t.soort && r.state === 'armed');
      if (gewapend) {
        if (gewapend.due_at.getTime() !== dueAt.getTime() || gewapend.rule_version !== t.regelVersie) {
          verplaatst.push({ id: gewapend.id, dueAt, ruleVersion: t.regelVersie, warnings });
        }
        continue;
      }
      if (bestaand.some((r) => r.kind === t.soort && r.state === 'fired' && r.due_at.getTime() === dueAt.getTime())) continue;
      nieuw.push({ kind: t.soort, subjectId: onderwerpId, dueAt, ruleVersion: t.regelVersie, warnings });
    }
    const weg = bestaand.filter((r) => r.state === 'armed' && !gewenst.has(r.kind)).map((r) => r.id);
    // A few statements per command, whatever the number of terms it touches.
    const plannen: WakeUpPlan[] = [
      ...(nieuw.length > 0 ? await this.scheduler.armMany(m, nieuw) : []),
      ...(verplaatst.length > 0 ? await this.scheduler.rescheduleMany(m, verplaatst) : []),
      ...(weg.length > 0 ? await this.scheduler.cancelMany(m, weg) : []),
    ].map((r) => r.wakeUp);
    if (plannen.length > 0) naCommit(m, async () => void (await this.scheduler.wake(...plannen)));
  }
}
