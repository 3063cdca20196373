import { KeysetAntwoordVelden } from '@pao/zaak';
import { z } from 'zod';
import {
  BETALER_SOORTEN,
  BOEKINGSOORTEN,
  EINDE_REDENEN,
  EVALUATIE_UITKOMSTEN,
  LEIDINGEN,
  ojaBeslisser,
  OORDELEN,
  REFERENTIE_SOORTEN,
  RESULTATEN,
  STATUSSEN,
  VERVOLGEN,
  VORMEN,
  type OjaCommandoType,
} from '../domain';

/**
 * The answers of the oja API: what the queries build (typed as these schemas' output), what
 * the OpenAPI document declares (ApiZodResponse) and so what the web app's generated types
 * say; under NODE_ENV=test every answer is checked against its schema. The vocabularies
 * (vormen, statuses, betalersoorten, …) are the domain's own lists. Amounts are whole cents.
 */
const Datum = z.iso.date().describe('JJJJ-MM-DD');
const Cent = z.number().int().describe('Eurocent');
const Periode = z.object({ van: Datum, tot: Datum });
const Vorm = z.enum(VORMEN);
const Status = z.enum(STATUSSEN);
const BetalerSoort = z.enum(BETALER_SOORTEN);
const Resultaat = z.enum(RESULTATEN);
const Referentie = z.object({ soort: z.enum(REFERENTIE_SOORTEN), kenmerk: z.string() });
const COMMANDO_TYPES = [...ojaBeslisser.commandoTypes] as [OjaCommandoType, ...OjaCommandoType[]];
const Budgetperiodesoort = z.enum(['kalenderjaar', 'schooljaar']);
export const SIGNALEN = ['evaluatie-verlopen', 'evaluatie-binnenkort', 'einde-binnenkort', 'boven-budget'] as const;

export const WerkvoorraadItem = z.object({
  id: z.uuid(),
  vorm: Vorm,
  typeCode: z.string(),
  voorziening: z.string(),
  gemeente: z.string(),
  status: Status,
  aanZet: z.string().nullable().describe("Wie nu aan zet is, bv. 'beoordeling:onderwijs+gemeente'"),
  leerling: z.string().nullable().describe('Gemaskeerd leerlingnummer'),
  ingangsdatum: Datum,
  einddatum: Datum,
  volgendeEvaluatie: Datum.nullable(),
  plaatsen: z.number().int().nullable(),
  bezet: z.number().int().nullable(),
  vastgelegdCent: Cent,
  gerealiseerdCent: Cent,
  bovenBudget: z.boolean(),
  signalen: z.array(z.enum(SIGNALEN)).describe('Wat aandacht vraagt, in woorden'),
});
export const Werkvoorraad = z.object({
  totaal: z.number().int().describe('Hoeveel arrangementen in de lijst staan; met totaalBegrensd: ten minste zoveel'),
  totaalBegrensd: z.boolean().describe('Het tellen is bij 10.000 gestopt (de lijsten evaluatie en einde): er zijn er meer'),
  tellers: z
    .object({ beoordeling: z.number().int(), evaluatie: z.number().int(), einde: z.number().int(), budget: z.number().int() })
    .describe('Het aantal per lijst; evaluatie en einde geteld tot 10.000'),
  tellersBegrensd: z
    .object({ beoordeling: z.boolean(), evaluatie: z.boolean(), einde: z.boolean(), budget: z.boolean() })
    .describe('Per lijst: het tellen is bij 10.000 gestopt, er zijn er meer (het aantal is dan 10000)'),
  ...KeysetAntwoordVelden,
  items: z.array(WerkvoorraadItem),
});
export const Aangemaakt = z.object({ id: z.uuid() });

