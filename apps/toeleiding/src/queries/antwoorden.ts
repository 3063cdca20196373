import { DocumentInfoAntwoord, KeysetAntwoordVelden } from '@pao/zaak';
import { z } from 'zod';
import {
  ADVIEZEN,
  BEZWAAR_INDIENERS,
  BOB_UITKOMSTEN,
  DESKUNDIGE_ROLLEN,
  DISCIPLINES,
  EINDE_REDENEN,
  ONHERROEPELIJK_REGELS,
  ONTBREKENDE_ONDERDELEN,
  PARTIJEN,
  ROLLEN_PER_COMMANDO,
  STATUSSEN,
  TIJDIGHEID_REGELS,
  TLV_SOORTEN,
  UITSPRAAK_UITKOMSTEN,
  UITVOERING_STATUSSEN,
  type CommandoType,
} from '../domain';

/**
 * The answers of the toeleiding API: what the queries build (typed as these schemas'
 * output), what the OpenAPI document declares (ApiZodResponse) and so what the web app's
 * generated types say; under NODE_ENV=test every answer is checked against its schema. The
 * vocabularies (statuses, soorten, …) are the domain's own lists.
 */
const Datum = z.iso.date().describe('JJJJ-MM-DD');
const Tijdstip = z.iso.datetime();
const Soort = z.enum(TLV_SOORTEN);
const Status = z.enum(STATUSSEN);
const Uitvoering = z.enum(UITVOERING_STATUSSEN);
const COMMANDO_TYPES = Object.keys(ROLLEN_PER_COMMANDO).filter((c) => c !== 'aanmaken') as [CommandoType, ...CommandoType[]];
/** A term with the rule version it was computed under. */
const Termijn = z.object({ datum: Datum.describe('Laatste dag'), regelVersie: z.string() });
const EinddatumOfOnbepaald = z.union([Datum, z.literal('onbepaald')]);

/** The pupil as the actor may see them: the masked number always; name and birth date for the roles that work the case. */
export const LeerlingWeergave = z.object({ weergave: z.string().describe('Gemaskeerd leerlingnummer'), naam: z.string().optional(), geboortedatum: z.string().optional() });
/** The person who owns the case (null: nobody). */
export const BehandelaarWeergave = z.object({ id: z.string(), naam: z.string().nullable() });
export const SchoolRef = z.object({ id: z.string(), naam: z.string().nullable() });

/** The next step: who owes it (the party), in words, and the domain's step code. */
export const VolgendeStap = z.object({ wie: z.enum(PARTIJEN), wat: z.string(), actie: z.string() });
export const SIGNALEN = ['verlopen', 'risico', 'op-tijd'] as const;
/** How urgent a deadline is, against today (working days under the Algemene termijnenwet). */
export const TermijnSignaal = z.object({
  dagenResterend: z.number().int(),
  werkdagenResterend: z.number().int().describe('Negatief: werkdagen verlopen'),
  signaal: z.enum(SIGNALEN),
});

export const WerkvoorraadItem = z.object({
  id: z.uuid(),
  kenmerk: z.string(),
  status: Status,
  uitvoering: Uitvoering.nullable(),
  open: z.boolean(),
  leerling: LeerlingWeergave,
  behandelaar: BehandelaarWeergave.nullable(),
  school: SchoolRef,
  soort: Soort.nullable(),
  ingediendOp: Datum.nullable(),
  volgendeStap: VolgendeStap.nullable(),
  volgendeTermijn: z.object({ soort: z.string(), vervaltOp: Datum, ...TermijnSignaal.shape }).nullable(),
});
export const Werkvoorraad = z.object({
  totaal: z.number().int().describe('Hoeveel zaken aan het filter voldoen; met totaalBegrensd: ten minste zoveel'),
  totaalBegrensd: z.boolean().describe('Het tellen is bij 10.000 gestopt: er zijn meer dan 10.000 zaken (totaal is dan 10000)'),
  ...KeysetAntwoordVelden,
  items: z.array(WerkvoorraadItem),
});
export const ZOEKCRITERIA = ['kenmerk', 'leerlingnummer', 'geboortedatum', 'naam-of-school'] as const;
export const Zoekresultaat = z.object({ criterium: z.enum(ZOEKCRITERIA), meer: z.boolean().describe('Er zijn meer treffers dan getoond'), items: z.array(WerkvoorraadItem) });

