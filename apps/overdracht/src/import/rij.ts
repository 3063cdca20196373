import { isIsoDatum, LeerlingId, type IsoDatum } from '@pao/zaak';
import {
  ADVIESNIVEAUS,
  ROUTES,
  ROUTES_PER_SECTOR,
  VOORZIENINGEN,
  type Adviesniveau,
  type Route,
  type VerzendendeSector,
  type Voorzieningsoort,
} from '../domain';
import { controleerInvoer } from '../domain/nieuw';
import { type Bestandsfout, type Ruwerij } from './bestand';

/**
 * The columns of a cohort export and how each row is checked. Every problem names the
 * row (its line in the file) and the field, never the value: a row may hold a BSN.
 * Columns we do not know (names, addresses …) are ignored and never stored.
 */
export const KOLOMMEN = {
  leerlingnummer: ['leerlingnummer', 'bsn', 'onderwijsnummer', 'bsn/onderwijsnummer', 'burgerservicenummer'],
  route: ['route', 'overstap'],
  gemeente: ['gemeente', 'woongemeente', 'gemeentecode'],
  voorlopigAdvies: ['voorlopig advies', 'voorlopig_advies', 'voorlopigadvies'],
  definitiefAdvies: ['definitief advies', 'definitief_advies', 'definitiefadvies', 'schooladvies', 'advies'],
  ondersteuningsbehoefte: ['ondersteuningsbehoefte', 'ondersteuning'],
  kwetsbaar: ['kwetsbaar', 'warme overdracht', 'warme_overdracht'],
  voorzieningen: ['voorzieningen', 'voorziening', 'arrangement'],
  geboortedatum: ['geboortedatum'],
} as const;
export type Kolom = keyof typeof KOLOMMEN;
export const VERPLICHT: readonly Kolom[] = ['leerlingnummer'];

export interface Kolomindeling {
  readonly index: Partial<Record<Kolom, number>>;
  /** Columns in the file we ignore (and never store). */
  readonly genegeerd: readonly string[];
}

const normaal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function deelKolommenIn(kop: readonly string[]): { ok: true; indeling: Kolomindeling } | { ok: false; fout: Bestandsfout } {
  const index: Partial<Record<Kolom, number>> = {};
  const genegeerd: string[] = [];
  kop.forEach((naam, i) => {
    const kolom = (Object.keys(KOLOMMEN) as Kolom[]).find((k) => (KOLOMMEN[k] as readonly string[]).includes(normaal(naam)));
    if (!kolom) genegeerd.push(naam);
    else if (index[kolom] !== undefined) genegeerd.push(naam);
    else index[kolom] = i;
  });
  const ontbreekt = VERPLICHT.filter((k) => index[k] === undefined);
  if (ontbreekt.length > 0) {
    return { ok: false, fout: { veld: 'kolommen', melding: `kolom ontbreekt: ${ontbreekt.join(', ')} (verwacht onder meer: ${Object.keys(KOLOMMEN).join(', ')})` } };
  }
  return { ok: true, indeling: { index, genegeerd } };
}

/** One checked row, ready to become an overdracht. */
export interface CohortRij {
  readonly regel: number;
  readonly leerling: LeerlingId;
  readonly route: Route;
  readonly gemeente: string;
  readonly voorlopigAdvies?: Adviesniveau;
  readonly definitiefAdvies?: Adviesniveau;
  readonly ondersteuningsbehoefte?: string;
  readonly kwetsbaar: boolean;
  readonly voorzieningen: readonly Voorzieningsoort[];
}

export interface Rijfout {
  readonly rij: number;
  readonly veld: string;
  readonly melding: string;
}

