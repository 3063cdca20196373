import { DataSource } from 'typeorm';
import { seedDemoAccounts } from '../apps/gateway/src/auth/demo-accounts';
import { seedOverdrachtDemo } from '../apps/overdracht/src/demo/demo-data';
import { seedToeleidingDemo } from '../apps/toeleiding/src/demo/demo-data';
import { localEnv } from './local-env';
import { localSecrets } from './local-secrets';

/**
 * Demo data for `npm start`: accounts per role and SWV, toeleiding register and cases
 * (idempotent). `secrets` are those the apps run with: the pupil-number keys must match.
 */
export async function seedAll(url = localEnv.DATABASE_URL, redisPrefix = process.env.REDIS_PREFIX ?? 'pao', secrets: Record<string, string> = localSecrets()): Promise<void> {
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  try {
    const accounts = await seedDemoAccounts(db);
    console.log(`[seed] ${accounts.length} demo accounts (password: see README)`);
    const toeleiding = await seedToeleidingDemo({
      dataSource: db,
      redisUrl: localEnv.REDIS_URL,
      redisPrefix,
      leerlingGeheim: { versleuteling: secrets.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: secrets.PUPIL_NUMBER_HASH_KEYS },
    });
    console.log(`[seed] toeleiding: ${toeleiding.scholen} schools, ${toeleiding.aangemaakt} new demo cases (${toeleiding.alAanwezig} already there), ${toeleiding.tellingen} tellingen`);
    const overdracht = await seedOverdrachtDemo({
      dataSource: db,
      redisUrl: localEnv.REDIS_URL,
      redisPrefix,
      leerlingGeheim: { versleuteling: secrets.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: secrets.PUPIL_NUMBER_HASH_KEYS },
    });
    console.log(`[seed] overdracht: ${overdracht.scholen} schools, ${overdracht.leerlingen} new pupils in demo cohorts (${overdracht.cohortenOvergeslagen} cohorts already there)`);
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  seedAll().catch((e) => {
    console.error('[seed] failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
