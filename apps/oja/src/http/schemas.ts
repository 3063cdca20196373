import { controleerCursors, Datum, KeysetPaging } from '@pao/zaak';
import { z } from 'zod';
import { EINDE_REDENEN, EVALUATIE_UITKOMSTEN, OORDELEN, REFERENTIE_SOORTEN, RESULTATEN, VERVOLGEN } from '../domain';
import { LIJSTEN, werkvoorraadSort } from '../queries/werkvoorraad';

/**
 * Shapes of every body and query, checked before the domain sees them; the domain checks
 * the rules again (whole cents, periods, known payers) and names the field the same way
 * (`verdeling.0.bedragCent`). Amounts are numbers here so a fraction of a cent reaches the
 * domain's own message. Unknown fields are dropped. The same schemas give the OpenAPI.
 */
const Tekst = z.string().max(20_000);
const Bedrag = z.number().describe('Euro cents, whole number');
const Periode = z.object({ van: Datum, tot: Datum.optional().describe('Einddatum: verplicht, een arrangement is altijd tijdelijk') });
const Betaalregel = z.object({ betaler: z.string().max(64), bedragCent: Bedrag });
const Referentie = z.object({ soort: z.enum(REFERENTIE_SOORTEN), kenmerk: z.string().max(100) }).describe('Kenmerk van de jeugdhulpbeschikking, -toewijzing of Wlz-indicatie');
const Overschrijding = z.object({ reden: z.string().max(2_000) }).describe('Alleen de teamleider: bewust boven het budget beslissen, met motivering');
export const Leerling = z
  .union([z.object({ bsn: z.string().min(8).max(20) }).strict(), z.object({ onderwijsnummer: z.string().min(8).max(20) }).strict()])
  .describe('BSN of onderwijsnummer (elfproef); nooit opgeslagen of gelogd in leesbare vorm');
const Gemeente = z.string().regex(/^GM\d{4}$/).describe('CBS-gemeentecode (woongemeente)');

export const NieuweAanvraag = z.object({
  leerling: Leerling,
  gemeente: Gemeente,
  typeCode: z.string().max(64),
  doelen: z.array(z.string().max(1_000)).max(20),
  plan: Tekst,
  jeugdhulpaanbieder: z.string().max(200),
  gevraagdePeriode: Periode,
  begrootKostenCent: Bedrag.optional(),
});
export type NieuweAanvraagInvoer = z.infer<typeof NieuweAanvraag>;

export const NieuwCollectief = z.object({
  typeCode: z.string().max(64),
  gemeente: Gemeente.describe('Cofinancierende gemeente'),
  periode: Periode,
  plaatsen: z.number().optional(),
  kostenCent: Bedrag,
  verdeling: z.array(Betaalregel).max(10).optional(),
  referentie: Referentie,
  motivering: z.string().max(4_000).optional(),
  overschrijding: Overschrijding.optional(),
});
export type NieuwCollectiefInvoer = z.infer<typeof NieuwCollectief>;

const leeg = z.object({});

/** Body per command: the command's fields without `type`. */
export const COMMANDO_BODIES = {
  onderwijsBeoordelen: z.object({ oordeel: z.enum(OORDELEN), toelichting: z.string().max(4_000).optional(), datum: Datum.optional() }),
  jeugdhulpBeoordelen: z.object({
    oordeel: z.enum(OORDELEN),
    referentie: Referentie.optional(),
    toegezegd: z.array(Betaalregel).max(5).optional().describe('Wat de gemeente per eigen betaler toezegt (bij akkoord)'),
    toelichting: z.string().max(4_000).optional(),
    datum: Datum.optional(),
  }),
  toekennen: z.object({
    periode: Periode,
    kostenCent: Bedrag,
    verdeling: z.array(Betaalregel).max(10).optional().describe('Standaard: de verdeling van het type die geldt op de ingangsdatum'),
    motivering: z.string().max(4_000).optional(),
    overschrijding: Overschrijding.optional(),
  }),
  starten: z.object({ datum: Datum.optional() }),
  evalueren: z.object({ uitkomst: z.enum(EVALUATIE_UITKOMSTEN), verslag: Tekst, datum: Datum.optional() }),
  verlengen: z.object({
    tot: Datum,
    kostenCent: Bedrag,
    verdeling: z.array(Betaalregel).max(10).optional(),
    referentie: Referentie.optional(),
    motivering: z.string().max(4_000),
    overschrijding: Overschrijding.optional(),
  }),
  beeindigen: z.object({ datum: Datum, reden: z.enum(EINDE_REDENEN.filter((r) => r !== 'einde-looptijd') as [string, ...string[]]), toelichting: z.string().max(4_000).optional() }),
  afsluiten: z.object({ resultaat: z.enum(RESULTATEN), vervolg: z.enum(VERVOLGEN), toelichting: z.string().max(4_000).optional() }),
  intrekken: z.object({ reden: z.string().max(2_000) }),
  realisatieBoeken: z.object({ periode: Periode, bedragen: z.array(Betaalregel).max(10), toelichting: z.string().max(2_000).optional() }),
  correctieBoeken: z.object({ betaler: z.string().max(64), budgetperiode: z.string().max(9), bedragCent: Bedrag, toelichting: z.string().max(2_000) }),
  leerlingPlaatsen: z.object({ leerling: Leerling, gemeente: Gemeente, datum: Datum.optional() }),
  leerlingUitschrijven: z.object({ deelnameId: z.uuid(), resultaat: z.enum(RESULTATEN), datum: Datum.optional() }),
  einddatumBereikt: leeg,
} as const;

/** Commands a person gives over HTTP ('einddatumBereikt' is the deadline engine's). */
export const HTTP_COMMANDOS = Object.keys(COMMANDO_BODIES).filter((c) => c !== 'einddatumBereikt') as Array<Exclude<keyof typeof COMMANDO_BODIES, 'einddatumBereikt'>>;
export type HttpCommando = (typeof HTTP_COMMANDOS)[number];

export const WerkvoorraadQuery = KeysetPaging.extend({
  lijst: z.enum(LIJSTEN).default('alle'),
  vorm: z.enum(['individueel', 'collectief']).optional(),
  typeCode: z.string().max(64).optional(),
  gemeente: Gemeente.optional(),
}).superRefine((q, ctx) => controleerCursors(q, q.lijst, werkvoorraadSort(q.lijst), ctx));
export type WerkvoorraadQueryInvoer = z.infer<typeof WerkvoorraadQuery>;

export const BudgetQuery = z.object({ jaar: z.coerce.number().int().min(2000).max(2100) });

export const BudgetVaststellen = z.object({ bedragCent: Bedrag, motivering: z.string().min(1).max(2_000) });

export const RapportageVaststellen = z.object({ datum: Datum.describe('De rapportagedatum (normaal doet de termijnmotor dit op die dag)') });