const VerdelingRegel = z.object({ betaler: z.string(), soort: BetalerSoort, bedragCent: Cent, naam: z.string() });
export const Arrangement = z.object({
  id: z.uuid(),
  swv: z.string(),
  versie: z.number().int(),
  vorm: Vorm,
  type: z.object({ code: z.string(), naam: z.string(), leiding: z.enum(LEIDINGEN), evaluatieIntervalMaanden: z.number().int().nullable(), normduurMaanden: z.number().int().nullable() }),
  voorziening: z.object({ code: z.string(), naam: z.string() }),
  gemeente: z.object({ code: z.string(), naam: z.string() }),
  regelVersie: z.string(),
  status: Status,
  aanZet: z.string().nullable(),
  periode: Periode,
  leerling: z.object({ weergave: z.string().nullable() }).nullable(),
  aanvraag: z
    .object({
      aangevraagdOp: Datum,
      aanvrager: z.object({ soort: z.string() }),
      doelen: z.array(z.string()),
      plan: z.string(),
      jeugdhulpaanbieder: z.string(),
      gevraagdePeriode: Periode,
      begrootKostenCent: Cent.optional(),
    })
    .nullable(),
  voorstel: z.object({ kostenCent: Cent, verdeling: z.array(VerdelingRegel) }).nullable(),
  beoordeling: z.object({
    onderwijs: z.object({ oordeel: z.enum(OORDELEN), datum: Datum, toelichting: z.string().nullable() }).nullable(),
    jeugdhulp: z
      .object({
        oordeel: z.enum(OORDELEN),
        datum: Datum,
        referentie: Referentie.nullable(),
        toegezegd: z.array(z.object({ betaler: z.string(), bedragCent: Cent, naam: z.string() })),
        toelichting: z.string().nullable(),
      })
      .nullable(),
  }),
  toekenningen: z.array(
    z.object({
      id: z.string(),
      soort: z.enum(['toekenning', 'verlenging']),
      datum: Datum,
      periode: Periode,
      kostenCent: Cent,
      verdeling: z.array(VerdelingRegel),
      regelVersie: z.string(),
      referentie: Referentie.nullable(),
      motivering: z.string().nullable(),
      overschrijding: z.object({ reden: z.string().optional(), betalers: z.array(z.string()) }).nullable(),
    }),
  ),
  geld: z.object({
    perBetaler: z.array(z.object({ betaler: z.string(), budgetperiode: z.string(), vastgelegdCent: Cent, gerealiseerdCent: Cent, naam: z.string() })),
    boekingen: z.array(
      z.object({
        id: z.string(),
        soort: z.enum(BOEKINGSOORTEN),
        betaler: z.string(),
        budgetperiode: z.string(),
        bedragCent: Cent,
        geboektOp: Datum,
        periode: Periode.optional(),
        toekenningId: z.string().optional(),
        toelichting: z.string().optional(),
        naam: z.string(),
      }),
    ),
  }),
  startdatum: Datum.nullable(),
  volgendeEvaluatie: Datum.nullable(),
  evaluaties: z.array(z.object({ id: z.string(), datum: Datum, uitkomst: z.enum(EVALUATIE_UITKOMSTEN), verslag: z.string().optional().describe('Niet voor een gemeente') })),
  einde: z.object({ datum: Datum, reden: z.enum(EINDE_REDENEN), toelichting: z.string().nullable() }).nullable(),
  afsluiting: z.object({ datum: Datum, resultaat: Resultaat, vervolg: z.enum(VERVOLGEN), toelichting: z.string().nullable() }).nullable(),
  ingetrokken: z.object({ datum: Datum, reden: z.string().nullable() }).nullable(),
  plaatsen: z.number().int().nullable(),
  bezetting: z.number().int().nullable(),
  deelnames: z.array(z.object({ id: z.string(), leerling: z.string().nullable(), gemeente: z.string(), van: Datum, tot: Datum.nullable(), resultaat: Resultaat.nullable() })),
  termijnen: z.array(z.object({ soort: z.string(), vervaltOp: Datum, regelVersie: z.string() })),
  tijdlijn: z.array(z.object({ tijdstip: z.iso.datetime(), actie: z.string(), door: z.object({ rol: z.string() }), status: z.string().nullable(), reden: z.string().optional() })),
  toegestaneActies: z.array(z.enum(COMMANDO_TYPES)),
});

