/**
 * Names for the shapes of the thuiszitters API. Every one is generated from the OpenAPI
 * document the service serves (../api/generated/thuiszitters.ts, `npm run api:types`,
 * checked for currency by test/api-types.e2e-spec.ts); the schemas live next to the
 * queries that build the answers (apps/thuiszitters/src/queries/antwoorden.ts).
 */
import type { components, operations } from '../api/generated/thuiszitters';

type Schemas = components['schemas'];

/** GET /thuiszitters/casussen/:id, and the answer of every command (but leerplicht's). */
export type Casus = Schemas['Casus'];
export type Betrokkenheid = NonNullable<Casus['melding']>['betrokkenheid'];
export type SchoolRef = NonNullable<NonNullable<Casus['melding']>['school']>;
export type CasusTermijn = Casus['termijnen'][number];
export type Actie = Casus['acties'][number];
export type Werkvoorraad = Schemas['Werkvoorraad'];
export type WerkvoorraadItem = Werkvoorraad['items'][number];
export type Agenda = Schemas['Agenda'];
export type AgendaPunt = Agenda['items'][number];
export type Vergadering = Schemas['Vergadering'];
export type VergaderingMetAgenda = Schemas['VergaderingMetAgenda'];
export type ThuiszittersSchool = Schemas['Scholen']['items'][number];
export type Figuren = Schemas['Figuren'];
export type Telling = Figuren['swv'];

/** The vocabularies, as thuiszitters declares them (the domain's own lists). */
export type CasusSoort = Casus['soort'];
export type CasusStatus = Casus['status'];
export type Niveau = Casus['niveau'];
export type CasusCommando = Casus['toegestaneActies'][number];
export type Partij = Casus['overleggen'][number]['deelnemers'][number];
export type Uitkomst = NonNullable<Casus['aanbod']>['uitkomst'];
export type AfsluitReden = NonNullable<Casus['afsluiting']>['reden'];
export type EscalatieDoel = Casus['escalaties'][number]['naar'];

/** POST /thuiszitters/meldingen and /vrijstellingen: the new case. */
export type Aangemaakt = operations['Casussen_melden']['responses'][201]['content']['application/json'];
