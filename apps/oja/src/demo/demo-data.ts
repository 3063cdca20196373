import { deterministicUuid } from '@pao/contracts';
import { ManualClock } from '@pao/deadlines';
import { type Actor } from '@pao/platform';
import { datumInAmsterdam, LeerlingId, type LeerlingSleutelInstellingen, plusDagen, termijnmotor, testBsn, type IsoDatum } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { stelKwartaalrapportageVast } from '../application/kwartaalrapportage';
import { type OjaDienst } from '../application/oja-dienst';
import { swvsVan } from '../application/regels';
import { type ArrangementType, isGemeentelijk, kwartaalVoorRapportage, type OjaCommando, type OjaRegels, plusMaanden, rapportagedatum, standaardVerdeling } from '../domain';
import { bouwOja } from '../runtime';
import { EINDSTATEN, individueel, type Stap, type Wie } from './scenarios';

export interface DemoOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  /** Default now; the arrangements are dated relative to it. */
  readonly nu?: Date;
}

export interface DemoResultaat {
  budgetten: number;
  aangemaakt: number;
  alAanwezig: number;
  rapportages: number;
}

const GEMEENTE_ORGANISATIE: Readonly<Record<string, string>> = { GM0034: 'gemeente-almere', GM0050: 'gemeente-zeewolde' };

/** One demo person per role and SWV with stable ids; a gemeente person per gemeente. */
export function demoActor(swv: string, wie: Wie, gemeente = 'GM0034'): Actor {
  if (wie === 'systeem') return termijnmotor(swv, 'oja').audit;
  const organisatie = wie === 'gemeente' ? (GEMEENTE_ORGANISATIE[gemeente] ?? 'gemeente-almere') : `swv-${swv.toLowerCase()}-almere`;
  return { id: deterministicUuid(`oja/demo-actor/${swv}/${wie}/${organisatie}`), rol: wie as Actor['rol'], swv: swv as Actor['swv'], organisatie };
}

/** 09:00 in Amsterdam (07:30 UTC is 08:30 or 09:30 local: always in the morning, always that date). */
const ochtend = (d: IsoDatum) => new Date(`${d}T07:30:00Z`);

/** Yearly cost per type (placeholders of realistic size) [check]. */
const KOSTEN_PER_JAAR: Readonly<Record<string, number>> = {
  school2care: 4_800_000,
  'vso-joa': 3_600_000,
  'vso-wlz': 4_000_000,
  'pro-arbeid': 1_800_000,
  'so-oja': 3_000_000,
  'so-joa': 3_200_000,
  'opdc-groep': 36_000_000,
  'pro-groep': 19_200_000,
  'sbo-groep': 14_400_000,
};

/** Budgets per payer and period: generous, except Zeewolde's, so one decision shows a budget overrun. */
function budgetVoor(betaler: string, soort: string): number {
  if (betaler === 'zeewolde-jeugdwet') return 1_000_000;
  if (soort === 'onderwijs') return 250_000_000;
  if (soort === 'jeugdwet') return 200_000_000;
  if (soort === 'wlz') return 60_000_000;
  return 40_000_000;
}

/**
 * Demo data for both SWVs (idempotent): budgets per payer for the years around today,
 * individual arrangements of every type in every state, collective groups (running with
 * pupils, planned, and closed), all made by playing the real commands on their dates
 * (audit history backdated to match), the deadline engine run once so the terms that
 * passed have their consequences, and the quarterly reports of the past year fixed.
 */
