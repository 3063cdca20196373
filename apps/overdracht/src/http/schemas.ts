import { controleerCursors, Datum, KeysetPaging } from '@pao/zaak';
import { z } from 'zod';
import {
  ADVIESNIVEAUS,
  AFWIJZINGSREDENEN,
  DEELNEMERS,
  DOSSIERSTATUSSEN,
  DOSSIERSYSTEMEN,
  PERSPECTIEVEN,
  ROUTES,
  STATUSSEN,
  VERTREKREDENEN,
  VOORZIENINGEN,
  type CommandoType,
} from '../domain';
import { LIJST_SORT, LIJST_SORTEER, SIGNAALFILTERS } from '../queries/bord';
import { NAZORG_SORT, NAZORG_SORTEER } from '../queries/nazorg';

const Uuid = z.uuid();
const Motivering = z.string().trim().min(1).max(2000).optional().describe('Reden voor de audittrail');
export const Schooljaar = z
  .string()
  .regex(/^\d{4}-\d{4}$/, 'verwacht JJJJ-JJJJ')
  .refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'het tweede jaar volgt op het eerste')
  .describe('Schooljaar van vertrek, JJJJ-JJJJ');

export const NieuwCohort = z.strictObject({ schooljaar: Schooljaar, verzendendeSchoolId: Uuid });

export const NieuweLeerling = z.strictObject({
  leerlingnummer: z.string().min(1).max(20).describe('BSN of onderwijsnummer (elfproef)'),
  route: z.enum(ROUTES).optional(),
  gemeente: z.string().regex(/^GM\d{4}$/, 'verwacht een CBS-gemeentecode zoals GM0034').optional(),
  voorlopigAdvies: z.enum(ADVIESNIVEAUS).optional(),
  definitiefAdvies: z.enum(ADVIESNIVEAUS).optional(),
  ondersteuningsbehoefte: z.string().max(4000).optional(),
  kwetsbaar: z.boolean().optional(),
  voorzieningen: z.array(z.enum(VOORZIENINGEN)).max(5).optional(),
});

/** The commands a person gives over HTTP: the body without type (it is in the path). The engine's own are not here. */
export const COMMANDO_BODIES = {
  adviesVastleggen: z.strictObject({ soort: z.enum(['voorlopig', 'definitief']), niveau: z.enum(ADVIESNIVEAUS), datum: Datum.optional(), motivering: Motivering }),
  adviesBijstellen: z.strictObject({ niveau: z.enum(ADVIESNIVEAUS), toetsniveau: z.enum(ADVIESNIVEAUS), datum: Datum.optional(), motivering: Motivering }),
  ondersteuningVastleggen: z.strictObject({ behoefte: z.string().max(4000).optional(), kwetsbaar: z.boolean(), motivering: Motivering }),
  voorzieningVastleggen: z.strictObject({ soort: z.enum(VOORZIENINGEN), nodig: z.boolean(), motivering: Motivering }),
  voorzieningGeregeld: z.strictObject({ soort: z.enum(VOORZIENINGEN), datum: Datum.optional(), motivering: Motivering }),
  toeleidingKoppelen: z.strictObject({ soort: z.enum(['tlv-pro', 'tlv-vso']), aanvraagId: Uuid.describe('Id van de toeleidingsaanvraag'), motivering: Motivering }),
  dossierVastleggen: z.strictObject({
    systeem: z.enum(DOSSIERSYSTEMEN),
    referentie: z.string().min(1).max(100).describe('Kenmerk in OSO/Digidoor; nooit de inhoud'),
    status: z.enum(DOSSIERSTATUSSEN),
    datum: Datum.optional(),
    motivering: Motivering,
  }),
  perspectiefVastleggen: z.strictObject({ perspectief: z.enum(PERSPECTIEVEN), continuiteit: z.string().max(4000).optional(), warmeOverdrachtGemeente: z.boolean(), motivering: Motivering }),
  aanmelden: z.strictObject({ schoolId: Uuid, datum: Datum.optional(), motivering: Motivering }),
  afwijzen: z.strictObject({ aanmeldingId: Uuid, reden: z.enum(AFWIJZINGSREDENEN), datum: Datum.optional(), motivering: Motivering }),
  aanmeldingIntrekken: z.strictObject({ aanmeldingId: Uuid, datum: Datum.optional(), motivering: Motivering }),
  plaatsen: z.strictObject({ aanmeldingId: Uuid, datum: Datum.optional(), startdatum: Datum.optional(), motivering: Motivering }),
  steunpuntBesluiten: z.strictObject({ uitkomst: z.enum(['afwijzing-bevestigd', 'afwijzing-ingetrokken']), motivering: Motivering }),
  plaatsingVervallen: z.strictObject({ datum: Datum.optional(), motivering: Motivering }),
  startBevestigen: z.strictObject({ datum: Datum.optional(), motivering: Motivering }),
  nietVerschenen: z.strictObject({ datum: Datum.optional(), motivering: Motivering }),
  uitvalMelden: z.strictObject({ datum: Datum.optional(), motivering: Motivering }),
  verhuizen: z.strictObject({ datum: Datum.optional(), motivering: Motivering }),
  swvVerlaten: z.strictObject({ reden: z.enum(VERTREKREDENEN), datum: Datum.optional(), motivering: Motivering }),
  warmeOverdrachtPlannen: z.strictObject({ datum: Datum, motivering: Motivering }),
  warmeOverdrachtVastleggen: z.strictObject({
    datum: Datum.optional(),
    deelnemers: z.array(z.enum(DEELNEMERS)).min(1).max(DEELNEMERS.length),
    checklist: z.strictObject({
      ondersteuningsafspraken: z.string().trim().min(1).max(4000),
      wieVolgtOp: z.string().trim().min(1).max(200),
      evaluatieOp: Datum,
      dossierBesproken: z.boolean(),
      oppBesproken: z.boolean(),
    }),
    motivering: Motivering,
  }),
} satisfies Partial<Record<CommandoType, z.ZodType>>;

export type HttpCommando = keyof typeof COMMANDO_BODIES;
export const HTTP_COMMANDOS = Object.keys(COMMANDO_BODIES) as HttpCommando[];

const Open = z.enum(['ja', 'nee']).transform((v) => v === 'ja');

export const LijstQuery = KeysetPaging.extend({
  cohortId: Uuid.optional(),
  schooljaar: Schooljaar.optional(),
  verzendendeSchoolId: Uuid.optional(),
  ontvangendeSchoolId: Uuid.optional(),
  route: z.enum(ROUTES).optional(),
  status: z.enum(STATUSSEN).optional(),
  open: Open.optional(),
  signaal: z.enum(SIGNAALFILTERS).optional(),
}).superRefine((q, ctx) => controleerCursors(q, LIJST_SORTEER, LIJST_SORT, ctx));

export const CohortQuery = z.object({ schooljaar: Schooljaar.optional(), verzendendeSchoolId: Uuid.optional() });
export const NazorgQuery = KeysetPaging.extend({ ontvangendeSchoolId: Uuid.optional() }).superRefine((q, ctx) => controleerCursors(q, NAZORG_SORTEER, NAZORG_SORT, ctx));
export const CijfersQuery = z.object({ schooljaar: Schooljaar.optional() });
export const ImportQuery = z.object({ controle: Open.optional() });
