import { SERVICES } from '@pao/platform';
import { DataSource } from 'typeorm';
import { localEnv } from './local-env';
import { demoSeedOf } from './services';

/** Demo data for `npm start`: every service's demo/seed.ts, in registry order (idempotent). */
export async function seedAll(url = localEnv.DATABASE_URL, redisPrefix = process.env.REDIS_PREFIX ?? 'pao'): Promise<void> {
  const dataSource = new DataSource({ type: 'postgres', url });
  await dataSource.initialize();
  try {
    for (const service of SERVICES) {
      const seed = demoSeedOf(service);
      if (!seed) continue;
      const line = await seed({ dataSource, redisUrl: localEnv.REDIS_URL, redisPrefix, settings: { ...localEnv, ...process.env } });
      console.log(`[seed] ${service.name}: ${line}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  seedAll().catch((e) => {
    console.error('[seed] failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
