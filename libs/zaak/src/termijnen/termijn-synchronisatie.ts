import { rows, type ArmInput, type DeadlineScheduler, type RescheduleChange, type WakeUpPlan } from '@pao/deadlines';
import { type EntityManager } from 'typeorm';
import { type TermijnIntentie, type TermijnSoorten } from '../domein';
import { naCommit } from '../transactie/na-commit';
import { vervaltMoment, waarschuwingenVan } from './termijn-moment';

interface Rij {
  id: string;
  subject_id: string;
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
    await this.synchroniseerZaken(m, [{ onderwerpId, intenties }]);
  }

  /** The deadlines of many cases (a batch of commands) in the same few statements as one case's. */
  async synchroniseerZaken(m: EntityManager, zaken: readonly ZaakTermijnen[]): Promise<void> {
    if (zaken.length === 0) return;
    const alle = await rows<Rij>(
      m,
      `SELECT id, subject_id, kind, due_at, rule_version, state FROM "${this.schema}".deadline WHERE subject_id = ANY($1::text[]) AND state IN ('armed', 'fired')`,
      [zaken.map((z) => z.onderwerpId)],
    );
    const perZaak = new Map<string, Rij[]>();
    for (const r of alle) {
      const l = perZaak.get(r.subject_id);
      if (l) l.push(r);
      else perZaak.set(r.subject_id, [r]);
    }
    const nieuw: ArmInput[] = [];
    const verplaatst: RescheduleChange[] = [];
    const weg: string[] = [];
    for (const { onderwerpId, intenties } of zaken) {
      const bestaand = perZaak.get(onderwerpId) ?? [];
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
      weg.push(...bestaand.filter((r) => r.state === 'armed' && !gewenst.has(r.kind)).map((r) => r.id));
    }
    // A few statements per batch, whatever the number of cases and terms it touches.
    const plannen: WakeUpPlan[] = [
      ...(nieuw.length > 0 ? await this.scheduler.armMany(m, nieuw) : []),
      ...(verplaatst.length > 0 ? await this.scheduler.rescheduleMany(m, verplaatst) : []),
      ...(weg.length > 0 ? await this.scheduler.cancelMany(m, weg) : []),
    ].map((r) => r.wakeUp);
    if (plannen.length > 0) naCommit(m, async () => void (await this.scheduler.wake(...plannen)));
  }
}

/** A case and the deadlines its state declares now. */
export interface ZaakTermijnen {
  readonly onderwerpId: string;
  readonly intenties: readonly TermijnIntentie[];
}