/** What schools write for an advice, mapped to the WPO levels. */
const ADVIES_ALIASSEN: Record<string, Adviesniveau> = {
  praktijkonderwijs: 'pro',
  pro: 'pro',
  'vmbo-bb': 'vmbo-b',
  'vmbo bb': 'vmbo-b',
  'vmbo-b': 'vmbo-b',
  'vmbo-bb/kb': 'vmbo-b-k',
  'vmbo-b/k': 'vmbo-b-k',
  'vmbo-kb': 'vmbo-k',
  'vmbo kb': 'vmbo-k',
  'vmbo-k': 'vmbo-k',
  'vmbo-kb/gt': 'vmbo-k-gt',
  'vmbo-k/gt': 'vmbo-k-gt',
  'vmbo-gt': 'vmbo-gt',
  'vmbo-gl/tl': 'vmbo-gt',
  'vmbo-tl': 'vmbo-gt',
  mavo: 'vmbo-gt',
  'vmbo-gt/havo': 'vmbo-gt-havo',
  'mavo/havo': 'vmbo-gt-havo',
  havo: 'havo',
  'havo/vwo': 'havo-vwo',
  vwo: 'vwo',
};

export function adviesniveau(tekst: string): Adviesniveau | undefined {
  const t = normaal(tekst).replace(/\s*\/\s*/g, '/');
  return (ADVIESNIVEAUS as readonly string[]).includes(t) ? (t as Adviesniveau) : ADVIES_ALIASSEN[t];
}

const JA = ['ja', 'j', 'yes', 'y', '1', 'true', 'waar', 'x'];
const NEE = ['nee', 'n', 'no', '0', 'false', 'onwaar', ''];

/** dd-mm-jjjj (as Dutch exports write it) or jjjj-mm-dd. */
export function datumUitTekst(tekst: string): IsoDatum | undefined {
  const t = tekst.trim();
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = nl ? `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}` : t;
  return isIsoDatum(iso) ? iso : undefined;
}

/** Age in whole years on a date. */
function leeftijdOp(geboren: IsoDatum, op: IsoDatum): number {
  const jaren = Number(op.slice(0, 4)) - Number(geboren.slice(0, 4));
  return op.slice(5) < geboren.slice(5) ? jaren - 1 : jaren;
}

export interface RijContext {
  readonly sector: VerzendendeSector;
  readonly vandaag: IsoDatum;
  /** First day at the receiving school: whether a VO→MBO pupil is 18 or older then. */
  readonly startdatum: IsoDatum;
  /** The woongemeente assumed when the row names none (the SWV's first gemeente). */
  readonly gemeente: string;
}