export async function seedOjaDemo(o: DemoOpties): Promise<DemoResultaat> {
  const nu = o.nu ?? new Date();
  const vandaag = datumInAmsterdam(nu);
  const klok = new ManualClock(nu);
  const rt = bouwOja({ dataSource: o.dataSource, redisUrl: o.redisUrl, redisPrefix: o.redisPrefix, leerlingGeheim: o.leerlingGeheim, klok, worker: false, reconcileIntervalMs: 0 });
  const resultaat: DemoResultaat = { budgetten: 0, aangemaakt: 0, alAanwezig: 0, rapportages: 0 };
  const speler = new Speler(o.dataSource, rt.dienst, klok);
  try {
    for (const swv of swvsVan(rt.regelset)) {
      resultaat.budgetten += await budgetten(o.dataSource, rt.regelset.versies.filter((v) => v.swv === swv), swv, vandaag);
      const regels = rt.regelset.op(swv, vandaag)!;
      const individuele = regels.types.filter((t) => t.vorm === 'individueel');
      let n = swv === 'VO' ? 70_000 : 80_000;
      for (const type of individuele) {
        for (const eind of EINDSTATEN) {
          n++;
          const nummer = LeerlingId.parse(testBsn(n));
          if (await speler.bestaat(swv, nummer)) {
            resultaat.alAanwezig++;
            continue;
          }
          const gemeente = eind === 'boven-budget' || eind === 'wacht-op-beide' ? 'GM0050' : 'GM0034';
          const s = individueel(eind, vandaag, {
            kostenPerJaarCent: KOSTEN_PER_JAAR[type.code] ?? 3_000_000,
            evaluatieIntervalMaanden: type.evaluatieIntervalMaanden,
            gemeenteBetaalt: type.verdeling.some((a) => ['jeugdwet', 'wmo', 'participatiewet'].includes(a.soort)),
            verdeel: verdelerVoor(rt.regelset.versies.filter((v) => v.swv === swv), regels, type, gemeente),
          });
          await speler.individueel(swv, type, gemeente, nummer, s.aanvraag, s.stappen, `${swv} ${type.code} ${eind}`);
          resultaat.aangemaakt++;
        }
      }
      for (const type of regels.types.filter((t) => t.vorm === 'collectief')) {
        resultaat.aangemaakt += await speler.collectieven(swv, type, regels, vandaag, n);
        n += 100;
      }
    }
    // Terms that passed on the way: the engine acts on them now.
    klok.set(nu);
    await rt.motor.scheduler.reconcile();
    resultaat.rapportages = await rapportagesVanAfgelopenJaar(o.dataSource, rt.regelset, vandaag);
  } finally {
    await rt.motor.scheduler.close();
  }
  return resultaat;
}

function verdelerVoor(versies: readonly OjaRegels[], regels: OjaRegels, type: ArrangementType, gemeente: string) {
  return (kosten: number, van: IsoDatum) => {
    const r = [...versies].filter((v) => v.geldigVanaf <= van).sort((a, b) => (a.geldigVanaf < b.geldigVanaf ? 1 : -1))[0] ?? regels;
    const t = r.types.find((x) => x.code === type.code) ?? type;
    const betalers = alleBetalersVan(versies);
    return standaardVerdeling(t, r, gemeente, kosten).map((x) => ({ ...x, gemeentelijk: isGemeentelijk(betalers.get(x.betaler)!) }));
  };
}

function alleBetalersVan(versies: readonly OjaRegels[]) {
  return new Map(versies.flatMap((v) => v.betalers).map((b) => [b.code, b]));
}

async function budgetten(ds: DataSource, versies: readonly OjaRegels[], swv: string, vandaag: IsoDatum): Promise<number> {
  const jaar = Number(vandaag.slice(0, 4));
  let n = 0;
  for (const b of alleBetalersVan(versies).values()) {
    for (let j = jaar - 2; j <= jaar + 2; j++) {
      const periode = b.budgetperiode === 'kalenderjaar' ? String(j) : `${j}-${j + 1}`;
      const r: unknown[] = await ds.query(
        `INSERT INTO oja.budget (swv, betaler, budgetperiode, bedrag_cent) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1`,
        [swv, b.code, periode, budgetVoor(b.code, b.soort)],
      );
      n += r.length;
    }
  }
  return n;
}

/** The quarterly report of each report date in the past year, per SWV, in order (idempotent). */
async function rapportagesVanAfgelopenJaar(ds: DataSource, regelset: OjaDienst['regelset'], vandaag: IsoDatum): Promise<number> {
  let n = 0;
  for (const swv of swvsVan(regelset)) {
    const datums: IsoDatum[] = [];
    for (let d = plusMaanden(vandaag, -12); d <= vandaag; d = plusMaanden(d, 3)) {
      const regels = regelset.op(swv, d);
      if (!regels) continue;
      const { jaar, kwartaal } = kwartaalVoorRapportage(d);
      const datum = rapportagedatum(jaar, kwartaal, regels);
      if (datum <= vandaag && datum > plusMaanden(vandaag, -12) && !datums.includes(datum)) datums.push(datum);
    }
    for (const datum of datums.sort()) {
      const uit = await ds.transaction((m) => stelKwartaalrapportageVast(m, regelset, swv, datum, termijnmotor(swv, 'oja').audit));
      if (uit?.nieuw) n++;
    }
  }
  return n;
}

