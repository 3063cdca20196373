import { problemTypes } from '../errors/problem';
import { PROBLEM_JSON } from '../errors/problem-json.filter';

/** Where every document keeps the problem schema (components.schemas.Problem). */
export const PROBLEM_REF = '#/components/schemas/Problem';

/** An error answer (RFC 9457) as every app gives it; see ProblemError and ProblemJsonFilter. */
export const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'application/problem+json (RFC 9457). Branch on `type`; `detail` explains this occurrence.',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', enum: [...new Set([...Object.values(problemTypes).map((p) => p.type), 'about:blank'])] },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The path of the request' },
    errors: {
      type: 'array',
      description: 'Validation failed: one entry per field',
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
    unavailable: { type: 'string', description: 'Service unavailable (503): what is, e.g. database, redis, broker or a service name' },
    retryAfterSeconds: { type: 'integer', description: 'Also in the Retry-After header' },
  },
} as const;

/** A response whose body is a problem; `example` shows one occurrence. */
export function problemResponse(description: string, example?: Record<string, unknown>) {
  return { description, content: { [PROBLEM_JSON]: { schema: { $ref: PROBLEM_REF }, ...(example ? { example } : {}) } } };
}

const { unavailable, internal } = problemTypes;

/** What every operation of every app may answer: a dependency down (503) or a bug (500). */
export const GLOBAL_PROBLEM_RESPONSES = [
  {
    status: 503,
    ...problemResponse('A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds', {
      ...unavailable,
      detail: 'The database is not available right now; try again shortly',
      unavailable: 'database',
      retryAfterSeconds: 5,
    }),
    headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } },
  },
  { status: 500, ...problemResponse('An unexpected error (logged; the request changed nothing it could not undo)', { ...internal, detail: 'An unexpected error occurred' }) },
];
