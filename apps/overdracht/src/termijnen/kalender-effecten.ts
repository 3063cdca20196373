import { createEvent, deterministicUuid } from '@pao/contracts';
import { datumVan, type Clock, type DeadlineEffects, type DeadlineScheduler, type FiredDeadline, type FiredWarning, type SchedulerLogger } from '@pao/deadlines';
import { runWithCorrelationId } from '@pao/platform';
import { naarOutbox, naCommit, termijnmotor, type TermijnIntentie } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { termijnen, verstrekenTermijnen, type Overdracht } from '../domain';
import { overdrachtRepository, type OverdrachtPijplijn } from '../application/definitie';
import { SCHEMA } from '../persistence/persistence';
import { kalenderSleutel, leesSleutel, vervolgSleutel } from './kalender-sleutel';

/** Cases one firing transaction acts on; the rest follow in a continuation (its own deadline row). */
export const PER_TRANSACTIE = 200;
const OUTBOX_BLOK = 1000;

/**
 * What happens when a calendar date passes or nears, inside the engine's firing
 * transaction: for each case that still declares the date, `termijn-verstreken` (or
 * `termijn-waarschuwing`) is published about that case, and the consequence the domain
 * declared (`bijVerstrijken`) is given as 'systeem' through the case pipeline, the cases of
 * a date as one batch (`pasToeVeel`: one locked load, the writes together). Event ids
 * are derived from the deadline and the case, so a retried firing publishes nothing twice.
 */
export class KalenderEffecten implements DeadlineEffects {
  constructor(
    private readonly o: {
      readonly pijplijn: () => OverdrachtPijplijn;
      readonly scheduler: () => DeadlineScheduler;
      readonly klok: Clock;
      readonly log: SchedulerLogger;
      readonly perTransactie?: number;
      /** The CloudEvent source for an SWV (its legal body, this service): from the SWV register. */
      readonly bron?: (swv: string) => string;
    },
  ) {}

  onDeadline(m: EntityManager, d: FiredDeadline): Promise<void> {
    return runWithCorrelationId(`termijn-${d.id}`, async () => {
      const gelezen = leesSleutel(d.subjectId);
      if (!gelezen) return;
      const limiet = this.o.perTransactie ?? PER_TRANSACTIE;
      const zaken = await this.zakenMet(m, gelezen.sleutel, gelezen.na, limiet + 1);
      await this.verstreken(m, d, gelezen.sleutel, zaken.slice(0, limiet));
      if (zaken.length > limiet) {
        const laatste = zaken[limiet - 1].id;
        const vervolg = await this.o.scheduler().armMany(m, [{ kind: d.kind, subjectId: vervolgSleutel(gelezen.sleutel, laatste), dueAt: this.o.klok.now(), ruleVersion: d.ruleVersion }]);
        if (vervolg.length > 0) naCommit(m, async () => void (await this.o.scheduler().wake(...vervolg)));
      }
    });
  }

  async onWarning(m: EntityManager, w: FiredWarning): Promise<void> {
    const gelezen = leesSleutel(w.subjectId);
    if (!gelezen) return;
    const zaken = await this.zakenMet(m, gelezen.sleutel, undefined, undefined);
    const events = [];
    for (const z of zaken) {
      const t = this.intentie(z.state, gelezen.sleutel);
      if (!t) continue;
      events.push(
        createEvent('nl.passend-onderwijs.overdracht.termijn-waarschuwing.v1', {
          id: deterministicUuid(`overdracht/termijn-waarschuwing/${w.deadlineId}/${w.generation}/${w.lead}/${z.id}`),
          ...this.bron(z.swv),
          subject: z.id,
          swv: z.swv as never,
          correlationid: `termijn-${w.deadlineId}`,
          data: { termijnId: w.deadlineId, soort: w.deadlineKind, onderwerpId: z.id, vervaltOp: t.vervaltOp, regelVersie: t.regelVersie },
        }),
      );
    }
    for (let i = 0; i < events.length; i += OUTBOX_BLOK) await naarOutbox(m, SCHEMA, events.slice(i, i + OUTBOX_BLOK));
  }

