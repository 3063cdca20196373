import { type ActieDefinitie, type Optie, type Veld } from '../acties';
import { ACTIE_STATUS_LABELS, BETROKKENHEID_LABELS, CRISIS_LABELS, PARTIJ_LABELS, UITKOMST_LABELS } from './labels';
import { type Casus, type CasusCommando, type ThuiszittersSchool } from './types';

/**
 * The form of each command of the thuiszitters API (`POST /casussen/:id/acties/:commando`).
 * Field names are the dotted paths of the request body, so the problem+json
 * `errors[].field` of a 400 lands next to the right field.
 */
/** What the forms at the table need (no casus: the meeting view records for each case on its agenda). */
export interface TafelContext {
  scholen: ThuiszittersSchool[];
  vandaag: string;
}

export interface CasusContext extends TafelContext {
  casus: Casus;
}

const opties = (tabel: Record<string, string>, alleen?: readonly string[]): Optie[] =>
  Object.entries(tabel)
    .filter(([k]) => !alleen || alleen.includes(k))
    .map(([waarde, label]) => ({ waarde, label }));

const scholen = (ctx: TafelContext): Optie[] => ctx.scholen.map((s) => ({ waarde: s.id, label: s.expertise.length ? `${s.naam} (${s.expertise.join(', ')})` : s.naam }));

/** Parents always, the pupil where possible: asked at every step where the case is discussed. */
export function betrokkenheidVelden(): Veld[] {
  return [
    { naam: 'betrokkenheid.ouders', label: 'Ouders', soort: 'keuze', verplicht: true, opties: opties(BETROKKENHEID_LABELS, ['betrokken', 'geinformeerd', 'niet-bereikt']), standaard: 'betrokken' },
    { naam: 'betrokkenheid.leerling', label: 'Leerling', soort: 'keuze', verplicht: true, opties: opties(BETROKKENHEID_LABELS, ['betrokken', 'geinformeerd', 'niet-passend']), standaard: 'betrokken' },
  ];
}

const EIGENAREN = { school: 'School', steunpunt: 'Steunpunt', leerplicht: 'Leerplicht', jeugdhulp: 'Jeugdhulp / wijkteam', ouders: 'Ouders', bestuur: 'Schoolbestuur' };
const openActies = (ctx: CasusContext): Optie[] =>
  ctx.casus.acties.filter((a) => a.status !== 'afgerond').map((a) => ({ waarde: a.id, label: `${a.omschrijving} (${ACTIE_STATUS_LABELS[a.status].toLowerCase()})` }));
const lopendeAanmeldingen = (ctx: CasusContext): Optie[] =>
  ctx.casus.aanmeldingen.filter((a) => a.status === 'loopt').map((a) => ({ waarde: a.id, label: a.school?.naam ?? 'Onbekende school' }));


