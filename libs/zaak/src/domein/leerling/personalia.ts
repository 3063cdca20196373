import { isIsoDatum, type IsoDatum } from '../datum';
import { OngeldigeInvoer, type Invoerfout } from '../fouten';

/** Who the pupil is, for the people who work the case. Stored encrypted, never in logs, events or partner exports. */
export interface Personalia {
  readonly voornaam: string;
  readonly tussenvoegsel?: string;
  readonly achternaam: string;
  readonly geboortedatum: IsoDatum;
}

const NAAM = /^[\p{L}][\p{L}\p{M}' .-]*$/u;

/**
 * Checks personalia from untrusted input; every problem at once, each naming the field
 * under `prefix` (never the value). A birth date must lie in the past and at most 30
 * years back: pupils in passend onderwijs are children.
 */
export function vereisPersonalia(prefix: string, invoer: unknown, vandaag: IsoDatum): Personalia {
  const p = (typeof invoer === 'object' && invoer !== null ? invoer : {}) as Record<string, unknown>;
  const fouten: Invoerfout[] = [];
  const naam = (veld: string, verplicht: boolean): string | undefined => {
    const w = p[veld];
    if (w === undefined || w === null || (typeof w === 'string' && w.trim() === '')) {
      if (verplicht) fouten.push({ veld: `${prefix}.${veld}`, melding: 'is verplicht' });
      return undefined;
    }
    if (typeof w !== 'string' || w.trim().length > 100 || !NAAM.test(w.trim())) {
      fouten.push({ veld: `${prefix}.${veld}`, melding: 'bevat tekens die niet in een naam horen' });
      return undefined;
    }
    return w.trim().replace(/\s+/g, ' ');
  };
  const voornaam = naam('voornaam', true);
  const tussenvoegsel = naam('tussenvoegsel', false);
  const achternaam = naam('achternaam', true);
  const g = p.geboortedatum;
  if (g === undefined || g === null || g === '') fouten.push({ veld: `${prefix}.geboortedatum`, melding: 'is verplicht' });
  else if (!isIsoDatum(g)) fouten.push({ veld: `${prefix}.geboortedatum`, melding: 'is geen geldige datum' });
  else if (g >= vandaag) fouten.push({ veld: `${prefix}.geboortedatum`, melding: 'moet in het verleden liggen' });
  else if (Number(g.slice(0, 4)) < Number(vandaag.slice(0, 4)) - 30) fouten.push({ veld: `${prefix}.geboortedatum`, melding: 'ligt te ver in het verleden' });
  if (fouten.length > 0) throw new OngeldigeInvoer(fouten);
  return { voornaam: voornaam!, ...(tussenvoegsel ? { tussenvoegsel } : {}), achternaam: achternaam!, geboortedatum: g as IsoDatum };
}

/** "Jan de Vries". */
export function volledigeNaam(p: Pick<Personalia, 'voornaam' | 'tussenvoegsel' | 'achternaam'>): string {
  return [p.voornaam, p.tussenvoegsel, p.achternaam].filter(Boolean).join(' ');
}
