import { plusDagen, type IsoDatum, type TermijnIntentie } from '@pao/zaak/domein';
import { ZOEKT_AANBOD } from './begrippen';
import { type Casus } from './casus';
import { type Klok } from './regels';

/**
 * The clocks a casus keeps, as intents for the deadline engine. The kit keeps the deadline
 * rows equal to this list after every command: a closed case or a vrijstelling arms
 * nothing, a clock that passed and was dealt with (in `afgehandeld`) is gone, a clock set
 * anew (a re-planned action) runs again. Every clock warns first and, when it passes,
 * the engine gives 'bewaken' as 'systeem': nothing passes quietly.
 */
export type TermijnSoort =
  | 'signaal-beoordeling'
  | 'thuiszitter-vier-weken'
  | 'passend-aanbod'
  | 'escalatie'
  | 'crisis-overleg'
  | 'doorzettingskracht'
  | 'doorzettingsmacht'
  | 'aanbod-start'
  | `actie-${string}`
  | `zorgplicht-${string}`;

export interface Lopend {
  readonly soort: TermijnSoort;
  readonly klok: Klok;
}

export function sleutel(soort: string, klok: Klok): string {
  return `${soort}@${klok.vervaltOp}`;
}

/** The clocks that run in this state, dealt-with ones left out. */
export function lopendeKlokken(s: Casus): Lopend[] {
  const uit: Lopend[] = [];
  const voeg = (soort: TermijnSoort, klok: Klok | undefined) => {
    if (klok && !s.afgehandeld.includes(sleutel(soort, klok))) uit.push({ soort, klok });
  };
  if (s.status === 'signaal') voeg('signaal-beoordeling', s.bron?.klok);
  if (ZOEKT_AANBOD.includes(s.status)) {
    if (s.status === 'gemeld') voeg('thuiszitter-vier-weken', s.thuiszitterKlok);
    voeg('passend-aanbod', s.passendAanbodKlok);
    voeg('escalatie', s.escalatieKlok);
    if (s.crisis && !s.crisis.overlegOp) voeg('crisis-overleg', s.crisis.overlegKlok);
    if (s.niveau === 'doorzettingskracht') voeg('doorzettingskracht', s.doorzettingskracht?.klok);
    if (s.niveau === 'doorzettingsmacht') voeg('doorzettingsmacht', s.doorzettingsmacht?.klok);
  }
  if (s.status === 'aanbod') voeg('aanbod-start', s.aanbod?.startKlok);
  if (ZOEKT_AANBOD.includes(s.status) || s.status === 'aanbod') {
    for (const a of s.acties) if (a.status === 'open') voeg(`actie-${a.id}`, a.klok);
    for (const a of s.aanmeldingen) if (a.status === 'loopt') voeg(`zorgplicht-${a.id}`, a.klok);
  }
  return uit;
}

export function termijnen(s: Casus): TermijnIntentie<'bewaken'>[] {
  return lopendeKlokken(s).map(({ soort, klok }) => ({
    soort,
    vervaltOp: klok.vervaltOp,
    regelVersie: klok.regelVersie,
    bijVerstrijken: 'bewaken' as const,
    waarschuwingen: [{ dagen: Math.max(1, klok.waarschuwingDagen) }],
  }));
}

/** The nearest last day of a running clock (the werkvoorraad sorts on it). */
export function volgendeTermijn(s: Casus): Lopend | undefined {
  return lopendeKlokken(s).sort((a, b) => (a.klok.vervaltOp < b.klok.vervaltOp ? -1 : a.klok.vervaltOp > b.klok.vervaltOp ? 1 : 0))[0];
}

/** A clock has passed on `vandaag` when its last day lies before it. */
export function isVerstreken(klok: Klok, vandaag: IsoDatum): boolean {
  return klok.vervaltOp < vandaag;
}

/** The day the owner is warned: that many days before the moment the clock passes (00:00 after its last day). */
export function waarschuwOp(klok: Klok): IsoDatum {
  return plusDagen(klok.vervaltOp, 1 - Math.max(1, klok.waarschuwingDagen));
}