export const BudgetRegel = z.object({
  betaler: z.string(),
  naam: z.string(),
  soort: BetalerSoort,
  gemeente: z.string().nullable(),
  budgetperiode: z.string(),
  van: Datum,
  tot: Datum,
  budgetCent: Cent.nullable(),
  vastgelegdCent: Cent,
  gerealiseerdCent: Cent,
  resterendCent: Cent.nullable().describe('Budget min vastgelegd; null zonder budget; negatief: boven budget'),
  overschreden: z.boolean(),
});
export const Budgetoverzicht = z.object({ jaar: z.number().int(), items: z.array(BudgetRegel) });
export const BudgetVastgesteld = z.object({ betaler: z.string(), budgetperiode: z.string(), bedragCent: Cent });

const Betaler = z.object({ code: z.string(), naam: z.string(), soort: BetalerSoort, budgetperiode: Budgetperiodesoort, gemeente: z.string().optional() });
const ArrangementType = z.object({
  code: z.string(),
  naam: z.string(),
  vorm: Vorm,
  leiding: z.enum(LEIDINGEN),
  voorziening: z.string(),
  verdeling: z.array(z.object({ soort: BetalerSoort, basispunten: z.number().int() })),
  normduurMaanden: z.number().int(),
  evaluatieIntervalMaanden: z.number().int(),
  plaatsen: z.number().int().optional(),
});
export const Configuratie = z.object({
  versie: z.string(),
  swv: z.string(),
  geldigVanaf: Datum,
  gemeenten: z.array(z.object({ code: z.string(), naam: z.string(), organisatie: z.string() })),
  betalers: z.array(Betaler),
  voorzieningen: z.array(z.object({ code: z.string(), naam: z.string() })),
  types: z.array(ArrangementType),
  termijnen: z.object({
    beoordelingWeken: z.number().int(),
    evaluatieWaarschuwingDagen: z.number().int(),
    einddatumWaarschuwingWeken: z.number().int(),
    afsluitenWeken: z.number().int(),
    rapportageDag: z.number().int(),
  }),
  vandaag: Datum,
  gemeenteVanLezer: z.string().nullable(),
  alleVersies: z.array(z.object({ versie: z.string(), geldigVanaf: Datum })),
});

export const RapportageKop = z.object({ id: z.uuid(), swv: z.string(), jaar: z.number().int(), kwartaal: z.number().int(), vastgesteldOp: Datum, vastgesteldTijd: z.iso.datetime() });
const Namen = z.record(z.string(), z.string());
export const Kwartaalrapportage = RapportageKop.extend({
  inhoud: z.object({
    jaar: z.number().int(),
    kwartaal: z.number().int(),
    periode: Periode,
    swv: z.string(),
    vastgesteldOp: Datum,
    regelVersie: z.string(),
    leerlingen: z.array(z.object({ typeCode: z.string(), voorziening: z.string(), gemeente: z.string(), instroom: z.number().int(), uitstroom: z.number().int(), lopend: z.number().int() })),
    geld: z.array(z.object({ gemeente: z.string(), betaler: z.string(), budgetperiode: z.string(), vastgelegdCent: Cent, gerealiseerdCent: Cent, gerealiseerdKwartaalCent: Cent })),
    resultaten: z.array(z.object({ typeCode: z.string(), gemeente: z.string(), resultaat: Resultaat, aantal: z.number().int() })),
    namen: z.object({ types: Namen, voorzieningen: Namen, betalers: Namen, gemeenten: Namen }),
  }),
});
export const Rapportages = z.object({ items: z.array(RapportageKop) });

export type ArrangementAntwoord = z.output<typeof Arrangement>;
export type WerkvoorraadAntwoord = z.output<typeof Werkvoorraad>;
export type ConfiguratieAntwoord = z.output<typeof Configuratie>;