export function controleerRij(r: Ruwerij, indeling: Kolomindeling, ctx: RijContext): { ok: true; rij: CohortRij; achttienPlus?: boolean } | { ok: false; fouten: Rijfout[] } {
  const fouten: Rijfout[] = [];
  const fout = (veld: string, melding: string) => fouten.push({ rij: r.regel, veld, melding });
  const waarde = (k: Kolom) => {
    const i = indeling.index[k];
    return i === undefined ? '' : (r.waarden[i] ?? '').trim();
  };

  const leerling = LeerlingId.probeer(waarde('leerlingnummer').replace(/[\s.-]/g, ''));
  if (!leerling) fout('leerlingnummer', waarde('leerlingnummer') === '' ? 'is leeg' : 'geen geldig BSN of onderwijsnummer (elfproef)');

  const routeTekst = waarde('route').toLowerCase().replace(/\s*(→|->|>|naar)\s*/g, '-');
  const route: Route | undefined = routeTekst === '' ? ROUTES_PER_SECTOR[ctx.sector][0] : (ROUTES as readonly string[]).includes(routeTekst) ? (routeTekst as Route) : undefined;
  if (!route) fout('route', `moet een van ${ROUTES.join(', ')} zijn`);
  else if (!ROUTES_PER_SECTOR[ctx.sector].includes(route)) fout('route', `past niet bij deze school (${ROUTES_PER_SECTOR[ctx.sector].join(' of ')})`);

  const gemeente = waarde('gemeente').toUpperCase() || ctx.gemeente;
  if (!/^GM\d{4}$/.test(gemeente)) fout('gemeente', 'verwacht een CBS-gemeentecode zoals GM0034');

  const advies = (k: 'voorlopigAdvies' | 'definitiefAdvies') => {
    if (waarde(k) === '') return undefined;
    const n = adviesniveau(waarde(k));
    if (!n) fout(k, `onbekend advies; gebruik een van ${ADVIESNIVEAUS.join(', ')}`);
    return n;
  };
  const voorlopigAdvies = advies('voorlopigAdvies');
  const definitiefAdvies = advies('definitiefAdvies');

  const kwetsbaarTekst = waarde('kwetsbaar').toLowerCase();
  if (![...JA, ...NEE].includes(kwetsbaarTekst)) fout('kwetsbaar', 'verwacht ja of nee');

  const voorzieningen: Voorzieningsoort[] = [];
  for (const deel of waarde('voorzieningen').split(/[|+,]/).map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    const soort = deel.replace(/^tlv\s+/, 'tlv-') as Voorzieningsoort;
    if (!(VOORZIENINGEN as readonly string[]).includes(soort)) fout('voorzieningen', `onbekende voorziening; gebruik ${VOORZIENINGEN.join(', ')}`);
    else if (!voorzieningen.includes(soort)) voorzieningen.push(soort);
  }

  let geboortedatum: IsoDatum | undefined;
  if (waarde('geboortedatum') !== '') {
    geboortedatum = datumUitTekst(waarde('geboortedatum'));
    if (!geboortedatum || geboortedatum > ctx.vandaag) fout('geboortedatum', 'geen geldige datum (dd-mm-jjjj)');
  }

  const behoefte = waarde('ondersteuningsbehoefte');
  if (behoefte.length > 4000) fout('ondersteuningsbehoefte', 'is langer dan 4000 tekens');

  if (fouten.length === 0 && route) {
    // The domain's own rules (advice only for PO routes, no TLV for MBO …), named by field.
    try {
      controleerInvoer({ route, sector: ctx.sector, voorlopigAdvies, definitiefAdvies, voorzieningen, ondersteuningsbehoefte: behoefte || undefined });
    } catch (e) {
      const f = e as { fouten?: Array<{ veld: string; melding: string }> };
      if (!f.fouten) throw e;
      for (const x of f.fouten) fout(x.veld, x.melding);
    }
  }
  if (fouten.length > 0 || !leerling || !route) return { ok: false, fouten };
  const rij: CohortRij = {
    regel: r.regel,
    leerling,
    route,
    gemeente,
    ...(voorlopigAdvies ? { voorlopigAdvies } : {}),
    ...(definitiefAdvies ? { definitiefAdvies } : {}),
    ...(behoefte ? { ondersteuningsbehoefte: behoefte } : {}),
    kwetsbaar: JA.includes(kwetsbaarTekst),
    voorzieningen,
  };
  return { ok: true, rij, ...(route === 'vo-mbo' && geboortedatum ? { achttienPlus: leeftijdOp(geboortedatum, ctx.startdatum) >= 18 } : {}) };
}

/** Pupils listed twice: every row of such a pupil is refused (which one is right is the school's to say). */
export function dubbeleLeerlingen(rijen: readonly CohortRij[]): Rijfout[] {
  // Bucket by the masked form (last digits), then compare within a bucket: the number itself is never revealed here.
  const emmers = new Map<string, CohortRij[]>();
  for (const r of rijen) emmers.set(r.leerling.gemaskeerd, [...(emmers.get(r.leerling.gemaskeerd) ?? []), r]);
  const fouten: Rijfout[] = [];
  for (const emmer of emmers.values()) {
    for (const r of emmer) {
      const ook = emmer.filter((x) => x !== r && x.leerling.gelijkAan(r.leerling)).map((x) => x.regel);
      if (ook.length > 0) fouten.push({ rij: r.regel, veld: 'leerlingnummer', melding: `dezelfde leerling staat ook in rij ${ook.join(', ')}` });
    }
  }
  return fouten.sort((a, b) => a.rij - b.rij);
}
