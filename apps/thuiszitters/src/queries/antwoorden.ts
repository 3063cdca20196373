import { BegrensdeTellingVelden, KeysetAntwoordVelden } from '@pao/zaak';
import { z } from 'zod';
import {
  ACTIE_EIGENAREN,
  AFSLUIT_REDENEN,
  CASUS_SOORTEN,
  CRISIS_STAPPEN,
  ESCALATIE_DOELEN,
  LEERLING_BETROKKENHEID,
  MELDER_SOORTEN,
  NIVEAUS,
  OUDER_BETROKKENHEID,
  PARTIJEN,
  ROLLEN_PER_COMMANDO,
  SIGNAAL_BRONNEN,
  STATUSSEN,
  UITKOMSTEN,
  VERGADERING_STATUSSEN,
  vergaderingDefinitie,
  VRIJSTELLING_GRONDEN,
  type CasusSoort,
  type CommandoType,
  type VergaderingCommando,
} from '../domain';

/**
 * The answers of the thuiszitters API: what the queries build (typed as these schemas'
 * output), what the OpenAPI document declares (ApiZodResponse) and so what the web app's
 * generated types say; under NODE_ENV=test every answer is checked against its schema. The
 * vocabularies (soorten, statuses, niveaus, …) are the domain's own lists.
 */
const Datum = z.iso.date().describe('JJJJ-MM-DD');
const Soort = z.enum(CASUS_SOORTEN as [CasusSoort, ...CasusSoort[]]);
const Status = z.enum(STATUSSEN);
const Niveau = z.enum(NIVEAUS);
const Partij = z.enum(PARTIJEN);
/** The commands a person may give on a casus ('bewaken' is the deadline engine's). */
const COMMANDO_TYPES = Object.keys(ROLLEN_PER_COMMANDO).filter((c) => c !== 'bewaken') as [CommandoType, ...CommandoType[]];
const VERGADERING_COMMANDOS = Object.keys(vergaderingDefinitie.handlers) as [VergaderingCommando['type'], ...VergaderingCommando['type'][]];

/** A clock with the rule version that set it and the days it warns before its end. */
const Klok = z.object({ vervaltOp: Datum.describe('Laatste dag'), regelVersie: z.string(), waarschuwingDagen: z.number().int() });
const Betrokkenheid = z.object({ ouders: z.enum(OUDER_BETROKKENHEID), leerling: z.enum(LEERLING_BETROKKENHEID) });
export const SchoolRef = z.object({ id: z.string(), naam: z.string().nullable() });
const LeerlingWeergave = z.object({ weergave: z.string().describe('Gemaskeerd leerlingnummer') });

export const Tijdlijnregel = z.object({ op: Datum, soort: z.string(), tekst: z.string() });
export const TermijnWeergave = z.object({
  soort: z.string(),
  vervaltOp: Datum,
  waarschuwOp: Datum,
  dagenResterend: z.number().int(),
  regelVersie: z.string(),
  actieId: z.string().optional(),
  aanmeldingId: z.string().optional(),
});
export const Actie = z.object({
  id: z.string(),
  omschrijving: z.string(),
  eigenaar: z.enum(ACTIE_EIGENAREN),
  uiterlijkOp: Datum,
  klok: Klok,
  afgesprokenOp: Datum,
  ouderBetrokken: z.boolean(),
  status: z.enum(['open', 'afgerond', 'verlopen']),
  resultaat: z.string().optional(),
  afgerondOp: Datum.optional(),
  vergaderingId: z.string().optional(),
});

