import { type IsoDatum } from '@pao/zaak/domein';
import { heeftAdvies, type TlvAanvraag } from './aanvraag';

/** Who owes the next step, for the werkvoorraad and for "where does my case stand". */
export const PARTIJEN = ['school', 'consulent', 'orthopedagoog', 'teamleider', 'ouders', 'lbt', 'rechtbank'] as const;
export type Partij = (typeof PARTIJEN)[number];

export interface VolgendeStap {
  readonly partij: Partij;
  /** kebab-case code; the UI translates it. */
  readonly actie: string;
  /** True when nothing is owed yet and a term is running (e.g. the bezwaartermijn). */
  readonly wachtOpTermijn?: true;
}

const stap = (partij: Partij, actie: string, wachtOpTermijn?: true): VolgendeStap => ({ partij, actie, ...(wachtOpTermijn ? { wachtOpTermijn } : {}) });

function procedure(s: TlvAanvraag): VolgendeStap | undefined {
  switch (s.status) {
    case 'concept':
      return stap('school', 'aanvraag-indienen');
    case 'ingediend':
      return stap('consulent', 'ontvankelijkheid-beoordelen');
    case 'aanvulling-gevraagd':
      return stap('school', 'aanvulling-aanleveren');
    case 'in-behandeling':
      // The consulent arranges the external tweede deskundige.
      return heeftAdvies(s, 'eerste') ? stap('consulent', 'tweede-deskundigenadvies-vastleggen') : stap('orthopedagoog', 'deskundigenadvies-geven');
    case 'advies-compleet':
      return stap('teamleider', 'besluit-nemen');
    case 'besluit-genomen':
      return stap('consulent', 'besluit-bekendmaken');
    case 'bekendgemaakt':
      return stap('ouders', 'bezwaartermijn-loopt', true);
    case 'bezwaar-ingediend':
      // A late bezwaar: first judge whether the lateness is excusable (Awb 6:11).
      if (s.bezwaar?.telaat && !s.bezwaar.verschoonbaarheid) return stap('consulent', 'termijnoverschrijding-beoordelen');
      return stap('consulent', 'doorsturen-naar-lbt');
    case 'bij-lbt':
      return stap('lbt', 'advies-uitbrengen');
    case 'lbt-advies-ontvangen':
      return stap('teamleider', 'beslissen-op-bezwaar');
    case 'beslist-op-bezwaar':
      return stap('ouders', 'beroepstermijn-loopt', true);
    case 'beroep-ingesteld':
      return stap('rechtbank', 'uitspraak-doen');
    case 'beroep-gegrond':
      return stap('teamleider', 'opnieuw-beslissen-op-bezwaar');
    case 'uitspraak-gedaan':
      return stap('ouders', 'hoger-beroepstermijn-loopt', true);
    default:
      return undefined;
  }
}

function uitvoering(s: TlvAanvraag, vandaag?: IsoDatum): VolgendeStap | undefined {
  const u = s.uitvoering;
  if (!u) return undefined;
  if (u.status === 'niet-geplaatst' || u.status === 'overbrugging') return stap('school', 'leerling-plaatsen');
  const inhoud = s.besluit?.inhoud;
  if (u.status === 'geplaatst' && !s.verlenging && vandaag && inhoud?.uitkomst === 'toelaatbaar' && inhoud.einddatum !== 'onbepaald') {
    // Last school year: the (V)SO school arranges return or asks a new TLV (001:2096).
    const laatsteJaarVanaf = `${Number(inhoud.einddatum.slice(0, 4)) - 1}-08-01`;
    if (vandaag >= laatsteJaarVanaf && vandaag <= inhoud.einddatum) return stap('school', 'terugplaatsing-of-verlenging');
  }
  return undefined;
}

/**
 * Every step now owed, most urgent first: steps owed by someone before waiting on a term.
 * `vandaag` enables date-dependent steps (the last school year of a TLV).
 */
export function volgendeStappen(s: TlvAanvraag, vandaag?: IsoDatum): VolgendeStap[] {
  const stappen = [procedure(s), uitvoering(s, vandaag)].filter((x): x is VolgendeStap => x !== undefined);
  return stappen.sort((a, b) => Number(a.wachtOpTermijn ?? false) - Number(b.wachtOpTermijn ?? false));
}

/** The single most urgent step, or null when nobody owes anything. */
export function nextStep(s: TlvAanvraag, vandaag?: IsoDatum): VolgendeStap | null {
  return volgendeStappen(s, vandaag)[0] ?? null;
}
