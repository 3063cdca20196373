import { ProblemError, recordAudit, type Actor } from '@pao/platform';
import { type Regelset } from '@pao/deadlines';
import { type SwvRegister } from '@pao/swv';
import { LeerlingId, OngeldigeInvoer, alsProbleem } from '@pao/zaak';
import { type DataSource, type EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { nieuweOverdracht, ROUTES_PER_SECTOR, type Overdracht, type OverdrachtCommando, type Route, type TlvStand, type VerzendendeSector } from '../domain';
import { leesBestand } from '../import/bestand';
import { controleerRij, deelKolommenIn, dubbeleLeerlingen, type CohortRij, type Rijfout } from '../import/rij';
import { SCHEMA } from '../persistence/persistence';
import { type KalenderSynchronisatie } from '../termijnen/kalender-synchronisatie';
import { bewaarNieuweZaken, type NieuweZaak } from './bulk';
import { cohorten, type Cohort } from './cohorten';
import { type Leerlingen } from './leerlingen';
import { toeleidingEvents, type OverdrachtPijplijn } from './definitie';
import { overstapkalender } from './overstapkalender';
import { scholen } from './scholen';

export interface ImportRapport {
  readonly rijen: number;
  readonly geimporteerd: number;
  readonly geweigerd: readonly Rijfout[];
  /** Columns in the file that were ignored (and not stored), such as names. */
  readonly genegeerdeKolommen: readonly string[];
  /** A check only: nothing was stored. */
  readonly controle: boolean;
}

export interface NieuweLeerling {
  readonly leerlingnummer: string;
  readonly route?: Route;
  readonly gemeente?: string;
  readonly voorlopigAdvies?: string;
  readonly definitiefAdvies?: string;
  readonly ondersteuningsbehoefte?: string;
  readonly kwetsbaar?: boolean;
  readonly voorzieningen?: readonly string[];
}

/** What toeleiding published about one aanvraag, as this service keeps it. */
export interface ToeleidingFeit {
  readonly aanvraagId: string;
  readonly swv: string;
  readonly stand: TlvStand;
  readonly datum: string;
  readonly schoolId?: string;
  readonly soort?: string;
  readonly tlvId?: string;
}

/** Later facts win; a fact that arrives after a later one (a retry) changes nothing. */
const RANG: Record<TlvStand, number> = { aangevraagd: 0, 'niet-toelaatbaar': 1, afgegeven: 1, beeindigd: 2 };

class ControleKlaar extends Error {
  constructor(readonly rapport: ImportRapport) {
    super('controle klaar');
  }
}

/**
 * The application core of the overdracht service: cohorts, the import, pupils one by
 * one, commands (enriched from the school register and the toeleiding projection), and
 * the effect of toeleiding's events. Every change goes through the kit's pipeline.
 */
export class Overdrachten {
  constructor(
    readonly pijplijn: OverdrachtPijplijn,
    private readonly deps: {
      readonly dataSource: DataSource;
      /** National rules plus every SWV's own rules (SWV register). */
      readonly regels: Regelset;
      readonly register: Leerlingen;
      readonly kalender: KalenderSynchronisatie;
      readonly swvs: SwvRegister;
    },
  ) {}

  async cohort(actor: Actor, schooljaar: string, verzendendeSchoolId: string): Promise<Cohort & { nieuw: boolean }> {
    return this.pijplijn.inTransactie(async (m) => {
      const school = await scholen.vind(m, verzendendeSchoolId);
      if (!school || school.swv !== actor.swv) throw veld('verzendendeSchoolId', 'onbekende school in dit samenwerkingsverband');
      if (school.soort === 'mbo') throw veld('verzendendeSchoolId', 'een mbo-instelling is geen verzendende school');
      const { cohort, nieuw } = await cohorten.vindOfMaak(m, actor.swv, schooljaar, verzendendeSchoolId);
      if (nieuw) await recordAudit(m, SCHEMA, actor, { actie: 'cohortAanmaken', objectType: 'cohort', objectId: cohort.id, nieuw: { schooljaar, verzendendeSchoolId } });
      return { ...cohort, nieuw };
    });
  }

  /** 404 for a cohort that is not the actor's SWV's: before anything about the request is judged. */
  async eisCohort(actor: Actor, cohortId: string): Promise<void> {
    if (!(await cohorten.vind(this.deps.dataSource.manager, actor.swv, cohortId))) throw new ProblemError('notFound', 'Cohort niet gevonden');
  }

  /** 404 for a case that is not the actor's SWV's: before the command's body is judged. */
  async eisOverdracht(actor: Actor, id: string): Promise<void> {
    if (!(await this.pijplijn.definitie.repository.laad(this.deps.dataSource.manager, id, actor.swv))) throw this.pijplijn.nietGevonden();
  }

  /** One pupil added by hand: the same checks as a CSV row. */
  async leerlingToevoegen(actor: Actor, cohortId: string, invoer: NieuweLeerling): Promise<Overdracht> {
    return this.pijplijn.inTransactie(async (m) => {
      const { cohort, sector } = await this.cohortMetSector(m, actor, cohortId);
      const nummer = LeerlingId.parse(invoer.leerlingnummer, 'leerlingnummer');
      const route = invoer.route ?? ROUTES_PER_SECTOR[sector][0];
      const leerling = await this.deps.register.vindOfMaak(m, actor.swv, nummer, invoer.gemeente ?? this.woongemeente(actor.swv));
      if ((await this.bestaand(m, actor.swv, cohort.schooljaar, [leerling.id])).size > 0) {
        throw new ProblemError('conflict', 'Deze leerling staat al in een cohort van dit schooljaar');
      }
      const state = this.besluit(actor, cohort, sector, route, leerling.id, {
        voorlopigAdvies: invoer.voorlopigAdvies,
        definitiefAdvies: invoer.definitiefAdvies,
        ondersteuningsbehoefte: invoer.ondersteuningsbehoefte,
        kwetsbaar: invoer.kwetsbaar,
        voorzieningen: invoer.voorzieningen,
      });
      await this.pijplijn.bewaarNieuw(m, state, [{ naam: 'aangemaakt', data: { route } }], actor, 'leerlingToevoegen', { cohortId });
      return state;
    });
  }

  /**
   * Imports a cohort export. A file that cannot be read as a whole (encoding, columns,
   * size) is refused with its reason; otherwise every row is checked, refused rows are
   * reported by row and field, and the accepted rows are stored in one transaction:
   * all of them or none. `controle` runs the same and rolls back.
   */
  async importeer(actor: Actor, cohortId: string, bytes: Uint8Array, controle: boolean): Promise<ImportRapport> {
    const gelezen = leesBestand(bytes);
    if (!gelezen.ok) throw veld(gelezen.fout.veld, gelezen.fout.melding);
    const kolommen = deelKolommenIn(gelezen.kolommen);
    if (!kolommen.ok) throw veld(kolommen.fout.veld, kolommen.fout.melding);
    try {
      return await this.pijplijn.inTransactie(async (m) => {
        const { cohort, sector } = await this.cohortMetSector(m, actor, cohortId);
        const vandaag = this.pijplijn.vandaag();
        const startdatum = this.kalender(actor.swv, sector, ROUTES_PER_SECTOR[sector][0], cohort.schooljaar).eersteSchooldag.datum;
        const geweigerd: Rijfout[] = [];
        const goed: Array<{ rij: CohortRij; achttienPlus?: boolean }> = [];
        for (const r of gelezen.rijen) {
          const uitkomst = controleerRij(r, kolommen.indeling, { sector, vandaag, startdatum, gemeente: this.woongemeente(actor.swv) });
          if (uitkomst.ok) goed.push(uitkomst);
          else geweigerd.push(...uitkomst.fouten);
        }
        const dubbel = dubbeleLeerlingen(goed.map((g) => g.rij));
        geweigerd.push(...dubbel);
        const dubbeleRegels = new Set(dubbel.map((d) => d.rij));
        const kandidaten = goed.filter((g) => !dubbeleRegels.has(g.rij.regel));

        const leerlingen = await this.deps.register.vindOfMaakVeel(
          m,
          actor.swv,
          kandidaten.map((g) => ({ nummer: g.rij.leerling, gemeente: g.rij.gemeente })),
        );
        const bestaand = await this.bestaand(m, actor.swv, cohort.schooljaar, leerlingen.map((l) => l.id));
        const nieuw: NieuweZaak[] = [];
        const gemeenten = new Map<string, string>();
        for (const [i, g] of kandidaten.entries()) {
          const leerling = leerlingen[i];
          const elders = bestaand.get(leerling.id);
          if (elders) {
            geweigerd.push({ rij: g.rij.regel, veld: 'leerlingnummer', melding: elders === cohort.id ? 'staat al in dit cohort' : 'staat al in het cohort van een andere school in dit schooljaar' });
            continue;
          }
          const state = this.besluit(actor, cohort, sector, g.rij.route, leerling.id, { ...g.rij, achttienPlus: g.achttienPlus });
          gemeenten.set(state.id, leerling.gemeente);
          nieuw.push({ state, events: [{ naam: 'aangemaakt', data: { route: g.rij.route } }], commando: { cohortId, rij: g.rij.regel } });
        }
        await bewaarNieuweZaken(m, nieuw, { kalender: this.deps.kalender, actor, actie: 'importeren', eventContext: (s) => ({ gemeente: gemeenten.get(s.id)! }) });
        const geimporteerd = nieuw.length;
        const rapport: ImportRapport = {
          rijen: gelezen.rijen.length,
          geimporteerd,
          geweigerd: geweigerd.sort((a, b) => a.rij - b.rij),
          genegeerdeKolommen: kolommen.indeling.genegeerd,
          controle,
        };
        if (controle) throw new ControleKlaar(rapport);
        await m.query(`INSERT INTO overdracht.cohort_import (id, swv, cohort_id, actor_id, rijen, geimporteerd, geweigerd) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          randomUUID(),
          actor.swv,
          cohortId,
          actor.id,
          rapport.rijen,
          geimporteerd,
          JSON.stringify(rapport.geweigerd),
        ]);
        return rapport;
      });
    } catch (e) {
      if (e instanceof ControleKlaar) return e.rapport;
      if ((e as { code?: string }).code === '23505') throw new ProblemError('conflict', 'Tegelijk met deze import is een van deze leerlingen al toegevoegd; importeer opnieuw');
      throw e;
    }
  }

  /** A command, enriched with what only this service knows (the school's soort, toeleiding's news). */
  async voerUit(actor: Actor, id: string, commando: OverdrachtCommando, versie?: number): Promise<Overdracht> {
    return this.pijplijn.inTransactie(async (m) => {
      const verrijkt = await this.verrijk(m, commando);
      const na = await this.pijplijn.pasToe(m, id, verrijkt, this.pijplijn.handelende(actor), versie);
      if (verrijkt.type === 'toeleidingKoppelen') {
        await m.query(`INSERT INTO overdracht.toeleiding_koppeling (aanvraag_id, overdracht_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [verrijkt.aanvraagId, id]);
      }
      return na;
    });
  }

  /** Toeleiding published a fact about an aanvraag: keep it, and pass it on to the linked cases. */
  async toeleidingFeit(m: EntityManager, f: ToeleidingFeit): Promise<void> {
    const [huidig]: Array<{ stand: TlvStand; datum: string }> = await m.query(`SELECT stand, to_char(datum, 'YYYY-MM-DD') AS datum FROM overdracht.toeleiding_aanvraag WHERE aanvraag_id = $1 FOR UPDATE`, [f.aanvraagId]);
    if (huidig && (RANG[f.stand] < RANG[huidig.stand] || (RANG[f.stand] === RANG[huidig.stand] && f.datum < huidig.datum))) return;
    await m.query(
      `INSERT INTO overdracht.toeleiding_aanvraag (aanvraag_id, swv, school_id, soort, stand, tlv_id, datum) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (aanvraag_id) DO UPDATE SET stand = EXCLUDED.stand, datum = EXCLUDED.datum, bijgewerkt_op = now(),
         tlv_id = COALESCE(EXCLUDED.tlv_id, overdracht.toeleiding_aanvraag.tlv_id),
         school_id = COALESCE(overdracht.toeleiding_aanvraag.school_id, EXCLUDED.school_id),
         soort = COALESCE(EXCLUDED.soort, overdracht.toeleiding_aanvraag.soort)`,
      [f.aanvraagId, f.swv, f.schoolId ?? null, f.soort ?? null, f.stand, f.tlvId ?? null, f.datum],
    );
    const gekoppeld: Array<{ id: string; swv: string }> = await m.query(
      `SELECT o.id, o.swv FROM overdracht.toeleiding_koppeling k JOIN overdracht.overdracht o ON o.id = k.overdracht_id WHERE k.aanvraag_id = $1`,
      [f.aanvraagId],
    );
    for (const o of gekoppeld) {
      try {
        await this.pijplijn.pasToe(m, o.id, { type: 'toeleidingBijgewerkt', aanvraagId: f.aanvraagId, stand: f.stand, tlvId: f.tlvId, datum: f.datum }, toeleidingEvents(o.swv));
      } catch (e) {
        // A case that ended no longer takes facts; the projection above still has them.
        if (e instanceof ProblemError && e.kind === 'invalidTransition') continue;
        throw e;
      }
    }
  }

  private async verrijk(m: EntityManager, c: OverdrachtCommando): Promise<OverdrachtCommando> {
    if (c.type === 'aanmelden') {
      const school = typeof c.schoolId === 'string' ? await scholen.vind(m, c.schoolId) : undefined;
      if (!school) throw veld('schoolId', 'onbekende school');
      return { ...c, schoolSoort: school.soort };
    }
    if (c.type === 'toeleidingKoppelen') {
      const [bekend]: Array<{ stand: TlvStand; tlv_id: string | null; datum: string }> = await m.query(
        `SELECT stand, tlv_id, to_char(datum, 'YYYY-MM-DD') AS datum FROM overdracht.toeleiding_aanvraag WHERE aanvraag_id = $1`,
        [c.aanvraagId],
      );
      const { bekend: _genegeerd, ...zonder } = c;
      return bekend ? { ...zonder, bekend: { stand: bekend.stand, datum: bekend.datum, ...(bekend.tlv_id ? { tlvId: bekend.tlv_id } : {}) } } : zonder;
    }
    return c;
  }

  private async cohortMetSector(m: EntityManager, actor: Actor, cohortId: string): Promise<{ cohort: Cohort; sector: VerzendendeSector }> {
    const cohort = await cohorten.vind(m, actor.swv, cohortId);
    if (!cohort) throw new ProblemError('notFound', 'Cohort niet gevonden');
    const school = await scholen.vind(m, cohort.verzendendeSchoolId);
    return { cohort, sector: school!.soort as VerzendendeSector };
  }

  /** Pupils already in a cohort of this school year (leerlingId → cohortId). */
  private async bestaand(m: EntityManager, swv: string, schooljaar: string, leerlingIds: readonly string[]): Promise<Map<string, string>> {
    if (leerlingIds.length === 0) return new Map();
    const rijen: Array<{ leerling_id: string; cohort_id: string }> = await m.query(
      `SELECT leerling_id, cohort_id FROM overdracht.overdracht WHERE swv = $1 AND schooljaar = $2 AND leerling_id = ANY($3::uuid[])`,
      [swv, schooljaar, leerlingIds],
    );
    return new Map(rijen.map((r) => [r.leerling_id, r.cohort_id]));
  }

  /** The woongemeente assumed when none is given: the first gemeente the SWV serves (SWV register). */
  private woongemeente(swv: string): string {
    return this.deps.swvs.get(swv).gemeenten[0].code;
  }

  /** The calendar per SWV, sector, route and school year: the same for a whole cohort, so computed once. */
  private readonly kalenders = new Map<string, ReturnType<typeof overstapkalender>>();

  private kalender(swv: string, sector: VerzendendeSector, route: Route, schooljaar: string) {
    const sleutel = `${swv}|${sector}|${route}|${schooljaar}`;
    let k = this.kalenders.get(sleutel);
    if (!k) {
      k = overstapkalender(this.deps.regels, this.deps.swvs.get(swv), sector, route, schooljaar);
      if (this.kalenders.size > 1000) this.kalenders.clear();
      this.kalenders.set(sleutel, k);
    }
    return k;
  }

  /** The decision on a new case, as the domain takes it; domain errors become problem+json. */
  private besluit(
    actor: Actor,
    cohort: Cohort,
    sector: VerzendendeSector,
    route: Route,
    leerlingId: string,
    gegevens: Pick<NieuweLeerling, 'voorlopigAdvies' | 'definitiefAdvies' | 'ondersteuningsbehoefte' | 'kwetsbaar' | 'voorzieningen'> & { achttienPlus?: boolean },
  ): Overdracht {
    try {
      if (!ROUTES_PER_SECTOR[sector].includes(route)) throw new OngeldigeInvoer('route', `past niet bij deze school (${ROUTES_PER_SECTOR[sector].join(' of ')})`);
      return nieuweOverdracht(
        {
          id: randomUUID(),
          swv: actor.swv,
          cohortId: cohort.id,
          schooljaar: cohort.schooljaar,
          sector,
          verzendendeSchoolId: cohort.verzendendeSchoolId,
          leerlingId,
          kalender: this.kalender(actor.swv, sector, route, cohort.schooljaar),
          route,
          voorlopigAdvies: gegevens.voorlopigAdvies as never,
          definitiefAdvies: gegevens.definitiefAdvies as never,
          ondersteuningsbehoefte: gegevens.ondersteuningsbehoefte,
          kwetsbaar: gegevens.kwetsbaar,
          voorzieningen: gegevens.voorzieningen as never,
          achttienPlus: gegevens.achttienPlus,
        },
        { actor: this.pijplijn.handelende(actor).domein, vandaag: this.pijplijn.vandaag(), nieuwId: randomUUID },
      ).state;
    } catch (e) {
      throw alsProbleem(e);
    }
  }
}

function veld(field: string, message: string): ProblemError {
  return new ProblemError('validation', `${field}: ${message}`, { errors: [{ field, message }] });
}
