/**
 * The words of the thuiszitters domain (DOMAIN.md §2.2, ondersteuningsplan 001:1873-1963).
 * Lists, not free strings, so tables, schemas and the UI share one vocabulary.
 */

/**
 * What was reported. Leerplichtwet: absoluut verzuim (leer- or kwalificatieplichtig, not
 * enrolled), langdurig relatief verzuim (enrolled, absent more than 4 weeks without valid
 * reason), dreigend (at risk), crisis (dringende handelingsverlegenheid, 001:1875-1887).
 */
export const MELDING_SOORTEN = ['dreigend', 'langdurig-relatief-verzuim', 'absoluut-verzuim', 'crisis'] as const;
export type MeldingSoort = (typeof MELDING_SOORTEN)[number];
/** Kinds where the pupil is out of school and the thuiszitter clocks run. */
export const VERZUIM_SOORTEN = ['langdurig-relatief-verzuim', 'absoluut-verzuim'] as const;
export type VerzuimSoort = (typeof VERZUIM_SOORTEN)[number];
/** A vrijstelling (Leerplichtwet art. 5) is no verzuim; the inspectie wants it registered beside the meldingen. */
export type CasusSoort = MeldingSoort | 'vrijstelling';
export const CASUS_SOORTEN: readonly CasusSoort[] = [...MELDING_SOORTEN, 'vrijstelling'];

/** Leerplichtwet art. 5 onder a (lichamelijk/psychisch), b (richting), c (school buiten Nederland). */
export const VRIJSTELLING_GRONDEN = ['art-5-onder-a', 'art-5-onder-b', 'art-5-onder-c'] as const;
export type VrijstellingGrond = (typeof VRIJSTELLING_GRONDEN)[number];

/** Who reported: every professional must report at once (001:1913-1917). */
export const MELDER_SOORTEN = ['school', 'steunpunt', 'leerplicht', 'gemeente', 'jeugdhulp'] as const;
export type MelderSoort = (typeof MELDER_SOORTEN)[number];

/** The status of the case: where the pupil stands. */
export const STATUSSEN = ['signaal', 'gemeld', 'thuiszitter', 'aanbod', 'vrijstelling', 'afgesloten'] as const;
export type Status = (typeof STATUSSEN)[number];
/** Statuses in which the pupil still waits for an offer and the ladder applies. */
export const ZOEKT_AANBOD: readonly Status[] = ['gemeld', 'thuiszitter'];

/** The escalation ladder (001:1930-1963): who holds the case. */
export const NIVEAUS = ['school', 'steunpunt', 'actietafel', 'doorzettingskracht', 'doorzettingsmacht'] as const;
export type Niveau = (typeof NIVEAUS)[number];
export const AAN_TAFEL: readonly Niveau[] = ['actietafel', 'doorzettingskracht', 'doorzettingsmacht'];

export function niveauIndex(n: Niveau): number {
  return NIVEAUS.indexOf(n);
}

/** Where an escalation goes: one rung up, or to the teamleider Toeleiding (who holds doorzettingsmacht). */
export const ESCALATIE_DOELEN = ['steunpunt', 'actietafel', 'teamleider'] as const;
export type EscalatieDoel = (typeof ESCALATIE_DOELEN)[number];

/** Who owns an agreed action. */
export const ACTIE_EIGENAREN = ['school', 'steunpunt', 'leerplicht', 'jeugdhulp', 'ouders', 'bestuur'] as const;
export type ActieEigenaar = (typeof ACTIE_EIGENAREN)[number];

/** How a case leaves the table (001:1961-1963): the passend aanbod. */
export const UITKOMSTEN = ['plaatsing-onderwijs', 'plaatsing-jeugdhulp', 'arbeidstoeleiding'] as const;
export type Uitkomst = (typeof UITKOMSTEN)[number];

/** Why a case was closed. */
export const AFSLUIT_REDENEN = ['passend-aanbod', 'teruggekeerd', 'verhuisd', 'geen-thuiszitter', 'vrijstelling-beeindigd', 'overig'] as const;
export type AfsluitReden = (typeof AFSLUIT_REDENEN)[number];
/** The reasons a person may choose; the others follow from the route. */
export const HANDMATIGE_AFSLUIT_REDENEN = ['teruggekeerd', 'verhuisd', 'overig'] as const;
export type HandmatigeAfsluitReden = (typeof HANDMATIGE_AFSLUIT_REDENEN)[number];

/** Parents are always involved; the pupil where possible (001:1938-1941). */
export const OUDER_BETROKKENHEID = ['betrokken', 'geinformeerd', 'niet-bereikt'] as const;
export type OuderBetrokkenheid = (typeof OUDER_BETROKKENHEID)[number];
export const LEERLING_BETROKKENHEID = ['betrokken', 'geinformeerd', 'niet-passend'] as const;
export type LeerlingBetrokkenheid = (typeof LEERLING_BETROKKENHEID)[number];

/** Parties that may be involved in a case. */
export const PARTIJEN = ['ouders', 'leerling', 'school', 'bestuur', 'steunpunt', 'leerplicht', 'jeugdhulp', 'wijkteam', 'zorgaanbieder', 'overig'] as const;
export type Partij = (typeof PARTIJEN)[number];

/** The crisis route's steps before the overleg (001:1875-1883). */
export const CRISIS_STAPPEN = ['bestuur-geinformeerd', 'orthopedagoog-geraadpleegd', 'steunpunt-gecontacteerd'] as const;
export type CrisisStap = (typeof CRISIS_STAPPEN)[number];

/** Where a signal (a melding opened by another service's event) came from. */
export const SIGNAAL_BRONNEN = ['overdracht', 'toeleiding'] as const;
export type SignaalBron = (typeof SIGNAAL_BRONNEN)[number];

/** The roles of the domain. 'school' arrives with issue 16; 'systeem' is the deadline engine and the event consumers. */
export const ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder', 'school', 'systeem'] as const;
export type Rol = (typeof ROLLEN)[number];
