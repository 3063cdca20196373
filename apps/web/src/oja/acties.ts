import { type Account } from '../api/types';
import { type Optie, type Veld, type Waarden } from '../acties';
import { naarCenten, naarEuroTekst } from './geld';
import { type Arrangement, type Configuratie, type OjaCommando, type OjaPadCommando } from './types';

/**
 * The form of each step of an arrangement (`POST /oja/arrangementen/:id/acties/:commando`).
 * Field names follow the request body (`periode.tot`, `kostenCent`); per-payer amounts are
 * named `verdeling.<betaler>` so a budget refusal naming the payer lands at its field.
 */
export interface Context {
  account: Account;
  arrangement: Arrangement;
  configuratie: Configuratie;
  vandaag: string;
}

export interface StapDefinitie {
  titel: string;
  uitleg?: string;
  knop: string;
  gelukt: string;
  velden: (ctx: Context) => Veld[];
  bouw: (w: Waarden, ctx: Context) => unknown;
  /** Server field → form field (lists become per-payer fields). */
  veldVan?: (veld: string, ctx: Context) => string;
}

const opties = (lijst: Array<[string, string]>): Optie[] => lijst.map(([waarde, label]) => ({ waarde, label }));
const tekst = (w: Waarden, naam: string) => (typeof w[naam] === 'string' ? (w[naam] as string).trim() : '');
const optioneel = (w: Waarden, naam: string) => tekst(w, naam) || undefined;
/** An amount field: cents when it reads as money, else the text itself (the server names the field). */
const bedrag = (w: Waarden, naam: string): number | string | undefined => {
  const t = tekst(w, naam);
  if (!t) return undefined;
  return naarCenten(t) ?? t;
};
const datumVeld = (naam: string, label: string, standaard?: string, verplicht = true, beschrijving?: string): Veld => ({ naam, label, soort: 'datum', verplicht, standaard, beschrijving });
const euroVeld = (naam: string, label: string, standaard?: number, verplicht = true, beschrijving = 'In euro’s, bijvoorbeeld 12.500,00.'): Veld => ({
  naam,
  label,
  soort: 'tekst',
  verplicht,
  standaard: naarEuroTekst(standaard),
  beschrijving,
});

const GEMEENTELIJK = ['jeugdwet', 'wmo', 'participatiewet'];

/** The payers of the arrangement's type in its gemeente (the default split's purses). */
export function betalersVan(ctx: Context): Array<{ code: string; naam: string; soort: string }> {
  const a = ctx.arrangement;
  if (a.toekenningen.length > 0) return a.toekenningen[0].verdeling.map((r) => ({ code: r.betaler, naam: r.naam ?? r.betaler, soort: r.soort }));
  const type = ctx.configuratie.types.find((t) => t.code === a.type.code);
  return (type?.verdeling ?? []).flatMap((v) => {
    const b = ctx.configuratie.betalers.find((x) => x.soort === v.soort && (GEMEENTELIJK.includes(v.soort) ? x.gemeente === a.gemeente.code : true));
    return b ? [{ code: b.code, naam: b.naam, soort: b.soort }] : [];
  });
}

/** `verdeling.1.bedragCent` → `verdeling.<code of the second payer>`. */
function lijstNaarBetaler(prefix: string, volgorde: (ctx: Context) => string[]) {
  return (veld: string, ctx: Context) => {
    const m = new RegExp(`^${prefix}\\.(\\d+)\\.(bedragCent|betaler)$`).exec(veld);
    if (!m) return veld;
    const code = volgorde(ctx)[Number(m[1])];
    return code ? `${prefix}.${code}` : prefix;
  };
}

const overschrijdingVeld = (ctx: Context): Veld[] =>
  ctx.account.rol === 'teamleider'
    ? [
        {
          naam: 'overschrijding.reden',
          label: 'Motivering om boven het budget te beslissen',
          soort: 'tekstvak',
          beschrijving: 'Alleen invullen als u bewust boven het budget van een betaler beslist. Wordt met uw naam vastgelegd.',
        },
      ]
    : [];

