import { type Aanvraag, type Account, type DocumentPlek, type School } from './api/types';

// The vocabularies the forms offer, checked against what toeleiding declares (generated types).
type Advies = NonNullable<Aanvraag['adviezen'][number]>;
type Discipline = Advies['deskundige']['discipline'];
type Indiener = NonNullable<Aanvraag['bezwaar']>['indiener'];
type BobUitkomst = NonNullable<NonNullable<Aanvraag['bezwaar']>['lbtAdvies']>['advies'];
type UitspraakUitkomst = NonNullable<Aanvraag['beroepen'][number]['uitspraak']>['uitkomst'];
const INDIENERS = ['ouders', 'bevoegd-gezag'] as const satisfies readonly Indiener[];
const BOB_UITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const satisfies readonly BobUitkomst[];
const UITSPRAAK_UITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const satisfies readonly UitspraakUitkomst[];
const ADVIEZEN = ['toelaatbaar', 'niet-toelaatbaar'] as const satisfies readonly Advies['advies'][];
import { eersteVolledigSchooljaarEinde } from './format';
import { SOORTEN_PER_SECTOR, soortLabel, waardeLabel } from './labels';

/**
 * The form for each command of the toeleiding API (`POST /aanvragen/:id/acties/:commando`).
 * Field names are the dotted paths of the request body (`inhoud.motivering`), so the
 * problem+json `errors[].field` of a 400 lands next to the right field.
 */
export interface Optie {
  waarde: string;
  label: string;
}

export interface Veld {
  naam: string;
  label: string;
  soort: 'tekst' | 'tekstvak' | 'datum' | 'keuze' | 'keuzes' | 'vast' | 'bestand';
  /** For 'bestand': where the upload is attached; the field's value becomes the document id. */
  document?: DocumentPlek;
  verplicht?: boolean;
  beschrijving?: string;
  opties?: Optie[];
  standaard?: string | string[];
  /** For 'vast': what the reader sees instead of the value. */
  weergave?: string;
  /** Shown (and sent) only when this returns true. */
  zichtbaar?: (waarden: Waarden) => boolean;
  /** Sent as a number, or as true/false ('ja'/'nee'), instead of the text typed or chosen. */
  omzetten?: 'getal' | 'ja-nee';
}

export type Waarden = Record<string, string | string[]>;

export interface Context {
  account: Account;
  aanvraag: Aanvraag;
  scholen: School[];
  vandaag: string;
}

/** One command's form; `C` is what the fields are computed from (the toeleiding Context by default). */
export interface ActieDefinitie<C = Context> {
  titel: string;
  uitleg?: string;
  knop: string;
  gelukt: string;
  velden: (ctx: C) => Veld[];
}

const opties = (waarden: readonly string[], label: (w: string) => string = waardeLabel): Optie[] => waarden.map((w) => ({ waarde: w, label: label(w) }));

const feitdatum = (naam: string, label: string, vandaag: string, verplicht = false): Veld => ({
  naam,
  label,
  soort: 'datum',
  verplicht,
  standaard: vandaag,
  beschrijving: 'Niet in de toekomst. Standaard vandaag.',
});

/** Awb 6:9 lid 2: a posted appeal is on time when posted in the term and received within a week after it. */
const VERZONDEN_OP: Veld = {
  naam: 'verzondenOp',
  label: 'Poststempel (verzonden op)',
  soort: 'datum',
  beschrijving: 'Alleen bij verzending per post. Op tijd als het uiterlijk op de laatste dag van de termijn is verzonden en binnen een week daarna is ontvangen.',
};

