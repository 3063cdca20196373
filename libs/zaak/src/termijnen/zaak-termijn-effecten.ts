import { createEvent, deterministicUuid, type Domain, type EventType } from '@pao/contracts';
import { type DeadlineEffects, type FiredDeadline, type FiredWarning, type RecurringOccurrence, type SchedulerLogger } from '@pao/deadlines';
import { ProblemError, runWithCorrelationId } from '@pao/platform';
import { type EntityManager } from 'typeorm';
import { type TermijnSoorten } from '../domein';
import { naarOutbox } from '../events/publicatie';
import { termijnmotor, type ZaakPijplijn } from '../pijplijn/zaak-pijplijn';
import { vervaltOpVan } from './termijn-moment';

// Any case type of the service: the effects only load, ask and apply.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EenPijplijn = ZaakPijplijn<any, any, any, any, any>;

export interface ZaakTermijnEffectenOpties {
  /** The owning service: the domain of its termijn events. */
  readonly dienst: Domain;
  readonly soorten: TermijnSoorten;
  /** The service's case types; a fired deadline belongs to the one that holds its subject. */
  readonly pijplijnen: () => readonly EenPijplijn[];
  readonly log: SchedulerLogger;
  /** The CloudEvent source for an SWV (its legal body); default the catalogue's. */
  readonly bron?: (swv: string) => string;
  /** Recurring moments of the service (e.g. the teldatum, the quarterly report). */
  readonly onRecurring?: (m: EntityManager, o: RecurringOccurrence) => Promise<void>;
}

/**
 * What the deadline engine does when a term of a case passes, inside its firing
 * transaction: publish `<dienst>.termijn-verstreken` and, where the domain declared a
 * consequence for the term (`bijVerstrijken`), give that command as 'systeem' through the
 * same pipeline a person's command takes — all or nothing together with marking the
 * deadline fired. A consequence the state no longer allows is skipped and logged.
 * Warnings publish `<dienst>.termijn-waarschuwing`. Event ids are deterministic per
 * deadline generation, so a retried firing publishes nothing twice.
 */
export class ZaakTermijnEffecten implements DeadlineEffects {
  constructor(private readonly o: ZaakTermijnEffectenOpties) {}

  onDeadline(m: EntityManager, d: FiredDeadline): Promise<void> {
    return runWithCorrelationId(`termijn-${d.id}`, async () => {
      const gevonden = await this.zaakVan(m, d.subjectId);
      if (!gevonden) return; // not a case of ours (e.g. removed demo data): the row is done
      const { pijplijn, swv } = gevonden;
      await naarOutbox(m, pijplijn.definitie.schema, [
        createEvent(`nl.passend-onderwijs.${this.o.dienst}.termijn-verstreken.v1` as EventType, {
          id: deterministicUuid(`${this.o.dienst}/termijn-verstreken/${d.id}/${d.generation}`),
          ...this.bron(swv),
          subject: d.subjectId,
          swv,
          correlationid: `termijn-${d.id}`,
          data: { termijnId: d.id, soort: d.kind, onderwerpId: d.subjectId, vervaltOp: vervaltOpVan(this.o.soorten, d.kind, d.dueAt), regelVersie: d.ruleVersion },
        } as never),
      ]);
      const state = await pijplijn.definitie.repository.laadVoorWijziging(m, d.subjectId, swv);
      const gevolg = state && pijplijn.definitie.termijnen?.(state).find((t) => t.soort === d.kind)?.bijVerstrijken;
      if (gevolg) await this.geefCommando(m, pijplijn, d, swv, gevolg);
      else await pijplijn.herbereken(m, d.subjectId, swv);
    });
  }

  async onWarning(m: EntityManager, w: FiredWarning): Promise<void> {
    const gevonden = await this.zaakVan(m, w.subjectId);
    if (!gevonden) return;
    await naarOutbox(m, gevonden.pijplijn.definitie.schema, [
      createEvent(`nl.passend-onderwijs.${this.o.dienst}.termijn-waarschuwing.v1` as EventType, {
        id: deterministicUuid(`${this.o.dienst}/termijn-waarschuwing/${w.deadlineId}/${w.generation}/${w.lead}`),
        ...this.bron(gevonden.swv),
        subject: w.subjectId,
        swv: gevonden.swv,
        correlationid: `termijn-${w.deadlineId}`,
        data: { termijnId: w.deadlineId, soort: w.deadlineKind, onderwerpId: w.subjectId, vervaltOp: vervaltOpVan(this.o.soorten, w.deadlineKind, w.deadlineDueAt), regelVersie: w.ruleVersion },
      } as never),
    ]);
  }

  async onRecurring(m: EntityManager, o: RecurringOccurrence): Promise<void> {
    await this.o.onRecurring?.(m, o);
  }

  private bron(swv: string): { source?: string } {
    return this.o.bron ? { source: this.o.bron(swv) } : {};
  }

  private async geefCommando(m: EntityManager, pijplijn: EenPijplijn, d: FiredDeadline, swv: string, type: string): Promise<void> {
    try {
      await pijplijn.pasToe(m, d.subjectId, { type, swv }, termijnmotor(swv, this.o.dienst));
    } catch (e) {
      // The state moved on (a bezwaar, an early end): the term has no consequence any more.
      if (e instanceof ProblemError && (e.kind === 'invalidTransition' || e.kind === 'notFound')) {
        this.o.log.info({ deadlineId: d.id, zaakId: d.subjectId, commando: type, reden: e.message }, 'term passed without consequence');
        await pijplijn.herbereken(m, d.subjectId, swv);
        return;
      }
      throw e;
    }
  }

  private async zaakVan(m: EntityManager, id: string): Promise<{ pijplijn: EenPijplijn; swv: string } | undefined> {
    for (const pijplijn of this.o.pijplijnen()) {
      const swv = await pijplijn.definitie.repository.swvVan(m, id);
      if (swv) return { pijplijn, swv };
    }
    return undefined;
  }
}
