import { deterministicUuid } from '@pao/contracts';
import { ManualClock, schooljaarVan, type SchedulerLogger } from '@pao/deadlines';
import { type Actor } from '@pao/platform';
import { datumInAmsterdam, plusDagen, testBsn, type IsoDatum, type LeerlingSleutelInstellingen } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { type OverdrachtCommando, type Route } from '../domain';
import { bouwOverdracht } from '../runtime';
import { schoolId, seedScholen } from './scholen';

export interface DemoOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  /** Default now; the school years and dates follow from it. */
  readonly nu?: Date;
  readonly logger?: SchedulerLogger;
}

export interface DemoResultaat {
  readonly scholen: number;
  readonly leerlingen: number;
  readonly cohortenOvergeslagen: number;
}

type Stap = { readonly op: IsoDatum; readonly commando: OverdrachtCommando | ((z: { aanmeldingId?: string }) => OverdrachtCommando) };
interface Leerling {
  readonly nieuw: { readonly route?: Route; readonly definitiefAdvies?: string; readonly voorlopigAdvies?: string; readonly kwetsbaar?: boolean; readonly voorzieningen?: string[]; readonly ondersteuningsbehoefte?: string };
  readonly stappen: readonly Stap[];
}
interface Cohort {
  readonly swv: 'PO' | 'VO';
  readonly schooljaar: string;
  readonly brin: string;
  readonly gemaaktOp: IsoDatum;
  readonly leerlingen: readonly Leerling[];
}

export function demoActor(swv: 'PO' | 'VO'): Actor {
  return { id: deterministicUuid(`overdracht/demo-actor/${swv}/consulent`), rol: 'consulent', swv, organisatie: `swv-${swv.toLowerCase()}-almere` };
}

const open = (z: { aanmeldingId?: string }) => z.aanmeldingId!;
const aanmelden = (op: IsoDatum, brin: string): Stap => ({ op, commando: { type: 'aanmelden', schoolId: schoolId(brin), datum: op } as OverdrachtCommando });
const afwijzen = (op: IsoDatum, reden = 'ondersteuning-niet-te-bieden'): Stap => ({ op, commando: (z) => ({ type: 'afwijzen', aanmeldingId: open(z), reden, datum: op }) as OverdrachtCommando });
const plaatsen = (op: IsoDatum, startdatum?: string): Stap => ({ op, commando: (z) => ({ type: 'plaatsen', aanmeldingId: open(z), datum: op, ...(startdatum ? { startdatum } : {}) }) as OverdrachtCommando });
const stap = (op: IsoDatum, commando: Omit<OverdrachtCommando, 'datum'> & Record<string, unknown>): Stap => ({ op, commando: commando as OverdrachtCommando });
const BEHOEFTE = 'Geprobeerd: extra instructie in een kleine groep en een vaste begeleider. Nodig: structuur, voorspelbaarheid en korte lijnen met thuis.';
const warm = (op: IsoDatum): Stap =>
  stap(op, {
    type: 'warmeOverdrachtVastleggen',
    datum: op,
    deelnemers: ['verzendende-school', 'ontvangende-school', 'ouders', 'leerling'],
    checklist: { ondersteuningsafspraken: 'Vaste mentor, rustige werkplek en een time-outkaart; wekelijks contact met ouders in de eerste periode.', wieVolgtOp: 'mentor klas 1 met de zorgcoördinator', evaluatieOp: plusDagen(op, 120), dossierBesproken: true, oppBesproken: true },
  });

/**
 * The demo: for both SWVs, the cohort that left last school year (now in nazorg: started,
 * dropped out, not started, moved, left the SWV) and this year's cohorts (advice,
 * aanmeldingen, rejections, a third one with the Steunpunt, placements and warme
 * overdracht). Each step runs through the real commands on its date, the clock moving
 * forward and the deadline engine acting on the dates that passed. Steps after today are
 * left for later. Idempotent: a cohort that has pupils is skipped.
 */