const verdelingVelden = (ctx: Context, standaard: Array<{ betaler: string; bedragCent: number }> | undefined): Veld[] => [
  {
    naam: 'verdelingKeuze',
    label: 'Verdeling over de betalers',
    soort: 'keuze',
    opties: opties([
      ['standaard', 'Standaardverdeling van het arrangementtype'],
      ['eigen', 'Bedragen per betaler opgeven'],
    ]),
    standaard: 'standaard',
  },
  ...betalersVan(ctx).map(
    (b): Veld => ({
      ...euroVeld(`verdeling.${b.code}`, `Bedrag ${b.naam}`, standaard?.find((s) => s.betaler === b.code)?.bedragCent),
      zichtbaar: (w) => w.verdelingKeuze === 'eigen',
    }),
  ),
];

const verdelingUit = (w: Waarden, ctx: Context) =>
  w.verdelingKeuze === 'eigen' ? betalersVan(ctx).map((b) => ({ betaler: b.code, bedragCent: bedrag(w, `verdeling.${b.code}`) ?? 0 })) : undefined;

const verdelingVolgorde = (ctx: Context) => betalersVan(ctx).map((b) => b.code);

/** Every form is for a command the API declares (./types): a command renamed on the server fails the type check here. */
export const STAPPEN = {
  onderwijsBeoordelen: {
    titel: 'Beoordelen namens het onderwijs',
    knop: 'Beoordeling vastleggen',
    gelukt: 'De beoordeling van het onderwijs is vastgelegd.',
    velden: () => [
      { naam: 'oordeel', label: 'Oordeel', soort: 'keuze', verplicht: true, opties: opties([['akkoord', 'Akkoord'], ['niet-akkoord', 'Niet akkoord']]), standaard: 'akkoord' },
      { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak', beschrijving: 'Verplicht bij niet akkoord.' },
    ],
    bouw: (w) => ({ oordeel: tekst(w, 'oordeel'), toelichting: optioneel(w, 'toelichting') }),
  },
  jeugdhulpBeoordelen: {
    titel: 'Beoordelen namens de jeugdhulp',
    uitleg: 'De gemeente legt haar eigen besluit vast: het kenmerk van de jeugdhulpbeschikking of -toewijzing en wat zij per eigen budget toezegt. Er gaan geen iJw-berichten uit.',
    knop: 'Besluit vastleggen',
    gelukt: 'Het besluit over het jeugdhulpdeel is vastgelegd.',
    velden: (ctx) => {
      const gemeentelijk = betalersVan(ctx).filter((b) => GEMEENTELIJK.includes(b.soort));
      const akkoord = (w: Waarden) => w.oordeel === 'akkoord';
      return [
        { naam: 'oordeel', label: 'Oordeel', soort: 'keuze', verplicht: true, opties: opties([['akkoord', 'Akkoord'], ['niet-akkoord', 'Niet akkoord']]), standaard: 'akkoord' },
        {
          naam: 'referentie.soort',
          label: 'Soort besluit',
          soort: 'keuze',
          verplicht: true,
          opties: gemeentelijk.length > 0 ? opties([['beschikking', 'Beschikking'], ['toewijzing', 'Toewijzing']]) : opties([['indicatie', 'Wlz-indicatie (CIZ)']]),
          zichtbaar: akkoord,
        },
        { naam: 'referentie.kenmerk', label: 'Kenmerk van het besluit', soort: 'tekst', verplicht: true, zichtbaar: akkoord },
        ...gemeentelijk.map(
          (b): Veld => ({
            ...euroVeld(`toegezegd.${b.code}`, `Toegezegd uit ${b.naam}`, ctx.arrangement.voorstel?.verdeling.find((r) => r.betaler === b.code)?.bedragCent),
            zichtbaar: akkoord,
          }),
        ),
        { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak', beschrijving: 'Verplicht bij niet akkoord.' },
      ];
    },
    bouw: (w, ctx) =>
      w.oordeel === 'akkoord'
        ? {
            oordeel: 'akkoord',
            referentie: { soort: tekst(w, 'referentie.soort'), kenmerk: tekst(w, 'referentie.kenmerk') },
            toegezegd: betalersVan(ctx)
              .filter((b) => GEMEENTELIJK.includes(b.soort))
              .map((b) => ({ betaler: b.code, bedragCent: bedrag(w, `toegezegd.${b.code}`) ?? 0 })),
            toelichting: optioneel(w, 'toelichting'),
          }
        : { oordeel: 'niet-akkoord', toelichting: optioneel(w, 'toelichting') },
    veldVan: lijstNaarBetaler('toegezegd', (ctx) => betalersVan(ctx).filter((b) => GEMEENTELIJK.includes(b.soort)).map((b) => b.code)),
  },
  toekennen: {
    titel: 'Toekennen',
    uitleg: 'Een arrangement is altijd tijdelijk: de einddatum is verplicht. De toekenning legt het geld per betaler vast op hun budgetten.',
    knop: 'Toekennen',
    gelukt: 'Het arrangement is toegekend; het geld is vastgelegd.',
    velden: (ctx) => {
      const a = ctx.arrangement;
      return [
        datumVeld('periode.van', 'Ingangsdatum', a.aanvraag?.gevraagdePeriode.van ?? a.periode.van),
        datumVeld('periode.tot', 'Einddatum', a.aanvraag?.gevraagdePeriode.tot ?? a.periode.tot),
        euroVeld('kostenCent', 'Kosten voor de hele periode', a.aanvraag?.begrootKostenCent),
        ...verdelingVelden(ctx, a.voorstel?.verdeling),
        { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', beschrijving: `Verplicht als de periode langer is dan de normduur (${a.type.normduurMaanden ?? '?'} maanden).` },
        ...overschrijdingVeld(ctx),
      ];
    },
    bouw: (w, ctx) => ({
      periode: { van: tekst(w, 'periode.van'), tot: tekst(w, 'periode.tot') || undefined },
      kostenCent: bedrag(w, 'kostenCent'),
      verdeling: verdelingUit(w, ctx),
      motivering: optioneel(w, 'motivering'),
      overschrijding: optioneel(w, 'overschrijding.reden') ? { reden: tekst(w, 'overschrijding.reden') } : undefined,
    }),
    veldVan: lijstNaarBetaler('verdeling', verdelingVolgorde),
  },
  starten: {
    titel: 'Start registreren',
    knop: 'Start registreren',
    gelukt: 'De start is geregistreerd; de eerste evaluatie is gepland.',
    velden: (ctx) => [datumVeld('datum', 'Startdatum', ctx.vandaag)],
    bouw: (w) => ({ datum: tekst(w, 'datum') }),
  },
  evalueren: {
    titel: 'Evaluatie vastleggen',
    uitleg: 'Elk arrangement wordt minstens jaarlijks geëvalueerd; de volgende evaluatie wordt hierna gepland.',
    knop: 'Evaluatie vastleggen',
    gelukt: 'De evaluatie is vastgelegd.',
    velden: (ctx) => [
      { naam: 'uitkomst', label: 'Uitkomst', soort: 'keuze', verplicht: true, opties: opties([['voortzetten', 'Voortzetten'], ['bijstellen', 'Bijstellen'], ['afbouwen', 'Afbouwen'], ['beeindigen', 'Beëindigen']]), standaard: 'voortzetten' },
      { naam: 'verslag', label: 'Verslag', soort: 'tekstvak', verplicht: true },
      datumVeld('datum', 'Datum van de evaluatie', ctx.vandaag, false, 'Niet in de toekomst. Standaard vandaag.'),
    ],
    bouw: (w) => ({ uitkomst: tekst(w, 'uitkomst'), verslag: tekst(w, 'verslag'), datum: optioneel(w, 'datum') }),
  },
  verlengen: {
    titel: 'Verlengen',
    uitleg: 'Een nieuwe einddatum met het geld voor de extra periode. De verdeling die geldt op de eerste dag van de verlenging is de standaard.',
    knop: 'Verlengen',
    gelukt: 'Het arrangement is verlengd.',
    velden: (ctx) => {
      const gemeentelijk = betalersVan(ctx).some((b) => GEMEENTELIJK.includes(b.soort));
      return [
        datumVeld('tot', 'Nieuwe einddatum'),
        euroVeld('kostenCent', 'Kosten van de extra periode'),
        ...verdelingVelden(ctx, undefined),
        ...(gemeentelijk
          ? [
              { naam: 'referentie.soort', label: 'Soort besluit van de gemeente', soort: 'keuze', verplicht: true, opties: opties([['beschikking', 'Beschikking'], ['toewijzing', 'Toewijzing']]) } as Veld,
              { naam: 'referentie.kenmerk', label: 'Kenmerk van het besluit van de gemeente', soort: 'tekst', verplicht: true } as Veld,
            ]
          : []),
        { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true },
        ...overschrijdingVeld(ctx),
      ];
    },
    bouw: (w, ctx) => ({
      tot: tekst(w, 'tot'),
      kostenCent: bedrag(w, 'kostenCent'),
      verdeling: verdelingUit(w, ctx),
      referentie: tekst(w, 'referentie.kenmerk') ? { soort: tekst(w, 'referentie.soort'), kenmerk: tekst(w, 'referentie.kenmerk') } : undefined,
      motivering: tekst(w, 'motivering'),
      overschrijding: optioneel(w, 'overschrijding.reden') ? { reden: tekst(w, 'overschrijding.reden') } : undefined,
    }),
    veldVan: lijstNaarBetaler('verdeling', verdelingVolgorde),
  },
  beeindigen: {
    titel: 'Beëindigen',
    uitleg: 'Het geld voor de dagen na de laatste dag valt vrij.',
    knop: 'Beëindigen',
    gelukt: 'Het arrangement is beëindigd.',
    velden: (ctx) => [
      datumVeld('datum', 'Laatste dag', ctx.vandaag),
      { naam: 'reden', label: 'Reden', soort: 'keuze', verplicht: true, opties: opties([['doel-bereikt', 'Doel bereikt'], ['voortijdig', 'Voortijdig'], ['verhuizing', 'Verhuizing'], ['overig', 'Overig']]) },
      { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak' },
    ],
    bouw: (w) => ({ datum: tekst(w, 'datum'), reden: tekst(w, 'reden'), toelichting: optioneel(w, 'toelichting') }),
  },
  afsluiten: {
    titel: 'Afsluiten met resultaat',
    knop: 'Afsluiten',
    gelukt: 'Het arrangement is afgesloten.',
    velden: () => [
      { naam: 'resultaat', label: 'Resultaat', soort: 'keuze', verplicht: true, opties: opties([['doel-bereikt', 'Doel bereikt'], ['deels-bereikt', 'Deels bereikt'], ['niet-bereikt', 'Niet bereikt']]) },
      {
        naam: 'vervolg',
        label: 'Vervolg',
        soort: 'keuze',
        verplicht: true,
        opties: opties([['regulier-onderwijs', 'Regulier onderwijs'], ['speciaal-onderwijs', 'Speciaal onderwijs'], ['mbo-of-arbeid', 'Mbo of arbeid'], ['jeugdhulp-zonder-onderwijs', 'Jeugdhulp zonder onderwijs'], ['anders', 'Anders']]),
      },
      { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak' },
    ],
    bouw: (w) => ({ resultaat: tekst(w, 'resultaat'), vervolg: tekst(w, 'vervolg'), toelichting: optioneel(w, 'toelichting') }),
  },
  intrekken: {
    titel: 'Intrekken',
    uitleg: 'Vastgelegd geld valt vrij.',
    knop: 'Intrekken',
    gelukt: 'Het arrangement is ingetrokken.',
    velden: () => [{ naam: 'reden', label: 'Reden', soort: 'tekstvak', verplicht: true }],
    bouw: (w) => ({ reden: tekst(w, 'reden') }),
  },
  realisatieBoeken: {
    titel: 'Realisatie boeken',
    uitleg: 'Wat er over een periode echt is uitgegeven, per betaler (bijvoorbeeld uit de facturen van een kwartaal).',
    knop: 'Realisatie boeken',
    gelukt: 'De realisatie is geboekt.',
    velden: (ctx) => [
      datumVeld('periode.van', 'Van'),
      datumVeld('periode.tot', 'Tot en met'),
      ...betalersVan(ctx).map((b) => euroVeld(`bedragen.${b.code}`, `Gerealiseerd ${b.naam}`, undefined, false)),
      { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak' },
    ],
    bouw: (w, ctx) => ({
      periode: { van: tekst(w, 'periode.van'), tot: tekst(w, 'periode.tot') || undefined },
      bedragen: betalersVan(ctx)
        .filter((b) => tekst(w, `bedragen.${b.code}`))
        .map((b) => ({ betaler: b.code, bedragCent: bedrag(w, `bedragen.${b.code}`) })),
      toelichting: optioneel(w, 'toelichting'),
    }),
    veldVan: (veld, ctx) => lijstNaarBetaler('bedragen', (c) => betalersVan(c).map((b) => b.code))(veld, ctx),
  },
  correctieBoeken: {
    titel: 'Correctie boeken',
    uitleg: 'Een bijstelling van wat voor één betaler en budgetperiode is vastgelegd; een min-bedrag verlaagt de vastlegging.',
    knop: 'Correctie boeken',
    gelukt: 'De correctie is geboekt.',
    velden: (ctx) => [
      { naam: 'betaler', label: 'Betaler', soort: 'keuze', verplicht: true, opties: betalersVan(ctx).map((b) => ({ waarde: b.code, label: b.naam })) },
      { naam: 'budgetperiode', label: 'Budgetperiode', soort: 'tekst', verplicht: true, beschrijving: "Een jaar (2026) of een schooljaar (2026-2027), zoals de betaler budgetteert." },
      euroVeld('bedragCent', 'Bedrag', undefined, true, 'In euro’s; met een min-teken om te verlagen.'),
      { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak', verplicht: true },
    ],
    bouw: (w) => ({ betaler: tekst(w, 'betaler'), budgetperiode: tekst(w, 'budgetperiode'), bedragCent: bedrag(w, 'bedragCent'), toelichting: tekst(w, 'toelichting') }),
  },
  leerlingPlaatsen: {
    titel: 'Leerling plaatsen',
    knop: 'Plaatsen',
    gelukt: 'De leerling heeft een plaats gekregen.',
    velden: (ctx) => [
      { naam: 'leerling.bsn', label: 'BSN van de leerling', soort: 'tekst', verplicht: true, beschrijving: 'Wordt versleuteld bewaard en alleen gemaskeerd getoond.' },
      { naam: 'gemeente', label: 'Woongemeente', soort: 'keuze', verplicht: true, opties: ctx.configuratie.gemeenten.map((g) => ({ waarde: g.code, label: g.naam })) },
      datumVeld('datum', 'Vanaf', ctx.vandaag),
    ],
    bouw: (w) => ({ leerling: { bsn: tekst(w, 'leerling.bsn') }, gemeente: tekst(w, 'gemeente'), datum: tekst(w, 'datum') }),
  },
  leerlingUitschrijven: {
    titel: 'Leerling uitschrijven',
    knop: 'Uitschrijven',
    gelukt: 'De leerling is uitgeschreven.',
    velden: (ctx) => [
      {
        naam: 'deelnameId',
        label: 'Leerling',
        soort: 'keuze',
        verplicht: true,
        opties: ctx.arrangement.deelnames.filter((d) => !d.tot).map((d) => ({ waarde: d.id, label: `${d.leerling ?? 'leerling'} (sinds ${d.van.split('-').reverse().join('-')})` })),
      },
      { naam: 'resultaat', label: 'Resultaat', soort: 'keuze', verplicht: true, opties: opties([['doel-bereikt', 'Doel bereikt'], ['deels-bereikt', 'Deels bereikt'], ['niet-bereikt', 'Niet bereikt']]) },
      datumVeld('datum', 'Laatste dag', ctx.vandaag),
    ],
    bouw: (w) => ({ deelnameId: tekst(w, 'deelnameId'), resultaat: tekst(w, 'resultaat'), datum: tekst(w, 'datum') }),
  },
} satisfies Partial<Record<OjaPadCommando, StapDefinitie>> as Record<string, StapDefinitie>;

/** A step with a form here, so one a person sends (STAPPEN's keys are checked against those above). */
export const heeftStap = (k: OjaCommando): k is OjaPadCommando => k in STAPPEN;