/** Plays scenarios through the service's own commands, with the clock on each step's day. */
class Speler {
  constructor(
    private readonly ds: DataSource,
    private readonly dienst: OjaDienst,
    private readonly klok: ManualClock,
  ) {}

  /** Does this pupil already have an arrangement (a second seed run skips it)? */
  async bestaat(swv: string, nummer: LeerlingId): Promise<boolean> {
    const l = await this.dienst.zoekLeerling(this.ds.manager, swv, nummer);
    return l !== undefined && (await this.ds.query(`SELECT 1 FROM oja.arrangement WHERE leerling_id = $1 LIMIT 1`, [l.id])).length > 0;
  }

  private async laatsteAudit(): Promise<number> {
    return Number((await this.ds.query(`SELECT coalesce(max(id), 0) AS id FROM oja.audit_trail`))[0].id);
  }

  /** Runs `fn` on `dag` and dates its audit entries to that morning. */
  private async op<T>(dag: IsoDatum, fn: () => Promise<T>): Promise<T> {
    this.klok.set(ochtend(dag));
    const vanaf = await this.laatsteAudit();
    const uit = await fn();
    await this.ds.query(`UPDATE oja.audit_trail SET tijdstip = $2 WHERE id > $1`, [vanaf, ochtend(dag)]);
    return uit;
  }