/** What the Actietafel records per case, in its meeting view or on the case page. */
export const TAFEL_ACTIES = {
  besprekingVastleggen: {
    titel: 'Afspraken vastleggen',
    knop: 'Vastleggen',
    gelukt: 'De afspraken zijn vastgelegd.',
    velden: () => [{ naam: 'afspraken', label: 'Afspraken', soort: 'tekstvak', verplicht: true }, ...betrokkenheidVelden()],
  },
  doorzettingskrachtInzetten: {
    titel: 'Doorzettingskracht',
    uitleg: 'De partijen spreken met de ouders een plek af en houden zich eraan.',
    knop: 'Vastleggen',
    gelukt: 'De afspraak (doorzettingskracht) is vastgelegd.',
    velden: (ctx) => [
      { naam: 'afspraak', label: 'Afspraak', soort: 'tekstvak', verplicht: true },
      { naam: 'schoolId', label: 'Afgesproken school', soort: 'keuze', opties: [{ waarde: '', label: 'Geen school (bijvoorbeeld jeugdhulp)' }, ...scholen(ctx)] },
      { naam: 'partijen', label: 'Partijen', soort: 'keuzes', verplicht: true, opties: opties(PARTIJ_LABELS), standaard: ['ouders', 'school', 'leerplicht'] },
      { naam: 'plaatsingUiterlijk', label: 'Plaatsing uiterlijk op', soort: 'datum', verplicht: true },
      ...betrokkenheidVelden(),
    ],
  },
  terugNaarSteunpunt: {
    titel: 'Terug naar het Steunpunt',
    knop: 'Terugleggen',
    gelukt: 'De casus ligt weer bij het Steunpunt, met een nieuwe actie.',
    velden: () => [
      { naam: 'afspraken', label: 'Afspraken', soort: 'tekstvak', verplicht: true },
      { naam: 'acties.0.omschrijving', label: 'Nieuwe actie', soort: 'tekst', verplicht: true },
      { naam: 'acties.0.eigenaar', label: 'Eigenaar', soort: 'keuze', verplicht: true, opties: opties(EIGENAREN), standaard: 'steunpunt' },
      { naam: 'acties.0.uiterlijkOp', label: 'Uiterlijk op', soort: 'datum', verplicht: true },
      ...betrokkenheidVelden(),
    ],
  },
  uitkomstVastleggen: {
    titel: 'Passend aanbod vastleggen',
    knop: 'Vastleggen',
    gelukt: 'Het passend aanbod is vastgelegd.',
    velden: (ctx) => [
      { naam: 'uitkomst', label: 'Uitkomst', soort: 'keuze', verplicht: true, opties: opties(UITKOMST_LABELS, ['plaatsing-onderwijs', 'plaatsing-jeugdhulp', 'arbeidstoeleiding']) },
      { naam: 'schoolId', label: 'School van plaatsing', soort: 'keuze', opties: [{ waarde: '', label: 'Geen school' }, ...scholen(ctx)], zichtbaar: (w) => w.uitkomst === 'plaatsing-onderwijs' },
      { naam: 'omschrijving', label: 'Omschrijving', soort: 'tekst' },
      { naam: 'startOp', label: 'Start op', soort: 'datum', verplicht: true },
      ...betrokkenheidVelden(),
    ],
  },
} satisfies Partial<Record<CasusCommando, ActieDefinitie<TafelContext>>> as Record<string, ActieDefinitie<TafelContext>>;

/** The same, recorded at a meeting: its id goes with the command. */
export function opVergadering(def: ActieDefinitie<TafelContext>, vergaderingId: string): ActieDefinitie<TafelContext> {
  return { ...def, velden: (ctx) => [...def.velden(ctx), { naam: 'vergaderingId', label: 'Vergadering', soort: 'vast', standaard: vergaderingId, weergave: 'Deze vergadering' }] };
}

