import { SERVICES, ServicePersistence, runMigrations, scriptLogger } from '@pao/platform';
import type { Logger } from 'pino';
import { localEnv } from './local-env';
import { persistenceOf } from './services';

/** Every service's schema and migrations, in registry order (libs/platform/src/services.ts). */
export const allPersistence: ServicePersistence[] = SERVICES.map(persistenceOf);

/** Runs every service's pending migrations (`npm run migrate`); one log line per schema (silent under jest). */
export async function migrateAll(url = localEnv.DATABASE_URL, log: Logger = scriptLogger('migrate')): Promise<void> {
  for (const persistence of allPersistence) {
    const ran = await runMigrations(url, persistence);
    log.info({ schema: persistence.schema, ran }, ran.length ? `${persistence.schema}: ${ran.join(', ')}` : `${persistence.schema}: up to date`);
  }
}

if (require.main === module) {
  const log = scriptLogger('migrate');
  migrateAll(undefined, log).catch((e: unknown) => {
    log.error({ err: e instanceof Error ? e.message : String(e) }, 'migrations failed');
    process.exit(1);
  });
}