export function demoCohorten(nu: IsoDatum): Cohort[] {
  const dit = schooljaarVan(nu as never);
  const y = dit.beginjaar; // this school year starts in August of y
  const vorig = `${y - 1}-${y}`;
  const huidig = `${y}-${y + 1}`;
  const d = (jaar: number, mmdd: string) => `${jaar}-${mmdd}`;
  const start = d(y, '08-17');
  const historisch: Leerling[] = [
    { nieuw: { definitiefAdvies: 'havo', kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE }, stappen: [aanmelden(d(y, '03-26'), '01FP01'), plaatsen(d(y, '04-14')), warm(d(y, '06-09')), stap(d(y, '08-19'), { type: 'startBevestigen', datum: start })] },
    { nieuw: { definitiefAdvies: 'vmbo-gt' }, stappen: [aanmelden(d(y, '03-26'), '16AW00'), plaatsen(d(y, '04-10')), stap(d(y, '08-18'), { type: 'startBevestigen', datum: start })] },
    { nieuw: { definitiefAdvies: 'vmbo-k', voorzieningen: ['lwoo'] }, stappen: [stap(d(y, '03-02'), { type: 'voorzieningGeregeld', soort: 'lwoo', datum: d(y, '03-02') }), aanmelden(d(y, '03-27'), '27VD00'), plaatsen(d(y, '04-15')), stap(d(y, '08-20'), { type: 'startBevestigen', datum: start }), stap(d(y, '10-06'), { type: 'uitvalMelden', datum: d(y, '10-05') })] },
    { nieuw: { definitiefAdvies: 'vmbo-b' }, stappen: [aanmelden(d(y, '03-26'), '24RW01'), plaatsen(d(y, '04-16'))] },
    { nieuw: { definitiefAdvies: 'pro', voorzieningen: ['tlv-pro'], kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE }, stappen: [aanmelden(d(y, '03-25'), '01FP00'), afwijzen(d(y, '04-02')), aanmelden(d(y, '04-03'), '01FP04')] },
    { nieuw: { definitiefAdvies: 'havo-vwo' }, stappen: [stap(d(y, '05-04'), { type: 'verhuizen', datum: d(y, '05-01') })] },
    { nieuw: { definitiefAdvies: 'vwo' }, stappen: [stap(d(y, '06-22'), { type: 'swvVerlaten', reden: 'school-buiten-swv', datum: d(y, '06-20') })] },
    { nieuw: { definitiefAdvies: 'vmbo-k', kwetsbaar: true }, stappen: [aanmelden(d(y, '03-25'), '01FP00'), afwijzen(d(y, '04-01')), aanmelden(d(y, '04-02'), '01FP04'), afwijzen(d(y, '04-09'), 'geen-plaats'), aanmelden(d(y, '04-10'), '17DN00'), plaatsen(d(y, '04-20')), warm(d(y, '06-15')), stap(d(y, '08-18'), { type: 'startBevestigen', datum: start })] },
    {
      nieuw: { definitiefAdvies: 'vmbo-b', voorzieningen: ['lwoo'], kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE },
      stappen: [
        aanmelden(d(y, '03-25'), '01FP00'),
        afwijzen(d(y, '04-01')),
        aanmelden(d(y, '04-02'), '01FP04'),
        afwijzen(d(y, '04-08')),
        aanmelden(d(y, '04-09'), '24RW00'),
        afwijzen(d(y, '04-16')),
        stap(d(y, '04-20'), { type: 'steunpuntBesluiten', uitkomst: 'afwijzing-ingetrokken', motivering: 'Overleg met school en ouders: met LWOO-arrangement is plaatsing mogelijk' }),
        plaatsen(d(y, '04-22')),
        stap(d(y, '05-06'), { type: 'voorzieningGeregeld', soort: 'lwoo', datum: d(y, '05-06') }),
        warm(d(y, '06-16')),
        stap(d(y, '08-18'), { type: 'startBevestigen', datum: start }),
      ],
    },
  ];
  const huidigPo: Leerling[] = [
    { nieuw: { voorlopigAdvies: 'havo' }, stappen: [] },
    { nieuw: { voorlopigAdvies: 'vmbo-k', voorzieningen: ['lwoo'], kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE }, stappen: [] },
    { nieuw: { voorlopigAdvies: 'pro', voorzieningen: ['tlv-pro'], kwetsbaar: true }, stappen: [] },
    { nieuw: { voorlopigAdvies: 'vwo' }, stappen: [] },
    { nieuw: { voorlopigAdvies: 'vmbo-gt' }, stappen: [stap(plusDagen(nu, -20), { type: 'dossierVastleggen', systeem: 'oso', referentie: 'OSO-DEMO-0001', status: 'klaargezet', datum: plusDagen(nu, -20) })] },
  ];
  const soNaarVso: Leerling[] = [
    { nieuw: { route: 'so-vo', voorzieningen: ['tlv-vso'], kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE }, stappen: [aanmelden(plusDagen(nu, -30), '23HU00'), plaatsen(plusDagen(nu, -10))] },
    { nieuw: { route: 'so-vo', voorzieningen: ['tlv-vso'] }, stappen: [] },
  ];
  const voMbo: Leerling[] = [
    { nieuw: { route: 'vo-mbo' }, stappen: [stap(plusDagen(nu, -25), { type: 'perspectiefVastleggen', perspectief: 'vervolgonderwijs', warmeOverdrachtGemeente: false }), aanmelden(plusDagen(nu, -5), 'DEMOM1')] },
    { nieuw: { route: 'vo-mbo', kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE }, stappen: [stap(plusDagen(nu, -25), { type: 'perspectiefVastleggen', perspectief: 'entree', continuiteit: 'Jeugdhulp loopt door na 18; overdracht naar het wijkteam afgesproken.', warmeOverdrachtGemeente: true })] },
    { nieuw: { route: 'vo-mbo' }, stappen: [] },
  ];
  const voMboVorig: Leerling[] = [
    { nieuw: { route: 'vo-mbo' }, stappen: [aanmelden(d(y, '02-10'), 'DEMOM1'), plaatsen(d(y, '05-20'), d(y, '08-31')), stap(d(y, '09-02'), { type: 'startBevestigen', datum: d(y, '08-31') })] },
    { nieuw: { route: 'vo-mbo', kwetsbaar: true }, stappen: [aanmelden(d(y, '04-15'), 'DEMOM2'), plaatsen(d(y, '06-10'), d(y, '08-31'))] },
    { nieuw: { route: 'vo-mbo' }, stappen: [stap(d(y, '03-01'), { type: 'perspectiefVastleggen', perspectief: 'arbeid', warmeOverdrachtGemeente: true }), stap(d(y, '07-10'), { type: 'swvVerlaten', reden: 'arbeid', datum: d(y, '07-10') })] },
  ];
  const voVo: Leerling[] = [
    { nieuw: { route: 'vo-vo', voorzieningen: ['opdc'], kwetsbaar: true, ondersteuningsbehoefte: BEHOEFTE }, stappen: [aanmelden(plusDagen(nu, -40), '01FP00'), afwijzen(plusDagen(nu, -33)), aanmelden(plusDagen(nu, -32), '01FP04'), afwijzen(plusDagen(nu, -25)), aanmelden(plusDagen(nu, -24), '24RW00'), afwijzen(plusDagen(nu, -17), 'geen-plaats')] },
    { nieuw: { route: 'vo-vo' }, stappen: [aanmelden(plusDagen(nu, -30), '16AW01'), afwijzen(plusDagen(nu, -21)), aanmelden(plusDagen(nu, -20), '17DN00'), afwijzen(plusDagen(nu, -12), 'geen-plaats')] },
    { nieuw: { route: 'vo-vo', kwetsbaar: true }, stappen: [aanmelden(plusDagen(nu, -14), '17J00'), plaatsen(plusDagen(nu, -7), plusDagen(nu, 7))] },
  ];
  return [
    { swv: 'PO', schooljaar: vorig, brin: 'DEMO01', gemaaktOp: d(y, '01-15'), leerlingen: historisch },
    { swv: 'PO', schooljaar: huidig, brin: 'DEMO04', gemaaktOp: plusDagen(nu, -60), leerlingen: huidigPo },
    { swv: 'PO', schooljaar: huidig, brin: 'DEMO10', gemaaktOp: plusDagen(nu, -60), leerlingen: soNaarVso },
    { swv: 'VO', schooljaar: vorig, brin: '17DN00', gemaaktOp: d(y, '01-20'), leerlingen: voMboVorig },
    { swv: 'VO', schooljaar: huidig, brin: '01FP00', gemaaktOp: plusDagen(nu, -60), leerlingen: voMbo },
    { swv: 'VO', schooljaar: huidig, brin: '16AW00', gemaaktOp: plusDagen(nu, -60), leerlingen: voVo },
  ];
}

