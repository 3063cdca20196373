import { type ZaakActor } from '@pao/zaak/domein';
import { type CommandoType, type OverdrachtCommando } from './commandos';
import { type Overdracht } from './typen';

/**
 * Who may give which command. The Steunpunt (consulent, orthopedagoog, teamleider) can do
 * everything a school can, and alone decides on a held third rejection. 'school' (issue
 * 16) acts only for its own pupils: the sending school for its facts, the receiving school
 * for its aanmelding and nazorg. 'systeem' is the deadline engine and toeleiding's events.
 */
export const ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'school', 'systeem'] as const;
export type Rol = (typeof ROLLEN)[number];

const STEUNPUNT: readonly Rol[] = ['consulent', 'orthopedagoog', 'teamleider'];
const SCHOOL_EN_STEUNPUNT: readonly Rol[] = ['school', ...STEUNPUNT];
const SYSTEEM: readonly Rol[] = ['systeem'];

/** Making a case (one by one or by import): the sending school or the Steunpunt. */
export const AANMAKEN_ROLLEN: readonly Rol[] = SCHOOL_EN_STEUNPUNT;

export const ROLLEN_PER_COMMANDO: { readonly [K in CommandoType]: readonly Rol[] } = {
  adviesVastleggen: SCHOOL_EN_STEUNPUNT,
  adviesBijstellen: SCHOOL_EN_STEUNPUNT,
  ondersteuningVastleggen: SCHOOL_EN_STEUNPUNT,
  voorzieningVastleggen: SCHOOL_EN_STEUNPUNT,
  voorzieningGeregeld: SCHOOL_EN_STEUNPUNT,
  // Toeleiding is the SWV's own procedure: its staff link the aanvraag.
  toeleidingKoppelen: STEUNPUNT,
  toeleidingBijgewerkt: SYSTEEM,
  dossierVastleggen: SCHOOL_EN_STEUNPUNT,
  perspectiefVastleggen: SCHOOL_EN_STEUNPUNT,
  aanmelden: SCHOOL_EN_STEUNPUNT,
  afwijzen: SCHOOL_EN_STEUNPUNT,
  aanmeldingIntrekken: SCHOOL_EN_STEUNPUNT,
  plaatsen: SCHOOL_EN_STEUNPUNT,
  // "Geen drie keer worden afgewezen": only the Steunpunt decides on a held third rejection.
  steunpuntBesluiten: ['consulent', 'teamleider'],
  plaatsingVervallen: SCHOOL_EN_STEUNPUNT,
  startBevestigen: SCHOOL_EN_STEUNPUNT,
  nietVerschenen: SCHOOL_EN_STEUNPUNT,
  uitvalMelden: SCHOOL_EN_STEUNPUNT,
  verhuizen: SCHOOL_EN_STEUNPUNT,
  swvVerlaten: SCHOOL_EN_STEUNPUNT,
  termijnVerstreken: SYSTEEM,
  startControle: SYSTEEM,
  warmeOverdrachtPlannen: SCHOOL_EN_STEUNPUNT,
  warmeOverdrachtVastleggen: SCHOOL_EN_STEUNPUNT,
};

type Kant = 'verzendend' | 'ontvangend' | 'beide';

/** Which school acts for a command: the sender's facts, the receiver's decisions and nazorg. */
function kantVan(c: OverdrachtCommando): Kant {
  switch (c.type) {
    case 'afwijzen':
    case 'plaatsen':
    case 'plaatsingVervallen':
    case 'startBevestigen':
    case 'nietVerschenen':
    case 'uitvalMelden':
      return 'ontvangend';
    case 'dossierVastleggen':
      return c.status === 'opgehaald' ? 'ontvangend' : 'verzendend';
    case 'aanmelden':
    case 'aanmeldingIntrekken':
    case 'warmeOverdrachtPlannen':
    case 'warmeOverdrachtVastleggen':
      return 'beide';
    default:
      return 'verzendend';
  }
}

/** The receiving school a command is about: the aanmelding's school, else the placement's. */
function ontvangendeSchool(c: OverdrachtCommando, s: Overdracht): string | undefined {
  if (c.type === 'aanmelden') return c.schoolId;
  if ((c.type === 'afwijzen' || c.type === 'plaatsen' || c.type === 'aanmeldingIntrekken') && typeof c.aanmeldingId === 'string') {
    return s.aanmeldingen.find((a) => a.id === c.aanmeldingId)?.schoolId;
  }
  return s.plaatsing?.schoolId;
}

/** Extra checks beyond the role table: own SWV for its staff, own pupil for a school. */
export function bevoegdheid(actor: ZaakActor, c: OverdrachtCommando, s: Overdracht): string | undefined {
  if (actor.rol === 'systeem') return undefined;
  if (actor.rol !== 'school') return actor.organisatie === s.swv ? undefined : 'medewerker van een ander samenwerkingsverband';
  const kant = kantVan(c);
  const ontvangend = ontvangendeSchool(c, s);
  const mag =
    (kant !== 'ontvangend' && actor.organisatie === s.verzendendeSchoolId) || (kant !== 'verzendend' && ontvangend !== undefined && actor.organisatie === ontvangend);
  if (mag) return undefined;
  return kant === 'ontvangend' ? 'niet de ontvangende school van deze leerling' : 'niet de verzendende school van deze leerling';
}