export const Casus = z
  .object({
    id: z.uuid(),
    versie: z.number().int(),
    soort: Soort,
    status: Status,
    niveau: Niveau,
    gemeente: z.string().describe('CBS-gemeentecode'),
    leerling: LeerlingWeergave.nullable(),
    aangemaaktOp: Datum,
    bron: z.object({ bron: z.enum(SIGNAAL_BRONNEN), bronId: z.string(), ontvangenOp: Datum, sinds: Datum, school: SchoolRef.nullable() }).nullable(),
    melding: z
      .object({
        gemeldOp: Datum,
        melder: z.object({ soort: z.enum(MELDER_SOORTEN), organisatieId: z.string().optional() }),
        schoolId: z.string().optional(),
        bevoegdGezagId: z.string().optional(),
        thuisSinds: Datum.optional(),
        onderwijsNog: z.string().optional(),
        toelichting: z.string().optional(),
        betrokkenen: z.array(z.object({ partij: Partij, omschrijving: z.string().optional() })),
        betrokkenheid: Betrokkenheid,
        school: SchoolRef.nullable(),
      })
      .nullable(),
    vrijstelling: z
      .object({ grond: z.enum(VRIJSTELLING_GRONDEN), ingangsdatum: Datum, einddatum: Datum.optional(), schoolId: z.string().optional(), school: SchoolRef.nullable() })
      .nullable(),
    dagenThuis: z.number().int().nullable(),
    thuiszitterSinds: Datum.nullable(),
    pactVerstrekenOp: Datum.nullable(),
    niveauSinds: Datum,
    actietafelSinds: Datum.nullable(),
    aandachtTeamleiderSinds: Datum.nullable(),
    termijnen: z.array(TermijnWeergave),
    acties: z.array(Actie),
    overleggen: z.array(z.object({ id: z.string(), op: Datum, deelnemers: z.array(Partij), betrokkenheid: Betrokkenheid, afspraken: z.string() })),
    crisis: z.object({ stappen: z.array(z.object({ stap: z.enum(CRISIS_STAPPEN), op: Datum })), overlegKlok: Klok, overlegOp: Datum.optional() }).nullable(),
    aanmeldingen: z.array(
      z.object({
        id: z.string(),
        schoolId: z.string(),
        aanmeldingOp: Datum,
        verlengd: z.boolean(),
        klok: Klok,
        status: z.enum(['loopt', 'geplaatst', 'afgewezen', 'termijn-verstreken']),
        afgerondOp: Datum.optional(),
        school: SchoolRef.nullable(),
      }),
    ),
    escalaties: z.array(
      z.object({
        op: Datum,
        van: Niveau,
        naar: z.enum([...ESCALATIE_DOELEN, 'doorzettingskracht', 'doorzettingsmacht']),
        reden: z.enum(['handmatig', 'termijn', 'thuiszitter', 'besluit', 'terug']),
        termijn: z.string().optional(),
        toelichting: z.string().optional(),
      }),
    ),
    besprekingen: z.array(z.object({ vergaderingId: z.string(), op: Datum, afspraken: z.string(), betrokkenheid: Betrokkenheid })),
    doorzettingskracht: z
      .object({
        op: Datum,
        afspraak: z.string(),
        schoolId: z.string().optional(),
        partijen: z.array(Partij),
        plaatsingUiterlijk: Datum,
        klok: Klok,
        betrokkenheid: Betrokkenheid,
        vergaderingId: z.string().optional(),
        school: SchoolRef.nullable(),
      })
      .nullable(),
    doorzettingsmacht: z
      .object({
        besluitId: z.string(),
        op: Datum,
        genomenDoor: z.string(),
        aangewezenSchoolId: z.string(),
        motivering: z.string(),
        kaders: z.string(),
        uiterlijkAanbodOp: Datum,
        klok: Klok,
        aangewezenSchool: SchoolRef.nullable(),
      })
      .nullable(),
    aanbod: z
      .object({
        uitkomst: z.enum(UITKOMSTEN),
        schoolId: z.string().optional(),
        omschrijving: z.string().optional(),
        startOp: Datum,
        vastgelegdOp: Datum,
        niveau: Niveau,
        crisisplaatsing: z.boolean(),
        vergaderingId: z.string().optional(),
        betrokkenheid: Betrokkenheid,
        startKlok: Klok,
        school: SchoolRef.nullable(),
      })
      .nullable(),
    afsluiting: z.object({ op: Datum, reden: z.enum(AFSLUIT_REDENEN), toelichting: z.string().optional(), gestartOp: Datum.optional() }).nullable(),
    tijdlijn: z.array(Tijdlijnregel),
    toegestaneActies: z.array(z.enum(COMMANDO_TYPES)),
  })
  .describe('De casus zoals een medewerker hem ziet');
/** What leerplicht (gemeente) gets back from a command: it does not read the whole case. */
export const CasusVersie = z.object({ id: z.uuid(), versie: z.number().int() });
export const CasusOfVersie = z.union([Casus, CasusVersie]);
export const Aangemaakt = z.object({ id: z.uuid() });

export const WerkvoorraadItem = z.object({
  id: z.uuid(),
  leerling: LeerlingWeergave.nullable(),
  soort: Soort,
  status: Status,
  niveau: Niveau,
  school: SchoolRef.nullable(),
  thuisSinds: Datum.nullable(),
  dagenThuis: z.number().int().nullable(),
  volgendeTermijn: z.object({ soort: z.string(), vervaltOp: Datum, dagenResterend: z.number().int() }).nullable(),
  aandachtTeamleider: z.boolean(),
  openActies: z.number().int(),
  verlopenActies: z.number().int(),
  pactVerstreken: z.boolean(),
});
export const Werkvoorraad = z.object({
  totaal: z.number().int().describe('Hoeveel casussen aan het filter voldoen, geteld tot 1.000'),
  meer: z.boolean().describe('Meer dan 1.000 treffers'),
  ...KeysetAntwoordVelden,
  items: z.array(WerkvoorraadItem),
});

