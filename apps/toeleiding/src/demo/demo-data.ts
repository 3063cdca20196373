import { randomUUID } from 'node:crypto';
import { ManualClock } from '@pao/deadlines';
import { deterministicUuid } from '@pao/contracts';
import { type Actor } from '@pao/platform';
import { swvRegister, type SwvRegister } from '@pao/swv';
import { type LeerlingSleutelInstellingen } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { LeerlingId, plusDagen, testBsn, testOnderwijsnummer, datumInAmsterdam, type IsoDatum, type Personalia, type Swv, type TlvSoort } from '../domain';
import { alsCommando } from '../http/commando-invoer';
import { type Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { bouwToeleiding } from '../runtime';
import { soortenOpTeldatum, teldatumMomenten } from '../telling/teldatum';
import { stelTellingVast } from '../telling/telling';
import { schoolId, bestuurId, SCHOLEN, seedRegister, type DemoSchool } from './register';
import { demoPersonalia } from './namen';
import { scenarios, type DemoRol } from './scenarios';

export interface DemoOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  /** Default now; the cases are dated relative to it. */
  readonly nu?: Date;
  /** How often the set of scenarios runs per SWV (each run: other soorten and schools). */
  readonly rondes?: number;
  /** The SWVs; default the process's register. Demo cases go to those with demo schools. */
  readonly register?: SwvRegister;
}

export interface DemoResultaat {
  scholen: number;
  aangemaakt: number;
  alAanwezig: number;
  tellingen: number;
}

/**
 * The gateway's demo account of a role (same id and name as its `demoAccountId` and
 * `demoWeergavenaam`, checked by a test): the demo cases are owned by, and their
 * timeline names, the accounts people sign in with (the orthopedagoog is the eerste deskundige).
 */
export function demoActor(swv: Swv, rol: DemoRol, register: SwvRegister = swvRegister()): Actor {
  const naam = { consulent: 'Consulent', orthopedagoog: 'Orthopedagoog', teamleider: 'Teamleider' }[rol];
  return { id: deterministicUuid(`pao/demo-account/${rol}.${swv.toLowerCase()}`), rol, swv, organisatie: register.get(swv).rechtspersoon.organisatie, naam: `${naam} ${swv}` };
}

const ONDERSTEUNINGSBEHOEFTE = [
  'Geprobeerd: arrangement met ambulante begeleiding en een aangepast rooster. Nodig: een kleine groep met vaste begeleiders.',
  'Geprobeerd: time-out voorziening en gesprekken met jeugdhulp. Nodig: gespecialiseerde begeleiding bij gedrag en prikkelverwerking.',
  'Geprobeerd: remedial teaching en een eigen leerlijn. Nodig: praktijkgericht onderwijs op het eigen niveau.',
  'Geprobeerd: extra ondersteuning door de intern begeleider. Nodig: intensieve zorg bij leren en ontwikkeling.',
];

function plaatsVoor(swv: Swv, soort: TlvSoort, n: number): DemoSchool {
  const soortSchool = soort === 'PrO' ? 'PrO' : soort === 'SBO' ? 'SBO' : soort.startsWith('VSO') ? 'VSO' : 'SO';
  const kandidaten = SCHOLEN.filter((s) => s.swv === swv && s.soort === soortSchool);
  return kandidaten[n % kandidaten.length];
}

/** 09:00 in Amsterdam on a date (winter and summer: between 07:00 and 08:00 UTC). */
function ochtend(d: IsoDatum): Date {
  return new Date(`${d}T07:30:00Z`);
}

/**
 * Demo data for the SWVs that have demo schools (idempotent: a pupil that already has a case is skipped): the
 * school register, cases in every state made by running the real commands on their
 * dates (audit history backdated to match), the deadline engine run once so the terms
 * that passed have their consequences, and the tellingen of the past teldata.
 */
