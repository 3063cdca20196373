import { deterministicUuid } from '@pao/contracts';
import { ManualClock } from '@pao/deadlines';
import { type Actor } from '@pao/platform';
import { datumInAmsterdam, LeerlingId, plusDagen, testBsn, testOnderwijsnummer, type IsoDatum, type LeerlingSleutelInstellingen } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { bouwThuiszitters } from '../application/runtime';
import { Thuiszitters } from '../application/thuiszitters';
import { type CasusCommando, type MeldingInhoud } from '../domain';
import { demoSchool, seedScholen } from './scholen';

/**
 * Demo data for both SWVs (idempotent: a pupil that already has a casus, a signal whose
 * source case is known, a meeting on its date are skipped): the school register with
 * expertise, a casus in every state, made by running the real commands on their dates
 * with the deadline engine run at each date (so 4 weeks make a thuiszitter, passed
 * clocks escalate), the audit history backdated to match, and two Actietafel meetings:
 * one held two weeks ago, one planned with an agenda.
 */
export interface DemoOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  readonly nu?: Date;
}

export interface DemoResultaat {
  scholen: number;
  aangemaakt: number;
  alAanwezig: number;
  vergaderingen: number;
}

type Swv = 'PO' | 'VO';
type DemoRol = 'consulent' | 'orthopedagoog' | 'teamleider' | 'actietafel' | 'gemeente';

export function demoActor(swv: Swv, rol: DemoRol): Actor {
  return { id: deterministicUuid(`thuiszitters/demo-actor/${swv}/${rol}`), rol, swv, organisatie: rol === 'gemeente' ? 'gemeente-almere' : `swv-${swv.toLowerCase()}-almere` };
}

interface Stap {
  readonly dagenGeleden: number;
  readonly rol: DemoRol;
  readonly commando: CasusCommando | ((c: Context) => CasusCommando);
}

interface Scenario {
  readonly naam: string;
  readonly dagenGeleden: number;
  readonly door: DemoRol;
  readonly start: (c: Context) => { type: 'melding'; inhoud: MeldingInhoud } | { type: 'vrijstelling'; grond: 'art-5-onder-a' | 'art-5-onder-b'; ingangsdatum: IsoDatum };
  readonly stappen: readonly Stap[];
}

interface Context {
  readonly swv: Swv;
  readonly vandaag: IsoDatum;
  readonly dag: (dagenGeleden: number) => IsoDatum;
  readonly school: (i: number) => { schoolId: string; bevoegdGezagId: string };
  readonly speciaal: { schoolId: string; bevoegdGezagId: string };
  readonly gehouden: string;
}

const BETROKKEN = { ouders: 'betrokken', leerling: 'betrokken' } as const;
const GEINFORMEERD = { ouders: 'geinformeerd', leerling: 'niet-passend' } as const;

const verzuim = (c: Context, school: number, thuis: number, extra: Partial<MeldingInhoud> = {}): MeldingInhoud => ({
  soort: 'langdurig-relatief-verzuim',
  melder: { soort: 'school', organisatieId: c.school(school).schoolId },
  schoolId: c.school(school).schoolId,
  bevoegdGezagId: c.school(school).bevoegdGezagId,
  thuisSinds: c.dag(thuis),
  onderwijsNog: 'Geen; af en toe huiswerk per mail',
  betrokkenen: [{ partij: 'ouders' }, { partij: 'leerplicht' }],
  betrokkenheid: BETROKKEN,
  ...extra,
});

const actie = (c: Context, omschrijving: string, eigenaar: 'school' | 'steunpunt' | 'leerplicht' | 'jeugdhulp' | 'ouders', overDagen: number, dagenGeleden: number) =>
  ({ type: 'actieToevoegen', omschrijving, eigenaar, uiterlijkOp: c.dag(dagenGeleden - overDagen) }) as const;

