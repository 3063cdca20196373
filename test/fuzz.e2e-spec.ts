import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { actorHeaders, type Actor, type Rol } from '@pao/platform';
import { DEMO_WACHTWOORD, demoApiSleutel, seedDemoAccounts } from '../apps/gateway/src/auth/demo-accounts';
import { schoolVan, seedRegister } from '../apps/toeleiding/src/demo/register';
import { testBsn } from '../apps/toeleiding/src/domain';
import { differences, fingerprint, type Fingerprint } from './support/db-fingerprint';
import { type FuzzCase, fuzzCase } from './support/fuzz/cases';
import { type FuzzOperation, type OpenApiDocument, operationsOf, resolver } from './support/fuzz/openapi';
import { inPool } from './support/pool';
import { closeRawAgent, sendRaw, testSecrets, waitFor, type RawResponse } from '@pao/testing';
import { Stack, serviceNames, startStack } from './support/stack';

/**
 * Issue 10: no input ever gets a 5xx. Every route of every service's OpenAPI document
 * (read from the running services, so a service added later is covered without touching
 * this file) and the gateway's own routes, driven through the gateway — and a quarter
 * straight at the service with a signed actor — with generated requests that are each
 * malformed in at least one way. Asserted: never a 5xx, always a 4xx problem+json, and
 * the database (rows and structure of every schema) unchanged.
 *
 * FUZZ_RUNS (default 10,000) and FUZZ_SEED make a run longer or repeat one;
 * `npm run test:fuzz-long` runs 200,000.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const ROLES: Rol[] = ['consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder'];

jest.setTimeout(Math.max(600_000, RUNS * 60));

interface Violation {
  what: string;
  request: string;
}

describe(`fuzz: ${RUNS} malformed requests over every route (seed ${SEED})`, () => {
  let stack: Stack;
  const sessions: Record<string, { cookie: string; csrf: string }> = {};
  const operations: FuzzOperation[] = [];
  const knownValues: Record<string, string[]> = {};
  let resolve: ReturnType<typeof resolver> = (s) => s;
  let before: Fingerprint;

  const settled = async (what: string): Promise<Fingerprint> => {
    // Background work (outbox relay, deadline reconciler) finishes before a fingerprint counts.
    let last = await fingerprint(stack.sql);
    return waitFor(async () => {
      await new Promise((r) => setTimeout(r, 1500));
      const next = await fingerprint(stack.sql);
      const same = differences(last, next).length === 0;
      last = next;
      return same && next;
    }, { timeoutMs: 60_000, what });
  };

  beforeAll(async () => {
    stack = await startStack({
      name: 'fuzz',
      prepare: async (sql) => {
        await seedDemoAccounts(sql);
        await seedRegister(sql.manager);
      },
    });
    for (const rol of ROLES) {
      const res = await fetch(`${stack.gatewayUrl}/api/sessie`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebruikersnaam: `${rol}.vo`, wachtwoord: DEMO_WACHTWOORD }) });
      expect(res.status).toBe(201);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('pao_sessie='))!.split(';')[0];
      sessions[rol] = { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    }
    // A case that exists, so requests can reach deep code (and must still change nothing).
    const created = await fetch(`${stack.gatewayUrl}/api/toeleiding/aanvragen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessions.consulent.cookie, 'x-csrf-token': sessions.consulent.csrf },
      body: JSON.stringify({ leerling: { bsn: testBsn(4711) }, aanvrager: schoolVan('VO', '01FP00'), dossier: { gevraagdeSoort: 'VSO-midden', ondersteuningsbehoefte: 'Geprobeerd: arrangement; nodig: kleine groep.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1' } }),
    });
    expect(created.status).toBe(201);
    knownValues.id = [((await created.json()) as { id: string }).id];
    knownValues.objectId = knownValues.id;

    for (const name of serviceNames) {
      const doc = (await (await fetch(`http://127.0.0.1:${stack.services[name].port}/openapi.json`)).json()) as OpenApiDocument;
      operations.push(...operationsOf(name, doc));
      const r = resolver(doc);
      const previous = resolve;
      resolve = (s) => (s?.$ref ? (r(s) ?? previous(s)) : s);
    }
    const gatewayDoc = (await (await fetch(`http://127.0.0.1:${stack.opsPort}/openapi.json`)).json()) as OpenApiDocument;
    // The gateway's own routes; its proxy route is what the services' documents cover.
    operations.push(...operationsOf('gateway', gatewayDoc, /^(POST \/api\/sessie|GET \/api\/oidc\/)/, /\{service\}/));
    before = await settled('a quiet database before');
  });

  afterAll(async () => {
    closeRawAgent();
    await stack?.stop();
  });

  function send(c: FuzzCase): Promise<RawResponse> {
    const headers = { ...c.headers };
    let port = stack.gateway.port;
    let path = c.op.app === 'gateway' ? c.path : `/api/${c.op.app}${c.path}`;
    if (c.channel === 'direct') {
      port = stack.services[c.op.app].port;
      path = c.path;
      const actor: Actor = { id: 'fuzz', rol: c.who as Rol, swv: 'VO', organisatie: 'swv-vo-almere' };
      if (c.auth === 'ok') Object.assign(headers, actorHeaders(actor, testSecrets.INTERNAL_AUTH_SECRET));
      if (c.auth === 'forged') Object.assign(headers, actorHeaders(actor, randomBytes(32).toString('base64url')));
    } else if (c.who === 'api-key') {
      if (c.auth !== 'none') headers.authorization = `Bearer ${c.auth === 'ok' ? demoApiSleutel('VO') : randomBytes(30).toString('base64url')}`;
    } else {
      const session = sessions[c.who];
      if (c.auth === 'ok') headers.cookie = session.cookie;
      if (c.auth === 'forged') headers.cookie = `pao_sessie=${randomBytes(32).toString('base64url')}`;
      const csrf = { ok: session.csrf, none: undefined, wrong: `${session.csrf.slice(0, -1)}x`, latin1: 'é'.repeat(43) }[c.csrf];
      if (csrf !== undefined) headers['x-csrf-token'] = csrf;
    }
    return sendRaw(port, { method: c.method, path, headers, body: c.body });
  }

  const describeCase = (c: FuzzCase) =>
    `${c.channel} ${c.who} ${c.method} ${c.op.app}${c.path.slice(0, 200)} fatal=${c.fatal.join('+')} auth=${c.auth} csrf=${c.csrf} headers=${JSON.stringify(c.headers).slice(0, 200)} body=${c.body ? JSON.stringify(c.body.subarray(0, 200).toString('utf8')) : '-'}`;

  it('reads the routes of every service from its OpenAPI document', () => {
    const apps = new Set(operations.map((o) => o.app));
    expect([...apps].sort()).toEqual(['gateway', ...serviceNames.filter((n) => operations.some((o) => o.app === n))].sort());
    expect(operations.filter((o) => o.app === 'toeleiding').length).toBeGreaterThanOrEqual(10);
  });

  it(`answers every one of ${RUNS} malformed requests with a 4xx problem+json, never a 5xx`, async () => {
    const ctx = { roles: ROLES, knownValues, resolve };
    const arbitrary = fc.constantFrom(...operations).chain((op) => fuzzCase(op, ctx));
    const cases = fc.sample(arbitrary, { numRuns: RUNS, seed: SEED });
    const violations: Violation[] = [];
    const statuses = new Map<number, number>();
    const fatalKinds = new Map<string, number>();
    let slowest = 0;
    const started = Date.now();
    await inPool(cases, 12, async (c) => {
      for (const f of c.fatal) fatalKinds.set(f, (fatalKinds.get(f) ?? 0) + 1);
      let res: RawResponse;
      try {
        res = await send(c);
      } catch (e) {
        violations.push({ what: `no answer: ${(e as Error).message}`, request: describeCase(c) });
        return;
      }
      slowest = Math.max(slowest, res.ms);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const type = String(res.headers['content-type'] ?? '');
      let problem: { type?: unknown; title?: unknown; status?: unknown } = {};
      try {
        problem = JSON.parse(res.body.toString('utf8'));
      } catch {
        // reported below
      }
      if (res.status >= 500) violations.push({ what: `${res.status} ${res.body.toString('utf8').slice(0, 300)}`, request: describeCase(c) });
      else if (res.status < 400) violations.push({ what: `${res.status}: a malformed request was accepted`, request: describeCase(c) });
      else if (!type.startsWith('application/problem+json') || problem.status !== res.status || typeof problem.type !== 'string' || typeof problem.title !== 'string') {
        violations.push({ what: `${res.status} not problem+json (${type}): ${res.body.toString('utf8').slice(0, 200)}`, request: describeCase(c) });
      }
    });
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `[fuzz] ${cases.length} requests in ${seconds.toFixed(1)} s (${(cases.length / seconds).toFixed(0)}/s), seed ${SEED}, slowest ${slowest} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; malformations ${JSON.stringify(Object.fromEntries(fatalKinds))}; violations ${violations.length}\n`,
    );
    expect(violations.slice(0, 15)).toEqual([]);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  });

  it('changed nothing in the database: rows and structure of every schema as before', async () => {
    const after = await settled('a quiet database after');
    expect(differences(before, after)).toEqual([]);
  });
});
