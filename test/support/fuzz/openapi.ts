/** The parts of an OpenAPI 3 document the fuzzer reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  description?: string;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface FuzzOperation {
  /** 'gateway' for the gateway's own routes, else the service behind /api/<service>. */
  app: string;
  method: string;
  /** As in the document, e.g. /aanvragen/{id}. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body?: JsonSchema;
  /** Needs a session (gateway) or a signed actor (service). */
  requiresAuth: boolean;
  /** Methods this path does not have (a request with one of them must be refused). */
  otherMethods: string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Resolves `#/components/schemas/X` references, once per level. */
export function resolver(doc: OpenApiDocument): (s: JsonSchema | undefined) => JsonSchema | undefined {
  return (s) => {
    if (!s?.$ref) return s;
    const name = s.$ref.replace('#/components/schemas/', '');
    return doc.components?.schemas?.[name] ?? {};
  };
}

/** Every operation of a document; `skip` leaves paths out (the gateway's proxy route). */
export function operationsOf(app: string, doc: OpenApiDocument, publicPaths: RegExp = /^$/, skip: RegExp = /^$/): FuzzOperation[] {
  const resolve = resolver(doc);
  const out: FuzzOperation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (skip.test(path)) continue;
    for (const [method, op] of Object.entries(methods)) {
      if (!METHODS.includes(method)) continue;
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: resolve(p.schema) }));
      out.push({
        app,
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: resolve(op.requestBody?.content?.['application/json']?.schema),
        requiresAuth: !publicPaths.test(`${method.toUpperCase()} ${path}`),
        otherMethods: METHODS.filter((m) => !(m in methods)).map((m) => m.toUpperCase()),
      });
    }
  }
  return out;
}