/** Where each scenario ends: signaal, gemeld (dreigend, crisis, verzuim < 4 weeks, absoluut), thuiszitter, at the table, doorzettingskracht, -macht, aanbod, afgesloten, vrijstelling. */
const SCENARIOS: readonly Scenario[] = [
  {
    naam: 'dreigend',
    dagenGeleden: 3,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: { ...verzuim(c, 0, 0), soort: 'dreigend', thuisSinds: undefined, onderwijsNog: 'Halve dagen op school' } }),
    stappen: [{ dagenGeleden: 3, rol: 'consulent', commando: (c) => actie(c, 'Gesprek met ouders en mentor over het rooster', 'school', 7, 3) }],
  },
  {
    naam: 'crisis',
    dagenGeleden: 2,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: { ...verzuim(c, 1, 0), soort: 'crisis', thuisSinds: undefined, toelichting: 'Dringende handelingsverlegenheid na een incident in de klas' } }),
    stappen: [
      { dagenGeleden: 2, rol: 'consulent', commando: { type: 'crisisstapVastleggen', stap: 'bestuur-geinformeerd' } },
      { dagenGeleden: 1, rol: 'orthopedagoog', commando: { type: 'crisisstapVastleggen', stap: 'orthopedagoog-geraadpleegd' } },
    ],
  },
  { naam: 'verzuim-drie-weken', dagenGeleden: 1, door: 'consulent', start: (c) => ({ type: 'melding', inhoud: verzuim(c, 2, 21) }), stappen: [] },
  {
    naam: 'absoluut-verzuim',
    dagenGeleden: 10,
    door: 'gemeente',
    start: (c) => ({ type: 'melding', inhoud: { ...verzuim(c, 0, 15), soort: 'absoluut-verzuim', schoolId: undefined, bevoegdGezagId: undefined, melder: { soort: 'leerplicht' } } }),
    stappen: [],
  },
  {
    naam: 'thuiszitter-steunpunt',
    dagenGeleden: 30,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 3, 40) }),
    stappen: [
      { dagenGeleden: 29, rol: 'consulent', commando: (c) => actie(c, 'Huisbezoek met de leerplichtambtenaar', 'leerplicht', 10, 29) },
      { dagenGeleden: 25, rol: 'consulent', commando: (c) => actie(c, 'Onderzoek door de orthopedagoog', 'steunpunt', 35, 25) },
      { dagenGeleden: 10, rol: 'consulent', commando: (c) => ({ type: 'aanmeldingVastleggen', schoolId: c.school(4).schoolId, aanmeldingOp: c.dag(10) }) },
    ],
  },
  {
    naam: 'aan-tafel-besproken',
    dagenGeleden: 60,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 4, 70) }),
    stappen: [
      { dagenGeleden: 20, rol: 'consulent', commando: { type: 'escaleren', toelichting: 'Geen school bereid tot plaatsing; naar de Actietafel' } },
      { dagenGeleden: 14, rol: 'actietafel', commando: (c) => ({ type: 'besprekingVastleggen', vergaderingId: c.gehouden, afspraken: 'Jeugdhulp start diagnostiek; school en Steunpunt zoeken een passende plek', betrokkenheid: BETROKKEN }) },
      { dagenGeleden: 14, rol: 'actietafel', commando: (c) => ({ ...actie(c, 'Diagnostiek door jeugdhulp', 'jeugdhulp', 21, 14), vergaderingId: c.gehouden }) },
    ],
  },
  {
    naam: 'net-aan-tafel',
    dagenGeleden: 35,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 5, 50) }),
    stappen: [{ dagenGeleden: 5, rol: 'teamleider', commando: { type: 'escaleren', toelichting: 'Zes weken zonder voortgang' } }],
  },
  {
    naam: 'doorzettingskracht',
    dagenGeleden: 90,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 0, 100) }),
    stappen: [
      { dagenGeleden: 40, rol: 'consulent', commando: { type: 'escaleren', toelichting: 'Vastgelopen' } },
      {
        dagenGeleden: 14,
        rol: 'actietafel',
        commando: (c) => ({
          type: 'doorzettingskrachtInzetten',
          afspraak: 'Plaatsing in een kleine groep op de VSO-school, met begeleiding van jeugdhulp',
          schoolId: c.speciaal.schoolId,
          partijen: ['school', 'ouders', 'jeugdhulp', 'leerplicht'],
          plaatsingUiterlijk: c.dag(-7),
          betrokkenheid: BETROKKEN,
          vergaderingId: c.gehouden,
        }),
      },
    ],
  },
  {
    naam: 'doorzettingsmacht',
    dagenGeleden: 110,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 1, 120) }),
    stappen: [
      { dagenGeleden: 50, rol: 'consulent', commando: { type: 'escaleren', toelichting: 'Vastgelopen' } },
      {
        dagenGeleden: 30,
        rol: 'actietafel',
        commando: (c) => ({ type: 'doorzettingskrachtInzetten', afspraak: 'Terug naar de eigen school met een arrangement', partijen: ['school', 'ouders'], plaatsingUiterlijk: c.dag(16), betrokkenheid: BETROKKEN }),
      },
      {
        dagenGeleden: 3,
        rol: 'teamleider',
        commando: (c) => ({
          type: 'doorzettingsmachtInzetten',
          aangewezenSchoolId: c.school(2).schoolId,
          motivering: 'De afspraak met de eigen school is niet nagekomen; deze school heeft de expertise en plaats in de kleine groep.',
          kaders: 'Binnen het ondersteuningsplan: school in de regio met passende expertise (SOP), bestuur vooraf gehoord.',
        }),
      },
    ],
  },
  {
    naam: 'aanbod',
    dagenGeleden: 45,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 2, 60) }),
    stappen: [{ dagenGeleden: 5, rol: 'consulent', commando: (c) => ({ type: 'uitkomstVastleggen', uitkomst: 'plaatsing-onderwijs', schoolId: c.school(3).schoolId, startOp: c.dag(-3), betrokkenheid: BETROKKEN }) }],
  },
  {
    naam: 'afgesloten-jeugdhulp',
    dagenGeleden: 140,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 4, 150) }),
    stappen: [
      { dagenGeleden: 100, rol: 'consulent', commando: { type: 'escaleren', toelichting: 'Naar de Actietafel' } },
      { dagenGeleden: 60, rol: 'actietafel', commando: (c) => ({ type: 'uitkomstVastleggen', uitkomst: 'plaatsing-jeugdhulp', omschrijving: 'Dagbehandeling', startOp: c.dag(55), betrokkenheid: GEINFORMEERD }) },
      { dagenGeleden: 50, rol: 'consulent', commando: (c) => ({ type: 'afsluiten', gestartOp: c.dag(55) }) },
    ],
  },
  {
    naam: 'afgesloten-teruggekeerd',
    dagenGeleden: 30,
    door: 'consulent',
    start: (c) => ({ type: 'melding', inhoud: verzuim(c, 5, 32) }),
    stappen: [{ dagenGeleden: 10, rol: 'consulent', commando: { type: 'afsluiten', reden: 'teruggekeerd', toelichting: 'Weer volledig op school na afspraken over het rooster' } }],
  },
  { naam: 'vrijstelling', dagenGeleden: 100, door: 'gemeente', start: (c) => ({ type: 'vrijstelling', grond: 'art-5-onder-a', ingangsdatum: c.dag(100) }), stappen: [] },
];

