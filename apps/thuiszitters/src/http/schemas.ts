import { controleerCursors, Datum, KeysetVelden, VerouderdeOffset } from '@pao/zaak';
import { z } from 'zod';
import {
  ACTIE_EIGENAREN,
  CRISIS_STAPPEN,
  HANDMATIGE_AFSLUIT_REDENEN,
  LEERLING_BETROKKENHEID,
  MELDER_SOORTEN,
  MELDING_SOORTEN,
  NIVEAUS,
  OUDER_BETROKKENHEID,
  PARTIJEN,
  STATUSSEN,
  UITKOMSTEN,
  VERZUIM_SOORTEN,
  VRIJSTELLING_GRONDEN,
  type CommandoType,
} from '../domain';
import { AGENDA_SORT, AGENDA_SORTEER } from '../queries/agenda';
import { werkvoorraadSort } from '../queries/werkvoorraad';

/**
 * Shapes of every body and query, checked before the domain sees them (the domain checks
 * the rules again and names the field). Unknown fields are dropped. The same schemas make
 * the OpenAPI document.
 */
const Uuid = z.uuid();
const Kort = z.string().min(1).max(2_000);
const Lang = z.string().min(1).max(10_000);
const Gemeente = z.string().regex(/^GM\d{4}$/, 'CBS-gemeentecode: GM en vier cijfers');

export const Leerling = z
  .union([
    z.object({ bsn: z.string().min(8).max(20), gemeente: Gemeente.optional() }).strict(),
    z.object({ onderwijsnummer: z.string().min(8).max(20), gemeente: Gemeente.optional() }).strict(),
  ])
  .describe('BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard die van het SWV');
export type LeerlingInvoer = z.infer<typeof Leerling>;

export const Betrokkenheid = z
  .object({ ouders: z.enum(OUDER_BETROKKENHEID), leerling: z.enum(LEERLING_BETROKKENHEID) })
  .describe('Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend');

const MeldingVelden = {
  soort: z.enum(MELDING_SOORTEN),
  melder: z.object({ soort: z.enum(MELDER_SOORTEN), organisatieId: Uuid.optional() }),
  schoolId: Uuid.optional().describe('School van inschrijving; verplicht behalve bij absoluut verzuim'),
  bevoegdGezagId: Uuid.optional(),
  thuisSinds: Datum.optional().describe('Eerste dag thuis; verplicht bij verzuim'),
  onderwijsNog: Kort.optional().describe('Welk onderwijs de leerling nog krijgt'),
  toelichting: Lang.optional(),
  betrokkenen: z.array(z.object({ partij: z.enum(PARTIJEN), omschrijving: z.string().max(200).optional() })).max(20).optional(),
  betrokkenheid: Betrokkenheid,
  gemeente: Gemeente.optional(),
  gemeldOp: Datum.optional(),
};

export const NieuweMelding = z.object({ leerling: Leerling, ...MeldingVelden });
export type NieuweMeldingInvoer = z.infer<typeof NieuweMelding>;

export const NieuweVrijstelling = z.object({
  leerling: Leerling,
  grond: z.enum(VRIJSTELLING_GRONDEN),
  ingangsdatum: Datum,
  einddatum: Datum.optional(),
  schoolId: Uuid.optional(),
  gemeente: Gemeente.optional(),
});
export type NieuweVrijstellingInvoer = z.infer<typeof NieuweVrijstelling>;

const NieuweActie = z.object({ omschrijving: Kort, eigenaar: z.enum(ACTIE_EIGENAREN), uiterlijkOp: Datum, ouderBetrokken: z.boolean().optional() });

