import { beginVanDag, civilDate } from '@pao/deadlines';
import { z } from 'zod';
import { ABONNEMENT_STATUSSEN } from '../domain/abonnement';
import { BEZORGING_STATUSSEN, UITKOMSTEN } from '../domain/bezorging';

/** A header value: printable ASCII only (no line breaks to smuggle in other headers). */
const HeaderWaarde = z.string().min(1).max(1000).regex(/^[\x20-\x7e]+$/, 'alleen afdrukbare ASCII-tekens, geen regeleinden');

const Kanaal = z
  .object({
    naam: z.string().min(1).max(50).describe('Kanaal: toeleiding, thuiszitters, oja of overdracht (GET /kanalen)'),
    filters: z
      .record(z.string().min(1).max(100), z.string().min(1).max(1000))
      .optional()
      .describe('Kenmerken: type (CloudEvents type) en/of gemeente (CBS-code). Alle genoemde moeten kloppen.'),
  })
  .strict();

/** POST /abonnementen: the Notificaties API abonnement, plus optional gemeenten. */
export const AbonnementInvoer = z
  .object({
    callbackUrl: z.string().min(1).max(2000).describe('https-URL die de notificaties ontvangt (POST, CloudEvent, Standard Webhooks-handtekening)'),
    auth: HeaderWaarde.optional().describe('Waarde van de Authorization-header bij elke bezorging, bijv. "Bearer …" (wordt versleuteld bewaard en nooit getoond)'),
    kanalen: z.array(Kanaal).min(1).max(20),
    gemeenten: z.array(z.string()).min(1).max(50).optional().describe('CBS-codes; standaard alle gemeenten van uw organisatie binnen uw SWV'),
  })
  .strict();
export type AbonnementInvoerBody = z.infer<typeof AbonnementInvoer>;

/** PATCH /abonnementen/{id}: any of the fields; auth null removes it. */
export const AbonnementWijziging = z
  .object({
    callbackUrl: AbonnementInvoer.shape.callbackUrl.optional(),
    auth: HeaderWaarde.nullable().optional(),
    kanalen: AbonnementInvoer.shape.kanalen.optional(),
    gemeenten: AbonnementInvoer.shape.gemeenten,
  })
  .strict();
export type AbonnementWijzigingBody = z.infer<typeof AbonnementWijziging>;

export const RotatieInvoer = z
  .object({ overlapUren: z.number().int().min(0).max(168).default(24).describe('Zo lang blijft het vorige geheim ook geldig (er gaan dan twee handtekeningen mee)') })
  .strict();
export type RotatieInvoerBody = z.infer<typeof RotatieInvoer>;

export const OpnieuwInvoer = z
  .object({
    eventId: z.uuid().optional().describe('Eén gebeurtenis opnieuw bezorgen'),
    vanaf: z.iso.datetime({ offset: true }).optional().describe('Alles wat vanaf dit moment is ontvangen opnieuw bezorgen'),
  })
  .strict()
  .refine((v) => (v.eventId === undefined) !== (v.vanaf === undefined), { path: ['vanaf'], message: 'geef eventId of vanaf (precies één van beide)' });
export type OpnieuwInvoerBody = z.infer<typeof OpnieuwInvoer>;

/** A moment, or a date meaning the start of that day in Europe/Amsterdam. */
const Moment = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((v) => (v.length === 10 ? beginVanDag(civilDate(v)) : new Date(v)));

const Paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const PogingenQuery = z
  .object({
    abonnementId: z.uuid().optional(),
    eventId: z.uuid().optional(),
    type: z.string().max(200).optional(),
    uitkomst: z.enum(UITKOMSTEN).optional(),
    van: Moment.optional().describe('Vanaf (datum of moment)'),
    tot: Moment.optional().describe('Tot (exclusief)'),
    ...Paging,
  })
  .strict();
export type PogingenQueryBody = z.infer<typeof PogingenQuery>;

export const BezorgingenQuery = z
  .object({
    eventId: z.uuid().optional(),
    type: z.string().max(200).optional(),
    status: z.enum(BEZORGING_STATUSSEN).optional(),
    van: Moment.optional(),
    tot: Moment.optional(),
    ...Paging,
  })
  .strict();
export type BezorgingenQueryBody = z.infer<typeof BezorgingenQuery>;

export const LijstQuery = z.object({ metOpgezegd: z.enum(['true', 'false']).optional() }).strict();

export const ABONNEMENT_STATUS = z.enum(ABONNEMENT_STATUSSEN);
