import { DataSource } from 'typeorm';
import { seedDemoAccounts } from '../apps/gateway/src/auth/demo-accounts';
import { seedDemoAbonnementen } from '../apps/notificaties/src/demo/demo-abonnement';
import { declareerWachtrij } from '../apps/notificaties/src/ontvangst/wachtrij';
import { seedToeleidingDemo } from '../apps/toeleiding/src/demo/demo-data';
import { demoCallbackUrl, localEnv } from './local-env';

/**
 * Demo data for `npm start`: accounts per role and SWV, toeleiding register and cases, the
 * demo gemeente subscriptions (idempotent). With `amqpUrl`, also the notificaties queue, so
 * the demo cases' events wait for it.
 */
export async function seedAll(url = localEnv.DATABASE_URL, redisPrefix = process.env.REDIS_PREFIX ?? 'pao', opties: { amqpUrl?: string } = {}): Promise<void> {
  const db = new DataSource({ type: 'postgres', url });
  await db.initialize();
  try {
    const accounts = await seedDemoAccounts(db);
    console.log(`[seed] ${accounts.length} demo accounts (password: see README)`);
    const toeleiding = await seedToeleidingDemo({
      dataSource: db,
      redisUrl: localEnv.REDIS_URL,
      redisPrefix,
      leerlingGeheim: process.env.LEERLING_SLEUTEL ?? localEnv.INTERNAL_AUTH_SECRET,
    });
    console.log(`[seed] toeleiding: ${toeleiding.scholen} schools, ${toeleiding.aangemaakt} new demo cases (${toeleiding.alAanwezig} already there), ${toeleiding.tellingen} tellingen`);
    const abonnementen = await seedDemoAbonnementen(db, { callbackUrl: demoCallbackUrl, sleutel: process.env.NOTIFICATIES_SLEUTEL ?? localEnv.INTERNAL_AUTH_SECRET });
    console.log(`[seed] notificaties: ${abonnementen} new demo subscription(s) of gemeente Almere → ${demoCallbackUrl}`);
    if (opties.amqpUrl) await declareerWachtrij(opties.amqpUrl);
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  seedAll(undefined, undefined, { amqpUrl: localEnv.AMQP_URL }).catch((e) => {
    console.error('[seed] failed:', e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
