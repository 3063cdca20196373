import fc from 'fast-check';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { FuzzOperation, JsonSchema } from './openapi';
import { hasWrongType, valueOf, wrongTypeFor } from './schema-values';

/**
 * Each generated request carries at least one malformation that must end it in a 4xx
 * whatever else it holds (so nothing may change), plus noise that must not matter.
 */
export type Fatal =
  | 'query-control' // NUL, another control character or a lone surrogate in a query value or name
  | 'query-wrong-value' // a declared query parameter with a value of the wrong kind (not a number, date, id, option)
  | 'path-control' // the same in a path segment
  | 'body-control' // the same in a body value or name
  | 'body-deep' // JSON nested deeper than 32
  | 'body-bad-json' // not JSON (truncated, trailing garbage, single quotes …)
  | 'body-encoding' // Content-Encoding gzip/deflate/br on a plain body, or an unknown one
  | 'body-charset' // a charset nobody knows
  | 'body-huge' // over 1 MB
  | 'body-wrong-type' // a declared field of the wrong type
  | 'no-auth' // no session / actor, or a forged one
  | 'bad-csrf' // a change without the right CSRF token
  | 'internal-path' // an operational endpoint of the service, however spelled
  | 'unknown-id' // an id that names nothing (or is not an id)
  | 'wrong-method'; // a method the path does not have

export type Channel = 'gateway' | 'direct';
export type AuthMode = 'ok' | 'none' | 'forged';
export type CsrfMode = 'ok' | 'none' | 'wrong' | 'latin1';

export interface FuzzCase {
  op: FuzzOperation;
  channel: Channel;
  /** A role of the session/actor, or 'api-key'. */
  who: string;
  fatal: Fatal[];
  auth: AuthMode;
  csrf: CsrfMode;
  method: string;
  /** Path below the app (service path for services), raw. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface CaseContext {
  roles: string[];
  /** Ids that exist (so a request can reach deep code), per path parameter name. */
  knownValues: Record<string, string[]>;
  resolve: (s: JsonSchema | undefined) => JsonSchema | undefined;
}

/**
 * A plain body that happens to be a valid stream of the encoding it announces is no
 * malformation: brotli has almost no framing, and `5.5` is a complete (empty) brotli
 * stream. Leading spaces keep the JSON the same and break the stream.
 */
function notAStreamOf(encoding: string, text: string): string {
  const decoders: Record<string, (b: Buffer) => Buffer> = { gzip: gunzipSync, deflate: inflateSync, br: brotliDecompressSync };
  const decode = decoders[encoding];
  if (!decode) return text;
  for (;;) {
    try {
      decode(Buffer.from(text, 'utf8'));
    } catch {
      return text;
    }
    text = ` ${text}`;
  }
}

const BAD_TEXT = ['a\u0000b', '\u0000', 'x\u0001', '\u001b[31m', '\ud800', 'x\udfff', 'a\u0007\u0008', '\u000b'];
const BAD_ENCODED = ['%00', 'a%00b', '%01', '%1B', '%ED%A0%80', '%ED%BF%BF', '%7F%00'];
const INTERNAL = ['metrics', 'Metrics', 'HEALTH', 'docs', 'Docs/', 'openapi.json', 'OPENAPI.yaml', 'x/../metrics', '%2e%2e/metrics', '%2E%2e/health', './metrics', '.%2fmetrics', '/metrics', 'a//metrics', '%6detrics', '%4D%45%54%52%49%43%53'];

const noiseText = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('', ' ', '../', '%', '%%', '😀', 'é', "' OR 1=1 --", '<script>', '9'.repeat(9), 'x'.repeat(300)));
// Header values must be bytes (latin-1): what a client can send.
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 60 });

/** Values a declared query parameter certainly refuses (none for free text). */
function wrongQueryValues(schema: JsonSchema | undefined): string[] {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (schema?.enum?.length) return ['onbekend-xyz', 'ABC'];
  if (type === 'integer' || type === 'number') return ['abc', 'NaN', '0x1g', '1e999'];
  if (schema?.format === 'uuid') return ['geen-uuid', '123'];
  if (schema?.format === 'date' || /JJJJ-MM-DD|datum/i.test(schema?.description ?? '')) return ['2025-02-30', '2025-13-01', 'gisteren'];
  return [];
}

function encodeQuery(pairs: Array<[string, string]>): string {
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
}

/** A place in a value where bad text goes: a new field, a replaced string, a field name. */
function withBadText(value: unknown, bad: string, where: number): unknown {
  const container = value !== null && typeof value === 'object' ? value : { waarde: value };
  if (Array.isArray(container)) return [...container, bad];
  const entries = Object.entries(container as Record<string, unknown>);
  if (where % 3 === 0 && entries.length) {
    const [k] = entries[where % entries.length];
    return { ...(container as object), [k]: bad };
  }
  return where % 3 === 1 ? { ...(container as object), [`veld${bad}`]: 1 } : { ...(container as object), extra: { tekst: bad } };
}