const Dossier = z.object({
  gevraagdeSoort: Soort.optional(),
  ondersteuningsbehoefte: z.string().optional(),
  oppRef: z.string().optional(),
  tloVerslagRef: z.string().optional(),
  eersteSignaalOp: Datum.optional(),
  gewensteDuur: z.object({ einddatum: EinddatumOfOnbepaald, onderbouwing: z.string() }).optional(),
});
const Opschorting = z.object({ van: Datum, aanvullenVoor: Datum, ontbrekend: z.array(z.enum(ONTBREKENDE_ONDERDELEN)), tot: Datum.optional() });
const Advies = z.object({
  deskundige: z.object({ rol: z.enum(DESKUNDIGE_ROLLEN), discipline: z.enum(DISCIPLINES), deskundigeId: z.string() }),
  advies: z.enum(ADVIEZEN),
  soort: Soort.nullable(),
  datum: Datum,
  motivering: z.string().nullable(),
  documentRef: z.string().nullable(),
});
const BesluitKop = {
  besluitId: z.string(),
  tlvId: z.string().nullable(),
  grondslag: z.enum(['aanvraag', 'beslissing-op-bezwaar', 'wijziging-einddatum']),
  genomenOp: Datum,
  bestuursorgaan: z.object({ naam: z.string(), urn: z.string() }).describe('De rechtspersoon van het samenwerkingsverband: het besluit is in zijn naam genomen'),
};
const Besluit = z.discriminatedUnion('uitkomst', [
  z.object({
    ...BesluitKop,
    uitkomst: z.literal('toelaatbaar'),
    soort: Soort,
    ingangsdatum: Datum,
    einddatum: EinddatumOfOnbepaald,
    onbepaaldReden: z.string().optional(),
    motivering: z.string(),
  }),
  z.object({ ...BesluitKop, uitkomst: z.literal('niet-toelaatbaar'), motivering: z.string() }),
]);
const BeslissingOpBezwaar = z.object({ uitkomst: z.enum(BOB_UITKOMSTEN), datum: Datum, motivering: z.string(), genomenDoor: z.string(), beroepstermijn: Termijn });
const Bezwaar = z.object({
  bezwaarId: z.string(),
  besluitId: z.string(),
  indiener: z.enum(BEZWAAR_INDIENERS),
  verzondenOp: Datum.optional(),
  ontvangenOp: Datum,
  telaat: z.boolean(),
  tijdigheid: z.enum(TIJDIGHEID_REGELS).optional().describe('Welke regel van Awb 6:9 besliste'),
  verschoonbaarheid: z.object({ verschoonbaar: z.boolean(), reden: z.string(), datum: Datum, door: z.string() }).optional(),
  doorgestuurdNaarLbtOp: Datum.optional(),
  lbtAdvies: z.object({ datum: Datum, advies: z.enum(BOB_UITKOMSTEN) }).optional(),
  verdaagdOp: Datum.optional(),
  beslissing: BeslissingOpBezwaar.optional(),
});
const Beroep = z.object({
  beroepId: z.string(),
  besluitId: z.string(),
  indiener: z.enum(BEZWAAR_INDIENERS),
  verzondenOp: Datum.optional(),
  ontvangenOp: Datum,
  tijdigheid: z.enum(TIJDIGHEID_REGELS),
  uitspraak: z.object({ uitkomst: z.enum(UITSPRAAK_UITKOMSTEN), datum: Datum, hogerBeroepstermijn: Termijn }).optional(),
  vernietigdeBeslissing: BeslissingOpBezwaar.optional(),
});
const CaseTermijn = z.object({
  id: z.string(),
  soort: z.string(),
  vervaltOp: Datum,
  status: z.enum(['armed', 'fired']).describe('armed: loopt; fired: verstreken en afgehandeld'),
  regelVersie: z.string(),
  ...TermijnSignaal.partial().shape,
});
const TijdlijnRegel = z.object({
  tijdstip: Tijdstip,
  actie: z.string(),
  door: z.object({ rol: z.string(), naam: z.string().optional() }),
  status: z.string().nullable(),
  uitvoering: z.string().nullable(),
  toelichting: z.string().optional(),
});

/** The case as aanvraagWeergave builds it (docs/api/toeleiding.md, "Case"). */
export const AanvraagWeergave = z.object({
  id: z.uuid(),
  kenmerk: z.string(),
  swv: z.string(),
  versie: z.number().int().describe('Ook de ETag; stuur als If-Match bij een commando'),
  status: Status,
  uitvoering: Uitvoering.nullable(),
  leerling: LeerlingWeergave,
  behandelaar: BehandelaarWeergave.nullable(),
  andereOpenAanvragen: z.array(z.object({ id: z.uuid(), kenmerk: z.string(), status: Status })).describe('Andere open aanvragen van dezelfde leerling'),
  school: SchoolRef,
  bevoegdGezagId: z.string(),
  aangemaaktOp: Datum,
  ingediendOp: Datum.nullable(),
  dossier: Dossier,
  opschortingen: z.array(Opschorting),
  adviezen: z.array(Advies),
  besluit: Besluit.nullable(),
  bekendgemaaktOp: Datum.nullable(),
  bezwaartermijn: z
    .object({ eindigtOp: Datum, regelVersie: z.string(), verschoven: z.array(z.object({ van: Datum, naar: Datum, reden: z.string() })).describe('Verschuivingen door de Algemene termijnenwet') })
    .nullable(),
  bezwaar: Bezwaar.nullable(),
  beroepen: z.array(Beroep),
  onherroepelijkOp: Datum.nullable(),
  onherroepelijkheid: z.object({ regel: z.enum(ONHERROEPELIJK_REGELS), termijnEindigdeOp: Datum, nazendtermijnEindigdeOp: Datum, vastgesteldOp: Datum }).nullable(),
  plaatsing: z.object({ schoolId: z.string(), schoolNaam: z.string().nullable(), datum: Datum, wachtdagen: z.number().int() }).nullable(),
  overbrugging: z.object({ van: Datum, tot: Datum.optional(), arrangementRef: z.string().optional() }).nullable(),
  einde: z.object({ datum: Datum, reden: z.enum([...EINDE_REDENEN, 'herroepen', 'verlopen']) }).nullable(),
  verlengingVan: z.string().nullable(),
  verlenging: z.object({ aanvraagId: z.string(), aangevraagdOp: Datum }).nullable(),
  afgeslotenOp: Datum.nullable(),
  termijnen: z.array(CaseTermijn),
  volgendeStap: VolgendeStap.nullable(),
  toegestaneActies: z.array(z.enum(COMMANDO_TYPES)).describe('De commando’s die deze rol nu mag geven'),
  tijdlijn: z.array(TijdlijnRegel),
});
/** The case with its documents: the answer of GET /aanvragen/:id and of every change to it. */
export const Aanvraag = AanvraagWeergave.extend({ documenten: z.array(DocumentInfoAntwoord) });
export type AanvraagAntwoord = z.output<typeof Aanvraag>;