const PRO_DOMEIN_LABELS: Record<string, string> = {
  'inzichtelijk-rekenen': 'inzichtelijk rekenen',
  'begrijpend-lezen': 'begrijpend lezen',
  'technisch-lezen': 'technisch lezen',
  spellen: 'spellen',
};
const PRO_VELDEN: Veld[] = [
  { naam: 'proGegevens.iq', label: 'Totaal-IQ', soort: 'tekst', verplicht: true, omzetten: 'getal', beschrijving: 'Landelijke criteria praktijkonderwijs: IQ 55 tot en met 80.' },
  ...Object.entries(PRO_DOMEIN_LABELS).map(([domein, label]): Veld => ({
    naam: `proGegevens.leerachterstanden.${domein}`,
    label: `Leerachterstand ${label} (%)`,
    soort: 'tekst',
    omzetten: 'getal',
    beschrijving: 'Ten minste 50% op twee domeinen, waarvan één inzichtelijk rekenen of begrijpend lezen.',
  })),
];

const TWEEDE_DISCIPLINES = ['jeugdpsycholoog', 'pedagoog', 'jeugdpsychiater', 'arts', 'maatschappelijk-werker', 'orthopedagoog'] as const satisfies readonly Discipline[];
const DISCIPLINE_LABELS: Record<string, string> = {
  orthopedagoog: 'Orthopedagoog',
  psycholoog: 'Psycholoog',
  jeugdpsycholoog: 'Jeugdpsycholoog',
  pedagoog: 'Pedagoog',
  jeugdpsychiater: 'Jeugdpsychiater',
  arts: 'Arts',
  'maatschappelijk-werker': 'Maatschappelijk werker',
};

function soortOpties(ctx: Context): Optie[] {
  // A case is always of the account's own SWV.
  return opties(ctx.account.sector ? SOORTEN_PER_SECTOR[ctx.account.sector] : [], soortLabel);
}

/** The besluit fields, under `prefix` (`inhoud` or `herzienBesluit`). */
function besluitVelden(ctx: Context, prefix: string, zichtbaar?: (w: Waarden) => boolean): Veld[] {
  const gevraagd = ctx.aanvraag.dossier?.gevraagdeSoort ?? ctx.aanvraag.adviezen?.find((a) => a.soort)?.soort ?? '';
  const toelaatbaar = (w: Waarden) => (zichtbaar?.(w) ?? true) && w[`${prefix}.uitkomst`] === 'toelaatbaar';
  return [
    { naam: `${prefix}.uitkomst`, label: 'Uitkomst', soort: 'keuze', verplicht: true, opties: opties(['toelaatbaar', 'niet-toelaatbaar']), standaard: 'toelaatbaar', zichtbaar },
    { naam: `${prefix}.soort`, label: 'Soort TLV', soort: 'keuze', verplicht: true, opties: soortOpties(ctx), standaard: gevraagd, zichtbaar: toelaatbaar },
    { naam: `${prefix}.ingangsdatum`, label: 'Ingangsdatum', soort: 'datum', verplicht: true, standaard: ctx.vandaag, zichtbaar: toelaatbaar },
    {
      naam: `${prefix}.einddatum`,
      label: 'Einddatum',
      soort: 'datum',
      verplicht: true,
      standaard: ctx.aanvraag.dossier?.gewensteDuur?.einddatum && ctx.aanvraag.dossier.gewensteDuur.einddatum !== 'onbepaald' ? ctx.aanvraag.dossier.gewensteDuur.einddatum : eersteVolledigSchooljaarEinde(ctx.vandaag),
      beschrijving: 'Altijd 31 juli; voor VSO ten minste één volledig schooljaar na de ingangsdatum.',
      zichtbaar: toelaatbaar,
    },
    { naam: `${prefix}.motivering`, label: 'Motivering', soort: 'tekstvak', verplicht: true, beschrijving: 'Waarom deze uitkomst (en deze duur).', zichtbaar },
  ];
}

