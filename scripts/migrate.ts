import { ServicePersistence, runMigrations } from '@pao/platform';
import { gatewayPersistence } from '../apps/gateway/src/persistence/persistence';
import { notificatiesPersistence } from '../apps/notificaties/src/persistence/persistence';
import { ojaPersistence } from '../apps/oja/src/persistence/persistence';
import { overdrachtPersistence } from '../apps/overdracht/src/persistence/persistence';
import { thuiszittersPersistence } from '../apps/thuiszitters/src/persistence/persistence';
import { toeleidingPersistence } from '../apps/toeleiding/src/persistence/persistence';
import { localEnv } from './local-env';

export const allPersistence: ServicePersistence[] = [gatewayPersistence, toeleidingPersistence, thuiszittersPersistence, ojaPersistence, overdrachtPersistence, notificatiesPersistence];

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
