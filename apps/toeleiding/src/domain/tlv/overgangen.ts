import { heeftAdvies, type Status, type TlvAanvraag, type UitvoeringStatus } from './aanvraag';
import { type CommandoType } from './commandos';
import { DESKUNDIGE_ROLLEN } from './soort';

/**
 * The explicit state machines: for each state, which command may run and which states
 * it may lead to. The dispatcher refuses anything not listed here before a handler
 * runs, and checks afterwards that the handler landed on a listed state.
 */
export const PROCEDURE_COMMANDOS = [
  'conceptWijzigen',
  'indienen',
  'aanvullingVragen',
  'aanvullen',
  'buitenBehandelingStellen',
  'inBehandelingNemen',
  'adviesVastleggen',
  'besluitNemen',
  'bekendmaken',
  'bezwaarRegistreren',
  'doorsturenNaarLbt',
  'lbtAdviesRegistreren',
  'beslissingOpBezwaarVerdagen',
  'beslissenOpBezwaar',
  'termijnoverschrijdingBeoordelen',
  'beroepRegistreren',
  'uitspraakRegistreren',
  'onherroepelijkVerklaren',
  'intrekken',
] as const satisfies readonly CommandoType[];
export type ProcedureCommando = (typeof PROCEDURE_COMMANDOS)[number];

export const UITVOERING_COMMANDOS = [
  'overbruggingStarten',
  'overbruggingBeeindigen',
  'plaatsingRegistreren',
  'einddatumWijzigen',
  'jaarlijkseEvaluatieVastleggen',
  'verlopen',
  'beeindigen',
  'verlengingAanvragen',
] as const satisfies readonly CommandoType[];
export type UitvoeringCommando = (typeof UITVOERING_COMMANDOS)[number];

type Tabel<S extends string, C extends string> = { readonly [K in S]: { readonly [X in C]?: readonly S[] } };

const VOOR_BESLUIT_INTREKKEN = { intrekken: ['ingetrokken'] } as const;
const VERDAGEN = <S extends Status>(s: S) => ({ beslissingOpBezwaarVerdagen: [s], termijnoverschrijdingBeoordelen: [s] }) as const;

export const PROCEDURE: Tabel<Status, ProcedureCommando> = {
  concept: { conceptWijzigen: ['concept'], indienen: ['ingediend'], ...VOOR_BESLUIT_INTREKKEN },
  ingediend: { aanvullingVragen: ['aanvulling-gevraagd'], inBehandelingNemen: ['in-behandeling'], ...VOOR_BESLUIT_INTREKKEN },
  'aanvulling-gevraagd': { aanvullen: ['ingediend'], buitenBehandelingStellen: ['buiten-behandeling'], ...VOOR_BESLUIT_INTREKKEN },
  'in-behandeling': { adviesVastleggen: ['in-behandeling', 'advies-compleet'], ...VOOR_BESLUIT_INTREKKEN },
  // PrO is complete with the eerste deskundige; a tweede may still advise.
  'advies-compleet': { besluitNemen: ['besluit-genomen'], adviesVastleggen: ['advies-compleet'], ...VOOR_BESLUIT_INTREKKEN },
  'besluit-genomen': { bekendmaken: ['bekendgemaakt'] },
  bekendgemaakt: { bezwaarRegistreren: ['bezwaar-ingediend'], onherroepelijkVerklaren: ['onherroepelijk'] },
  'bezwaar-ingediend': {
    doorsturenNaarLbt: ['bij-lbt'],
    // Only niet-ontvankelijk without LBT advice (Awb 7:3, e.g. a late bezwaar).
    beslissenOpBezwaar: ['beslist-op-bezwaar'],
    ...VERDAGEN('bezwaar-ingediend'),
  },
  'bij-lbt': { lbtAdviesRegistreren: ['lbt-advies-ontvangen'], ...VERDAGEN('bij-lbt') },
  'lbt-advies-ontvangen': { beslissenOpBezwaar: ['beslist-op-bezwaar'], ...VERDAGEN('lbt-advies-ontvangen') },
  'beslist-op-bezwaar': { beroepRegistreren: ['beroep-ingesteld'], onherroepelijkVerklaren: ['onherroepelijk'] },
  // Not onherroepelijk while the court has the case (Awb 8:1).
  'beroep-ingesteld': { uitspraakRegistreren: ['beroep-gegrond', 'uitspraak-gedaan'] },
  // The beslissing op bezwaar was annulled: decide on the bezwaar anew (Awb 8:72 lid 4).
  'beroep-gegrond': { beslissenOpBezwaar: ['beslist-op-bezwaar'], termijnoverschrijdingBeoordelen: ['beroep-gegrond'] },
  // Hoger beroep (CRvB) is not tracked as a procedure yet; its term delays onherroepelijk.
  'uitspraak-gedaan': { onherroepelijkVerklaren: ['onherroepelijk'] },
  // A bezwaar or beroep that arrives after the term is recorded (marked late), not refused.
  onherroepelijk: { bezwaarRegistreren: ['bezwaar-ingediend'], beroepRegistreren: ['beroep-ingesteld'] },
  ingetrokken: {},
  'buiten-behandeling': {},
};

export const UITVOERING: Tabel<UitvoeringStatus, UitvoeringCommando> = {
  'niet-geplaatst': {
    overbruggingStarten: ['overbrugging'],
    plaatsingRegistreren: ['geplaatst'],
    einddatumWijzigen: ['niet-geplaatst'],
    verlopen: ['verlopen'],
    beeindigen: ['beeindigd'],
  },
  overbrugging: {
    overbruggingBeeindigen: ['niet-geplaatst'],
    plaatsingRegistreren: ['geplaatst'],
    einddatumWijzigen: ['overbrugging'],
    verlopen: ['verlopen'],
    beeindigen: ['beeindigd'],
  },
  geplaatst: {
    einddatumWijzigen: ['geplaatst'],
    jaarlijkseEvaluatieVastleggen: ['geplaatst'],
    verlopen: ['verlopen'],
    beeindigen: ['beeindigd'],
    verlengingAanvragen: ['geplaatst'],
  },
  verlopen: {},
  beeindigd: {},
};

/** Procedure states in which a bekendgemaakt besluit has effect (uitvoering may run). */
export const WERKZAAM: readonly Status[] = [
  'bekendgemaakt',
  'bezwaar-ingediend',
  'bij-lbt',
  'lbt-advies-ontvangen',
  'beslist-op-bezwaar',
  'beroep-ingesteld',
  'beroep-gegrond',
  'uitspraak-gedaan',
  'onherroepelijk',
];

export const EINDSTATUSSEN: readonly Status[] = ['ingetrokken', 'buiten-behandeling'];

export function isProcedureCommando(type: string): type is ProcedureCommando {
  return (PROCEDURE_COMMANDOS as readonly string[]).includes(type);
}

export function isUitvoeringCommando(type: string): type is UitvoeringCommando {
  return (UITVOERING_COMMANDOS as readonly string[]).includes(type);
}

/** A reason where the bare table would puzzle the user. */
export function waaromNiet(s: TlvAanvraag, type: CommandoType): string | undefined {
  if (type === 'besluitNemen' && s.status === 'in-behandeling') {
    const ontbreekt = DESKUNDIGE_ROLLEN.filter((r) => !heeftAdvies(s, r));
    return `deskundigenadvies ontbreekt (${ontbreekt.join(' en ')} deskundige)`;
  }
  if (isUitvoeringCommando(type) && !s.uitvoering) return 'er is (nog) geen bekendgemaakte toelaatbaarheidsverklaring';
  return undefined;
}
