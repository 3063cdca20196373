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
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | string[] | number | undefined>;
  signal?: AbortSignal;
  /** For reads of a case: why it is opened (access log). */
  doel?: string;
  /** Do not treat a 401 as an expired session (sign-in and session probe). */
  ignore401?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
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
  return body as T;
}

/**
 * Uploads a file as the request body (its name in x-bestandsnaam, URI-encoded): the
 * service checks its type by its bytes. Answers like api().
 */
export function uploadBestand<T>(path: string, bestand: File, query?: RequestOptions['query']): Promise<T> {
  // Sent as octet-stream whatever the browser guessed: the type that counts is the one its bytes show.
  return upload<T>(path, bestand, 'application/octet-stream', query, { 'x-bestandsnaam': encodeURIComponent(bestand.name) });
}

/** POSTs a file as it is (e.g. text/csv): the service checks its bytes and encoding itself. */
export async function upload<T>(path: string, bestand: Blob, type: string, query?: RequestOptions['query'], extra: Record<string, string> = {}): Promise<T> {
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
  return body as T;
}