  private async stappen(swv: string, id: string, gemeente: string, stappen: readonly Stap[], naam: string): Promise<void> {
    for (const s of stappen) {
      try {
        await this.op(s.dag, () => this.dienst.voerUit(demoActor(swv, s.wie, gemeente), id, { ...s.body, type: s.commando } as unknown as OjaCommando));
      } catch (e) {
        // Names the scenario and step, never the pupil.
        throw new Error(`demo '${naam}' stap ${s.commando} op ${s.dag}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  async individueel(swv: string, type: ArrangementType, gemeente: string, nummer: LeerlingId, aanvraag: { dag: IsoDatum; periode: { van: IsoDatum; tot: IsoDatum } }, stappen: readonly Stap[], naam: string) {
    const s = await this.op(aanvraag.dag, () =>
      this.dienst.aanvragen(demoActor(swv, 'consulent'), { bsn: nummer.onthulNummer() }, {
        typeCode: type.code,
        gemeente,
        doelen: ['Dagelijks naar school met een passend rooster', 'Gezin en school werken met één plan', 'Terugkeer naar een reguliere plek waar dat kan'],
        plan: `Onderwijs bij ${type.voorziening} met jeugdhulp in het team (${type.leiding}); wekelijks overleg school–jeugdhulp, gezinsgesprek elke zes weken.`,
        jeugdhulpaanbieder: ['Jeugdhulp Flevoland', 'De Bascule', 'Triade Vitree', 'Yorneo'][Number(nummer.gemaskeerd.slice(-1)) % 4],
        gevraagdePeriode: aanvraag.periode,
        begrootKostenCent: Math.round(((KOSTEN_PER_JAAR[type.code] ?? 3_000_000) * 12) / 12),
      }),
    );
    await this.stappen(swv, s.id, gemeente, stappen, naam);
  }

  /** A running group with pupils coming and going, next school year's group (granted), and last year's (closed). */
  async collectieven(swv: string, type: ArrangementType, regels: OjaRegels, vandaag: IsoDatum, basis: number): Promise<number> {
    const jaar = Number(vandaag.slice(0, 4));
    const schooljaarStart = Number(vandaag.slice(5, 7)) >= 8 ? `${jaar}-08-01` : `${jaar - 1}-08-01`;
    const varianten: Array<{ van: IsoDatum; naam: string }> = [
      { van: plusMaanden(schooljaarStart, -12), naam: 'vorig schooljaar' },
      { van: schooljaarStart, naam: 'dit schooljaar' },
      { van: plusMaanden(schooljaarStart, 12), naam: 'volgend schooljaar' },
    ];
    let n = 0;
    for (const [i, v] of varianten.entries()) {
      const tot = plusDagen(plusMaanden(v.van, 12), -1);
      if ((await this.ds.query(`SELECT 1 FROM oja.arrangement WHERE swv = $1 AND type_code = $2 AND ingangsdatum = $3`, [swv, type.code, v.van])).length > 0) continue;
      const ingericht = plusDagen(v.van, -45) <= vandaag ? plusDagen(v.van, -45) : vandaag;
      const s = await this.op(ingericht, () =>
        this.dienst.inrichten(demoActor(swv, 'teamleider'), {
          typeCode: type.code,
          gemeente: 'GM0034',
          periode: { van: v.van, tot },
          kostenCent: KOSTEN_PER_JAAR[type.code] ?? 12_000_000,
          referentie: { soort: 'beschikking', kenmerk: `SUB-${swv}-${type.code.toUpperCase()}-${v.van.slice(0, 4)}` },
        }),
      );
      n++;
      if (v.van > vandaag) continue;
      const stappen: Stap[] = [{ dag: v.van, wie: 'consulent', commando: 'starten', body: { datum: v.van } }];
      const plaatsen = Math.min(type.plaatsen ?? 8, 10);
      for (let p = 0; p < plaatsen; p++) {
        const dag = plusDagen(v.van, p * 9);
        if (dag > vandaag || dag > tot) break;
        stappen.push({ dag, wie: 'consulent', commando: 'leerlingPlaatsen', body: { leerling: { bsn: testBsn(basis + i * 30 + p + 1) }, gemeente: p % 5 === 4 ? 'GM0050' : 'GM0034', datum: dag } });
      }
      const gespeeld: Stap[] = [...stappen].sort((a, b) => (a.dag < b.dag ? -1 : 1));
      await this.stappen(swv, s.id, 'GM0034', gespeeld, `${swv} ${type.code} ${v.naam}`);
      // Some pupils leave with a result; a closed year lets every pupil go and is closed.
      const a = (await this.ds.query(`SELECT state FROM oja.arrangement WHERE id = $1`, [s.id]))[0].state as { deelnames: Array<{ id: string; van: string; tot?: string }> };
      const vertrek = a.deelnames.filter((d, k) => !d.tot && (tot < vandaag || k % 4 === 1));
      for (const [k, d] of vertrek.entries()) {
        const dag = [plusDagen(d.van, 120 + k * 7), tot, vandaag].sort()[0];
        await this.stappen(swv, s.id, 'GM0034', [{ dag, wie: 'consulent', commando: 'leerlingUitschrijven', body: { deelnameId: d.id, resultaat: (['doel-bereikt', 'deels-bereikt', 'niet-bereikt'] as const)[k % 3], datum: dag } }], `${swv} ${type.code} ${v.naam}`);
      }
      const betalers = standaardVerdeling(type, regels, 'GM0034', Math.round((KOSTEN_PER_JAAR[type.code] ?? 12_000_000) / 4)).map((r) => ({ betaler: r.betaler, bedragCent: r.bedragCent }));
      for (let m = v.van; plusDagen(plusMaanden(m, 3), -1) <= [plusDagen(vandaag, -10), tot].sort()[0]; m = plusMaanden(m, 3)) {
        const blokTot = plusDagen(plusMaanden(m, 3), -1);
        await this.stappen(swv, s.id, 'GM0034', [{ dag: plusDagen(blokTot, 10) <= vandaag ? plusDagen(blokTot, 10) : vandaag, wie: 'consulent', commando: 'realisatieBoeken', body: { periode: { van: m, tot: blokTot }, bedragen: betalers } }], `${swv} ${type.code} ${v.naam}`);
      }
      if (tot < vandaag) {
        await this.stappen(swv, s.id, 'GM0034', [
          { dag: plusDagen(tot, 1), wie: 'systeem', commando: 'einddatumBereikt', body: {} },
          { dag: plusDagen(tot, 20), wie: 'consulent', commando: 'afsluiten', body: { resultaat: 'deels-bereikt', vervolg: 'regulier-onderwijs', toelichting: 'Groep afgerond; de meeste leerlingen stromen terug.' } },
        ], `${swv} ${type.code} ${v.naam}`);
      }
    }
    return n;
  }
}