export const ACTIES: Record<string, ActieDefinitie> = {
  // The besluit letter: drawn up, reviewed and sent on the case page (BesluitbriefFormulier); sending is the bekendmaking.
  besluitbrief: {
    titel: 'Besluitbrief opstellen en verzenden',
    knop: 'Verzenden',
    gelukt: 'De besluitbrief is verzonden: het besluit is bekendgemaakt en de bezwaartermijn loopt.',
    velden: () => [],
  },
  indienen: {
    titel: 'Aanvraag indienen',
    knop: 'Indienen',
    gelukt: 'De aanvraag is ingediend.',
    velden: (ctx) => [{ ...feitdatum('ontvangenOp', 'Ontvangen op', ctx.vandaag), beschrijving: 'Alleen invullen als een papieren aanvraag later wordt geregistreerd.' }],
  },
  aanvullingVragen: {
    titel: 'Aanvulling vragen',
    uitleg: 'De beslistermijn staat stil tot de aanvulling binnen is.',
    knop: 'Aanvulling vragen',
    gelukt: 'Om aanvulling is gevraagd; de beslistermijn is opgeschort.',
    velden: () => [
      { naam: 'aanvullenVoor', label: 'Aanvullen vóór', soort: 'datum', verplicht: true },
      {
        naam: 'ontbrekend',
        label: 'Wat ontbreekt',
        soort: 'keuzes',
        verplicht: true,
        opties: [
          { waarde: 'ondersteuningsbehoefte', label: 'Ondersteuningsbehoefte' },
          { waarde: 'opp', label: 'Ontwikkelingsperspectiefplan (OPP)' },
          { waarde: 'tlo-verslag', label: 'Verslag toelaatbaarheidsoverleg' },
          { waarde: 'deskundigenadvies', label: 'Deskundigenadvies' },
          { waarde: 'tweede-deskundigenadvies', label: 'Advies tweede deskundige' },
          { waarde: 'motivering-duur', label: 'Motivering van de duur' },
          { waarde: 'overig', label: 'Overig' },
        ],
      },
    ],
  },
  aanvullen: {
    titel: 'Aanvulling registreren',
    knop: 'Aanvulling registreren',
    gelukt: 'De aanvulling is geregistreerd; de beslistermijn loopt weer.',
    velden: (ctx) => [feitdatum('ontvangenOp', 'Ontvangen op', ctx.vandaag)],
  },
  inBehandelingNemen: {
    titel: 'In behandeling nemen',
    uitleg: 'De aanvraag is volledig. Daarna leggen de deskundigen hun advies vast.',
    knop: 'In behandeling nemen',
    gelukt: 'De aanvraag is in behandeling genomen.',
    velden: () => [],
  },
  adviesVastleggen: {
    titel: 'Deskundigenadvies vastleggen',
    knop: 'Advies vastleggen',
    gelukt: 'Het deskundigenadvies is vastgelegd.',
    velden: (ctx) => {
      const eersteAl = (ctx.aanvraag.adviezen ?? []).some((a) => a.deskundige.rol === 'eerste');
      const eigen = ctx.account.rol === 'orthopedagoog' && !eersteAl;
      const deskundige: Veld[] = eigen
        ? [
            { naam: 'deskundige.rol', label: 'Rol', soort: 'vast', standaard: 'eerste', weergave: 'Eerste deskundige (SWV): uw eigen advies' },
            { naam: 'deskundige.deskundigeId', label: 'Deskundige', soort: 'vast', standaard: ctx.account.id, weergave: ctx.account.weergavenaam },
            { naam: 'deskundige.discipline', label: 'Discipline', soort: 'keuze', verplicht: true, opties: opties(['orthopedagoog', 'psycholoog'] satisfies Discipline[], (d) => DISCIPLINE_LABELS[d] ?? d), standaard: 'orthopedagoog' },
          ]
        : [
            { naam: 'deskundige.rol', label: 'Rol', soort: 'vast', standaard: 'tweede', weergave: 'Tweede deskundige' },
            { naam: 'deskundige.discipline', label: 'Discipline', soort: 'keuze', verplicht: true, opties: opties(TWEEDE_DISCIPLINES, (d) => DISCIPLINE_LABELS[d] ?? d), standaard: '' },
            {
              naam: 'deskundige.deskundigeId',
              label: 'Kenmerk van de deskundige',
              soort: 'tekst',
              verplicht: true,
              beschrijving: 'Registratienummer (bijvoorbeeld BIG of NIP), geen naam en geen BSN.',
            },
          ];
      return [
        ...deskundige,
        { naam: 'advies', label: 'Advies', soort: 'keuze', verplicht: true, opties: opties(ADVIEZEN), standaard: '' },
        { naam: 'soort', label: 'Geadviseerde soort TLV', soort: 'keuze', opties: [{ waarde: '', label: 'Geen' }, ...soortOpties(ctx)], standaard: ctx.aanvraag.dossier?.gevraagdeSoort ?? '' },
        { naam: 'motivering', label: 'Onderbouwing van het advies', soort: 'tekstvak' },
        { naam: 'documentRef', label: 'Adviesdocument', soort: 'bestand', document: { onderdeel: 'advies', soort: 'advies' }, beschrijving: 'PDF, Word (DOCX), PNG of JPEG.' },
        // PrO is judged on the national criteria: the eerste deskundige records the measurements.
        ...(eigen ? PRO_VELDEN.map((v) => ({ ...v, zichtbaar: (w: Waarden) => w.soort === 'PrO' })) : []),
      ];
    },
  },
  besluitNemen: {
    titel: 'Besluit nemen',
    uitleg: 'Een beschikking: na bekendmaking loopt de bezwaartermijn van zes weken.',
    knop: 'Besluit nemen',
    gelukt: 'Het besluit is genomen. Maak het bekend aan ouders en school.',
    velden: (ctx) => besluitVelden(ctx, 'inhoud'),
  },
  bekendmaken: {
    titel: 'Besluit bekendmaken',
    uitleg: 'Bekendmaken is het verzenden van de besluitbrief aan ouders en school (Awb 3:41). De bezwaartermijn van zes weken begint de dag na de verzending.',
    knop: 'Bekendmaken',
    gelukt: 'Het besluit is bekendgemaakt; de bezwaartermijn loopt.',
    velden: () => [{ naam: 'datum', label: 'Datum van verzending', soort: 'datum', verplicht: true, beschrijving: 'De dag waarop de brief is of wordt verzonden (dd-mm-jjjj). Niet in de toekomst.' }],
  },
  bezwaarRegistreren: {
    titel: 'Bezwaar registreren',
    knop: 'Bezwaar registreren',
    gelukt: 'Het bezwaar is geregistreerd.',
    velden: (ctx) => [
      { naam: 'indiener', label: 'Ingediend door', soort: 'keuze', verplicht: true, opties: opties(INDIENERS), standaard: '' },
      feitdatum('ontvangenOp', 'Ontvangen op', ctx.vandaag, true),
      VERZONDEN_OP,
    ],
  },
  termijnoverschrijdingBeoordelen: {
    titel: 'Te late indiening beoordelen',
    uitleg: 'Het bezwaar kwam na de termijn binnen. Is de termijnoverschrijding verschoonbaar (Awb 6:11)? Zo niet, dan kan het bezwaar alleen niet-ontvankelijk worden verklaard.',
    knop: 'Beoordeling vastleggen',
    gelukt: 'De beoordeling van de te late indiening is vastgelegd.',
    velden: () => [
      { naam: 'verschoonbaar', label: 'Verschoonbaar', soort: 'keuze', verplicht: true, opties: [{ waarde: 'ja', label: 'Ja, verschoonbaar' }, { waarde: 'nee', label: 'Nee, niet verschoonbaar' }], standaard: '', omzetten: 'ja-nee' },
      { naam: 'reden', label: 'Reden', soort: 'tekstvak', verplicht: true },
    ],
  },
  beroepRegistreren: {
    titel: 'Beroep registreren',
    uitleg: 'Beroep bij de rechtbank tegen de beslissing op bezwaar. Zolang het beroep loopt, wordt het besluit niet onherroepelijk.',
    knop: 'Beroep registreren',
    gelukt: 'Het beroep is geregistreerd.',
    velden: (ctx) => [
      { naam: 'indiener', label: 'Ingesteld door', soort: 'keuze', verplicht: true, opties: opties(INDIENERS), standaard: '' },
      { ...feitdatum('ontvangenOp', 'Ontvangen door de rechtbank op', ctx.vandaag, true) },
      VERZONDEN_OP,
    ],
  },
  jaarlijkseEvaluatieVastleggen: {
    titel: 'Jaarlijkse evaluatie vastleggen',
    uitleg: 'Ieder schooljaar: is terug- of overplaatsing mogelijk, en is het OPP met ouders en leerling geëvalueerd?',
    knop: 'Evaluatie vastleggen',
    gelukt: 'De jaarlijkse evaluatie is vastgelegd.',
    velden: (ctx) => [
      {
        naam: 'uitkomst',
        label: 'Uitkomst',
        soort: 'keuze',
        verplicht: true,
        opties: [
          { waarde: 'voortzetten', label: 'Plaatsing voortzetten' },
          { waarde: 'terugplaatsing-voorbereiden', label: 'Terugplaatsing naar regulier voorbereiden' },
          { waarde: 'overplaatsing-voorbereiden', label: 'Overplaatsing voorbereiden' },
        ],
        standaard: '',
      },
      { naam: 'oppGeevalueerd', label: 'OPP geëvalueerd met ouders en leerling', soort: 'keuze', verplicht: true, opties: [{ waarde: 'ja', label: 'Ja' }, { waarde: 'nee', label: 'Nee' }], standaard: '', omzetten: 'ja-nee' },
      feitdatum('datum', 'Datum gesprek', ctx.vandaag),
    ],
  },
  uitspraakRegistreren: {
    titel: 'Uitspraak registreren',
    uitleg: 'Gegrond: de beslissing op bezwaar is vernietigd en er moet opnieuw op het bezwaar worden beslist. Anders loopt de termijn voor hoger beroep.',
    knop: 'Uitspraak registreren',
    gelukt: 'De uitspraak is geregistreerd.',
    velden: (ctx) => [
      { naam: 'uitkomst', label: 'Uitspraak', soort: 'keuze', verplicht: true, opties: opties(UITSPRAAK_UITKOMSTEN), standaard: '' },
      feitdatum('datum', 'Verzonden op', ctx.vandaag),
    ],
  },
  doorsturenNaarLbt: {
    titel: 'Doorsturen naar de LBT',
    uitleg: 'Met verweerschrift naar de Landelijke Bezwaaradviescommissie.',
    knop: 'Doorsturen',
    gelukt: 'Het bezwaar is doorgestuurd naar de LBT.',
    velden: (ctx) => [feitdatum('datum', 'Doorgestuurd op', ctx.vandaag)],
  },
  lbtAdviesRegistreren: {
    titel: 'Advies van de LBT registreren',
    knop: 'Advies registreren',
    gelukt: 'Het advies van de LBT is geregistreerd.',
    velden: (ctx) => [
      { naam: 'advies', label: 'Advies LBT', soort: 'keuze', verplicht: true, opties: opties(BOB_UITKOMSTEN), standaard: '' },
      feitdatum('datum', 'Ontvangen op', ctx.vandaag),
    ],
  },
  beslissingOpBezwaarVerdagen: {
    titel: 'Beslissing op bezwaar verdagen',
    uitleg: 'Eenmaal, met ten hoogste zes weken; laat het schriftelijk weten aan de partijen.',
    knop: 'Verdagen',
    gelukt: 'De beslissing op bezwaar is verdaagd.',
    velden: (ctx) => [feitdatum('datum', 'Verdaagd op', ctx.vandaag)],
  },
  beslissenOpBezwaar: {
    titel: 'Beslissen op bezwaar',
    knop: 'Beslissen',
    gelukt: 'Op het bezwaar is beslist.',
    velden: (ctx) => [
      { naam: 'uitkomst', label: 'Uitkomst', soort: 'keuze', verplicht: true, opties: opties(BOB_UITKOMSTEN), standaard: '' },
      { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true },
      ...besluitVelden(ctx, 'herzienBesluit', (w) => w.uitkomst === 'gegrond').map((v) => ({ ...v, label: `Herzien besluit: ${v.label.toLowerCase()}` })),
    ],
  },
  plaatsingRegistreren: {
    titel: 'Plaatsing registreren',
    knop: 'Plaatsing registreren',
    gelukt: 'De plaatsing is geregistreerd.',
    velden: (ctx) => [
      {
        naam: 'schoolId',
        label: 'Geplaatst op school',
        soort: 'keuze',
        verplicht: true,
        opties: [{ waarde: '', label: 'Kies een school' }, ...ctx.scholen.filter((s) => s.soort !== 'regulier').map((s) => ({ waarde: s.id, label: `${s.naam} (${s.soort})` }))],
        standaard: '',
      },
      feitdatum('datum', 'Datum plaatsing', ctx.vandaag, true),
    ],
  },
  overbruggingStarten: {
    titel: 'Overbruggingsarrangement starten',
    knop: 'Overbrugging starten',
    gelukt: 'Het overbruggingsarrangement is gestart.',
    velden: (ctx) => [feitdatum('van', 'Gestart op', ctx.vandaag), { naam: 'arrangementRef', label: 'Kenmerk arrangement', soort: 'tekst' }],
  },
  overbruggingBeeindigen: {
    titel: 'Overbruggingsarrangement beëindigen',
    knop: 'Overbrugging beëindigen',
    gelukt: 'Het overbruggingsarrangement is beëindigd.',
    velden: (ctx) => [feitdatum('tot', 'Beëindigd op', ctx.vandaag)],
  },
  einddatumWijzigen: {
    titel: 'Einddatum wijzigen',
    uitleg: 'Een wijzigingsbesluit: alleen verlengen.',
    knop: 'Einddatum wijzigen',
    gelukt: 'De einddatum is gewijzigd.',
    velden: () => [
      { naam: 'einddatum', label: 'Nieuwe einddatum', soort: 'datum', verplicht: true, beschrijving: 'Altijd 31 juli.' },
      { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true },
    ],
  },
  beeindigen: {
    titel: 'TLV beëindigen',
    knop: 'Beëindigen',
    gelukt: 'De TLV is beëindigd.',
    velden: (ctx) => [
      {
        naam: 'reden',
        label: 'Reden',
        soort: 'keuze',
        verplicht: true,
        standaard: '',
        opties: [
          { waarde: '', label: 'Kies een reden' },
          { waarde: 'terugplaatsing-regulier', label: 'Terugplaatsing in het regulier onderwijs' },
          { waarde: 'overplaatsing', label: 'Overplaatsing' },
          { waarde: 'verhuizing', label: 'Verhuizing' },
          { waarde: 'uitstroom', label: 'Uitstroom' },
          { waarde: 'overig', label: 'Overig' },
        ],
      },
      feitdatum('datum', 'Datum', ctx.vandaag),
    ],
  },
  intrekken: {
    titel: 'Aanvraag intrekken',
    knop: 'Intrekken',
    gelukt: 'De aanvraag is ingetrokken.',
    velden: (ctx) => [feitdatum('datum', 'Ingetrokken op', ctx.vandaag)],
  },
  buitenBehandelingStellen: {
    titel: 'Buiten behandeling stellen',
    uitleg: 'Ook dit is een besluit (Awb 4:5); motiveer het.',
    knop: 'Buiten behandeling stellen',
    gelukt: 'De aanvraag is buiten behandeling gesteld.',
    velden: () => [{ naam: 'motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true }],
  },
  verlengingAanvragen: {
    titel: 'Verlenging aanvragen',
    knop: 'Verlenging aanvragen',
    gelukt: 'Een nieuwe aanvraag voor verlenging is aangemaakt.',
    velden: (ctx) => [{ naam: 'bevoegdGezagId', label: 'Bevoegd gezag', soort: 'vast', standaard: ctx.aanvraag.bevoegdGezagId ?? '', weergave: 'Bevoegd gezag van de aanvraag' }],
  },
  conceptWijzigen: {
    titel: 'Concept wijzigen',
    knop: 'Opslaan',
    gelukt: 'Het concept is opgeslagen.',
    velden: (ctx) => [
      { naam: 'dossier.gevraagdeSoort', label: 'Gevraagde soort TLV', soort: 'keuze', opties: [{ waarde: '', label: 'Nog niet bekend' }, ...soortOpties(ctx)], standaard: ctx.aanvraag.dossier?.gevraagdeSoort ?? '' },
      { naam: 'dossier.ondersteuningsbehoefte', label: 'Ondersteuningsbehoefte', soort: 'tekstvak', standaard: ctx.aanvraag.dossier?.ondersteuningsbehoefte ?? '', beschrijving: 'Wat is geprobeerd en wat is nodig?' },
      { naam: 'dossier.oppRef', label: 'Ontwikkelingsperspectiefplan (OPP)', soort: 'tekst', standaard: ctx.aanvraag.dossier?.oppRef ?? '', beschrijving: 'Kenmerk van het OPP.' },
      { naam: 'dossier.tloVerslagRef', label: 'Verslag toelaatbaarheidsoverleg', soort: 'tekst', standaard: ctx.aanvraag.dossier?.tloVerslagRef ?? '' },
      {
        naam: 'dossier.gewensteDuur.einddatum',
        label: 'Gewenste einddatum',
        soort: 'datum',
        standaard: ctx.aanvraag.dossier?.gewensteDuur?.einddatum && ctx.aanvraag.dossier.gewensteDuur.einddatum !== 'onbepaald' ? ctx.aanvraag.dossier.gewensteDuur.einddatum : '',
        beschrijving: 'Een 31 juli; samen met de onderbouwing.',
      },
      { naam: 'dossier.gewensteDuur.onderbouwing', label: 'Onderbouwing van de duur', soort: 'tekstvak', standaard: ctx.aanvraag.dossier?.gewensteDuur?.onderbouwing ?? '' },
    ],
  },
};

/** Start values of a form. */
export function beginWaarden(velden: Veld[]): Waarden {
  const w: Waarden = {};
  for (const v of velden) w[v.naam] = v.standaard ?? (v.soort === 'keuzes' ? [] : v.soort === 'keuze' ? (v.opties?.[0]?.waarde ?? '') : '');
  return w;
}

/** The visible fields with a value; empty optional fields are left out of the request. */
export function teVersturen(velden: Veld[], waarden: Waarden): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const v of velden) {
    if (v.zichtbaar && !v.zichtbaar(waarden)) continue;
    const waarde = waarden[v.naam];
    if (Array.isArray(waarde) ? waarde.length === 0 && !v.verplicht : waarde === '' || waarde === undefined) continue;
    const tekst = typeof waarde === 'string' ? waarde.trim() : waarde;
    uit[v.naam] = v.omzetten === 'getal' && typeof tekst === 'string' ? Number(tekst.replace(',', '.')) : v.omzetten === 'ja-nee' ? tekst === 'ja' : tekst;
  }
  return uit;
}

/** Required fields left empty, checked before sending (the server checks everything again). */
export function ontbrekendeVelden(velden: Veld[], waarden: Waarden): Record<string, string> {
  const fouten: Record<string, string> = {};
  for (const v of velden) {
    if (!v.verplicht || (v.zichtbaar && !v.zichtbaar(waarden))) continue;
    const waarde = waarden[v.naam];
    if (Array.isArray(waarde) ? waarde.length === 0 : !waarde || !waarde.trim()) {
      fouten[v.naam] = v.soort === 'keuze' || v.soort === 'keuzes' ? `Kies ${v.label.toLowerCase()}` : v.soort === 'bestand' ? `Kies het bestand: ${v.label.toLowerCase()}` : `Vul ${v.label.toLowerCase()} in`;
    }
  }
  return fouten;
}
