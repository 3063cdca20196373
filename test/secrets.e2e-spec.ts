import { Actor, actorHeaders } from '@pao/platform';
import { AppProcess, freePort, localServers, startAppProcess, testSecrets } from '@pao/testing';
import { appNames } from '../scripts/local-env';
import { inPool } from './support/pool';
import { repositorySecretCandidates } from './support/repository-candidates';
import { Stack, serviceNames, startStack } from './support/stack';

jest.setTimeout(240_000);

/**
 * Issue 10: no secret from the repository ever works. Every string in the repository
 * that could be a secret signs an actor; every service refuses it. And no app starts
 * without its own secrets.
 */
describe('secrets: nothing in the repository signs an actor', () => {
  let stack: Stack;
  const protectedPath: Record<string, string | undefined> = {};
  const beheerder: Actor = { id: 'aanvaller', rol: 'beheerder', swv: 'VO', organisatie: 'swv-vo-almere' };

  beforeAll(async () => {
    stack = await startStack({ name: 'secrets' });
    for (const name of serviceNames) {
      const doc = (await (await fetch(`http://127.0.0.1:${stack.services[name].port}/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
      // A GET without path parameters: the actor guard decides before anything else.
      protectedPath[name] = Object.entries(doc.paths).find(([path, ops]) => 'get' in ops && !path.includes('{'))?.[0];
    }
  });

  afterAll(async () => {
    await stack?.stop();
  });

  /** The status the service answers. A connection reset on a busy machine is not an answer: asked again (3 tries). */
  const call = async (service: string, path: string, secret: string, tries = 3): Promise<number> => {
    try {
      const r = await fetch(`http://127.0.0.1:${stack.services[service].port}${path}`, { headers: actorHeaders(beheerder, secret) });
      await r.arrayBuffer();
      return r.status;
    } catch (e) {
      if (tries <= 1) throw new Error(`${service} gave no answer: ${String((e as Error).cause ?? e)}`);
      return call(service, path, secret, tries - 1);
    }
  };

  it('finds candidates in the repository', () => {
    const candidates = repositorySecretCandidates();
    expect(candidates.length).toBeGreaterThan(500);
    expect(candidates).toContain('pao-local'); // the local servers' password is one
  });

  it('every service with an endpoint lets the real secret through (control)', async () => {
    const reachable = serviceNames.filter((n) => protectedPath[n]);
    expect(reachable).toContain('toeleiding');
    for (const name of reachable) expect({ name, status: await call(name, protectedPath[name]!, testSecrets.INTERNAL_AUTH_SECRET) }).toEqual({ name, status: 200 });
  });

  it('every service refuses an actor signed with any of them (401)', async () => {
    const candidates = repositorySecretCandidates();
    for (const name of serviceNames) {
      const path = protectedPath[name];
      if (!path) {
        // No endpoint yet: nothing an actor could reach, any path is 404 whatever it carries.
        expect(await call(name, '/aanvragen', testSecrets.INTERNAL_AUTH_SECRET)).toBe(404);
        continue;
      }
      const statuses = await inPool(candidates, 16, (secret) => call(name, path, secret));
      const accepted = candidates.filter((_, i) => statuses[i] !== 401);
      expect({ name, accepted }).toEqual({ name, accepted: [] });
    }
  });

  it('the gateway ignores actor headers from outside: no session, 401', async () => {
    const res = await fetch(`${stack.gatewayUrl}/api/toeleiding${protectedPath.toeleiding}`, { headers: actorHeaders(beheerder, testSecrets.INTERNAL_AUTH_SECRET) });
    expect(res.status).toBe(401);
  });
});

describe('secrets: an app without its secrets does not start', () => {
  const needs: Record<string, string[]> = { toeleiding: ['PUPIL_NUMBER_ENCRYPTION_KEYS', 'PUPIL_NUMBER_HASH_KEYS'], thuiszitters: ['PUPIL_NUMBER_ENCRYPTION_KEYS', 'PUPIL_NUMBER_HASH_KEYS'], notificaties: ['NOTIFICATIES_SLEUTELS'] };
  const base = { DATABASE_URL: 'postgres://pao@127.0.0.1:1/none', REDIS_URL: localServers.redisUrl, AMQP_URL: 'amqp://127.0.0.1:1/none', LOG_LEVEL: 'silent' };
  const gatewayUrls = Object.fromEntries(serviceNames.map((n) => [`${n.toUpperCase()}_URL`, 'http://127.0.0.1:1']));

  async function exitOf(name: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    const app: AppProcess = startAppProcess(name, { ...base, ...(name === 'gateway' ? gatewayUrls : {}), ...env }, await freePort());
    // Generous: several apps start at once, and on a busy machine booting takes long; the check is the exit code.
    const timer = setTimeout(() => void app.stop('SIGKILL'), 120_000);
    const code = await app.stop('SIGCONT'); // a no-op signal: wait for its own exit
    clearTimeout(timer);
    return { code, output: app.output() };
  }

  it('every app exits 1 naming each missing secret', async () => {
    const results = await Promise.all(appNames.map(async (name) => ({ name, ...(await exitOf(name, {})) })));
    for (const { name, code, output } of results) {
      expect({ name, code }).toEqual({ name, code: 1 });
      for (const setting of ['INTERNAL_AUTH_SECRET', ...(needs[name] ?? [])]) expect({ name, output }).toEqual({ name, output: expect.stringContaining(`${setting} is required but not set`) });
    }
  });

  it('an app refuses a secret the repository once published, and one secret for two purposes', async () => {
    const published = ['local-development-secret', 'not-for-production'].join('-');
    const [refused, shared] = await Promise.all([
      exitOf('toeleiding', { ...testSecrets, INTERNAL_AUTH_SECRET: published }),
      exitOf('toeleiding', { ...testSecrets, PUPIL_NUMBER_HASH_KEYS: `k1:${testSecrets.INTERNAL_AUTH_SECRET}` }),
    ]);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/INTERNAL_AUTH_SECRET is invalid: is a value that was published in the repository/);
    expect(refused.output).not.toContain(published);
    expect(shared.code).toBe(1);
    expect(shared.output).toMatch(/PUPIL_NUMBER_HASH_KEYS is invalid: shares a secret with INTERNAL_AUTH_SECRET/);
  });
});
