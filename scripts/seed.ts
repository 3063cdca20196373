import { SERVICES, scriptLogger } from '@pao/platform';
import { DataSource } from 'typeorm';
import { localEnv } from './local-env';
import { localSecrets } from './local-secrets';
import { demoSeedOf } from './services';

/**
 * Demo data for `npm start`: every service's demo/seed.ts, in registry order (idempotent).
 * `secrets` are those the apps run with: the pupil-number keys must match. One log line
 * per service (structured; silent under jest).
 */
const log = scriptLogger('seed');

export async function seedAll(url = localEnv.DATABASE_URL, redisPrefix = process.env.REDIS_PREFIX ?? 'pao', secrets: Record<string, string> = localSecrets()): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url });
  await dataSource.initialize();
  try {
    for (const service of SERVICES) {
      const seed = demoSeedOf(service);
      if (!seed) continue;
      const line = await seed({ dataSource, redisUrl: localEnv.REDIS_URL, redisPrefix, settings: { ...localEnv, ...process.env, ...secrets } });
      log.info({ schema: service.schema }, `${service.name}: ${line}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  seedAll().catch((e) => {
    log.error({ err: e instanceof Error ? e.message : String(e) }, 'seeding failed');
    process.exit(1);
  });
}
