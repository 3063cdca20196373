import { PostgresZaakRepository } from '@pao/zaak';
import { z } from 'zod';
import {
  ADVIEZEN,
  BEZWAAR_INDIENERS,
  BOB_UITKOMSTEN,
  DESKUNDIGE_ROLLEN,
  DISCIPLINES,
  EINDE_REDENEN,
  isIsoDatum,
  ONHERROEPELIJK_REGELS,
  ONTBREKENDE_ONDERDELEN,
  STATUSSEN,
  TIJDIGHEID_REGELS,
  UITSPRAAK_UITKOMSTEN,
  TLV_SOORTEN,
  UITVOERING_STATUSSEN,
  type TlvAanvraag,
} from '../domain';
import { SCHEMA } from './persistence';
import { PROJECTIE_KOLOMMEN } from './projectie';

// The stored TLV case, checked on every load. Objects are loose: a field this schema does
// not name is kept as it is (never dropped on the next write); the fields it names must
// hold what the domain expects, or the load fails loudly instead of deciding on bad data.
const datum = z.string().refine(isIsoDatum);
const termijn = z.looseObject({ datum, regelVersie: z.string().min(1) });
const besluit = z.looseObject({
  besluitId: z.string(),
  tlvId: z.string().optional(),
  datum,
  genomenDoor: z.string(),
  grondslag: z.enum(['aanvraag', 'beslissing-op-bezwaar', 'wijziging-einddatum']),
  inhoud: z.discriminatedUnion('uitkomst', [
    z.looseObject({ uitkomst: z.literal('toelaatbaar'), soort: z.enum(TLV_SOORTEN), ingangsdatum: datum, einddatum: z.union([datum, z.literal('onbepaald')]), motivering: z.string() }),
    z.looseObject({ uitkomst: z.literal('niet-toelaatbaar'), motivering: z.string() }),
  ]),
});

export const TlvAanvraagOpslag: z.ZodType<TlvAanvraag> = z.looseObject({
  id: z.uuid(),
  swv: z.string().min(1),
  versie: z.number().int().min(1),
  status: z.enum(STATUSSEN),
  leerlingRef: z.string().min(1),
  aanvrager: z.looseObject({ bevoegdGezagId: z.string(), schoolId: z.string() }),
  dossier: z.looseObject({ gevraagdeSoort: z.enum(TLV_SOORTEN).optional() }),
  verlengingVan: z.string().optional(),
  aangemaaktOp: datum,
  ingediendOp: datum.optional(),
  opschortingen: z.array(z.looseObject({ van: datum, aanvullenVoor: datum, ontbrekend: z.array(z.enum(ONTBREKENDE_ONDERDELEN)), tot: datum.optional() })),
  adviezen: z.array(
    z.looseObject({
      deskundige: z.looseObject({ rol: z.enum(DESKUNDIGE_ROLLEN), discipline: z.enum(DISCIPLINES), deskundigeId: z.string() }),
      advies: z.enum(ADVIEZEN),
      datum,
    }),
  ),
  besluit: besluit.optional(),
  vervangenBesluiten: z.array(besluit),
  bekendmaking: z.looseObject({ datum, bezwaartermijn: termijn }).optional(),
  bezwaar: z
    .looseObject({
      bezwaarId: z.string(),
      besluitId: z.string(),
      indiener: z.enum(BEZWAAR_INDIENERS),
      verzondenOp: datum.optional(),
      ontvangenOp: datum,
      telaat: z.boolean(),
      tijdigheid: z.enum(TIJDIGHEID_REGELS).optional(),
      verschoonbaarheid: z.looseObject({ verschoonbaar: z.boolean(), reden: z.string(), datum, door: z.string() }).optional(),
      beslissing: z.looseObject({ uitkomst: z.enum(BOB_UITKOMSTEN), datum, beroepstermijn: termijn }).optional(),
    })
    .optional(),
  beroepen: z
    .array(
      z.looseObject({
        beroepId: z.string(),
        besluitId: z.string(),
        verzondenOp: datum.optional(),
        ontvangenOp: datum,
        tijdigheid: z.enum(TIJDIGHEID_REGELS),
        uitspraak: z.looseObject({ uitkomst: z.enum(UITSPRAAK_UITKOMSTEN), datum, hogerBeroepstermijn: termijn }).optional(),
      }),
    )
    .optional(),
  onherroepelijkOp: datum.optional(),
  onherroepelijkheid: z
    .looseObject({ regel: z.enum(ONHERROEPELIJK_REGELS), termijnEindigdeOp: datum, nazendtermijnEindigdeOp: datum, vastgesteldOp: datum })
    .optional(),
  uitvoering: z
    .looseObject({
      tlvId: z.string(),
      status: z.enum(UITVOERING_STATUSSEN),
      sinds: datum,
      einde: z.looseObject({ datum, reden: z.union([z.enum(EINDE_REDENEN), z.literal('herroepen'), z.literal('verlopen')]) }).optional(),
    })
    .optional(),
  afgeslotenOp: datum.optional(),
}) as unknown as z.ZodType<TlvAanvraag>;

/** The TLV case table (toeleiding.aanvraag): state format 1, the projection columns and the pupil's id. */
export const PROJECTIE_EN_LEERLING = [...PROJECTIE_KOLOMMEN, 'leerling_id'] as const;

export const aanvraagOpslag = new PostgresZaakRepository<TlvAanvraag>(SCHEMA, 'aanvraag', { versie: 1, schema: TlvAanvraagOpslag }, PROJECTIE_EN_LEERLING);