export async function seedToeleidingDemo(o: DemoOpties): Promise<DemoResultaat> {
  const nu = o.nu ?? new Date();
  const vandaag = datumInAmsterdam(nu);
  const klok = new ManualClock(nu);
  const rt = bouwToeleiding({ dataSource: o.dataSource, redisUrl: o.redisUrl, redisPrefix: o.redisPrefix, leerlingGeheim: o.leerlingGeheim, klok, worker: false, reconcileIntervalMs: 0, register: o.register });
  const resultaat: DemoResultaat = { scholen: 0, aangemaakt: 0, alAanwezig: 0, tellingen: 0 };
  try {
    resultaat.scholen = await seedRegister(o.dataSource.manager);
    for (const swv of rt.swvs.ids().filter((id) => SCHOLEN.some((s) => s.swv === id))) {
      const soorten = rt.swvs.beleid(swv).soorten;
      const aanvragers = SCHOLEN.filter((s) => s.swv === swv && s.soort === 'regulier');
      for (let ronde = 0; ronde < (o.rondes ?? 2); ronde++) {
        const lijst = scenarios({ swv, soort: soorten[0], plaats: { schoolId: '', bevoegdGezagId: '' }, vandaag });
        for (let i = 0; i < lijst.length; i++) {
          const n = (swv === 'VO' ? 0 : 50_000) + ronde * 1000 + i;
          const soort = soorten[(i + ronde) % soorten.length];
          const plaats = plaatsVoor(swv, soort, i + ronde);
          const zaak = scenarios({ swv, soort, plaats: { schoolId: schoolId(swv, plaats.brin), bevoegdGezagId: bestuurId(plaats.bestuursnummer) }, vandaag })[i];
          const nummer = LeerlingId.parse(i % 7 === 3 ? testOnderwijsnummer(n) : testBsn(n));
          if (await rt.toeleiding.leerlingHeeftAanvraag(swv, nummer)) {
            resultaat.alAanwezig++;
            continue;
          }
          const aanvrager = aanvragers[(i * 3 + ronde) % aanvragers.length];
          await speelAf(o.dataSource, rt, klok, vandaag, swv, nummer, demoPersonalia(n, rt.swvs.register.get(swv).sector, vandaag), { schoolId: schoolId(swv, aanvrager.brin), bevoegdGezagId: bestuurId(aanvrager.bestuursnummer) }, soort, zaak, i);
          resultaat.aangemaakt++;
        }
      }
    }
    // Terms that passed on the way (bezwaartermijnen, a TLV's end): the engine acts on them now.
    klok.set(nu);
    await rt.scheduler.reconcile();
    resultaat.tellingen = await tellingenVanAfgelopenJaar(o.dataSource, vandaag, rt.swvs);
  } finally {
    await rt.scheduler.close();
  }
  return resultaat;
}

async function speelAf(
  ds: DataSource,
  { toeleiding, swvs }: ReturnType<typeof bouwToeleiding>,
  klok: ManualClock,
  vandaag: IsoDatum,
  swv: Swv,
  nummer: LeerlingId,
  personalia: Personalia,
  aanvrager: { schoolId: string; bevoegdGezagId: string },
  soort: TlvSoort,
  zaak: ReturnType<typeof scenarios>[number],
  i: number,
): Promise<void> {
  const backdate = async (vanafId: number, d: IsoDatum) => {
    await ds.query(`UPDATE toeleiding.audit_trail SET tijdstip = $2 WHERE id > $1`, [vanafId, ochtend(d)]);
  };
  const laatsteAuditId = async () => Number((await ds.query(`SELECT coalesce(max(id), 0) AS id FROM toeleiding.audit_trail`))[0].id);
  const dossier = { gevraagdeSoort: soort, ondersteuningsbehoefte: ONDERSTEUNINGSBEHOEFTE[i % ONDERSTEUNINGSBEHOEFTE.length], oppRef: `opp-demo-${randomUUID()}`, tloVerslagRef: `tlo-demo-${randomUUID()}` };
  let datum = plusDagen(vandaag, -zaak.aangemaakt);
  klok.set(ochtend(datum));
  let vanaf = await laatsteAuditId();
  const state = await toeleiding.aanmaken(demoActor(swv, 'consulent', swvs.register), { nummer, personalia }, { aanvrager, dossier });
  await backdate(vanaf, datum);
  for (const s of zaak.stappen) {
    datum = plusDagen(vandaag, -s.dagenGeleden);
    klok.set(ochtend(datum));
    vanaf = await laatsteAuditId();
    const actor = demoActor(swv, s.rol, swvs.register);
    try {
      await toeleiding.voerUit(actor, state.id, alsCommando(s.commando, s.body ?? {}, actor));
    } catch (e) {
      // Names the scenario and step, never the pupil.
      throw new Error(`demo ${swv} '${zaak.naam}' stap ${s.commando} op ${datum}: ${e instanceof Error ? e.message : String(e)}`);
    }
    await backdate(vanaf, datum);
  }
}

/** The telling of every teldatum in the past year, per SWV (idempotent: one per SWV and date). */
async function tellingenVanAfgelopenJaar(ds: DataSource, vandaag: IsoDatum, swvs: Samenwerkingsverbanden): Promise<number> {
  let n = 0;
  const jaar = Number(vandaag.slice(0, 4));
  for (const moment of teldatumMomenten(swvs.regelset)) {
    if (!('at' in moment)) continue;
    for (const j of [jaar - 1, jaar]) {
      const maand = String(moment.at.months![0]).padStart(2, '0');
      const teldatum = plusDagen(`${j}-${maand}-${String(moment.at.day).padStart(2, '0')}`, -1);
      if (teldatum >= vandaag || teldatum < plusDagen(vandaag, -366)) continue;
      for (const swv of swvs.ids()) {
        const soorten = soortenOpTeldatum(swv, teldatum, swvs);
        if (soorten.length > 0 && (await ds.transaction((m) => stelTellingVast(m, swv, teldatum, soorten, swvs.bron(swv))))) n++;
      }
    }
  }
  return n;
}