export const AgendaPunt = z.object({
  id: z.uuid(),
  leerling: LeerlingWeergave.nullable(),
  soort: Soort,
  niveau: Niveau,
  school: SchoolRef.nullable(),
  thuisSinds: Datum.nullable(),
  dagenThuis: z.number().int().nullable(),
  actietafelSinds: Datum.nullable(),
  volgendeTermijn: z.object({ soort: z.string(), vervaltOp: Datum }).nullable(),
  openActies: z.number().int(),
  aandachtTeamleider: z.boolean(),
  besproken: z.boolean().describe('Deze vergadering heeft de casus besproken'),
  versie: z.number().int(),
});
export const Agenda = z.object({ ...BegrensdeTellingVelden, ...KeysetAntwoordVelden, items: z.array(AgendaPunt) });

export const Vergadering = z.object({
  id: z.uuid(),
  swv: z.string(),
  datum: Datum,
  status: z.enum(VERGADERING_STATUSSEN),
  locatie: z.string().optional(),
  aanwezigen: z.array(Partij),
  notities: z.string().optional(),
  versie: z.number().int(),
});
export const Vergaderingen = z.object({ items: z.array(Vergadering) });
export const VergaderingMetAgenda = Vergadering.extend({ agenda: Agenda, toegestaneActies: z.array(z.enum(VERGADERING_COMMANDOS)) });

export const School = z.object({
  id: z.string(),
  brin: z.string(),
  naam: z.string(),
  soort: z.string(),
  bevoegdGezagId: z.string(),
  bevoegdGezagNaam: z.string(),
  expertise: z.array(z.string()).describe('Wat de school kan bieden (SOP)'),
});
export const Scholen = z.object({ items: z.array(School), expertises: z.array(z.string()) });

const Telling = z.object({
  gemeld: z.number().int(),
  gemeldPerSoort: z.record(z.string(), z.number().int()),
  thuiszitterGeworden: z.number().int(),
  afgesloten: z.number().int(),
  thuisOpPeildatum: z.number().int(),
  langerDanDrieMaandenOpPeildatum: z.number().int(),
  vrijstellingenOpPeildatum: z.number().int(),
});
export const Figuren = z.object({
  kwartaal: z.object({ jaar: z.number().int(), kwartaal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), van: Datum, tot: Datum, schooljaarStart: Datum }),
  swv: Telling,
  perBestuur: z.array(z.object({ bestuur: z.object({ id: z.string().nullable(), naam: z.string().nullable() }), ...Telling.shape })),
  duurThuis: z.object({ aantal: z.number().int(), mediaan: z.number().nullable(), p90: z.number().nullable() }),
  uitkomsten: z.array(z.object({ uitkomst: z.string(), aantal: z.number().int() })),
});

/** The statuses as leerplicht sees them: the domain's, with the aanbod named as the law names it. */
type LeerplichtStatus = Exclude<(typeof STATUSSEN)[number], 'aanbod'> | 'passend-aanbod';
export const LEERPLICHT_STATUSSEN = [...STATUSSEN.filter((s) => s !== 'aanbod'), 'passend-aanbod'] as unknown as [LeerplichtStatus, ...LeerplichtStatus[]];

/** What leerplicht may know of a melding (the dataref of melding-gedaan and thuiszitter-geworden). */
export const Leerplichtgegevens = z.object({
  casusId: z.uuid(),
  soort: Soort,
  status: z.enum(LEERPLICHT_STATUSSEN).describe("'passend-aanbod' waar de casus 'aanbod' heet"),
  gemeldOp: Datum,
  thuisSinds: Datum.nullable(),
  thuiszitterSinds: Datum.nullable(),
  gemeente: z.string(),
  leerling: z.object({ soort: z.string(), nummer: z.string() }).nullable(),
  school: z.object({ id: z.string(), brin: z.string(), naam: z.string(), bevoegdGezag: z.string() }).nullable(),
  afgeslotenOp: Datum.nullable(),
});

export type CasusAntwoord = z.output<typeof Casus>;
export type WerkvoorraadAntwoord = z.output<typeof Werkvoorraad>;
export type AgendaAntwoord = z.output<typeof Agenda>;
export type FigurenAntwoord = z.output<typeof Figuren>;
export type LeerplichtAntwoord = z.output<typeof Leerplichtgegevens>;