/** 09:00 in Amsterdam on a date. */
function ochtend(d: IsoDatum): Date {
  return new Date(`${d}T07:30:00Z`);
}

export async function seedOverdrachtDemo(o: DemoOpties): Promise<DemoResultaat> {
  const nu = o.nu ?? new Date();
  const vandaag = datumInAmsterdam(nu);
  const klok = new ManualClock(nu);
  const rt = bouwOverdracht({ dataSource: o.dataSource, redisUrl: o.redisUrl, redisPrefix: o.redisPrefix, leerlingGeheim: o.leerlingGeheim, klok, worker: false, logger: o.logger });
  let leerlingen = 0;
  let overgeslagen = 0;
  try {
    const scholen = await seedScholen(o.dataSource.manager);
    // Every step of every pupil in date order, so the deadline engine sees time pass as it would.
    const werk: Array<{ op: IsoDatum; doe: () => Promise<void> }> = [];
    let nummer = 70_000;
    for (const c of demoCohorten(vandaag)) {
      const actor = demoActor(c.swv);
      klok.set(ochtend(c.gemaaktOp));
      const cohort = await rt.overdrachten.cohort(actor, c.schooljaar, schoolId(c.brin));
      const [{ n }] = await o.dataSource.query(`SELECT count(*)::int AS n FROM overdracht.overdracht WHERE cohort_id = $1`, [cohort.id]);
      if (n > 0) {
        overgeslagen++;
        nummer += c.leerlingen.length;
        continue;
      }
      for (const l of c.leerlingen) {
        const bsn = testBsn(nummer++);
        const zaak: { id?: string; aanmeldingId?: string } = {};
        werk.push({
          op: c.gemaaktOp,
          doe: async () => {
            zaak.id = (await rt.overdrachten.leerlingToevoegen(actor, cohort.id, { leerlingnummer: bsn, ...l.nieuw })).id;
            leerlingen++;
          },
        });
        for (const s of l.stappen) {
          if (s.op > vandaag) break; // later steps are still to come
          werk.push({
            op: s.op,
            doe: async () => {
              const commando = typeof s.commando === 'function' ? s.commando(zaak) : s.commando;
              const na = await rt.overdrachten.voerUit(actor, zaak.id!, commando);
              zaak.aanmeldingId = na.aanmeldingen.find((a) => a.uitkomst === 'open')?.id;
            },
          });
        }
      }
    }
    const geordend = werk.map((w, i) => ({ ...w, i })).sort((a, b) => (a.op < b.op ? -1 : a.op > b.op ? 1 : a.i - b.i));
    // The engine runs only when the clock passed a deadline or warning (a reconcile per step is slow).
    const eerstVolgende = async (): Promise<number> => {
      const [r] = await o.dataSource.query(
        `SELECT least((SELECT min(due_at) FROM overdracht.deadline WHERE state = 'armed'), (SELECT min(due_at) FROM overdracht.deadline_warning WHERE state = 'armed')) AS t`,
      );
      return r.t ? new Date(r.t).getTime() : Number.POSITIVE_INFINITY;
    };
    for (const w of geordend) {
      klok.set(ochtend(w.op));
      if ((await eerstVolgende()) <= klok.now().getTime()) await rt.scheduler.reconcile();
      await w.doe();
    }
    klok.set(nu);
    for (let i = 0; i < 20; i++) {
      await rt.scheduler.reconcile();
      const [{ n }] = await o.dataSource.query(`SELECT count(*)::int AS n FROM overdracht.deadline WHERE state = 'armed' AND due_at <= $1`, [nu]);
      if (n === 0) break;
    }
    return { scholen, leerlingen, cohortenOvergeslagen: overgeslagen };
  } finally {
    await rt.scheduler.close();
  }
}
