/**
 * Names for the shapes of the oja API (apps/oja, /api/oja/...). Every one is generated from
 * the OpenAPI document the service serves (../api/generated/oja.ts, `npm run api:types`,
 * checked for currency by test/api-types.e2e-spec.ts); the schemas live next to the queries
 * that build the answers (apps/oja/src/queries/antwoorden.ts). Amounts are whole euro cents.
 */
import type { components } from '../api/generated/oja';
import type { Operatie, PadParameters } from '../api/paden';

type Schemas = components['schemas'];

export type Werkvoorraad = Schemas['Werkvoorraad'];
export type WerkvoorraadItem = Werkvoorraad['items'][number];
export type Signaal = WerkvoorraadItem['signalen'][number];
/** GET /oja/arrangementen/:id, and the answer of every command. */
export type Arrangement = Schemas['Arrangement'];
export type Periode = Arrangement['periode'];
export type Boeking = Arrangement['geld']['boekingen'][number];
export type VerdelingRegel = NonNullable<Arrangement['voorstel']>['verdeling'][number];
export type Configuratie = Schemas['Configuratie'];
export type Betaler = Configuratie['betalers'][number];
export type ArrangementType = Configuratie['types'][number];
export type BudgetRegel = Schemas['Budgetoverzicht']['items'][number];
export type RapportageKop = Schemas['Rapportages']['items'][number];
export type Rapportage = Schemas['Kwartaalrapportage'];

/** The vocabularies, as oja declares them (the domain's own lists). */
export type ArrangementStatus = Arrangement['status'];
export type Vorm = Arrangement['vorm'];
export type OjaCommando = Arrangement['toegestaneActies'][number];
/** The steps a person sends (POST /oja/arrangementen/{id}/acties/{commando}); not the system's own. */
export type OjaPadCommando = PadParameters<Operatie<'/oja/arrangementen/{id}/acties/{commando}', 'POST'>>['commando'];
