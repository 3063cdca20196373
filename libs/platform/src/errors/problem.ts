/**
 * RFC 9457 problem details. `type` is a stable URN per kind of error, so clients can
 * branch on it; `title` is the same for every occurrence of the type; `detail` explains
 * this occurrence. Plain TypeScript: domain and application code may throw these.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const problemTypes = {
  malformedBody: { type: 'urn:pao:problem:malformed-body', title: 'Malformed request body', status: 400 },
  malformedRequest: { type: 'urn:pao:problem:malformed-request', title: 'Malformed request', status: 400 },
  validation: { type: 'urn:pao:problem:validation-failed', title: 'Request validation failed', status: 400 },
  unauthenticated: { type: 'urn:pao:problem:unauthenticated', title: 'Authentication required', status: 401 },
  forbidden: { type: 'urn:pao:problem:forbidden', title: 'Not allowed for this role', status: 403 },
  notFound: { type: 'urn:pao:problem:not-found', title: 'Resource not found', status: 404 },
  methodNotAllowed: { type: 'urn:pao:problem:method-not-allowed', title: 'Method not allowed', status: 405 },
  invalidTransition: { type: 'urn:pao:problem:invalid-state-transition', title: 'Not allowed in the current state', status: 409 },
  conflict: { type: 'urn:pao:problem:conflict', title: 'Conflict with the current state', status: 409 },
  payloadTooLarge: { type: 'urn:pao:problem:payload-too-large', title: 'Request body too large', status: 413 },
  unsupportedMediaType: { type: 'urn:pao:problem:unsupported-media-type', title: 'Unsupported media type', status: 415 },
  rateLimited: { type: 'urn:pao:problem:rate-limited', title: 'Too many requests', status: 429 },
  internal: { type: 'urn:pao:problem:internal', title: 'Internal error', status: 500 },
  unavailable: { type: 'urn:pao:problem:unavailable', title: 'Service unavailable', status: 503 },
} as const;

export type ProblemKind = keyof typeof problemTypes;

export class ProblemError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail?: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? problemTypes[kind].title);
    this.name = 'ProblemError';
  }

  toProblem(instance?: string): ProblemDetails {
    return { ...problemTypes[this.kind], detail: this.detail, instance, ...this.extensions };
  }
}

export function problemForStatus(status: number): { type: string; title: string; status: number } {
  const match = Object.values(problemTypes).find((p) => p.status === status);
  return match ?? (status >= 500 ? problemTypes.internal : { type: 'about:blank', title: 'Request failed', status });
}
