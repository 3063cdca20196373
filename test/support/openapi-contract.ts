import SwaggerParser from '@apidevtools/swagger-parser';

/**
 * Issue 18: what a partner's tools need from an app's /openapi.json. A third-party
 * validator (@apidevtools/swagger-parser) accepts it for the version it declares, and
 * every operation has a unique operationId, a tag, the problem+json error answers
 * (503 with Retry-After among them), where `bodyExamples` an example of each JSON
 * request body, and where `declaredAnswers` the body of its success answer (a schema, or
 * a file's media type; 204 has none). Answers one line per finding; none is good.
 */
export async function openApiFindings(document: unknown, { bodyExamples = true, declaredAnswers = false } = {}): Promise<string[]> {
  const findings: string[] = [];
  try {
    // The validator dereferences in place: give it a copy.
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (e) {
    findings.push(`swagger-parser: ${(e as Error).message}`);
  }
  const doc = document as OpenApi;
  if (!/^3\.1\.\d+$/.test(doc.openapi ?? '')) findings.push(`declares openapi ${doc.openapi}, expected 3.1.x`);
  if (!doc.components?.schemas?.Problem) findings.push('components.schemas.Problem is missing');
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const at = `${method.toUpperCase()} ${path}`;
      if (!op.operationId) findings.push(`${at}: no operationId`);
      else if (ids.has(op.operationId)) findings.push(`${at}: operationId ${op.operationId} used twice`);
      else ids.add(op.operationId);
      if (!op.tags?.length) findings.push(`${at}: no tag`);
      const unavailable = op.responses?.['503'];
      if (!unavailable?.content?.['application/problem+json'] || !unavailable.headers?.['Retry-After']) findings.push(`${at}: no 503 problem+json with Retry-After`);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const types = Object.keys(response.content ?? {});
        if (/^[45]/.test(status) && types.some((t) => t !== 'application/problem+json')) findings.push(`${at}: ${status} answers ${types.join(', ')}, not application/problem+json`);
      }
      const succes = Object.entries(op.responses ?? {}).filter(([status]) => /^2/.test(status));
      if (declaredAnswers && !succes.some(([status, r]) => status === '204' || Object.keys(r.content ?? {}).length > 0)) findings.push(`${at}: no declared body of its 2xx answer`);
      const body = op.requestBody?.content?.['application/json'];
      if (bodyExamples && body && !body.example && !body.examples && !body.schema?.examples) findings.push(`${at}: request body without an example`);
    }
  }
  return findings;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface MediaType {
  schema?: { examples?: unknown[] };
  example?: unknown;
  examples?: Record<string, unknown>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  requestBody?: { content?: Record<string, MediaType> };
  responses?: Record<string, { content?: Record<string, MediaType>; headers?: Record<string, unknown> }>;
}
interface OpenApi {
  openapi?: string;
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}
