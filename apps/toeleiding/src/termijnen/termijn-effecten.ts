import { createEvent, deterministicUuid } from '@pao/contracts';
import { datumVan, plusDagen, type DeadlineEffects, type FiredDeadline, type FiredWarning, type RecurringOccurrence, type SchedulerLogger } from '@pao/deadlines';
import { ProblemError, runWithCorrelationId } from '@pao/platform';
import { type EntityManager } from 'typeorm';
import { type CommandoType, type Swv, type TermijnSoort } from '../domain';
import { TERMIJNMOTOR, termijnmotorAuditActor } from '../application/actoren';
import { naarOutbox } from '../application/outbox';
import { type Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { type NaCommit } from '../application/termijn-planner';
import { type Toeleiding } from '../application/toeleiding';
import { soortenOpTeldatum, TELLING_MOMENT_PREFIX } from '../telling/teldatum';
import { stelTellingVast } from '../telling/telling';
import { vervaltOpVan } from './termijn-regels';

/** What passing a term does to the case: the bezwaar/beroep window closes, a TLV ends. */
const GEVOLG: Partial<Record<TermijnSoort, Extract<CommandoType, 'onherroepelijkVerklaren' | 'verlopen'>>> = {
  bezwaartermijn: 'onherroepelijkVerklaren',
  beroepstermijn: 'onherroepelijkVerklaren',
  'tlv-einde': 'verlopen',
};

/**
 * What the deadline engine does when a TLV term passes, inside its firing transaction:
 * publish termijn-verstreken and, where the term has a legal consequence, give the
 * command as 'systeem' through the same use case a person's command takes (state,
 * outbox, audit, deadlines) — all or nothing together with marking the deadline fired.
 * A consequence the state no longer allows (a bezwaar came in meanwhile) is skipped.
 */
export class TermijnEffecten implements DeadlineEffects {
  private readonly naCommit: NaCommit[] = [];

  constructor(
    private readonly toeleiding: () => Toeleiding,
    private readonly log: SchedulerLogger,
    private readonly swvs: Samenwerkingsverbanden,
  ) {}

  onDeadline(m: EntityManager, d: FiredDeadline): Promise<void> {
    return runWithCorrelationId(`termijn-${d.id}`, async () => {
      const swv = await this.swvVan(m, d.subjectId);
      if (!swv) return; // not a case of ours (e.g. removed demo data): the row is done
      await naarOutbox(m, [
        createEvent('nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', {
          // One event per deadline generation, whatever retries happen upstream.
          id: deterministicUuid(`toeleiding/termijn-verstreken/${d.id}/${d.generation}`),
          source: this.swvs.bron(swv),
          subject: d.subjectId,
          swv,
          correlationid: `termijn-${d.id}`,
          data: { termijnId: d.id, soort: d.kind, onderwerpId: d.subjectId, vervaltOp: vervaltOpVan(d.kind, d.dueAt), regelVersie: d.ruleVersion },
        }),
      ]);
      const gevolg = GEVOLG[d.kind as TermijnSoort];
      if (gevolg) await this.geefCommando(m, d, swv, gevolg);
      else await this.werkProjectieBij(m, d.subjectId, swv);
    });
  }

  async onWarning(m: EntityManager, w: FiredWarning): Promise<void> {
    const swv = await this.swvVan(m, w.subjectId);
    if (!swv) return;
    await naarOutbox(m, [
      createEvent('nl.passend-onderwijs.toeleiding.termijn-waarschuwing.v1', {
        id: deterministicUuid(`toeleiding/termijn-waarschuwing/${w.deadlineId}/${w.generation}/${w.lead}`),
        source: this.swvs.bron(swv),
        subject: w.subjectId,
        swv,
        correlationid: `termijn-${w.deadlineId}`,
        data: { termijnId: w.deadlineId, soort: w.deadlineKind, onderwerpId: w.subjectId, vervaltOp: vervaltOpVan(w.deadlineKind, w.deadlineDueAt), regelVersie: w.ruleVersion },
      }),
    ]);
  }

  /** The telling on each teldatum (the moment fires the day after), per SWV whose soorten count then. */
  async onRecurring(m: EntityManager, o: RecurringOccurrence): Promise<void> {
    if (!o.name.startsWith(TELLING_MOMENT_PREFIX)) return;
    const teldatum = plusDagen(datumVan(o.occurrenceAt), -1);
    for (const swv of this.swvs.ids()) {
      const soorten = soortenOpTeldatum(swv, teldatum, this.swvs);
      if (soorten.length === 0) continue;
      const telling = await runWithCorrelationId(`telling-${swv}-${teldatum}`, () => stelTellingVast(m, swv, teldatum, soorten, this.swvs.bron(swv)));
      if (telling) this.log.info({ tellingId: telling.tellingId, swv, teldatum, totaal: telling.totaalGeldigeTlvs }, 'teldatum-telling vastgesteld');
    }
  }

  /** Wake-ups of deadlines (re)armed while firing; the reconciler covers one that runs before the commit. */
  async wekNaCommit(): Promise<void> {
    const werk = this.naCommit.splice(0);
    for (const w of werk) await w();
  }

  private async geefCommando(m: EntityManager, d: FiredDeadline, swv: Swv, type: 'onherroepelijkVerklaren' | 'verlopen'): Promise<void> {
    try {
      const uitkomst = await this.toeleiding().pasToe(m, d.subjectId, { type, swv }, TERMIJNMOTOR, termijnmotorAuditActor(swv));
      this.naCommit.push(...uitkomst.naCommit);
      setImmediate(() => void this.wekNaCommit().catch((err: unknown) => this.log.warn({ err: String(err) }, 'deadline wake-up after firing failed')));
    } catch (e) {
      // The state moved on (a bezwaar, an early end): the term has no consequence any more.
      if (e instanceof ProblemError && (e.kind === 'invalidTransition' || e.kind === 'notFound')) {
        this.log.info({ deadlineId: d.id, aanvraagId: d.subjectId, commando: type, reden: e.message }, 'term passed without consequence');
        await this.werkProjectieBij(m, d.subjectId, swv);
        return;
      }
      throw e;
    }
  }

  /** Date-dependent projection (e.g. the last-school-year step) is refreshed when a reminder fires. */
  private async werkProjectieBij(m: EntityManager, id: string, swv: Swv): Promise<void> {
    await this.toeleiding().herbereken(m, id, swv);
  }

  private async swvVan(m: EntityManager, id: string): Promise<Swv | undefined> {
    const rijen: Array<{ swv: Swv }> = await m.query(`SELECT swv FROM toeleiding.aanvraag WHERE id = $1`, [id]);
    return rijen[0]?.swv;
  }
}