/** 09:00 in Amsterdam on a date. */
function ochtend(d: IsoDatum): Date {
  return new Date(`${d}T07:30:00Z`);
}

export async function seedThuiszittersDemo(o: DemoOpties): Promise<DemoResultaat> {
  const nu = o.nu ?? new Date();
  const vandaag = datumInAmsterdam(nu);
  const klok = new ManualClock(nu);
  const rt = bouwThuiszitters({ dataSource: o.dataSource, redisUrl: o.redisUrl, redisPrefix: o.redisPrefix, leerlingGeheim: o.leerlingGeheim, klok, worker: false });
  const app = new Thuiszitters(rt);
  const ds = o.dataSource;
  const resultaat: DemoResultaat = { scholen: 0, aangemaakt: 0, alAanwezig: 0, vergaderingen: 0 };
  const laatsteAuditId = async () => Number((await ds.query(`SELECT coalesce(max(id), 0) AS id FROM thuiszitters.audit_trail`))[0].id);
  const op = async <T>(d: IsoDatum, werk: () => Promise<T>): Promise<T> => {
    klok.set(ochtend(d));
    await rt.motor.scheduler.reconcile();
    const vanaf = await laatsteAuditId();
    const uit = await werk();
    await ds.query(`UPDATE thuiszitters.audit_trail SET tijdstip = $2 WHERE id > $1`, [vanaf, ochtend(d)]);
    return uit;
  };
  try {
    resultaat.scholen = await seedScholen(ds.manager);
    for (const swv of ['VO', 'PO'] as const) {
      const regulier = swv === 'VO' ? ['01FP00', '01FP05', '16AW00', '24RW00', '24RW01', '17DN00'] : ['DEMO01', 'DEMO02', 'DEMO03', 'DEMO04', 'DEMO05', 'DEMO06'];
      const vergaderingen = await demoVergaderingen(ds, app, swv, vandaag, op);
      resultaat.vergaderingen += vergaderingen.nieuw;
      const c: Context = {
        swv,
        vandaag,
        dag: (n) => plusDagen(vandaag, -n),
        school: (i) => demoSchool(swv, regulier[i % regulier.length]),
        speciaal: demoSchool(swv, swv === 'VO' ? '23HU00' : 'DEMO09'),
        gehouden: vergaderingen.gehouden,
      };
      for (let i = 0; i < SCENARIOS.length; i++) {
        const s = SCENARIOS[i];
        const n = (swv === 'VO' ? 60_000 : 70_000) + i;
        const nummer = LeerlingId.parse(i % 5 === 4 ? testOnderwijsnummer(n) : testBsn(n));
        const bekend = await rt.leerlingen.zoek(ds.manager, swv, nummer);
        if (bekend && (await ds.query(`SELECT 1 FROM thuiszitters.casus WHERE leerling_id = $1`, [bekend.id])).length > 0) {
          resultaat.alAanwezig++;
          continue;
        }
        try {
          const start = s.start(c);
          const casus = await op(c.dag(s.dagenGeleden), () =>
            start.type === 'melding'
              ? app.melden(demoActor(swv, s.door), { nummer }, start.inhoud)
              : app.vrijstellingRegistreren(demoActor(swv, s.door), { nummer }, { grond: start.grond, ingangsdatum: start.ingangsdatum }),
          );
          for (const stap of s.stappen) {
            const commando = typeof stap.commando === 'function' ? stap.commando(c) : stap.commando;
            await op(c.dag(stap.dagenGeleden), () => app.voerUit(demoActor(swv, stap.rol), casus.id, commando));
          }
        } catch (e) {
          // Names the scenario, never the pupil.
          throw new Error(`demo thuiszitters ${swv} '${s.naam}': ${e instanceof Error ? e.message : String(e)}`);
        }
        resultaat.aangemaakt++;
      }
      // A signal from overdracht: a pupil who did not start after the summer. In the VO SWV
      // one placed at a VO school (a PO→VO pupil is the VO SWV's after the transfer, ADR
      // 0034); in the PO SWV one who never got a receiving school, so without a school.
      const overdrachtId = deterministicUuid(`thuiszitters/demo-signaal/${swv}`);
      await op(c.dag(2), () =>
        ds.transaction((m) =>
          app.signaalOntvangen(m, swv, {
            bron: 'overdracht',
            bronId: overdrachtId,
            bronLeerlingId: deterministicUuid(`overdracht/demo-leerling/${swv}`),
            schoolId: swv === 'VO' ? c.school(1).schoolId : undefined,
            sinds: c.dag(20),
            gemeente: 'GM0034',
          }),
        ),
      );
    }
    // The clocks that passed up to today act now.
    klok.set(nu);
    await rt.motor.scheduler.reconcile();
  } finally {
    await rt.motor.scheduler.close();
  }
  return resultaat;
}