/** Body per command: the command's fields without `type`. */
export const COMMANDO_BODIES = {
  signaalBeoordelen: z.object({ leerling: Leerling, ...MeldingVelden }),
  signaalAfwijzen: z.object({ toelichting: Lang }),
  verzuimVastleggen: z.object({ soort: z.enum(VERZUIM_SOORTEN), thuisSinds: Datum }),
  uitkomstVastleggen: z.object({
    uitkomst: z.enum(UITKOMSTEN),
    schoolId: Uuid.optional(),
    omschrijving: Kort.optional(),
    startOp: Datum,
    crisisplaatsing: z.boolean().optional(),
    vergaderingId: Uuid.optional(),
    betrokkenheid: Betrokkenheid,
  }),
  afsluiten: z.object({ reden: z.enum(HANDMATIGE_AFSLUIT_REDENEN).optional(), toelichting: Lang.optional(), op: Datum.optional(), gestartOp: Datum.optional() }),
  vrijstellingBeeindigen: z.object({ op: Datum.optional() }),
  escaleren: z.object({ toelichting: Lang }),
  besprekingVastleggen: z.object({ vergaderingId: Uuid, afspraken: Lang, betrokkenheid: Betrokkenheid, op: Datum.optional() }),
  doorzettingskrachtInzetten: z.object({
    afspraak: Lang,
    schoolId: Uuid.optional(),
    partijen: z.array(z.enum(PARTIJEN)).min(2).max(PARTIJEN.length),
    plaatsingUiterlijk: Datum,
    betrokkenheid: Betrokkenheid,
    vergaderingId: Uuid.optional(),
  }),
  doorzettingsmachtInzetten: z.object({ aangewezenSchoolId: Uuid, motivering: Lang, kaders: Lang, uiterlijkAanbodOp: Datum.optional() }),
  terugNaarSteunpunt: z.object({ afspraken: Lang, acties: z.array(NieuweActie).min(1).max(20), betrokkenheid: Betrokkenheid, vergaderingId: Uuid.optional() }),
  actieToevoegen: NieuweActie.extend({ vergaderingId: Uuid.optional() }),
  actieAfronden: z.object({ actieId: Uuid, resultaat: Kort, op: Datum.optional() }),
  actieBijstellen: z.object({ actieId: Uuid, uiterlijkOp: Datum, toelichting: Kort }),
  overlegVastleggen: z.object({ op: Datum.optional(), deelnemers: z.array(z.enum(PARTIJEN)).min(1).max(PARTIJEN.length), betrokkenheid: Betrokkenheid, afspraken: Lang }),
  crisisstapVastleggen: z.object({ stap: z.enum(CRISIS_STAPPEN), op: Datum.optional() }),
  aanmeldingVastleggen: z.object({ schoolId: Uuid, aanmeldingOp: Datum }),
  zorgplichtVerlengen: z.object({ aanmeldingId: Uuid }),
  aanmeldingAfronden: z.object({ aanmeldingId: Uuid, uitkomst: z.enum(['geplaatst', 'afgewezen']), op: Datum.optional() }),
} satisfies Record<Exclude<CommandoType, 'bewaken'>, z.ZodType>;

export type HttpCommando = keyof typeof COMMANDO_BODIES;
export const HTTP_COMMANDOS = Object.keys(COMMANDO_BODIES) as HttpCommando[];

const lijst = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(schema));

export const WerkvoorraadQuery = z.object({
  status: lijst(z.enum(STATUSSEN)).optional(),
  soort: z.enum([...MELDING_SOORTEN, 'vrijstelling']).optional(),
  niveau: z.enum(NIVEAUS).optional(),
  schoolId: Uuid.optional(),
  aandacht: z.enum(['ja']).optional().describe('Alleen casussen met een verlopen termijn of aandacht van de teamleider'),
  sorteer: z.enum(['thuis', 'termijn']).default('thuis'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: VerouderdeOffset,
  ...KeysetVelden,
}).superRefine((q, ctx) => controleerCursors(q, q.sorteer, werkvoorraadSort(q.sorteer), ctx));
export type WerkvoorraadQueryInvoer = z.infer<typeof WerkvoorraadQuery>;

export const AgendaQuery = z.object({
  vergaderingId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: VerouderdeOffset,
  ...KeysetVelden,
}).superRefine((q, ctx) => controleerCursors(q, AGENDA_SORTEER, AGENDA_SORT, ctx));

export const NieuweVergadering = z.object({ datum: Datum, locatie: z.string().max(200).optional() });

export const VERGADERING_BODIES = {
  vergaderingVerplaatsen: z.object({ datum: Datum }),
  vergaderingAfronden: z.object({ aanwezigen: z.array(z.enum(PARTIJEN)).min(2).max(PARTIJEN.length), notities: Lang.optional() }),
  vergaderingAnnuleren: z.object({ reden: Kort }),
};
export type VergaderingHttpCommando = keyof typeof VERGADERING_BODIES;

export const KwartaalQuery = z.object({
  jaar: z.coerce.number().int().min(2016).max(2100),
  kwartaal: z.coerce.number().int().min(1).max(4),
});

export const InspectieQuery = KwartaalQuery.extend({ formaat: z.enum(['csv', 'xlsx']).default('xlsx') });

export const ScholenQuery = z.object({
  expertise: lijst(z.string().min(1).max(60)).optional().describe('Alleen scholen met al deze expertise (komma-gescheiden)'),
  naam: z.string().min(1).max(100).optional(),
});