function deep(value: unknown, levels: number): string {
  return `${'{"a":'.repeat(levels)}${JSON.stringify(value ?? null)}${'}'.repeat(levels)}`;
}

function brokenJson(json: string, kind: number, cut: number): string {
  switch (kind % 6) {
    case 0:
      return json.slice(0, Math.max(1, cut % json.length)); // truncated: the closing bracket is gone
    case 1:
      return `${json}x`;
    case 2:
      return json.includes('"') ? json.replace(/"/g, "'") : "{'a': 1}"; // single quotes (a body without any gets one)
    case 3:
      return `${json.slice(0, -1)},}`;
    case 4:
      return '{"a": NaN}';
    default:
      return '\u00ef\u00bb\u00bf{'; // a broken byte-order mark and nothing else
  }
}

/**
 * The body fields a wrong type can be given to: only those whose schema has one plain
 * type. A nullable field is an `anyOf` in OpenAPI 3.1; picking it sent a valid body (CI:
 * `{"kaart": null}` for a behandelaar, rightly accepted).
 */
function wrongTypeFields(op: FuzzOperation, resolve: CaseContext['resolve']): Array<[string, JsonSchema]> {
  if (!op.body || op.body.oneOf || op.body.anyOf) return [];
  return Object.entries(op.body.properties ?? {}).filter(([, s]) => hasWrongType(resolve(s)));
}

/** The fatal malformations that apply to an operation on a channel. */
function applicable(op: FuzzOperation, channel: Channel, resolve: CaseContext['resolve']): Fatal[] {
  const kinds: Fatal[] = ['query-control', 'body-control', 'body-deep', 'body-bad-json', 'body-encoding', 'body-charset'];
  if (op.pathParams.length || op.path.split('/').length > 1) kinds.push('path-control');
  if (op.queryParams.some((p) => wrongQueryValues(p.schema).length)) kinds.push('query-wrong-value');
  if (wrongTypeFields(op, resolve).length > 0) kinds.push('body-wrong-type');
  if (op.requiresAuth) kinds.push('no-auth');
  if (op.requiresAuth && channel === 'gateway' && op.method !== 'GET') kinds.push('bad-csrf');
  if (op.app !== 'gateway' && channel === 'gateway') kinds.push('internal-path');
  if (op.pathParams.some((p) => p.schema?.format === 'uuid' || p.name === 'id')) kinds.push('unknown-id');
  if (op.otherMethods.length) kinds.push('wrong-method');
  return kinds;
}

/** One generated request for an operation. */
export function fuzzCase(op: FuzzOperation, ctx: CaseContext): fc.Arbitrary<FuzzCase> {
  const channels: Channel[] = op.app === 'gateway' ? ['gateway'] : ['gateway', 'gateway', 'gateway', 'direct'];
  return fc.constantFrom(...channels).chain((channel) =>
    fc
      .record({
        // A 1 MB body in one request of fifty: enough to prove the limit, not to spend the run on uploads.
        fatal: fc
          .tuple(fc.subarray(applicable(op, channel, ctx.resolve).filter((f) => f !== 'body-huge'), { minLength: 1, maxLength: 2 }), fc.integer({ min: 0, max: 49 }))
          .map(([kinds, dice]): Fatal[] => (dice === 0 ? ['body-huge'] : kinds)),
        who: fc.constantFrom(...ctx.roles, ...(channel === 'gateway' ? ['api-key'] : [])),
        params: fc.record(Object.fromEntries(op.pathParams.map((p) => [p.name, ctx.knownValues[p.name]?.length ? fc.oneof(fc.constantFrom(...ctx.knownValues[p.name]), valueOf(p.schema, ctx.resolve, []).map(String)) : valueOf(p.schema, ctx.resolve, []).map(String)]))),
        query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...op.queryParams.map((p) => p.name), 'x'), fc.string({ maxLength: 8 })), noiseText), { maxLength: 3 }),
        body: op.body ? valueOf(op.body, ctx.resolve, ctx.knownValues.id ?? []) : fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
        bad: fc.constantFrom(...BAD_TEXT),
        badEncoded: fc.constantFrom(...BAD_ENCODED),
        where: fc.nat(),
        internal: fc.constantFrom(...INTERNAL),
        encoding: fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'gzip, gzip', 'identity, gzip'),
        charset: fc.constantFrom('ebcdic-x', 'utf-7x', 'klingon'),
        depth: fc.integer({ min: 33, max: 10_000 }),
        jsonKind: fc.nat(),
        otherMethod: op.otherMethods.length ? fc.constantFrom(...op.otherMethods) : fc.constant(op.method),
        auth: fc.constantFrom<AuthMode>('none', 'forged'),
        csrf: fc.constantFrom<CsrfMode>('none', 'wrong', 'latin1'),
        wrongProp: fc.nat(),
        wrongValues: fc.array(fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.string({ minLength: 1, maxLength: 5 })), { minLength: 3, maxLength: 3 }),
        contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', ''),
        accept: fc.constantFrom('application/json', '*/*', 'text/html', 'application/problem+json', ''),
        correlation: headerText,
        doel: fc.option(headerText, { nil: undefined }),
        ifMatch: fc.option(fc.oneof(headerText, fc.constantFrom('"1"', '*', 'W/"3"')), { nil: undefined }),
      })
      .chain((g) => {
        const wrongTypeOps = wrongTypeFields(op, ctx.resolve);
        const pick = wrongTypeOps.length ? wrongTypeOps[g.wrongProp % wrongTypeOps.length] : undefined;
        return (pick ? wrongTypeFor(ctx.resolve(pick[1])) : fc.constant(undefined)).map((wrong) => ({ g, pick, wrong }));
      })
      .map(({ g, pick, wrong }): FuzzCase => {
        const fatal = g.fatal;
        const has = (f: Fatal) => fatal.includes(f);
        let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(g.params[name] ?? 'x'));
        if (has('unknown-id')) path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => (op.pathParams.find((p) => p.name === name)?.schema?.format === 'uuid' || name === 'id' ? (g.where % 2 ? '00000000-0000-4000-8000-000000000000' : encodeURIComponent(`geen-id-${g.where}`)) : encodeURIComponent(g.params[name] ?? 'x')));
        if (has('path-control')) {
          const segments = path.split('/');
          const i = 1 + (g.where % Math.max(1, segments.length - 1));
          segments[i] = `${segments[i] ?? ''}${g.badEncoded}`;
          path = segments.join('/');
        }
        if (has('internal-path')) path = `/${g.internal}`;
        const query: Array<[string, string]> = g.query.map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)]);
        if (has('query-wrong-value')) {
          const candidates = op.queryParams.filter((p) => wrongQueryValues(p.schema).length);
          const param = candidates[g.where % candidates.length];
          const values = wrongQueryValues(param.schema);
          // Replaces any value the noise gave it: only the wrong one is sent.
          for (let i = query.length - 1; i >= 0; i--) if (query[i][0] === encodeURIComponent(param.name)) query.splice(i, 1);
          query.push([encodeURIComponent(param.name), encodeURIComponent(values[g.where % values.length])]);
        }
        if (has('query-control')) query.splice(g.where % (query.length + 1), 0, g.where % 2 ? ['q', g.badEncoded] : [g.badEncoded, '1']);

        const bodyFatal = fatal.some((f) => f.startsWith('body-'));
        let bodyText: string | undefined;
        let value = g.body;
        if (has('body-wrong-type') && pick && typeof wrong !== 'symbol') {
          const base = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
          value = { ...base, [pick[0]]: wrong };
        }
        if (has('body-control')) value = withBadText(value, g.bad, g.where);
        if (value !== undefined || bodyFatal) bodyText = JSON.stringify(value ?? {});
        if (has('body-deep')) bodyText = deep(value, g.depth);
        if (has('body-bad-json')) bodyText = brokenJson(bodyText ?? '{}', g.jsonKind, g.where);
        if (has('body-huge')) bodyText = JSON.stringify({ tekst: 'a'.repeat(1_100_000) });
        if (has('body-encoding') && bodyText !== undefined) bodyText = notAStreamOf(g.encoding, bodyText);

        const headers: Record<string, string> = {};
        const contentType = bodyFatal ? `application/json${has('body-charset') ? `; charset=${g.charset}` : ''}` : g.contentType;
        if (contentType) headers['content-type'] = contentType;
        if (has('body-encoding')) headers['content-encoding'] = g.encoding;
        if (g.accept) headers.accept = g.accept;
        headers['x-correlation-id'] = g.correlation;
        if (g.doel !== undefined) headers['x-pao-doel'] = g.doel;
        if (g.ifMatch !== undefined) headers['if-match'] = g.ifMatch;
        const method = has('wrong-method') ? g.otherMethod : op.method;
        return {
          op,
          channel,
          // A CSRF token only matters for a session: an API key has none to get wrong.
          who: has('bad-csrf') && g.who === 'api-key' ? ctx.roles[0] : g.who,
          fatal,
          auth: has('no-auth') ? g.auth : 'ok',
          csrf: has('bad-csrf') ? g.csrf : 'ok',
          method,
          path: `${path}${encodeQuery(query)}`,
          headers,
          body: bodyText === undefined || method === 'GET' && !bodyFatal ? undefined : Buffer.from(bodyText, 'utf8'),
        };
      }),
  );
}
