import { BegrensdeTellingVelden, KeysetAntwoordVelden } from '@pao/zaak';
import { z } from 'zod';
import {
  ROLLEN_PER_COMMANDO,
  ROUTES,
  SCHOOLSOORTEN,
  STATUSSEN,
  TERMIJNSOORTEN,
  WARME_OVERDRACHT_STATUSSEN,
  type CommandoType,
} from '../domain';
import { OverdrachtStateSchema } from '../persistence/overdracht-formaat';

/**
 * The answers of the overdracht API: what the queries build (typed as these schemas'
 * output), what the OpenAPI document declares (ApiZodResponse) and so what the web app's
 * generated types say; under NODE_ENV=test every answer is checked against its schema. The
 * vocabularies (routes, statuses, schoolsoorten, termijnen) are the domain's own lists; the
 * pupil page is the stored state (persistence/overdracht-formaat.ts) with what it shows beside it.
 */
const Datum = z.iso.date().describe('JJJJ-MM-DD');
const Route = z.enum(ROUTES);
const Status = z.enum(STATUSSEN);
const Termijnsoort = z.enum(TERMIJNSOORTEN);
/** The commands a person gives ('termijnVerstreken', 'startControle' and 'toeleidingBijgewerkt' are the system's). */
const COMMANDO_TYPES = Object.keys(ROLLEN_PER_COMMANDO).filter((k) => !['termijnVerstreken', 'startControle', 'toeleidingBijgewerkt'].includes(k)) as [CommandoType, ...CommandoType[]];

export const Signaal = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('waarschuwing'), termijn: Termijnsoort, vervaltOp: Datum }),
  z.object({ soort: z.literal('verstreken'), termijn: Termijnsoort, op: Datum }),
  z.object({ soort: z.literal('twee-keer-afgewezen') }),
  z.object({ soort: z.literal('derde-afwijzing-bij-steunpunt') }),
  z.object({ soort: z.literal('regie-steunpunt') }),
  z.object({ soort: z.literal('toelatingsrecht-gemist') }),
  z.object({ soort: z.literal('voorziening-niet-geregeld'), voorziening: z.string() }),
  z.object({ soort: z.literal('warme-overdracht-nodig') }),
]);

const State = OverdrachtStateSchema;
export const Overdracht = State.extend({
  startSchooljaar: z.string().describe("Het schooljaar van de start, bv. '2026-2027'"),
  leerling: z.object({ id: z.uuid(), weergave: z.string().describe('Gemaskeerd leerlingnummer') }),
  verzendendeSchool: z.object({ id: z.uuid(), naam: z.string() }),
  aanmeldingen: z.array(State.shape.aanmeldingen.element.extend({ schoolNaam: z.string() })),
  plaatsing: State.shape.plaatsing.unwrap().extend({ schoolNaam: z.string() }).optional(),
  warmeOverdrachtStatus: z.enum(WARME_OVERDRACHT_STATUSSEN).nullable(),
  afwijzingen: z.number().int(),
  controledatum: Datum,
  uitvalTot: Datum.nullable(),
  volgendeDatum: z.object({ termijn: Termijnsoort, datum: Datum, waarschuwingVanaf: Datum }).nullable(),
  termijnen: z.array(z.object({ soort: Termijnsoort, vervaltOp: Datum, regelVersie: z.string() })),
  signalen: z.array(Signaal),
  acties: z.array(z.enum(COMMANDO_TYPES)),
  tijdlijn: z.array(z.object({ tijdstip: z.string().describe('Lokale tijd (Europe/Amsterdam), JJJJ-MM-DDTHH:MM:SS'), actie: z.string(), rol: z.string(), status: z.string().optional() })),
});

