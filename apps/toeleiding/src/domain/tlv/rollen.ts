import { GeenBevoegdheid } from '@pao/zaak/domein';
import { type Aanvrager, type Uitvoering } from './aanvraag';
import { type Aanmaken, type TlvCommando } from './commandos';
import { type Actor, type Rol } from './context';
import { type Swv } from './soort';

/**
 * Who may give which command. Consulenten prepare and register, the orthopedagoog
 * advises (and cannot decide), the teamleider decides. Schools act on their own
 * aanvragen; 'systeem' is the deadline engine. Tenant isolation is enforced upstream
 * too, but SWV staff are checked against the case's SWV here as well.
 */
const REGISTRATIE: readonly Rol[] = ['consulent', 'teamleider'];
const SCHOOL_EN_REGISTRATIE: readonly Rol[] = ['school', 'consulent', 'teamleider'];

export const ROLLEN_PER_COMMANDO: { readonly [K in TlvCommando['type'] | 'aanmaken']: readonly Rol[] } = {
  aanmaken: SCHOOL_EN_REGISTRATIE,
  conceptWijzigen: SCHOOL_EN_REGISTRATIE,
  indienen: SCHOOL_EN_REGISTRATIE,
  intrekken: SCHOOL_EN_REGISTRATIE,
  aanvullingVragen: REGISTRATIE,
  aanvullen: SCHOOL_EN_REGISTRATIE,
  // Not handling an aanvraag is itself a besluit (Awb 4:5).
  buitenBehandelingStellen: ['teamleider'],
  inBehandelingNemen: REGISTRATIE,
  // Narrowed per deskundige rol below.
  adviesVastleggen: ['orthopedagoog', 'consulent'],
  besluitNemen: ['teamleider'],
  bekendmaken: REGISTRATIE,
  bezwaarRegistreren: REGISTRATIE,
  doorsturenNaarLbt: REGISTRATIE,
  lbtAdviesRegistreren: REGISTRATIE,
  beslissingOpBezwaarVerdagen: ['teamleider'],
  beslissenOpBezwaar: ['teamleider'],
  termijnoverschrijdingBeoordelen: REGISTRATIE,
  beroepRegistreren: REGISTRATIE,
  uitspraakRegistreren: REGISTRATIE,
  onherroepelijkVerklaren: ['systeem'],
  overbruggingStarten: REGISTRATIE,
  overbruggingBeeindigen: REGISTRATIE,
  plaatsingRegistreren: SCHOOL_EN_REGISTRATIE,
  einddatumWijzigen: ['teamleider'],
  jaarlijkseEvaluatieVastleggen: SCHOOL_EN_REGISTRATIE,
  verlopen: ['systeem'],
  beeindigen: REGISTRATIE,
  verlengingAanvragen: SCHOOL_EN_REGISTRATIE,
};

/** The parts of a case the policy looks at. */
export interface BevoegdheidOnderwerp {
  readonly swv: Swv;
  readonly aanvrager: Aanvrager;
  readonly uitvoering?: Pick<Uitvoering, 'plaatsing'>;
}

export type Beoordeling = { readonly toegestaan: true } | { readonly toegestaan: false; readonly reden: string };

const JA: Beoordeling = { toegestaan: true };
const nee = (reden: string): Beoordeling => ({ toegestaan: false, reden });

export function beoordeelBevoegdheid(actor: Actor, commando: TlvCommando | Aanmaken, onderwerp: BevoegdheidOnderwerp): Beoordeling {
  if (!ROLLEN_PER_COMMANDO[commando.type].includes(actor.rol)) return nee('rol niet toegestaan');
  if (actor.rol === 'systeem') return JA;
  if (actor.rol === 'school') {
    return schoolOrganisaties(commando, onderwerp).includes(actor.organisatie) ? JA : nee('niet de aanvragende of plaatsende school');
  }
  if (actor.organisatie !== onderwerp.swv) return nee('medewerker van een ander samenwerkingsverband');
  if (commando.type === 'adviesVastleggen') {
    // The eerste deskundige records their own advice; a consulent may register the
    // advice of an external tweede deskundige.
    const deskundige = commando.deskundige as Partial<typeof commando.deskundige> | undefined;
    if (deskundige?.rol === 'eerste') {
      if (actor.rol !== 'orthopedagoog') return nee('advies van de eerste deskundige legt de orthopedagoog zelf vast');
      if (deskundige.deskundigeId !== actor.id) return nee('eerste deskundige legt alleen het eigen advies vast');
    }
  }
  return JA;
}

function schoolOrganisaties(commando: TlvCommando | Aanmaken, onderwerp: BevoegdheidOnderwerp): readonly string[] {
  const aanvragers = [onderwerp.aanvrager.bevoegdGezagId, onderwerp.aanvrager.schoolId];
  switch (commando.type) {
    case 'plaatsingRegistreren':
      return [...aanvragers, commando.schoolId];
    // The placing school holds the yearly conversation (001:2080-2082) and asks a
    // verlenging (001:2100): only the (V)SO school where the pupil is placed.
    case 'jaarlijkseEvaluatieVastleggen':
    case 'verlengingAanvragen':
      return onderwerp.uitvoering?.plaatsing ? [onderwerp.uitvoering.plaatsing.schoolId] : [];
    default:
      return aanvragers;
  }
}

export function eisBevoegdheid(actor: Actor, commando: TlvCommando | Aanmaken, onderwerp: BevoegdheidOnderwerp): void {
  const oordeel = beoordeelBevoegdheid(actor, commando, onderwerp);
  if (!oordeel.toegestaan) throw new GeenBevoegdheid(actor.rol, commando.type, oordeel.reden);
}
