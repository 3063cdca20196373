import { z } from 'zod';
import {
  AANVRAGER_SOORTEN,
  type Arrangement,
  BETALER_SOORTEN,
  BOEKINGSOORTEN,
  EINDE_REDENEN,
  EVALUATIE_UITKOMSTEN,
  LEIDINGEN,
  OORDELEN,
  REFERENTIE_SOORTEN,
  RESULTATEN,
  STATUSSEN,
  VERVOLGEN,
  VORMEN,
} from '../domain';

/**
 * The stored form of an arrangement (jsonb), parsed on every load. Format 1. A change of
 * shape gets format 2 and a `migreer` step; an old row never reaches the domain unparsed.
 */
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cent = z.number().int();
const periode = z.object({ van: datum, tot: datum });
const referentie = z.object({ soort: z.enum(REFERENTIE_SOORTEN), kenmerk: z.string() });

const boeking = z.object({
  id: z.string(),
  soort: z.enum(BOEKINGSOORTEN),
  betaler: z.string(),
  budgetperiode: z.string(),
  bedragCent: cent,
  geboektOp: datum,
  periode: periode.optional(),
  toekenningId: z.string().optional(),
  toelichting: z.string().optional(),
});

const toekenning = z.object({
  id: z.string(),
  soort: z.enum(['toekenning', 'verlenging']),
  datum,
  door: z.string(),
  periode,
  kostenCent: cent,
  verdeling: z.array(z.object({ betaler: z.string(), soort: z.enum(BETALER_SOORTEN), bedragCent: cent })),
  regelVersie: z.string(),
  referentie: referentie.optional(),
  motivering: z.string().optional(),
  overschrijding: z.object({ reden: z.string(), betalers: z.array(z.string()) }).optional(),
});

export const ArrangementSchema: z.ZodType<Arrangement> = z.object({
  id: z.string(),
  swv: z.string(),
  vorm: z.enum(VORMEN),
  typeCode: z.string(),
  leiding: z.enum(LEIDINGEN),
  voorziening: z.string(),
  gemeente: z.string(),
  regelVersie: z.string(),
  status: z.enum(STATUSSEN),
  periode,
  leerlingRef: z.string().optional(),
  aanvraag: z
    .object({
      aangevraagdOp: datum,
      aanvrager: z.object({ soort: z.enum(AANVRAGER_SOORTEN), organisatie: z.string(), door: z.string() }),
      doelen: z.array(z.string()),
      plan: z.string(),
      jeugdhulpaanbieder: z.string(),
      gevraagdePeriode: periode,
      begrootKostenCent: cent.optional(),
    })
    .optional(),
  betalerSoorten: z.array(z.enum(BETALER_SOORTEN)),
  beoordeling: z.object({
    onderwijs: z.object({ oordeel: z.enum(OORDELEN), datum, door: z.string(), toelichting: z.string().optional() }).optional(),
    jeugdhulp: z
      .object({
        oordeel: z.enum(OORDELEN),
        datum,
        door: z.string(),
        referentie: referentie.optional(),
        toegezegd: z.array(z.object({ betaler: z.string(), bedragCent: cent })),
        toelichting: z.string().optional(),
      })
      .optional(),
  }),
  toekenningen: z.array(toekenning),
  startdatum: datum.optional(),
  volgendeEvaluatie: datum.optional(),
  evaluaties: z.array(z.object({ id: z.string(), datum, door: z.string(), uitkomst: z.enum(EVALUATIE_UITKOMSTEN), verslag: z.string() })),
  einde: z.object({ datum, reden: z.enum(EINDE_REDENEN), door: z.string(), toelichting: z.string().optional() }).optional(),
  afsluiting: z.object({ datum, door: z.string(), resultaat: z.enum(RESULTATEN), vervolg: z.enum(VERVOLGEN), toelichting: z.string().optional() }).optional(),
  ingetrokken: z.object({ datum, door: z.string(), reden: z.string() }).optional(),
  plaatsen: z.number().int().optional(),
  deelnames: z.array(
    z.object({ id: z.string(), leerlingRef: z.string(), gemeente: z.string(), van: datum, tot: datum.optional(), resultaat: z.enum(RESULTATEN).optional(), resultaatOp: datum.optional() }),
  ),
  boekingen: z.array(boeking),
  versie: z.number().int(),
});

export const ARRANGEMENT_FORMAAT = { versie: 1, schema: ArrangementSchema } as const;
