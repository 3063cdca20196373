import { type ZaakActor } from '@pao/zaak/domein';
import { type Arrangement } from './arrangement';
import { type OjaCommando, type OjaCommandoType } from './commandos';
import { type OjaRol } from './context';
import { GEMEENTELIJKE_SOORTEN } from './regels';

/**
 * Who may give which command. The Steunpunt (consulent) and schools request; the
 * orthopedagoog or teamleider assesses the education side; the gemeente assesses its
 * own jeugdhulp side (for Wlz arrangements the Steunpunt records the indicatie); the
 * teamleider decides money (toekennen, verlengen, corrections, budget overrides);
 * 'systeem' is the deadline engine ending an arrangement at its einddatum.
 */
const STEUNPUNT: readonly OjaRol[] = ['consulent', 'teamleider'];

export const ROLLEN_AANMAKEN = {
  aanvragen: ['consulent', 'teamleider', 'school'] as readonly OjaRol[],
  inrichten: ['teamleider'] as readonly OjaRol[],
};

export const ROLLEN: { readonly [K in OjaCommandoType]: readonly OjaRol[] } = {
  onderwijsBeoordelen: ['orthopedagoog', 'teamleider'],
  jeugdhulpBeoordelen: ['gemeente', 'consulent', 'teamleider'],
  toekennen: ['teamleider'],
  starten: STEUNPUNT,
  evalueren: ['consulent', 'orthopedagoog', 'teamleider'],
  verlengen: ['teamleider'],
  beeindigen: STEUNPUNT,
  einddatumBereikt: ['systeem'],
  afsluiten: STEUNPUNT,
  intrekken: ['consulent', 'teamleider', 'school'],
  realisatieBoeken: STEUNPUNT,
  correctieBoeken: ['teamleider'],
  leerlingPlaatsen: STEUNPUNT,
  leerlingUitschrijven: STEUNPUNT,
};

/** Does the gemeente pay a share under the type's split (then it decides the jeugdhulp side itself)? */
export function gemeenteBetaaltMee(s: Pick<Arrangement, 'betalerSoorten'>): boolean {
  return s.betalerSoorten.some((x) => GEMEENTELIJKE_SOORTEN.includes(x));
}

/**
 * Checks beyond the role table: SWV staff only on their own SWV's arrangements, a
 * gemeente only on arrangements of its own gemeente (and only where it pays), a school
 * only on its own aanvraag. A reason when refused.
 */
export function bevoegdheid(actor: ZaakActor, commando: OjaCommando, s: Arrangement): string | undefined {
  switch (actor.rol) {
    case 'systeem':
      return undefined;
    case 'gemeente':
      if (actor.organisatie !== s.gemeente) return 'arrangement van een andere gemeente';
      if (commando.type === 'jeugdhulpBeoordelen' && !gemeenteBetaaltMee(s)) return 'de gemeente betaalt niet mee aan dit arrangement (Wlz): het Steunpunt legt de indicatie vast';
      return undefined;
    case 'school':
      return s.aanvraag?.aanvrager.soort === 'school' && s.aanvraag.aanvrager.organisatie === actor.organisatie ? undefined : 'niet de aanvragende school';
    default:
      if (actor.organisatie !== s.swv) return 'medewerker van een ander samenwerkingsverband';
      if (commando.type === 'jeugdhulpBeoordelen' && gemeenteBetaaltMee(s)) return 'de gemeente legt haar eigen besluit over het jeugdhulpdeel vast';
      return undefined;
  }
}
