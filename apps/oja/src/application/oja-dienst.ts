import { swvRegister } from '@pao/swv';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { type Actor, recordAudit } from '@pao/platform';
import { alsProbleem, beslis as beslisMetProbleem, LeerlingId, type LeerlingRegister, type Klok, type TermijnSynchronisatie, ZaakPijplijn, type ZaakRepository } from '@pao/zaak';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  aanvragen,
  type Aanvragen,
  type Arrangement,
  type Budgetregel,
  COMMANDOS_MET_BUDGET,
  inrichten,
  type Inrichten,
  type OjaCommando,
  type OjaEvent,
  type OjaRegelset,
  ojaBeslisser,
  ojaTermijnen,
  type OjaWerkcontext,
} from '../domain';
import { budgetstand, vergrendelBudget } from '../persistence/budget.repository';
import { SCHEMA } from '../persistence/persistence';
import { projectie } from '../persistence/projectie';
import { OJA_EVENT_MAPPING } from './events';
import { vandaag } from './klok';
import { gemeenteVanOrganisatie, ojaActor } from './regels';

export interface OjaDienstDeps {
  readonly dataSource: DataSource;
  readonly klok: Klok;
  readonly regelset: OjaRegelset;
  readonly repository: ZaakRepository<Arrangement>;
  readonly leerlingen: LeerlingRegister;
  readonly termijnen?: TermijnSynchronisatie;
  readonly nieuwId?: () => string;
}

/** The pupil as the API takes them: a BSN or onderwijsnummer (validated, never stored in the clear). */
export type LeerlingInvoer = { readonly bsn: string } | { readonly onderwijsnummer: string };

/**
 * The application core of the oja service: every change runs through the kit's pipeline
 * (lock → decide → state, ledger, deadlines, outbox, audit in one transaction). Commands
 * that commit money first take the SWV's budget lock and read the budget figures in the
 * same transaction; the decider gets them in its work context.
 */
export class OjaDienst {
  readonly pijplijn: ZaakPijplijn<Arrangement, OjaCommando, OjaEvent, OjaWerkcontext>;
  private readonly budgetInTransactie = new AsyncLocalStorage<readonly Budgetregel[]>();

  constructor(private readonly deps: OjaDienstDeps) {
    this.pijplijn = new ZaakPijplijn<Arrangement, OjaCommando, OjaEvent, OjaWerkcontext>(
      {
        schema: SCHEMA,
        objectType: 'arrangement',
        aanduiding: 'het arrangement',
        repository: deps.repository,
        beslisser: ojaBeslisser,
        werkcontext: (basis) => ({ ...basis, regels: deps.regelset, budgetstand: this.budgetInTransactie.getStore() }),
        termijnen: (s) => ojaTermijnen(s, deps.regelset),
        projectie: (s) => projectie(s),
        events: OJA_EVENT_MAPPING,
        auditStatus: (s) => ({ status: s.status }),
        domeinActor: (actor) => ojaActor(actor, this.regelsVandaag(actor.swv)),
      },
      { dataSource: deps.dataSource, klok: deps.klok, termijnen: deps.termijnen, nieuwId: deps.nieuwId },
    );
  }

  get regelset(): OjaRegelset {
    return this.deps.regelset;
  }

  vandaag(): string {
    return vandaag(this.deps.klok);
  }

  regelsVandaag(swv: string) {
    return this.deps.regelset.op(swv, this.vandaag());
  }

  /** The gemeente (CBS code) a gemeente account speaks for; undefined for other roles. */
  gemeenteVan(actor: Actor): string | undefined {
    return actor.rol === 'gemeente' ? (gemeenteVanOrganisatie(this.regelsVandaag(actor.swv), actor.organisatie) ?? 'onbekende-gemeente') : undefined;
  }

  /** An individual arrangement is requested for a pupil (registered by number in this service). */
  async aanvragen(actor: Actor, leerling: LeerlingInvoer, c: Omit<Aanvragen, 'type' | 'swv' | 'leerlingRef'>): Promise<Arrangement> {
    const nummer = leerlingNummer(leerling);
    return this.pijplijn.maakAan(actor, 'aanvragen', { ...c }, async (m, w) => {
      const gemeente = typeof c.gemeente === 'string' && /^GM\d{4}$/.test(c.gemeente) ? c.gemeente : undefined;
      const l = await this.deps.leerlingen.vindOfMaak(m, actor.swv, nummer, gemeente ?? standaardGemeente(actor.swv));
      return aanvragen({ ...c, type: 'aanvragen', swv: actor.swv, leerlingRef: l.id, gemeente: c.gemeente }, w);
    });
  }

