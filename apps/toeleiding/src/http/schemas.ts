import { controleerCursors, Datum, ExportFormaatQuery, KeysetVelden, VerouderdeOffset } from '@pao/zaak';
import { z } from 'zod';
import {
  ADVIEZEN,
  BEZWAAR_INDIENERS,
  BOB_UITKOMSTEN,
  DESKUNDIGE_ROLLEN,
  DISCIPLINES,
  EINDE_REDENEN,
  EVALUATIE_UITKOMSTEN,
  ONTBREKENDE_ONDERDELEN,
  PRO_DOMEINEN,
  STATUSSEN,
  TLV_SOORTEN,
  UITSPRAAK_UITKOMSTEN,
} from '../domain';
import { type TlvsFilter } from '../queries/geldige-tlvs';
import { werkvoorraadSort, type WerkvoorraadFilter } from '../queries/werkvoorraad';

/**
 * Shapes of every body and query, checked before the domain sees them (the domain checks
 * the rules again and names the field). Unknown fields are dropped. The same schemas
 * produce the OpenAPI document.
 */
export { Datum };
const Id = z.string().min(1).max(200);
const Uuid = z.uuid();
const Tekst = z.string().min(1).max(20_000);
const Soort = z.enum(TLV_SOORTEN);

export const Dossier = z
  .object({
    gevraagdeSoort: Soort.optional(),
    ondersteuningsbehoefte: Tekst.optional().describe('In HGW-termen: wat is geprobeerd, wat is nodig'),
    oppRef: Id.optional(),
    tloVerslagRef: Id.optional(),
    eersteSignaalOp: Datum.optional().describe('Wanneer de school de ondersteuningsbehoefte voor het eerst signaleerde (doorlooptijd signaal → ondersteuning)'),
    gewensteDuur: z.object({ einddatum: z.union([Datum, z.literal('onbepaald')]), onderbouwing: Tekst }).optional(),
  })
  .describe('Wat de school aanlevert; verplichte onderdelen worden bij indienen gecontroleerd');

const Personalia = {
  voornaam: z.string().max(100).optional(),
  tussenvoegsel: z.string().max(100).optional(),
  achternaam: z.string().max(100).optional(),
  geboortedatum: z.string().max(20).optional().describe('JJJJ-MM-DD'),
};

export const NieuweAanvraag = z.object({
  leerling: z.union([
    z.object({ bsn: z.string().min(8).max(20), gemeente: z.string().regex(/^GM\d{4}$/).optional(), ...Personalia }).strict(),
    z.object({ onderwijsnummer: z.string().min(8).max(20), gemeente: z.string().regex(/^GM\d{4}$/).optional(), ...Personalia }).strict(),
  ]).describe('BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard GM0034; naam en geboortedatum (versleuteld bewaard) samen of niet'),
  aanvrager: z.object({ bevoegdGezagId: Uuid, schoolId: Uuid }),
  dossier: Dossier.optional(),
});
export type NieuweAanvraagInvoer = z.infer<typeof NieuweAanvraag>;

const Toelaatbaar = z.object({
  uitkomst: z.literal('toelaatbaar'),
  soort: Soort,
  ingangsdatum: Datum,
  einddatum: z.union([Datum, z.literal('onbepaald')]).describe('31 juli, of onbepaald met onbepaaldReden'),
  onbepaaldReden: Tekst.optional(),
  motivering: Tekst,
});
const NietToelaatbaar = z.object({ uitkomst: z.literal('niet-toelaatbaar'), motivering: Tekst });
const BesluitInhoud = z.discriminatedUnion('uitkomst', [Toelaatbaar, NietToelaatbaar]);

const leeg = z.object({});

