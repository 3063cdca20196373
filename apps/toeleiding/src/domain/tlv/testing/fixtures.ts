import { type TlvAanvraag } from '../aanvraag';
import { type Aanmaken, type TlvCommando } from '../commandos';
import { standaardBeleid } from '../beleid';
import { type Actor, type TlvContext } from '../context';
import { maakAan, voerUit } from '../voer-uit';
import { nepTermijnrekenaar } from './nep-termijnrekenaar';

/**
 * Test support: actors, contexts and named states reached by running real commands
 * (so a fixture can never be a state the machine cannot reach). VO SWV throughout.
 */
export const ACTOR = {
  school: { id: 'gebruiker-school', rol: 'school', organisatie: 'school-huidig' },
  consulent: { id: 'gebruiker-consulent', rol: 'consulent', organisatie: 'VO' },
  orthopedagoog: { id: 'gebruiker-ortho', rol: 'orthopedagoog', organisatie: 'VO' },
  teamleider: { id: 'gebruiker-teamleider', rol: 'teamleider', organisatie: 'VO' },
  systeem: { id: 'termijnmotor', rol: 'systeem', organisatie: 'systeem' },
} as const satisfies Record<string, Actor>;
export type ActorNaam = keyof typeof ACTOR;

/** Ids like "id-7": never nine digits, so event scans for BSNs stay meaningful. */
export function idTeller(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** The VO SWV's policy (sector VO), the SWV of every fixture. */
export const BELEID_VO = standaardBeleid('VO', 'VO');

export function ctx(datum: string, actor: Actor, nieuwId = idTeller()): TlvContext {
  // 10:00 UTC is the same calendar day in Amsterdam in winter and summer.
  return { nu: new Date(`${datum}T10:00:00Z`), actor, termijnen: nepTermijnrekenaar, nieuwId, beleid: BELEID_VO };
}

export const AANMAKEN: Aanmaken = {
  type: 'aanmaken',
  swv: 'VO',
  leerlingRef: 'leerling-a',
  aanvrager: { bevoegdGezagId: 'bestuur-huidig', schoolId: 'school-huidig' },
  dossier: { gevraagdeSoort: 'VSO-laag', ondersteuningsbehoefte: 'Geprobeerd: ...; nodig: ...', oppRef: 'doc-opp', tloVerslagRef: 'doc-tlo' },
};

export const TOELAATBAAR = {
  uitkomst: 'toelaatbaar',
  soort: 'VSO-laag',
  ingangsdatum: '2025-04-01',
  einddatum: '2026-07-31',
  motivering: 'Beide deskundigen adviseren VSO.',
} as const;

type Stap = readonly [string, ActorNaam, TlvCommando];
const VO = { swv: 'VO' } as const;

const S = {
  indienen: ['2025-03-03', 'school', { ...VO, type: 'indienen' }],
  aanvullingVragen: ['2025-03-05', 'consulent', { ...VO, type: 'aanvullingVragen', aanvullenVoor: '2025-03-19', ontbrekend: ['opp'] }],
  aanvullen: ['2025-03-10', 'school', { ...VO, type: 'aanvullen' }],
  inBehandeling: ['2025-03-11', 'consulent', { ...VO, type: 'inBehandelingNemen' }],
  eersteAdvies: [
    '2025-03-17',
    'orthopedagoog',
    { ...VO, type: 'adviesVastleggen', deskundige: { rol: 'eerste', discipline: 'orthopedagoog', deskundigeId: ACTOR.orthopedagoog.id }, advies: 'toelaatbaar' },
  ],
  tweedeAdvies: [
    '2025-03-18',
    'consulent',
    { ...VO, type: 'adviesVastleggen', deskundige: { rol: 'tweede', discipline: 'jeugdpsychiater', deskundigeId: 'extern-psychiater' }, advies: 'toelaatbaar' },
  ],
  besluit: ['2025-03-24', 'teamleider', { ...VO, type: 'besluitNemen', inhoud: TOELAATBAAR }],
  besluitNiet: ['2025-03-24', 'teamleider', { ...VO, type: 'besluitNemen', inhoud: { uitkomst: 'niet-toelaatbaar', motivering: 'Regulier kan.' } }],
  bekendmaken: ['2025-03-25', 'consulent', { ...VO, type: 'bekendmaken' }],
  overbrugging: ['2025-04-02', 'consulent', { ...VO, type: 'overbruggingStarten' }],
  plaatsing: ['2025-04-14', 'consulent', { ...VO, type: 'plaatsingRegistreren', schoolId: 'vso-school', datum: '2025-04-14' }],
  verlopen: ['2026-08-01', 'systeem', { ...VO, type: 'verlopen' }],
  beeindigen: ['2025-04-20', 'consulent', { ...VO, type: 'beeindigen', reden: 'verhuizing' }],
  bezwaar: ['2025-04-10', 'consulent', { ...VO, type: 'bezwaarRegistreren', indiener: 'ouders', ontvangenOp: '2025-04-10' }],
  verdagen: ['2025-04-12', 'teamleider', { ...VO, type: 'beslissingOpBezwaarVerdagen' }],
  doorsturen: ['2025-04-15', 'consulent', { ...VO, type: 'doorsturenNaarLbt' }],
  lbtAdvies: ['2025-05-20', 'consulent', { ...VO, type: 'lbtAdviesRegistreren', advies: 'ongegrond' }],
  bob: ['2025-06-10', 'teamleider', { ...VO, type: 'beslissenOpBezwaar', uitkomst: 'ongegrond', motivering: 'Besluit blijft.' }],
  plaatsingLater: ['2025-06-11', 'consulent', { ...VO, type: 'plaatsingRegistreren', schoolId: 'vso-school', datum: '2025-06-11' }],
  // Bezwaartermijn ends 2025-05-06; a posted bezwaar may arrive until 2025-05-13 (Awb 6:9 lid 2).
  onherroepelijk: ['2025-05-14', 'systeem', { ...VO, type: 'onherroepelijkVerklaren' }],
  bezwaarTeLaat: ['2025-05-20', 'consulent', { ...VO, type: 'bezwaarRegistreren', indiener: 'ouders', ontvangenOp: '2025-05-20' }],
  // Beroepstermijn after the bob of 2025-06-10 ends 2025-07-22; nazendtermijn 2025-07-29.
  onherroepelijkNaBob: ['2025-07-30', 'systeem', { ...VO, type: 'onherroepelijkVerklaren' }],
  beroep: ['2025-07-01', 'consulent', { ...VO, type: 'beroepRegistreren', indiener: 'ouders', ontvangenOp: '2025-07-01' }],
  uitspraakGegrond: ['2025-12-01', 'consulent', { ...VO, type: 'uitspraakRegistreren', uitkomst: 'gegrond' }],
  uitspraakOngegrond: ['2025-12-01', 'consulent', { ...VO, type: 'uitspraakRegistreren', uitkomst: 'ongegrond' }],
  intrekken: ['2025-03-04', 'school', { ...VO, type: 'intrekken' }],
  buitenBehandeling: ['2025-03-20', 'teamleider', { ...VO, type: 'buitenBehandelingStellen', motivering: 'Niet aangevuld.' }],
} satisfies Record<string, Stap>;

const tot = {
  ingediend: [S.indienen],
  inBehandeling: [S.indienen, S.aanvullingVragen, S.aanvullen, S.inBehandeling],
};
const adviesCompleet = [...tot.inBehandeling, S.eersteAdvies, S.tweedeAdvies];
const bekend = [...adviesCompleet, S.besluit, S.bekendmaken];
const bekendNiet = [...adviesCompleet, S.besluitNiet, S.bekendmaken];
const bezwaar = [...bekend, S.bezwaar];
const bob = [...bezwaar, S.doorsturen, S.lbtAdvies, S.bob];

/** Named states; the part before '#' (and '/') is the state the machine should report. */
export const PADEN: Record<string, readonly Stap[]> = {
  concept: [],
  ingediend: tot.ingediend,
  'aanvulling-gevraagd': [S.indienen, S.aanvullingVragen],
  'in-behandeling': tot.inBehandeling,
  'in-behandeling#eerste-advies': [...tot.inBehandeling, S.eersteAdvies],
  'advies-compleet': adviesCompleet,
  'besluit-genomen': [...adviesCompleet, S.besluit],
  'besluit-genomen#niet-toelaatbaar': [...adviesCompleet, S.besluitNiet],
  'bekendgemaakt/niet-geplaatst': bekend,
  'bekendgemaakt/overbrugging': [...bekend, S.overbrugging],
  'bekendgemaakt/geplaatst': [...bekend, S.plaatsing],
  'bekendgemaakt/verlopen': [...bekend, S.verlopen],
  'bekendgemaakt/beeindigd': [...bekend, S.beeindigen],
  'bekendgemaakt#niet-toelaatbaar': bekendNiet,
  'bezwaar-ingediend/niet-geplaatst': bezwaar,
  'bezwaar-ingediend#verdaagd/niet-geplaatst': [...bezwaar, S.verdagen],
  'bij-lbt/niet-geplaatst': [...bezwaar, S.doorsturen],
  'lbt-advies-ontvangen/niet-geplaatst': [...bezwaar, S.doorsturen, S.lbtAdvies],
  'bezwaar-ingediend#te-laat/niet-geplaatst': [...bekend, S.bezwaarTeLaat],
  'beslist-op-bezwaar/niet-geplaatst': bob,
  'beroep-ingesteld/niet-geplaatst': [...bob, S.beroep],
  'beroep-gegrond/niet-geplaatst': [...bob, S.beroep, S.uitspraakGegrond],
  'uitspraak-gedaan/niet-geplaatst': [...bob, S.beroep, S.uitspraakOngegrond],
  'onherroepelijk/niet-geplaatst': [...bekend, S.onherroepelijk],
  'onherroepelijk#na-bezwaar/geplaatst': [...bob, S.plaatsingLater, S.onherroepelijkNaBob],
  'onherroepelijk#niet-toelaatbaar': [...bekendNiet, S.onherroepelijk],
  ingetrokken: [...tot.ingediend, S.intrekken],
  'buiten-behandeling': [S.indienen, S.aanvullingVragen, S.buitenBehandeling],
};

export const FIXTURE_NAMEN = Object.keys(PADEN);

/** Runs the path for a named state; each call gives a fresh object. */
export function bouw(naam: string, nieuwId = idTeller()): TlvAanvraag {
  const pad = PADEN[naam];
  if (!pad) throw new Error(`onbekende fixture ${naam}`);
  let state = maakAan(AANMAKEN, ctx('2025-03-03', ACTOR.school, nieuwId)).state;
  for (const [datum, actor, commando] of pad) state = voerUit(state, commando, ctx(datum, ACTOR[actor], nieuwId)).state;
  return state;
}

/** The state label a fixture name promises: "onherroepelijk#na-bezwaar/geplaatst" → "onherroepelijk/geplaatst". */
export function verwachteToestand(naam: string): string {
  return naam.replace(/#[^/]*/, '');
}

export function diepBevroren<T>(waarde: T): T {
  if (waarde && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    Object.freeze(waarde);
    for (const v of Object.values(waarde)) diepBevroren(v);
  }
  return waarde;
}