/** Every form is for a command the API declares (./types): a command renamed on the server fails the type check here. */
export const CASUS_ACTIES = {
  ...TAFEL_ACTIES,
  actieToevoegen: {
    titel: 'Actie afspreken',
    uitleg: 'Elke actie heeft een eigenaar en een uiterste datum. De eigenaar krijgt vooraf een waarschuwing; is de actie niet op tijd af, dan escaleert de casus.',
    knop: 'Actie toevoegen',
    gelukt: 'De actie is aan het plan toegevoegd.',
    velden: () => [
      { naam: 'omschrijving', label: 'Wat', soort: 'tekst', verplicht: true },
      { naam: 'eigenaar', label: 'Eigenaar', soort: 'keuze', verplicht: true, opties: opties(EIGENAREN) },
      { naam: 'uiterlijkOp', label: 'Uiterlijk op', soort: 'datum', verplicht: true },
    ],
  },
  actieAfronden: {
    titel: 'Actie afronden',
    knop: 'Afronden',
    gelukt: 'De actie is afgerond.',
    velden: (ctx) => [
      { naam: 'actieId', label: 'Actie', soort: 'keuze', verplicht: true, opties: openActies(ctx) },
      { naam: 'resultaat', label: 'Resultaat', soort: 'tekstvak', verplicht: true },
    ],
  },
  actieBijstellen: {
    titel: 'Uiterste datum van een actie bijstellen',
    knop: 'Bijstellen',
    gelukt: 'De actie heeft een nieuwe uiterste datum; de termijn loopt opnieuw.',
    velden: (ctx) => [
      { naam: 'actieId', label: 'Actie', soort: 'keuze', verplicht: true, opties: openActies(ctx) },
      { naam: 'uiterlijkOp', label: 'Nieuwe uiterste datum', soort: 'datum', verplicht: true },
      { naam: 'toelichting', label: 'Waarom', soort: 'tekst', verplicht: true },
    ],
  },
  overlegVastleggen: {
    titel: 'Overleg vastleggen',
    knop: 'Vastleggen',
    gelukt: 'Het overleg is vastgelegd.',
    velden: (ctx) => [
      { naam: 'op', label: 'Datum', soort: 'datum', standaard: ctx.vandaag },
      { naam: 'deelnemers', label: 'Deelnemers', soort: 'keuzes', verplicht: true, opties: opties(PARTIJ_LABELS), standaard: ['ouders', 'school', 'steunpunt'] },
      ...betrokkenheidVelden(),
      { naam: 'afspraken', label: 'Afspraken', soort: 'tekstvak', verplicht: true },
    ],
  },
  crisisstapVastleggen: {
    titel: 'Stap in de crisisroute vastleggen',
    knop: 'Vastleggen',
    gelukt: 'De stap is vastgelegd.',
    velden: (ctx) => [
      { naam: 'stap', label: 'Stap', soort: 'keuze', verplicht: true, opties: opties(CRISIS_LABELS).filter((o) => !ctx.casus.crisis?.stappen.some((s) => s.stap === o.waarde)) },
      { naam: 'op', label: 'Datum', soort: 'datum', standaard: ctx.vandaag },
    ],
  },
  verzuimVastleggen: {
    titel: 'Verzuim vastleggen',
    uitleg: 'De leerling zit thuis: de termijnen van 4 weken en 3 maanden gaan lopen en leerplicht wordt direct geïnformeerd.',
    knop: 'Vastleggen',
    gelukt: 'Het verzuim is vastgelegd; leerplicht is geïnformeerd.',
    velden: () => [
      { naam: 'soort', label: 'Soort verzuim', soort: 'keuze', verplicht: true, opties: [{ waarde: 'langdurig-relatief-verzuim', label: 'Langdurig relatief verzuim' }, { waarde: 'absoluut-verzuim', label: 'Absoluut verzuim' }] },
      { naam: 'thuisSinds', label: 'Thuis sinds', soort: 'datum', verplicht: true },
    ],
  },
  escaleren: {
    titel: 'Escaleren',
    uitleg: 'Naar de volgende trede: van de school naar het Steunpunt, van het Steunpunt naar de Actietafel Thuiszitters.',
    knop: 'Escaleren',
    gelukt: 'De casus is geëscaleerd.',
    velden: () => [{ naam: 'toelichting', label: 'Waarom', soort: 'tekstvak', verplicht: true }],
  },
  aanmeldingVastleggen: {
    titel: 'Schriftelijke aanmelding bij een school',
    uitleg: 'De school heeft 6 weken om een plek te bieden (eenmaal te verlengen met 4 weken).',
    knop: 'Vastleggen',
    gelukt: 'De aanmelding is vastgelegd; de zorgplichttermijn loopt.',
    velden: (ctx) => [
      { naam: 'schoolId', label: 'School', soort: 'keuze', verplicht: true, opties: scholen(ctx) },
      { naam: 'aanmeldingOp', label: 'Aangemeld op', soort: 'datum', verplicht: true, standaard: ctx.vandaag },
    ],
  },
  zorgplichtVerlengen: {
    titel: 'Zorgplicht verlengen (eenmaal 4 weken)',
    knop: 'Verlengen',
    gelukt: 'De zorgplichttermijn is met 4 weken verlengd.',
    velden: (ctx) => [{ naam: 'aanmeldingId', label: 'Aanmelding', soort: 'keuze', verplicht: true, opties: lopendeAanmeldingen(ctx) }],
  },
  aanmeldingAfronden: {
    titel: 'Aanmelding afronden',
    knop: 'Afronden',
    gelukt: 'De aanmelding is afgerond.',
    velden: (ctx) => [
      { naam: 'aanmeldingId', label: 'Aanmelding', soort: 'keuze', verplicht: true, opties: lopendeAanmeldingen(ctx) },
      { naam: 'uitkomst', label: 'Uitkomst', soort: 'keuze', verplicht: true, opties: [{ waarde: 'geplaatst', label: 'Geplaatst' }, { waarde: 'afgewezen', label: 'Afgewezen' }] },
    ],
  },
  doorzettingsmachtInzetten: {
    titel: 'Doorzettingsmacht',
    uitleg: 'De doorzettingskracht is mislukt. U bepaalt binnen de gestelde kaders welke school een plek moet bieden.',
    knop: 'Besluit vastleggen',
    gelukt: 'Het besluit (doorzettingsmacht) is vastgelegd.',
    velden: (ctx) => [
      { naam: 'aangewezenSchoolId', label: 'School die een plek moet bieden', soort: 'keuze', verplicht: true, opties: scholen(ctx) },
      { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true },
      { naam: 'kaders', label: 'Binnen welke kaders', soort: 'tekstvak', verplicht: true },
      { naam: 'uiterlijkAanbodOp', label: 'Aanbod uiterlijk op', soort: 'datum', beschrijving: 'Leeg: de standaardtermijn van het samenwerkingsverband.' },
    ],
  },
  afsluiten: {
    titel: 'Casus afsluiten',
    knop: 'Afsluiten',
    gelukt: 'De casus is afgesloten.',
    velden: (ctx) =>
      ctx.casus.status === 'aanbod'
        ? [{ naam: 'gestartOp', label: 'Gestart op', soort: 'datum', verplicht: true, standaard: ctx.casus.aanbod?.startOp ?? ctx.vandaag }]
        : [
            { naam: 'reden', label: 'Reden', soort: 'keuze', verplicht: true, opties: opties(UITKOMST_LABELS, ['teruggekeerd', 'verhuisd', 'overig']) },
            { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak' },
          ],
  },
  signaalAfwijzen: {
    titel: 'Signaal afwijzen',
    uitleg: 'Het signaal betreft geen (dreigende) thuiszitter.',
    knop: 'Afwijzen',
    gelukt: 'Het signaal is afgewezen en de casus afgesloten.',
    velden: () => [{ naam: 'toelichting', label: 'Waarom', soort: 'tekstvak', verplicht: true }],
  },
  signaalBeoordelen: {
    titel: 'Signaal beoordelen: melding maken',
    uitleg: 'Zoek de leerling op met het BSN of onderwijsnummer; leerplicht wordt direct geïnformeerd.',
    knop: 'Melding maken',
    gelukt: 'Het signaal is een melding geworden.',
    velden: (ctx) => [
      { naam: 'leerling.bsn', label: 'BSN', soort: 'tekst', verplicht: true },
      { naam: 'soort', label: 'Soort', soort: 'keuze', verplicht: true, opties: [{ waarde: 'langdurig-relatief-verzuim', label: 'Langdurig relatief verzuim' }, { waarde: 'absoluut-verzuim', label: 'Absoluut verzuim' }, { waarde: 'dreigend', label: 'Dreigend thuiszitter' }] },
      { naam: 'melder.soort', label: 'Melder', soort: 'vast', standaard: 'steunpunt', weergave: 'Steunpunt' },
      { naam: 'schoolId', label: 'School van inschrijving', soort: 'keuze', opties: [{ waarde: '', label: 'Niet ingeschreven' }, ...scholen(ctx)], standaard: ctx.casus.bron?.school?.id ?? '' },
      { naam: 'thuisSinds', label: 'Thuis sinds', soort: 'datum', standaard: ctx.casus.bron?.sinds ?? '' },
      ...betrokkenheidVelden(),
    ],
  },
  vrijstellingBeeindigen: {
    titel: 'Vrijstelling beëindigen',
    knop: 'Beëindigen',
    gelukt: 'De vrijstelling is beëindigd.',
    velden: (ctx) => [{ naam: 'op', label: 'Einddatum', soort: 'datum', standaard: ctx.vandaag }],
  },
} satisfies Partial<Record<CasusCommando, ActieDefinitie<CasusContext>>> as Record<string, ActieDefinitie<CasusContext>>;
