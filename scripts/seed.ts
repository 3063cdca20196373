import { DataSource } from 'typeorm';
import { seedDemoAccounts } from '../apps/gateway/src/auth/demo-accounts';
import { localEnv } from './local-env';

/** Demo data for `npm start`: accounts per role and SWV (idempotent). */
export async function seedAll(url = localEnv.DATABASE_URL): Promise<void> {
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  try {
    const accounts = await seedDemoAccounts(db);
    console.log(`[seed] ${accounts.length} demo accounts (password: see README)`);
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
