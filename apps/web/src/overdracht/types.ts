/**
 * Names for the shapes of the overdracht API (apps/overdracht, /api/overdracht/...). Every
 * one is generated from the OpenAPI document the service serves
 * (../api/generated/overdracht.ts, `npm run api:types`, checked for currency by
 * test/api-types.e2e-spec.ts); the schemas live next to the queries that build the answers
 * (apps/overdracht/src/queries/antwoorden.ts).
 */
import type { components } from '../api/generated/overdracht';

type Schemas = components['schemas'];

export type School = Schemas['Scholen']['items'][number];
export type CohortRegel = Schemas['CohortRegel'];
export type LijstRegel = Schemas['Overdrachten']['items'][number];
export type NazorgRegel = Schemas['Nazorg']['items'][number];
/** A page of a list, paged by cursor (GET /overdrachten, /nazorg). */
export type Overdrachten = Schemas['Overdrachten'];
export type NazorgPagina = Schemas['Nazorg'];
export type ImportRapport = Schemas['ImportRapport'];
/** GET /overdracht/overdrachten/:id, and the answer of every command. */
export type Overdracht = Schemas['Overdracht'];
export type Kalenderdatum = NonNullable<Overdracht['kalender']['definitiefAdvies']>;
export type Signaal = Overdracht['signalen'][number];
export type CohortCijfers = Schemas['Cijfers']['totaal'];

/** The vocabularies, as overdracht declares them (the domain's own lists). */
export type Route = Overdracht['route'];
export type OverdrachtStatus = Overdracht['status'];
export type Termijnsoort = Overdracht['termijnen'][number]['soort'];
export type OverdrachtCommando = Overdracht['acties'][number];
