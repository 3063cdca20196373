/**
 * The web's API paths as the OpenAPI documents declare them (./generated, `npm run api:types`):
 * the gateway's own paths under /api, and each service's paths under the prefix the gateway
 * forwards (`/api/<prefix>/<the service's own path>`). From a path template and a method
 * follow its `{…}` parameters, its query, its JSON body and its answer, so a call that
 * disagrees with the API does not type-check. Types, and the few helpers the calls need.
 */
import type { operations as GatewayOperaties, paths as GatewayPaden } from './generated/gateway';
import type { paths as NotificatiesPaden } from './generated/notificaties';
import type { paths as OjaPaden } from './generated/oja';
import type { paths as OverdrachtPaden } from './generated/overdracht';
import type { paths as ThuiszittersPaden } from './generated/thuiszitters';
import type { paths as ToeleidingPaden } from './generated/toeleiding';

/** Each gateway prefix and the service's paths behind it. */
interface Diensten {
  toeleiding: ToeleidingPaden;
  thuiszitters: ThuiszittersPaden;
  oja: OjaPaden;
  overdracht: OverdrachtPaden;
  notificaties: NotificatiesPaden;
}

/** The prefixes the gateway forwards, as its document declares them. */
type GatewayVoorvoegsel = NonNullable<GatewayOperaties['ServiceProxy_forward_get']['parameters']['path']>['service'];
// A service the gateway forwards but the web has no paths for (or the reverse) fails here.
type Gelijk<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Waar<T extends true> = T;
export type DienstenGedekt = Waar<Gelijk<keyof Diensten, GatewayVoorvoegsel>>;

type Voorvoegd<V extends string, P> = { [K in keyof P & string as `/${V}${K}`]: P[K] };
type DienstPaden = { [V in keyof Diensten]: Voorvoegd<V, Diensten[V]> }[keyof Diensten];
type UnieNaarDoorsnede<U> = (U extends unknown ? (u: U) => void : never) extends (d: infer D) => void ? D : never;
/** The gateway's own paths (/sessie, /medewerkers, …) without /api, which the client adds; not the forwarding route itself. */
type GatewayEigen = { [K in keyof GatewayPaden & string as K extends `/api/${infer R}` ? (R extends '{service}/{path}' ? never : `/${R}`) : never]: GatewayPaden[K] };

/** Every path the web may call, as `api()` takes it (without /api). */
type Plat<T> = { [K in keyof T]: T[K] };
export type Paden = Plat<GatewayEigen & UnieNaarDoorsnede<DienstPaden>>;

export type Methode = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The operation at a path for a method (never if the path has none). */
export type Operatie<P, M extends Methode> = P extends keyof Paden ? (Paden[P] extends { [m in Lowercase<M>]: infer O } ? (O extends { responses: unknown } ? O : never) : never) : never;

/** The paths that have an operation for this method. */
export type PadenVoor<M extends Methode> = { [P in keyof Paden]: Paden[P] extends { [m in Lowercase<M>]: { responses: unknown } } ? P : never }[keyof Paden];

type OperatieParameters<O> = O extends { parameters: infer X } ? X : never;
/** The `{…}` parameters of the path template. */
export type PadParameters<O> = NonNullable<OperatieParameters<O> extends { path?: infer X } ? X : never>;
export type Query<O> = NonNullable<OperatieParameters<O> extends { query?: infer X } ? X : never>;
/** The JSON request body (never if the operation takes none, or takes another media type). */
export type Body<O> = O extends { requestBody?: infer R } ? ([NonNullable<R>] extends [never] ? never : NonNullable<R> extends { content: { 'application/json': infer B } } ? B : never) : never;

type Succes = 200 | 201 | 202 | 204;
/** The answer of a success: its JSON, or undefined for one without a body. */
export type Antwoord<O> = O extends { responses: infer R }
  ? { [S in keyof R & Succes]: R[S] extends { content: { 'application/json': infer B } } ? B : undefined }[keyof R & Succes]
  : never;

declare const vanFormulier: unique symbol;
/**
 * A body built from a form's field paths (acties.ts, the oja forms): its shape is the
 * fields', which the service checks (problem+json per field), not tsc. Named so that a
 * hand-written body never passes for one.
 */
export type Formulierbody = { readonly [vanFormulier]: true };
export const alsFormulierbody = (body: unknown): Formulierbody => body as Formulierbody;

type PadDeel<O> = [PadParameters<O>] extends [never] ? { params?: never } : { params: PadParameters<O> };
type QueryDeel<O> = [Query<O>] extends [never] ? { query?: never } : OperatieParameters<O> extends { query: object } ? { query: Query<O> } : { query?: Query<O> };
/** Without a declared body a change may still send `{}`, as the web always did for a step without fields. */
type BodyDeel<O, M extends Methode> = [Body<O>] extends [never]
  ? M extends 'GET'
    ? { body?: never }
    : { body?: Record<string, never> }
  : O extends { requestBody: unknown }
    ? { body: Body<O> | Formulierbody }
    : { body?: Body<O> | Formulierbody };

/** What a call to path P with method M gives besides the path: its parameters, query and body. */
export type Delen<P, M extends Methode> = PadDeel<Operatie<P, M>> & QueryDeel<Operatie<P, M>> & BodyDeel<Operatie<P, M>, M>;

type VerplichteSleutels<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** The options as a rest parameter: optional when nothing in them is required. */
export type OptiesArg<T> = [VerplichteSleutels<T>] extends [never] ? [opties?: T] : [opties: T];

/** Fills a path template's `{…}` parameters, each percent-encoded. */
export function vulPad(pad: string, params: Readonly<Record<string, string | number>> | undefined): string {
  return pad.replace(/\{([^}]+)\}/g, (_, naam: string) => {
    const waarde = params?.[naam];
    if (waarde === undefined) throw new Error(`${pad}: geen waarde voor {${naam}}`);
    return encodeURIComponent(String(waarde));
  });
}

/**
 * Text a screen took from the address bar or a form control, passed on as it is where the
 * API declares an enum or a number: the service checks it (a 400 problem+json), as it did
 * before the calls were typed. Named so that these few unchecked values are easy to find.
 */
export function ongecontroleerd<T>(waarde: string | readonly string[]): T {
  return waarde as T;
}

/** The query of a path's operation, for a screen that builds it apart from the call. */
export type QueryVan<P, M extends Methode = 'GET'> = Query<Operatie<P, M>>;