  /**
   * The cases of one date, as one batch through the pipeline (`pasToeVeel`): the
   * consequence first, then `termijn-verstreken` for every date each case escalated (the
   * command escalates all passed dates together, whichever date's row fired first). Event
   * ids follow the case and the date, so each is published once; a case the command no
   * longer applies to gets no event.
   */
  private async verstreken(m: EntityManager, d: FiredDeadline, sleutel: string, zaken: ReadonlyArray<{ id: string; swv: string; state: Overdracht }>): Promise<void> {
    const vandaag = datumVan(this.o.klok.now());
    const met = zaken.flatMap((z) => {
      const t = this.intentie(z.state, sleutel);
      return t?.bijVerstrijken ? [{ z, type: t.bijVerstrijken, verlopen: t.soort === 'startcontrole' ? [t] : verstrekenTermijnen(z.state, vandaag) }] : [];
    });
    const uitkomsten = await this.o.pijplijn().pasToeVeel(
      m,
      met.map(({ z, type }) => ({ id: z.id, commando: { type, swv: z.swv } as never, wie: termijnmotor(z.swv, 'overdracht') })),
    );
    const gedaan = met.filter((x, i) => {
      const u = uitkomsten[i];
      if (!('fout' in u)) return true;
      // The case moved on meanwhile: the date has no consequence for it any more.
      if (u.fout.kind !== 'invalidTransition' && u.fout.kind !== 'notFound') throw u.fout;
      this.o.log.info({ deadlineId: d.id, zaakId: x.z.id, reden: u.fout.message }, 'calendar date passed without consequence for this case');
      return false;
    });
    if (gedaan.length === 0) return;
    const sleutels = gedaan.map((x) => x.verlopen.map(kalenderSleutel));
    const rijen: Array<{ id: string; subject_id: string }> = await m.query(
      `SELECT DISTINCT ON (subject_id) id, subject_id FROM overdracht.deadline WHERE subject_id = ANY($1::text[]) ORDER BY subject_id, created_at DESC`,
      [[...new Set(sleutels.flat())]],
    );
    const termijnIds = new Map(rijen.map((r) => [r.subject_id, r.id]));
    termijnIds.set(sleutel, d.id);
    const events = gedaan.flatMap(({ z, verlopen }, k) =>
      verlopen.map((x, i) =>
        createEvent('nl.passend-onderwijs.overdracht.termijn-verstreken.v1', {
          id: deterministicUuid(`overdracht/termijn-verstreken/${z.id}/${sleutels[k][i]}`),
          ...this.bron(z.swv),
          subject: z.id,
          swv: z.swv as never,
          correlationid: `termijn-${d.id}`,
          data: { termijnId: termijnIds.get(sleutels[k][i]) ?? d.id, soort: x.soort, onderwerpId: z.id, vervaltOp: x.vervaltOp, regelVersie: x.regelVersie },
        }),
      ),
    );
    for (let i = 0; i < events.length; i += OUTBOX_BLOK) await naarOutbox(m, SCHEMA, events.slice(i, i + OUTBOX_BLOK));
  }

  private bron(swv: string): { source?: string } {
    return this.o.bron ? { source: this.o.bron(swv) } : {};
  }

  private intentie(s: Overdracht, sleutel: string): TermijnIntentie | undefined {
    return termijnen(s).find((t) => kalenderSleutel(t) === sleutel);
  }

  /** The cases that declare a date, in id order (after `na` for a continuation). */
  private async zakenMet(m: EntityManager, sleutel: string, na: string | undefined, limiet: number | undefined): Promise<Array<{ id: string; swv: string; state: Overdracht }>> {
    const rijen: Array<{ id: string; swv: string; formaat: number; state: unknown }> = await m.query(
      `SELECT id, swv, formaat, state FROM overdracht.overdracht
        WHERE termijn_sleutels @> ARRAY[$1]::text[] AND ($2::uuid IS NULL OR id > $2)
        ORDER BY id ${limiet ? 'LIMIT $3' : ''}`,
      limiet ? [sleutel, na ?? null, limiet] : [sleutel, na ?? null],
    );
    return rijen.map((r) => ({ id: r.id, swv: r.swv, state: overdrachtRepository.parse(r.id, r.formaat, r.state) }));
  }
}
