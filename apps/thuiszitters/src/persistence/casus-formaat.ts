import { type ZaakFormaat } from '@pao/zaak';
import { z } from 'zod';
import {
  ACTIE_EIGENAREN,
  AFSLUIT_REDENEN,
  CASUS_SOORTEN,
  CRISIS_STAPPEN,
  LEERLING_BETROKKENHEID,
  MELDER_SOORTEN,
  NIVEAUS,
  OUDER_BETROKKENHEID,
  PARTIJEN,
  SIGNAAL_BRONNEN,
  STATUSSEN,
  UITKOMSTEN,
  VRIJSTELLING_GRONDEN,
  type Casus,
  type CasusSoort,
  type Vergadering,
} from '../domain';

/**
 * The stored shape of a casus (jsonb) and of a meeting, parsed on every load: a state that
 * no longer matches is a bug or a missing migration, never silently accepted. Format 1.
 */
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const klok = z.object({ vervaltOp: datum, regelVersie: z.string(), waarschuwingDagen: z.number().int() });
const betrokkenheid = z.object({ ouders: z.enum(OUDER_BETROKKENHEID), leerling: z.enum(LEERLING_BETROKKENHEID) });
const partij = z.enum(PARTIJEN);

const CasusSchema = z.object({
  id: z.string(),
  swv: z.string(),
  soort: z.enum(CASUS_SOORTEN as [CasusSoort, ...CasusSoort[]]),
  status: z.enum(STATUSSEN),
  niveau: z.enum(NIVEAUS),
  leerlingRef: z.string().optional(),
  gemeente: z.string(),
  aangemaaktOp: datum,
  melding: z
    .object({
      gemeldOp: datum,
      melder: z.object({ soort: z.enum(MELDER_SOORTEN), organisatieId: z.string().optional() }),
      schoolId: z.string().optional(),
      bevoegdGezagId: z.string().optional(),
      thuisSinds: datum.optional(),
      onderwijsNog: z.string().optional(),
      toelichting: z.string().optional(),
      betrokkenen: z.array(z.object({ partij, omschrijving: z.string().optional() })),
      betrokkenheid,
    })
    .optional(),
  bron: z
    .object({
      bron: z.enum(SIGNAAL_BRONNEN),
      bronId: z.string(),
      bronLeerlingId: z.string(),
      ontvangenOp: datum,
      schoolId: z.string().optional(),
      sinds: datum,
      klok,
    })
    .optional(),
  vrijstelling: z.object({ grond: z.enum(VRIJSTELLING_GRONDEN), ingangsdatum: datum, einddatum: datum.optional(), schoolId: z.string().optional() }).optional(),
  thuiszitterKlok: klok.optional(),
  thuiszitterSinds: datum.optional(),
  passendAanbodKlok: klok.optional(),
  pactVerstrekenOp: datum.optional(),
  niveauSinds: datum,
  laatsteVoortgangOp: datum,
  escalatieKlok: klok.optional(),
  actietafelSinds: datum.optional(),
  aandachtTeamleiderSinds: datum.optional(),
  acties: z.array(
    z.object({
      id: z.string(),
      omschrijving: z.string(),
      eigenaar: z.enum(ACTIE_EIGENAREN),
      uiterlijkOp: datum,
      klok,
      afgesprokenOp: datum,
      ouderBetrokken: z.boolean(),
      status: z.enum(['open', 'afgerond', 'verlopen']),
      resultaat: z.string().optional(),
      afgerondOp: datum.optional(),
      vergaderingId: z.string().optional(),
    }),
  ),
  overleggen: z.array(z.object({ id: z.string(), op: datum, deelnemers: z.array(partij), betrokkenheid, afspraken: z.string() })),
  crisis: z.object({ stappen: z.array(z.object({ stap: z.enum(CRISIS_STAPPEN), op: datum })), overlegKlok: klok, overlegOp: datum.optional() }).optional(),
  aanmeldingen: z.array(
    z.object({
      id: z.string(),
      schoolId: z.string(),
      aanmeldingOp: datum,
      verlengd: z.boolean(),
      klok,
      status: z.enum(['loopt', 'geplaatst', 'afgewezen', 'termijn-verstreken']),
      afgerondOp: datum.optional(),
    }),
  ),
  escalaties: z.array(
    z.object({
      op: datum,
      van: z.enum(NIVEAUS),
      naar: z.enum(['steunpunt', 'actietafel', 'teamleider', 'doorzettingskracht', 'doorzettingsmacht']),
      reden: z.enum(['handmatig', 'termijn', 'thuiszitter', 'besluit', 'terug']),
      termijn: z.string().optional(),
      toelichting: z.string().optional(),
    }),
  ),
  besprekingen: z.array(z.object({ vergaderingId: z.string(), op: datum, afspraken: z.string(), betrokkenheid })),
  doorzettingskracht: z
    .object({
      op: datum,
      afspraak: z.string(),
      schoolId: z.string().optional(),
      partijen: z.array(partij),
      plaatsingUiterlijk: datum,
      klok,
      betrokkenheid,
      vergaderingId: z.string().optional(),
    })
    .optional(),
  doorzettingsmacht: z
    .object({
      besluitId: z.string(),
      op: datum,
      genomenDoor: z.string(),
      aangewezenSchoolId: z.string(),
      motivering: z.string(),
      kaders: z.string(),
      uiterlijkAanbodOp: datum,
      klok,
    })
    .optional(),
  aanbod: z
    .object({
      uitkomst: z.enum(UITKOMSTEN),
      schoolId: z.string().optional(),
      omschrijving: z.string().optional(),
      startOp: datum,
      vastgelegdOp: datum,
      niveau: z.enum(NIVEAUS),
      crisisplaatsing: z.boolean(),
      vergaderingId: z.string().optional(),
      betrokkenheid,
      startKlok: klok,
    })
    .optional(),
  afsluiting: z.object({ op: datum, reden: z.enum(AFSLUIT_REDENEN), toelichting: z.string().optional(), gestartOp: datum.optional() }).optional(),
  afgehandeld: z.array(z.string()),
  versie: z.number().int(),
});

export const CASUS_FORMAAT: ZaakFormaat<Casus> = { versie: 1, schema: CasusSchema as z.ZodType<Casus> };

const VergaderingSchema = z.object({
  id: z.string(),
  swv: z.string(),
  datum,
  status: z.enum(['gepland', 'gehouden', 'geannuleerd']),
  locatie: z.string().optional(),
  aanwezigen: z.array(partij),
  notities: z.string().optional(),
  versie: z.number().int(),
});

export const VERGADERING_FORMAAT: ZaakFormaat<Vergadering> = { versie: 1, schema: VergaderingSchema as z.ZodType<Vergadering> };

// Compile-time check: what the schema parses is a domain state, with the same fields (one added to either side fails here).
type Past<Schema, Domein> = [Schema] extends [Domein] ? ([keyof Domein] extends [keyof Schema] ? true : false) : false;
const _casusKlopt: Past<z.infer<typeof CasusSchema>, Casus> = true;
const _vergaderingKlopt: Past<z.infer<typeof VergaderingSchema>, Vergadering> = true;
void _casusKlopt;
void _vergaderingKlopt;
