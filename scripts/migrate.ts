import { SERVICES, ServicePersistence, runMigrations } from '@pao/platform';
import { localEnv } from './local-env';
import { persistenceOf } from './services';

/** Every service's schema and migrations, in registry order (libs/platform/src/services.ts). */
export const allPersistence: ServicePersistence[] = SERVICES.map(persistenceOf);

/** Runs every service's pending migrations (`npm run migrate`). */
export async function migrateAll(url = localEnv.DATABASE_URL): Promise<void> {
  for (const persistence of allPersistence) {
    const ran = await runMigrations(url, persistence);
    console.log(`[migrate] ${persistence.schema}: ${ran.length ? ran.join(', ') : 'up to date'}`);
  }
}

if (require.main === module) {
  migrateAll().catch((e) => {
    console.error('[migrate] failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
