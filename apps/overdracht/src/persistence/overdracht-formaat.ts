import { isIsoDatum, type ZaakFormaat } from '@pao/zaak';
import { z } from 'zod';
import {
  ADVIESNIVEAUS,
  AANMELDING_UITKOMSTEN,
  AFWIJZINGSREDENEN,
  DEELNEMERS,
  DOSSIERSTATUSSEN,
  DOSSIERSYSTEMEN,
  NIET_GESTART_REDENEN,
  PERSPECTIEVEN,
  ROUTES,
  STATUSSEN,
  VERTREKREDENEN,
  VERZENDENDE_SECTOREN,
  VOORZIENING_STATUSSEN,
  VOORZIENINGEN,
  type Overdracht,
} from '../domain';

/** The stored state (jsonb), parsed on every load: a state that does not parse is a bug, never shown half. */
const Datum = z.string().refine(isIsoDatum);
const Kalenderdatum = z.object({ datum: Datum, regelVersie: z.string() });
const Advies = z.object({ niveau: z.enum(ADVIESNIVEAUS), datum: Datum });

const OverdrachtState = z.object({
  id: z.uuid(),
  swv: z.string(),
  versie: z.number().int().min(1),
  cohortId: z.uuid(),
  schooljaar: z.string(),
  route: z.enum(ROUTES),
  sector: z.enum(VERZENDENDE_SECTOREN),
  verzendendeSchoolId: z.uuid(),
  leerlingId: z.uuid(),
  aangemaaktOp: Datum,
  achttienPlus: z.boolean().optional(),
  status: z.enum(STATUSSEN),
  kalender: z.object({
    definitiefAdvies: Kalenderdatum.optional(),
    aanmelding: Kalenderdatum.optional(),
    plaatsingsbevestiging: Kalenderdatum.optional(),
    mboAanmelding: Kalenderdatum.optional(),
    dossierGereed: Kalenderdatum,
    dossierOpgehaald: Kalenderdatum,
    eersteSchooldag: Kalenderdatum,
    startcontroleWeken: z.number().int().min(0),
    uitvalMaanden: z.number().int().min(0),
    nazorgRegelVersie: z.string(),
    waarschuwingDagen: z.number().int().min(0),
  }),
  advies: z.object({
    voorlopig: Advies.optional(),
    definitief: Advies.optional(),
    bijgesteld: Advies.extend({ van: z.enum(ADVIESNIVEAUS), toetsniveau: z.enum(ADVIESNIVEAUS) }).optional(),
  }),
  ondersteuningsbehoefte: z.string().optional(),
  kwetsbaar: z.boolean(),
  voorzieningen: z.array(
    z.object({
      soort: z.enum(VOORZIENINGEN),
      status: z.enum(VOORZIENING_STATUSSEN),
      sinds: Datum,
      aanvraagId: z.string().optional(),
      tlvId: z.string().optional(),
      geregeldOp: Datum.optional(),
    }),
  ),
  aanmeldingen: z.array(
    z.object({
      id: z.string(),
      schoolId: z.uuid(),
      aangemeldOp: Datum,
      uitkomst: z.enum(AANMELDING_UITKOMSTEN),
      besluitOp: Datum.optional(),
      reden: z.enum(AFWIJZINGSREDENEN).optional(),
    }),
  ),
  voorgelegd: z.object({ aanmeldingId: z.string(), sinds: Datum }).optional(),
  regie: z.enum(['school', 'steunpunt']),
  escalaties: z.array(z.object({ soort: z.string(), op: Datum })),
  toelatingsrecht: z.enum(['open', 'verworven', 'gemist']).optional(),
  plaatsing: z.object({ aanmeldingId: z.string(), schoolId: z.uuid(), geplaatstOp: Datum, startdatum: Datum }).optional(),
  warmeOverdracht: z
    .object({
      schoolId: z.uuid(),
      geplandOp: Datum.optional(),
      gehouden: z
        .object({
          datum: Datum,
          deelnemers: z.array(z.enum(DEELNEMERS)),
          checklist: z.object({ ondersteuningsafspraken: z.string(), wieVolgtOp: z.string(), evaluatieOp: Datum, dossierBesproken: z.boolean(), oppBesproken: z.boolean() }),
        })
        .optional(),
    })
    .optional(),
  dossier: z.object({ systeem: z.enum(DOSSIERSYSTEMEN), referentie: z.string(), status: z.enum(DOSSIERSTATUSSEN), bijgewerktOp: Datum }).optional(),
  perspectief: z.object({ perspectief: z.enum(PERSPECTIEVEN), continuiteit: z.string().optional(), warmeOverdrachtGemeente: z.boolean() }).optional(),
  gestartOp: Datum.optional(),
  uitgevallenOp: Datum.optional(),
  afloop: z.object({ op: Datum, nietGestart: z.enum(NIET_GESTART_REDENEN).optional(), vertrek: z.enum(VERTREKREDENEN).optional() }).optional(),
});

export const OVERDRACHT_FORMAAT: ZaakFormaat<Overdracht> = { versie: 1, schema: OverdrachtState };

/** Used by a test: the domain's types and the stored schema describe the same thing. */
export const OverdrachtStateSchema = OverdrachtState;
