import { deterministicUuid } from '@pao/contracts';
import type { DemoSeed } from '@pao/platform';
import type { DataSource } from 'typeorm';
import { GEMEENTE_TYPEN } from '../application/catalogus';
import { Kluis } from '../application/kluis';
import { declareerWachtrij } from '../ontvangst/wachtrij';
import { DEMO_CALLBACK_URL, DEMO_WEBHOOK_GEHEIM } from './gemeente/instellingen';

/**
 * The demo subscriptions of `npm start`: the jeugdhulp system of gemeente Almere (the demo
 * receiver, demo/gemeente) subscribes for both SWVs to every kanaal. Idempotent.
 */
export async function seedDemoAbonnementen(db: DataSource, o: { callbackUrl: string; sleutel: string }): Promise<number> {
  const kluis = new Kluis(o.sleutel);
  const kanalen = [...new Set(GEMEENTE_TYPEN.map((t) => t.kanaal))].map((naam) => ({ naam, filters: {} }));
  let nieuw = 0;
  for (const swv of ['PO', 'VO'] as const) {
    const rijen = await db.query(
      `INSERT INTO notificaties.abonnement (id, swv, organisatie, aangemaakt_door, callback_url, kanalen, gemeenten, geheim_versleuteld, status, max_gelijktijdig)
       VALUES ($1, $2, 'gemeente-almere', 'demo-seed', $3, $4, ARRAY['GM0034'], $5, 'actief', 4)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [deterministicUuid(`demo-abonnement:${swv}`), swv, o.callbackUrl, JSON.stringify(kanalen), kluis.versleutel(DEMO_WEBHOOK_GEHEIM)],
    );
    nieuw += rijen.length;
  }
  return nieuw;
}

/**
 * `npm start`: the demo subscriptions, and the service's queue declared before it first
 * runs, so the other services' demo events wait for it (not in tests: they have a vhost of their own).
 */
export const seedDemo: DemoSeed = async ({ dataSource, settings }) => {
  const sleutel = settings.NOTIFICATIES_SLEUTELS ?? '';
  const callbackUrl = settings.NOTIFICATIES_DEMO_CALLBACK_URL ?? DEMO_CALLBACK_URL;
  const nieuw = await seedDemoAbonnementen(dataSource, { callbackUrl, sleutel });
  if (settings.AMQP_URL && settings.NODE_ENV !== 'test') await declareerWachtrij(settings.AMQP_URL);
  return `${nieuw} new demo subscription(s) of gemeente Almere → ${callbackUrl}`;
};