const Tellingen = z.object({
  totaal: z.number().int(),
  zonderSchool: z.number().int(),
  geplaatst: z.number().int(),
  gestart: z.number().int(),
  nietGestart: z.number().int(),
  vertrokken: z.number().int(),
  tweeKeerAfgewezen: z.number().int(),
  bijSteunpunt: z.number().int(),
  waarschuwing: z.number().int(),
  toelatingsrechtGemist: z.number().int(),
  volgendeDatum: Datum.nullable(),
});
export const CohortRegel = z.object({
  id: z.uuid(),
  schooljaar: z.string(),
  verzendendeSchool: z.object({ id: z.uuid(), naam: z.string(), soort: z.enum(SCHOOLSOORTEN) }),
  ...Tellingen.shape,
});
export const Cohorten = z.object({ items: z.array(CohortRegel) });
export const Cohort = z.object({ id: z.uuid(), swv: z.string(), schooljaar: z.string(), verzendendeSchoolId: z.uuid(), nieuw: z.boolean().describe('201: nieuw; 200: bestond al') });
export const Aangemaakt = z.object({ id: z.uuid() });
export const ImportRapport = z.object({
  rijen: z.number().int(),
  geimporteerd: z.number().int(),
  geweigerd: z.array(z.object({ rij: z.number().int(), veld: z.string(), melding: z.string() })),
  genegeerdeKolommen: z.array(z.string()).describe('Kolommen die genegeerd (en niet bewaard) zijn, zoals namen'),
  controle: z.boolean().describe('Alleen gecontroleerd: niets bewaard'),
});

export const LijstRegel = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  leerling: z.string(),
  route: Route,
  status: Status,
  regie: z.enum(['school', 'steunpunt']),
  afwijzingen: z.number().int(),
  kwetsbaar: z.boolean(),
  voorzieningenOpen: z.number().int(),
  warmeOverdracht: z.enum(WARME_OVERDRACHT_STATUSSEN).nullable(),
  toelatingsrecht: z.enum(['open', 'verworven', 'gemist']).nullable(),
  verzendendeSchool: z.string(),
  ontvangendeSchool: z.string().nullable(),
  volgendeDatum: Datum.nullable(),
  volgendeSoort: Termijnsoort.nullable(),
  waarschuwing: z.boolean(),
  startdatum: Datum.nullable(),
  controledatum: Datum.nullable(),
});
export const Overdrachten = z.object({ ...BegrensdeTellingVelden, ...KeysetAntwoordVelden, items: z.array(LijstRegel) });

export const NazorgRegel = z.object({
  id: z.uuid(),
  versie: z.number().int(),
  leerling: z.string(),
  route: Route,
  status: Status,
  ontvangendeSchool: z.string(),
  verzendendeSchool: z.string(),
  startdatum: Datum,
  controledatum: Datum.nullable(),
  gestartOp: Datum.nullable(),
  teLaat: z.boolean().describe('Voorbij de controledatum zonder bevestiging'),
});
export const Nazorg = z.object({ ...BegrensdeTellingVelden, ...KeysetAntwoordVelden, items: z.array(NazorgRegel) });

export const School = z.object({ id: z.uuid(), brin: z.string(), naam: z.string(), soort: z.enum(SCHOOLSOORTEN), swv: z.string().nullable(), plaats: z.string().nullable() });
export const Scholen = z.object({ items: z.array(School) });

const CohortCijfers = z.object({
  cohortId: z.uuid().nullable(),
  verzendendeSchool: z.string(),
  totaal: z.number().int(),
  bestemming: z.record(z.string(), z.number().int()).describe('Per soort ontvangende school, of arbeid/dagbesteding/elders'),
  geplaatst: z.number().int(),
  opTijdGeplaatst: z.number().int(),
  afwijzingen: z.number().int(),
  tweeKeerAfgewezen: z.number().int(),
  derdeAfwijzingVoorgelegd: z.number().int(),
  warmeOverdrachtGehouden: z.number().int(),
  gestart: z.number().int(),
  nietGestart: z.number().int(),
  vsv: z.number().int(),
  zonderSchool: z.number().int(),
});
export const Cijfers = z.object({ schooljaar: z.string(), cohorten: z.array(CohortCijfers), totaal: CohortCijfers });

/** A schema's output as the domain holds it: read-only all the way down (the state is spread into the answer). */
type AlleenLezen<T> = T extends (infer E)[] ? readonly AlleenLezen<E>[] : T extends object ? { readonly [K in keyof T]: AlleenLezen<T[K]> } : T;
export type OverdrachtAntwoord = AlleenLezen<z.output<typeof Overdracht>>;
