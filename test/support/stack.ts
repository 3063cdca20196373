import { DataSource } from 'typeorm';
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { AppProcess, MigratedTestDatabase, TestVhost, createTestVhost, freePort, localServers, migratedTestDatabase, startAppProcess, testSecrets, waitFor } from '@pao/testing';
import { appNames } from '../../scripts/local-env';
import { migrateAll } from '../../scripts/migrate';
import { seedAll } from '../../scripts/seed';

/** Every app that `npm start` runs, the gateway apart: a service added there is covered here. */
export const serviceNames = appNames.filter((n) => n !== 'gateway');

/** The gateway finds service `x` at X_URL (gateway.config.ts). */
export const serviceUrlSetting = (name: string) => `${name.toUpperCase()}_URL`;

export interface Stack {
  db: MigratedTestDatabase;
  vhost: TestVhost;
  sql: DataSource;
  gateway: AppProcess;
  services: Record<string, AppProcess>;
  env: Record<string, string>;
  gatewayUrl: string;
  /** The gateway's operations port (metrics, docs, OpenAPI). */
  opsPort: number;
  stop(): Promise<void>;
}

export interface StackOptions {
  name: string;
  /** Extra settings for every app (and for the gateway, after its own). */
  env?: Record<string, string>;
  gatewayEnv?: Record<string, string>;
  /** Demo accounts and data, as `npm start` seeds them. */
  seed?: boolean;
  /** Runs on the migrated database before the apps start (e.g. accounts only). */
  prepare?: (sql: DataSource) => Promise<void>;
}

/** Waits for /health 200, or fails with the app's output when it exits first. */
export async function healthy(app: AppProcess, timeoutMs = 90_000): Promise<void> {
  const exited = new Promise<never>((_, reject) => app.child.once('exit', (code) => reject(new Error(`${app.name} exited (${code})`))));
  exited.catch(() => undefined);
  await Promise.race([exited, waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs, what: `${app.name} healthy` })]).catch((e: Error) => {
    throw new Error(`${e.message}\n${app.name} output:\n${app.output().slice(-4000)}`);
  });
}

/**
 * Every app as its own process from the build output (as `npm start` runs them), on a
 * database, vhost and Redis prefix of its own, with random secrets; optionally the demo
 * accounts and data.
 */
export async function startStack(o: StackOptions): Promise<Stack> {
  const redisPrefix = `test-${o.name.replace(/_/g, '-')}-${process.pid}-${Date.now()}`;
  const migrateAndSeed = async (url: string) => {
    await migrateAll(url);
    if (o.seed) await seedAll(url, redisPrefix, testSecrets);
  };
  const db = await migratedTestDatabase(o.name, { migrations: migrateAndSeed });
  const vhost = await createTestVhost(o.name.replace(/_/g, '-'));
  const sql = db.dataSource;
  await o.prepare?.(sql);
  const env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '5000', ...testSecrets, ...o.env };
  const services: Record<string, AppProcess> = {};
  for (const name of serviceNames) services[name] = startAppProcess(name, env, await freePort());
  const urls = Object.fromEntries(serviceNames.map((n) => [serviceUrlSetting(n), `http://127.0.0.1:${services[n].port}`]));
  const opsPort = await freePort();
  const gateway = startAppProcess('gateway', { ...env, ...urls, COOKIE_SECURE: 'false', OPS_HTTP_PORT: String(opsPort), ...o.gatewayEnv }, await freePort());
  const all = [...Object.values(services), gateway];
  const stop = async () => {
    await Promise.all(all.map((a) => a.stop('SIGKILL')));
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix).catch(() => undefined);
    await db.close();
    await vhost.delete();
  };
  try {
    await Promise.all(all.map((a) => healthy(a)));
  } catch (e) {
    await stop();
    throw e;
  }
  return { db, vhost, sql, gateway, services, env, gatewayUrl: `http://127.0.0.1:${gateway.port}`, opsPort, stop };
}
