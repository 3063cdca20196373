/**
 * Names for the shapes of the gateway and the toeleiding API. Every one is generated from
 * the OpenAPI documents the servers serve (./generated, `npm run api:types`, checked for
 * currency by test/api-types.e2e-spec.ts): nothing here is written by hand, so a server
 * change the web does not follow fails the web's type check.
 */
import type { operations as Gateway } from './generated/gateway';
import type { components as ToeleidingSchemas, operations as Toeleiding } from './generated/toeleiding';
import type { Operatie, PadParameters } from './paden';

type Schemas = ToeleidingSchemas['schemas'];

/** GET /api/sessie as the gateway declares it. */
export type Sessie = Gateway['Session_huidig']['responses'][200]['content']['application/json'];
export type Account = Sessie['account'];
export type Rol = Account['rol'];
/** The id of the SWV (tenant) in the SWV register, e.g. 'VO'. */
export type Swv = Account['swv'];
/** Primair or voortgezet onderwijs: decides which soorten TLV the SWV gives. */
export type SwvSector = NonNullable<Account['sector']>;
/** GET /api/medewerkers: the team, each with a card signed by the gateway. */
export type Medewerker = Gateway['Medewerkers_team']['responses'][200]['content']['application/json']['items'][number];

/** GET /toeleiding/aanvragen/:id, and the answer of every change to the case. */
export type Aanvraag = Schemas['Aanvraag'];
/** POST /toeleiding/aanvragen: the new concept. */
export type AanvraagAangemaakt = Toeleiding['Aanvragen_aanmaken']['responses'][201]['content']['application/json'];
export type Werkvoorraad = Schemas['Werkvoorraad'];
export type WerkvoorraadItem = Werkvoorraad['items'][number];
export type Zoekresultaat = Schemas['Zoekresultaat'];
export type School = Schemas['Scholen']['items'][number];
export type DocumentInfo = Schemas['DocumentInfo'];
/** Where an upload is attached (POST /toeleiding/aanvragen/{id}/documenten). */
export type DocumentPlek = NonNullable<Toeleiding['Documenten_toevoegen']['parameters']['query']>;
export type DocumentSoort = DocumentPlek['soort'];
export type BesluitbriefOpgesteld = Schemas['BesluitbriefOpgesteld'];
export type Telling = Schemas['Telling'];
export type Doorlooptijden = Schemas['Doorlooptijden'];
export type DoorlooptijdRegel = Doorlooptijden['items'][number];
export type LeadTime = DoorlooptijdRegel['ingediendTotBesluitDagen'];
export type AuditRegel = Schemas['AuditPagina']['items'][number];
export type ToegangRegel = Schemas['ToegangPagina']['items'][number];

/** The vocabularies, as toeleiding declares them (the domain's own lists). */
export type Status = Aanvraag['status'];
export type Uitvoering = NonNullable<Aanvraag['uitvoering']>;
export type TlvSoort = NonNullable<WerkvoorraadItem['soort']>;
export type Commando = Aanvraag['toegestaneActies'][number];
/** The commands a person sends (POST /toeleiding/aanvragen/{id}/acties/{commando}); not the system's own. */
export type PadCommando = PadParameters<Operatie<'/toeleiding/aanvragen/{id}/acties/{commando}', 'POST'>>['commando'];
export type Partij = NonNullable<Aanvraag['volgendeStap']>['wie'];

/** A deadline of a case (or the next one of a werkvoorraad row) and how urgent it is. */
export type Termijn = Aanvraag['termijnen'][number] | NonNullable<WerkvoorraadItem['volgendeTermijn']>;
export type Signaal = NonNullable<Termijn['signaal']>;
export type LeerlingWeergave = Aanvraag['leerling'];
