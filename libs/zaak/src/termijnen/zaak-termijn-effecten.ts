import { createEvent, deterministicUuid, type Domain, type EventType } from '@pao/contracts';
import { type DeadlineEffects, type FiredDeadline, type FiredWarning, type RecurringOccurrence, type SchedulerLogger } from '@pao/deadlines';
import { runWithCorrelationId } from '@pao/platform';
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
 *
 * A burst is handled in batches (`onDeadlines`, ADR 0035): per batch one lookup of the
 * cases, one outbox append of the `termijn-verstreken` events, one locked load of the
 * states, and the consequences through the pipeline's batch form; a single deadline is a
 * batch of one, so both paths write the same rows.
 */
export class ZaakTermijnEffecten implements DeadlineEffects {
  constructor(private readonly o: ZaakTermijnEffectenOpties) {}

  onDeadline(m: EntityManager, d: FiredDeadline): Promise<void> {
    return this.onDeadlines(m, [d]);
  }

  async onDeadlines(m: EntityManager, deadlines: readonly FiredDeadline[]): Promise<void> {
    // Two terms of one case in a batch: the second acts on the state the first left (as one by one).
    for (const ronde of rondes(deadlines)) await this.ronde(m, ronde);
  }

  /** Deadlines of distinct cases, in firing order. */
  private async ronde(m: EntityManager, deadlines: readonly FiredDeadline[]): Promise<void> {
    const zaken = await this.zakenVan(
      m,
      deadlines.map((d) => d.subjectId),
    );
    // Not a case of ours (e.g. removed demo data): the row is done.
    const gevonden = deadlines.flatMap((d) => {
      const z = zaken.get(d.subjectId);
      return z ? [{ d, ...z }] : [];
    });
    for (const [pijplijn, lijst] of perPijplijn(gevonden)) {
      await naarOutbox(
        m,
        pijplijn.definitie.schema,
        lijst.map(({ d, swv }) => this.verstrekenEvent(d, swv)),
      );
      const states = await pijplijn.definitie.repository.laadVoorWijzigingVeel(
        m,
        lijst.map(({ d, swv }) => ({ id: d.subjectId, swv })),
      );
      const commandos: Array<{ d: FiredDeadline; swv: string; type: string }> = [];
      const herberekenen: Array<{ id: string; swv: string }> = [];
      for (const { d, swv } of lijst) {
        const state = states.get(d.subjectId);
        const gevolg = state && pijplijn.definitie.termijnen?.(state).find((t) => t.soort === d.kind)?.bijVerstrijken;
        if (gevolg) commandos.push({ d, swv, type: gevolg });
        else herberekenen.push({ id: d.subjectId, swv });
      }
      const uitkomsten = await pijplijn.pasToeVeel(
        m,
        commandos.map((c) => ({ id: c.d.subjectId, commando: { type: c.type, swv: c.swv }, wie: termijnmotor(c.swv, this.o.dienst), correlatie: `termijn-${c.d.id}` })),
        states,
      );
      uitkomsten.forEach((u, i) => {
        if (!('fout' in u)) return;
        const { d, swv, type } = commandos[i];
        // The state moved on (a bezwaar, an early end): the term has no consequence any more.
        if (u.fout.kind !== 'invalidTransition' && u.fout.kind !== 'notFound') throw u.fout;
        runWithCorrelationId(`termijn-${d.id}`, () => this.o.log.info({ deadlineId: d.id, zaakId: d.subjectId, commando: type, reden: u.fout.message }, 'term passed without consequence'));
        herberekenen.push({ id: d.subjectId, swv });
      });
      // Their states are as loaded above: no command changed them.
      await pijplijn.herberekenVeel(m, herberekenen, states);
    }
  }

  private verstrekenEvent(d: FiredDeadline, swv: string) {
    return createEvent(`nl.passend-onderwijs.${this.o.dienst}.termijn-verstreken.v1` as EventType, {
      id: deterministicUuid(`${this.o.dienst}/termijn-verstreken/${d.id}/${d.generation}`),
      ...this.bron(swv),
      subject: d.subjectId,
      swv,
      correlationid: `termijn-${d.id}`,
      data: { termijnId: d.id, soort: d.kind, onderwerpId: d.subjectId, vervaltOp: vervaltOpVan(this.o.soorten, d.kind, d.dueAt), regelVersie: d.ruleVersion },
    } as never);
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

  private async zaakVan(m: EntityManager, id: string): Promise<{ pijplijn: EenPijplijn; swv: string } | undefined> {
    return (await this.zakenVan(m, [id])).get(id);
  }

  /** Which case type holds each subject, and its SWV: one query per case type. */
  private async zakenVan(m: EntityManager, ids: readonly string[]): Promise<Map<string, { pijplijn: EenPijplijn; swv: string }>> {
    const uit = new Map<string, { pijplijn: EenPijplijn; swv: string }>();
    let over = [...new Set(ids)];
    for (const pijplijn of this.o.pijplijnen()) {
      if (over.length === 0) break;
      const swvs = await pijplijn.definitie.repository.swvVanVeel(m, over);
      for (const [id, swv] of swvs) uit.set(id, { pijplijn, swv });
      over = over.filter((id) => !swvs.has(id));
    }
    return uit;
  }
}

/** Splits deadlines into batches in which each case occurs once, keeping their order. */
function rondes(deadlines: readonly FiredDeadline[]): FiredDeadline[][] {
  const uit: FiredDeadline[][] = [];
  const gezien = new Map<string, number>();
  for (const d of deadlines) {
    const r = gezien.get(d.subjectId) ?? 0;
    gezien.set(d.subjectId, r + 1);
    (uit[r] ??= []).push(d);
  }
  return uit;
}

function perPijplijn<T extends { pijplijn: EenPijplijn }>(lijst: readonly T[]): Map<EenPijplijn, T[]> {
  const uit = new Map<EenPijplijn, T[]>();
  for (const x of lijst) {
    const l = uit.get(x.pijplijn);
    if (l) l.push(x);
    else uit.set(x.pijplijn, [x]);
  }
  return uit;
}