  /** A collective arrangement is set up (and its money committed) under the budget lock, in one transaction. */
  async inrichten(actor: Actor, c: Omit<Inrichten, 'type' | 'swv'>): Promise<Arrangement> {
    return this.pijplijn.inTransactie(async (m) => {
      const stand = await this.budgetOnderSlot(m, actor.swv);
      const w: OjaWerkcontext = {
        actor: this.pijplijn.handelende(actor).domein,
        vandaag: this.vandaag(),
        nieuwId: this.deps.nieuwId ?? randomUUID,
        regels: this.deps.regelset,
        budgetstand: stand,
      };
      const uitkomst = beslisMetProbleem(() => inrichten({ ...c, type: 'inrichten', swv: actor.swv }, w));
      await this.pijplijn.bewaarNieuw(m, uitkomst.state, uitkomst.events, actor, 'inrichten', { ...c });
      await this.auditOverschrijding(m, actor, uitkomst.state);
      return uitkomst.state;
    });
  }

  /**
   * A command on an arrangement. A gemeente only finds arrangements of its own gemeente
   * (another's is 404, like another SWV's). Placing a pupil in a collective registers the
   * pupil by number first.
   */
  async voerUit(actor: Actor, id: string, commando: OjaCommando | (Omit<OjaCommando, 'leerlingRef'> & { leerling?: LeerlingInvoer }), versie?: number): Promise<Arrangement> {
    return this.pijplijn.inTransactie(async (m) => {
      await this.eisZichtbaar(m, actor, id);
      let c = commando as OjaCommando;
      if (commando.type === 'leerlingPlaatsen') {
        const invoer = commando as { leerling?: LeerlingInvoer; gemeente?: unknown };
        const gemeente = typeof invoer.gemeente === 'string' && /^GM\d{4}$/.test(invoer.gemeente) ? invoer.gemeente : undefined;
        const l = await this.deps.leerlingen.vindOfMaak(m, actor.swv, leerlingNummer(invoer.leerling), gemeente ?? standaardGemeente(actor.swv));
        c = { ...(commando as object), leerlingRef: l.id } as OjaCommando;
      }
      const h = this.pijplijn.handelende(actor);
      if (!COMMANDOS_MET_BUDGET.includes(c.type)) return this.pijplijn.pasToe(m, id, c, h, versie);
      const stand = await this.budgetOnderSlot(m, actor.swv);
      const na = await this.budgetInTransactie.run(stand, () => this.pijplijn.pasToe(m, id, c, h, versie));
      await this.auditOverschrijding(m, actor, na);
      return na;
    });
  }

  /** A pupil by number, if this service knows them (an exact search by keyed hash). */
  zoekLeerling(m: EntityManager, swv: string, nummer: LeerlingId) {
    return this.deps.leerlingen.zoek(m, swv, nummer);
  }

  /** Is the arrangement there for this actor? Another SWV's (or another gemeente's) is 404. */
  async eisZichtbaar(m: EntityManager, actor: Actor, id: string): Promise<void> {
    const gemeente = this.gemeenteVan(actor);
    const rijen: Array<{ gemeente: string }> = await m.query(`SELECT gemeente FROM oja.arrangement WHERE id = $1 AND swv = $2`, [id, actor.swv]);
    if (rijen.length === 0 || (gemeente !== undefined && rijen[0].gemeente !== gemeente)) throw this.pijplijn.nietGevonden();
  }

  private async budgetOnderSlot(m: EntityManager, swv: string): Promise<Budgetregel[]> {
    await vergrendelBudget(m, swv);
    return budgetstand(m, swv);
  }

  /** A decision past a budget gets its own audit entry with the teamleider's reasons. */
  private async auditOverschrijding(m: EntityManager, actor: Actor, s: Arrangement): Promise<void> {
    const t = s.toekenningen.at(-1);
    if (!t?.overschrijding || t.datum !== this.vandaag() || t.door !== actor.id) return;
    await recordAudit(m, SCHEMA, actor, {
      actie: 'budget-overschreden',
      objectType: 'arrangement',
      objectId: s.id,
      nieuw: { toekenningId: t.id, betalers: t.overschrijding.betalers },
      reden: t.overschrijding.reden,
    });
  }
}

export function leerlingNummer(invoer: unknown): LeerlingId {
  const l = (typeof invoer === 'object' && invoer !== null ? invoer : {}) as Record<string, unknown>;
  try {
    if ('onderwijsnummer' in l) return LeerlingId.parse(l.onderwijsnummer, 'leerling.onderwijsnummer');
    return LeerlingId.parse(l.bsn, 'leerling.bsn');
  } catch (e) {
    throw alsProbleem(e);
  }
}

/** The woongemeente assumed when none is given: the first gemeente the SWV serves (SWV register). */
function standaardGemeente(swv: string): string {
  return swvRegister().get(swv).gemeenten[0].code;
}
