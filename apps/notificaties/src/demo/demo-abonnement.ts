import { deterministicUuid } from '@pao/contracts';
import type { DataSource } from 'typeorm';
import { Kluis } from '../application/kluis';
import { GEMEENTE_TYPEN } from '../application/catalogus';

/** Demo only (documented in the README): the signing secret of the demo subscriptions, known to the demo receiver. */
export const DEMO_WEBHOOK_GEHEIM = 'whsec_cGFvLWRlbW8tamV1Z2RodWxwLWFsbWVyZS0zMmJ5dGU=';

/**
 * The demo subscriptions of `npm start`: the jeugdhulp system of gemeente Almere (the demo
 * receiver, apps/demo-gemeente) subscribes for both SWVs to every kanaal. Idempotent.
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
