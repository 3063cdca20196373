import { type Antwoord, type Delen, type Methode, type Operatie, type OptiesArg, type PadenVoor, vulPad } from './paden';
import { type Problem, toProblem } from './problem';

/** Thrown for every non-2xx answer; carries the problem+json. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

let csrfToken: string | undefined;
let onUnauthenticated: (() => void) | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Called when an answer says the session is gone (401), except for the sign-in call itself. */
export function setUnauthenticatedHandler(handler: (() => void) | undefined): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: Methode;
  body?: unknown;
  query?: object;
  signal?: AbortSignal;
  /** For reads of a case: why it is opened (access log). */
  doel?: string;
  /** Do not treat a 401 as an expired session (sign-in and session probe). */
  ignore401?: boolean;
}

export function buildUrl(path: string, query?: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}) as Array<[string, unknown]>) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** What a typed call takes besides its path: the method, the path's parameters, query and body as the API declares them. */
export type ApiOpties<P, M extends Methode> = { method?: M } & Omit<RequestOptions, 'method' | 'body' | 'query'> & Delen<P, M>;

/**
 * Calls a path of the API (see ./paden): `pad` is the template as the OpenAPI document
 * names it (`/oja/arrangementen/{id}`), `params` fills it; query, body and answer are the
 * operation's. Throws ApiError for every non-2xx answer.
 */
export function api<P extends PadenVoor<M>, M extends Methode = 'GET'>(pad: P, ...[opties]: OptiesArg<ApiOpties<P, M>>): Promise<Antwoord<Operatie<P, M>>> {
  const o: RequestOptions & { params?: Readonly<Record<string, string | number>> } = opties ?? {};
  return verzoek(vulPad(pad, o.params), o) as Promise<Antwoord<Operatie<P, M>>>;
}

/**
 * One request to the gateway (`path` filled in, without /api): CSRF header, access-log
 * purpose, 401 handler, problem+json errors. Untyped: screens call `api()`; this is for
 * useOphalen, which checks its path and parameters itself.
 */
export async function verzoek(path: string, options: RequestOptions): Promise<unknown> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.doel) headers['x-pao-doel'] = options.doel;
  let res: Response;
  try {
    res = await fetch(buildUrl(`/api${path}`, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError({ type: 'urn:pao:problem:network', title: 'Network error', status: 0, detail: 'Geen verbinding met de server.' });
  }
  const text = await res.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!res.ok) {
    if (res.status === 401 && !options.ignore401) onUnauthenticated?.();
    throw new ApiError(toProblem(res.status, body));
  }
  return body;
}

/** A file upload's path parameters and query, as the API declares them. */
export type UploadOpties<P> = Omit<Delen<P, 'POST'>, 'body'>;

/**
 * Uploads a file as the request body (its name in x-bestandsnaam, URI-encoded): the
 * service checks its type by its bytes. Answers like api().
 */
export function uploadBestand<P extends PadenVoor<'POST'>>(pad: P, bestand: File, ...[opties]: OptiesArg<UploadOpties<P>>): Promise<Antwoord<Operatie<P, 'POST'>>> {
  // Sent as octet-stream whatever the browser guessed: the type that counts is the one its bytes show.
  return upload(pad, bestand, 'application/octet-stream', opties, { 'x-bestandsnaam': encodeURIComponent(bestand.name) });
}

/** POSTs a file as it is (e.g. text/csv): the service checks its bytes and encoding itself. */
export async function upload<P extends PadenVoor<'POST'>>(
  pad: P,
  bestand: Blob,
  type: string,
  opties: UploadOpties<P> | undefined,
  extra: Record<string, string> = {},
): Promise<Antwoord<Operatie<P, 'POST'>>> {
  const o: { params?: Readonly<Record<string, string | number>>; query?: object } = opties ?? {};
  const path = vulPad(pad, o.params);
  const query = o.query;
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'content-type': type, ...extra };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(buildUrl(`/api${path}`, query), { method: 'POST', headers, body: bestand, credentials: 'same-origin' });
  } catch {
    throw new ApiError({ type: 'urn:pao:problem:network', title: 'Network error', status: 0, detail: 'Geen verbinding met de server.' });
  }
  const text = await res.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) {
    if (res.status === 401) onUnauthenticated?.();
    throw new ApiError(toProblem(res.status, body));
  }
  return body as Antwoord<Operatie<P, 'POST'>>;
}