/** Body per command: the command's fields without `type` and `swv`. */
export const COMMANDO_BODIES = {
  conceptWijzigen: z.object({ dossier: Dossier }),
  indienen: z.object({ ontvangenOp: Datum.optional().describe('Datum van ontvangst, standaard vandaag') }),
  aanvullingVragen: z.object({ aanvullenVoor: Datum, ontbrekend: z.array(z.enum(ONTBREKENDE_ONDERDELEN)).min(1) }),
  aanvullen: z.object({ ontvangenOp: Datum.optional(), dossier: Dossier.optional() }),
  inBehandelingNemen: leeg,
  adviesVastleggen: z.object({
    deskundige: z.object({
      rol: z.enum(DESKUNDIGE_ROLLEN),
      discipline: z.enum(DISCIPLINES),
      deskundigeId: Id.optional().describe('Standaard de ingelogde orthopedagoog (eerste deskundige)'),
    }),
    advies: z.enum(ADVIEZEN),
    soort: Soort.optional(),
    documentRef: Id.optional().describe('Het adviesdocument (id uit POST /aanvragen/:id/documenten)'),
    motivering: Tekst.optional().describe('De onderbouwing van het advies'),
    proGegevens: z
      .object({
        iq: z.number().int().min(20).max(200).describe('Totaal-IQ'),
        leerachterstanden: z.partialRecord(z.enum(PRO_DOMEINEN), z.number().min(0).max(100)).describe('Leerachterstand per domein in procenten'),
      })
      .optional()
      .describe('PrO: toetsing aan de landelijke criteria, vastgelegd door de eerste deskundige'),
  }),
  besluitNemen: z.object({ inhoud: BesluitInhoud }),
  // Bekendmaking is the sending of the letter (Awb 3:41): its date starts the bezwaartermijn, so it is always given.
  bekendmaken: z.object({ datum: Datum.describe('Datum van verzending van de besluitbrief (Awb 3:41); de bezwaartermijn loopt vanaf de dag erna') }),
  bezwaarRegistreren: z.object({
    indiener: z.enum(BEZWAAR_INDIENERS),
    ontvangenOp: Datum.describe('Datum van ontvangst'),
    verzondenOp: Datum.optional().describe('Datum poststempel bij verzending per post (Awb 6:9 lid 2)'),
  }),
  termijnoverschrijdingBeoordelen: z.object({ verschoonbaar: z.boolean().describe('Awb 6:11: redelijkerwijs niet in verzuim'), reden: Tekst }),
  beroepRegistreren: z.object({
    indiener: z.enum(BEZWAAR_INDIENERS),
    ontvangenOp: Datum.describe('Datum van ontvangst van het beroepschrift door de rechtbank'),
    verzondenOp: Datum.optional().describe('Datum poststempel bij verzending per post (Awb 6:9 lid 2)'),
  }),
  uitspraakRegistreren: z.object({ uitkomst: z.enum(UITSPRAAK_UITKOMSTEN), datum: Datum.optional().describe('Datum van verzending van de uitspraak') }),
  doorsturenNaarLbt: z.object({ datum: Datum.optional() }),
  lbtAdviesRegistreren: z.object({ advies: z.enum(BOB_UITKOMSTEN), datum: Datum.optional() }),
  beslissingOpBezwaarVerdagen: z.object({ datum: Datum.optional() }),
  beslissenOpBezwaar: z.object({ uitkomst: z.enum(BOB_UITKOMSTEN), motivering: Tekst, herzienBesluit: BesluitInhoud.optional() }),
  plaatsingRegistreren: z.object({ schoolId: Uuid, datum: Datum }),
  overbruggingStarten: z.object({ van: Datum.optional(), arrangementRef: Id.optional() }),
  overbruggingBeeindigen: z.object({ tot: Datum.optional() }),
  einddatumWijzigen: z.object({ einddatum: z.union([Datum, z.literal('onbepaald')]), onbepaaldReden: Tekst.optional(), motivering: Tekst }),
  beeindigen: z.object({ reden: z.enum(EINDE_REDENEN), datum: Datum.optional() }),
  jaarlijkseEvaluatieVastleggen: z.object({
    uitkomst: z.enum(EVALUATIE_UITKOMSTEN).describe('Past terug- of overplaatsing (001:2080-2082)?'),
    oppGeevalueerd: z.boolean().describe('Het OPP is met ouders en leerling geëvalueerd (001:1571)'),
    datum: Datum.optional(),
  }),
  verlengingAanvragen: z.object({ bevoegdGezagId: Uuid, dossier: Dossier.optional() }),
  intrekken: z.object({ datum: Datum.optional() }),
  buitenBehandelingStellen: z.object({ motivering: Tekst }),
} as const;