/** A meeting held two weeks ago (with its attendance) and one planned in three days. */
async function demoVergaderingen(
  ds: DataSource,
  app: Thuiszitters,
  swv: Swv,
  vandaag: IsoDatum,
  op: <T>(d: IsoDatum, werk: () => Promise<T>) => Promise<T>,
): Promise<{ gehouden: string; nieuw: number }> {
  const actor = demoActor(swv, 'actietafel');
  const opDatum = async (d: IsoDatum) => ((await ds.query(`SELECT id FROM thuiszitters.vergadering WHERE swv = $1 AND datum = $2 LIMIT 1`, [swv, d])) as Array<{ id: string }>)[0]?.id;
  let nieuw = 0;
  const dan = plusDagen(vandaag, -14);
  let gehouden = await opDatum(dan);
  if (!gehouden) {
    const v = await op(dan, () => app.vergaderingPlannen(actor, { datum: dan, locatie: 'Stadhuis Almere, zaal 3' }));
    await op(dan, () => app.vergaderingCommando(actor, v.id, { type: 'vergaderingAfronden', aanwezigen: ['steunpunt', 'leerplicht', 'jeugdhulp', 'school'], notities: 'Vier casussen besproken.' }));
    gehouden = v.id;
    nieuw++;
  }
  const straks = plusDagen(vandaag, 3);
  if (!(await opDatum(straks))) {
    await op(vandaag, () => app.vergaderingPlannen(actor, { datum: straks, locatie: 'Stadhuis Almere, zaal 3' }));
    nieuw++;
  }
  return { gehouden, nieuw };
}
