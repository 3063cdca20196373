import { eisRol, OngeldigeInvoer, vereisId, type Werkcontext } from '@pao/zaak/domein';
import { type OverdrachtEvent } from './events';
import { voorzieningPastBij } from './handlers/gegevens';
import { AANMAKEN_ROLLEN } from './rollen';
import {
  ADVIESNIVEAUS,
  isPoRoute,
  ROUTES,
  ROUTES_PER_SECTOR,
  VERZENDENDE_SECTOREN,
  VOORZIENINGEN,
  type Adviesniveau,
  type Overdracht,
  type Overstapkalender,
  type Route,
  type VerzendendeSector,
  type Voorzieningsoort,
} from './typen';
import { vereisEen } from './handlers/gemeen';
import { optioneleTekst } from './handlers/gemeen';
import { type Beslissing } from '@pao/zaak/domein';

/** What a new overdracht starts from: one CSV row or one form, already tied to its cohort and pupil. */
export interface NieuweOverdracht {
  readonly id: string;
  readonly swv: string;
  readonly cohortId: string;
  readonly schooljaar: string;
  readonly sector: VerzendendeSector;
  readonly verzendendeSchoolId: string;
  readonly leerlingId: string;
  readonly kalender: Overstapkalender;
  readonly route: Route;
  readonly voorlopigAdvies?: Adviesniveau;
  readonly definitiefAdvies?: Adviesniveau;
  readonly ondersteuningsbehoefte?: string;
  readonly kwetsbaar?: boolean;
  readonly voorzieningen?: readonly Voorzieningsoort[];
  readonly achttienPlus?: boolean;
}

/** Checks the parts a person supplied (route, advice, support) and names the field on a problem. */
export function controleerInvoer(n: Pick<NieuweOverdracht, 'route' | 'sector' | 'voorlopigAdvies' | 'definitiefAdvies' | 'voorzieningen' | 'ondersteuningsbehoefte'>): void {
  const sector = vereisEen('sector', n.sector, VERZENDENDE_SECTOREN);
  const route = vereisEen('route', n.route, ROUTES);
  if (!ROUTES_PER_SECTOR[sector].includes(route)) throw new OngeldigeInvoer('route', `past niet bij een verzendende school in sector ${sector}`);
  for (const veld of ['voorlopigAdvies', 'definitiefAdvies'] as const) {
    if (n[veld] === undefined) continue;
    vereisEen(veld, n[veld], ADVIESNIVEAUS);
    if (!isPoRoute(route)) throw new OngeldigeInvoer(veld, 'een schooladvies hoort bij de overstap van PO naar VO');
  }
  const gezien = new Set<string>();
  for (const v of n.voorzieningen ?? []) {
    vereisEen('voorzieningen', v, VOORZIENINGEN);
    if (!voorzieningPastBij(route, v)) throw new OngeldigeInvoer('voorzieningen', 'horen niet bij de overstap naar het mbo');
    if (gezien.has(v)) throw new OngeldigeInvoer('voorzieningen', 'noemt een voorziening twee keer');
    gezien.add(v);
  }
  optioneleTekst('ondersteuningsbehoefte', n.ondersteuningsbehoefte, 4000);
}

/** A new overdracht in status aanmelding. The sending school or the Steunpunt makes it. */
export function nieuweOverdracht(n: NieuweOverdracht, w: Werkcontext): Beslissing<Overdracht, OverdrachtEvent> {
  eisRol(AANMAKEN_ROLLEN, w.actor, 'aanmaken');
  if (w.actor.rol === 'school' && w.actor.organisatie !== n.verzendendeSchoolId) throw new OngeldigeInvoer('verzendendeSchoolId', 'een school maakt alleen overdrachten van de eigen leerlingen');
  controleerInvoer(n);
  const vandaag = w.vandaag;
  const state: Overdracht = {
    id: vereisId('id', n.id),
    swv: n.swv,
    versie: 1,
    cohortId: n.cohortId,
    schooljaar: n.schooljaar,
    route: n.route,
    sector: n.sector,
    verzendendeSchoolId: n.verzendendeSchoolId,
    leerlingId: n.leerlingId,
    aangemaaktOp: vandaag,
    ...(n.route === 'vo-mbo' && n.achttienPlus !== undefined ? { achttienPlus: n.achttienPlus } : {}),
    status: 'aanmelding',
    kalender: n.kalender,
    advies: {
      ...(n.voorlopigAdvies ? { voorlopig: { niveau: n.voorlopigAdvies, datum: vandaag } } : {}),
      ...(n.definitiefAdvies ? { definitief: { niveau: n.definitiefAdvies, datum: vandaag } } : {}),
    },
    ...(n.ondersteuningsbehoefte ? { ondersteuningsbehoefte: n.ondersteuningsbehoefte.trim() } : {}),
    kwetsbaar: n.kwetsbaar ?? false,
    voorzieningen: (n.voorzieningen ?? []).map((soort) => ({ soort, status: 'nodig' as const, sinds: vandaag })),
    aanmeldingen: [],
    regie: 'school',
    escalaties: [],
    ...(n.route === 'vo-mbo' ? { toelatingsrecht: 'open' as const } : {}),
  };
  return { state, events: [{ naam: 'aangemaakt', data: { route: n.route } }] };
}