export type HttpCommando = keyof typeof COMMANDO_BODIES;
export const HTTP_COMMANDOS = Object.keys(COMMANDO_BODIES) as HttpCommando[];

/** `?status=a&status=b` arrives as an array, `?status=a` as a string. */
const herhaalbaar = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]), z.array(schema).optional());

const WerkvoorraadVelden = z.object({
  status: herhaalbaar(z.enum(STATUSSEN)),
  schoolId: Uuid.optional(),
  soort: Soort.optional(),
  wie: z.enum(['mij', 'aan-zet', 'niemand']).optional().describe('mij: ik ben behandelaar; aan-zet: mijn rol is aan zet; niemand: zonder behandelaar'),
  binnen: z.enum(['week']).optional().describe('week: alleen zaken waarvan de eerstvolgende termijn binnen zeven dagen verloopt (of al verlopen is)'),
  sorteer: z.enum(['termijn', 'ingediend']).default('termijn'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: VerouderdeOffset,
  ...KeysetVelden,
});
export const WerkvoorraadQuery = WerkvoorraadVelden.superRefine((q, ctx) => controleerCursors(q, q.sorteer, werkvoorraadSort(q.sorteer), ctx)) satisfies z.ZodType<WerkvoorraadFilter>;
export type { WerkvoorraadFilter };

/** The werkvoorraad's filters plus the file type of its export. */
export const WerkvoorraadExportQuery = WerkvoorraadVelden.omit({ na: true, voor: true }).extend({ formaat: ExportFormaatQuery });
export type WerkvoorraadExportFilter = z.infer<typeof WerkvoorraadExportQuery>;

export const BehandelaarToewijzen = z.object({
  kaart: z.string().min(10).max(2000).nullable().describe('De kaart van de medewerker uit GET /api/medewerkers (door de gateway ondertekend), of null: geen behandelaar'),
  reden: z.string().max(2000).optional(),
});
export type BehandelaarToewijzenInvoer = z.infer<typeof BehandelaarToewijzen>;

export const Besluitbrief = z.object({ verzenddatum: Datum.describe('De dag waarop de brief wordt verzonden: de bekendmaking (Awb 3:41)') });
export type BesluitbriefInvoer = z.infer<typeof Besluitbrief>;

export const Zoekvraag = z.object({ q: z.string().trim().min(2).max(100).describe('Kenmerk, naam, geboortedatum, BSN/onderwijsnummer of school') });
export type ZoekvraagInvoer = z.infer<typeof Zoekvraag>;

export const TlvsQuery = z.object({
  peildatum: Datum,
  soort: Soort.optional(),
  schoolId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
}) satisfies z.ZodType<TlvsFilter>;
export type { TlvsFilter };

export const DoorlooptijdenQuery = z
  .object({ van: Datum, tot: Datum })
  .refine((q) => q.van <= q.tot, { message: 'van moet vóór tot liggen', path: ['tot'] });

export const OverzichtExportQuery = z
  .object({ van: Datum, tot: Datum, formaat: ExportFormaatQuery })
  .refine((q) => q.van <= q.tot, { message: 'van moet vóór tot liggen', path: ['tot'] });

export const BulkEinddatum = z.object({ huidigeEinddatum: Datum, nieuweEinddatum: Datum.describe('Een latere 31 juli'), motivering: Tekst });
export type BulkEinddatumInvoer = z.infer<typeof BulkEinddatum>;

export const TellingVaststellen = z.object({ teldatum: Datum });

export const ObjectQuery = z.object({ objectId: Uuid, limit: z.coerce.number().int().min(1).max(1000).default(200) });

export const IdParam = z.uuid();