export const AanvraagAangemaakt = z.object({ id: z.uuid() });

export const Scholen = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      brin: z.string(),
      naam: z.string(),
      soort: z.enum(['regulier', 'SBO', 'SO', 'VSO', 'PrO']),
      plaats: z.string().nullable(),
      bevoegdGezagId: z.uuid(),
      bevoegdGezagNaam: z.string(),
    }),
  ),
});

const Spreiding = z.object({ mediaan: z.number().nullable(), p90: z.number().nullable() }).describe('Kalenderdagen; null zonder zaken');
const DoorlooptijdCijfers = {
  aantal: z.number().int(),
  ingediendTotBesluitDagen: Spreiding,
  besluitTotPlaatsingDagen: Spreiding,
  signaalTotBesluitDagen: Spreiding,
  signaalTotPlaatsingDagen: Spreiding,
};
export const Doorlooptijden = z.object({
  van: Datum,
  tot: Datum,
  items: z.array(z.object({ schoolId: z.string(), schoolNaam: z.string().nullable(), maand: z.string().describe('JJJJ-MM van het besluit'), ...DoorlooptijdCijfers })),
  totaal: z.object(DoorlooptijdCijfers).describe('Het hele samenwerkingsverband'),
});

export const Telling = z.object({
  tellingId: z.string(),
  teldatum: Datum,
  soorten: z.array(Soort).describe('De soorten die op deze teldatum geteld zijn'),
  vastgesteldOp: Tijdstip,
  totaalGeldigeTlvs: z.number().int(),
  totaalPlaatsingen: z.number().int(),
  perSoort: z.array(z.object({ soort: Soort, aantal: z.number().int(), plaatsingen: z.number().int() })),
  perSchool: z.array(z.object({ schoolId: z.string(), schoolNaam: z.string().nullable(), soort: Soort, aantal: z.number().int(), plaatsingen: z.number().int() })),
});

/** POST /tellingen: the telling just fixed, per school and soort (as the event carries it). */
export const TellingVastgesteld = z.object({
  tellingId: z.string(),
  swv: z.string(),
  teldatum: Datum,
  soorten: z.array(Soort),
  regels: z.array(z.object({ schoolId: z.string(), soort: Soort, geldigeTlvs: z.number().int(), plaatsingen: z.number().int() })),
  totaalGeldigeTlvs: z.number().int(),
  totaalPlaatsingen: z.number().int(),
});

/** GET /tlvs: TLVs valid on a peildatum; a gemeente gets the counts only (no items). */
export const GeldigeTlvs = z.object({
  peildatum: Datum,
  totaal: z.number().int(),
  perSoort: z.array(z.object({ soort: Soort, aantal: z.number().int() })),
  items: z
    .array(
      z.object({
        tlvId: z.string(),
        aanvraagId: z.uuid(),
        soort: Soort,
        ingangsdatum: Datum,
        einddatum: Datum.nullable().describe('null: onbepaald'),
        leerlingWeergave: z.string(),
        schoolId: z.string(),
        schoolNaam: z.string().nullable(),
        uitvoering: Uitvoering.nullable(),
        plaatsingSchoolId: z.string().nullable(),
        plaatsingDatum: Datum.nullable(),
      }),
    )
    .optional(),
});

export const BesluitbriefOpgesteld = z.object({
  document: DocumentInfoAntwoord,
  verzenddatum: Datum,
  bezwaarUiterlijk: Datum.describe('De laatste dag van de bezwaartermijn, zoals de brief hem noemt'),
});

export const Aantal = z.object({ aantal: z.number().int() });
