import type { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from './envelope';
import { quoteSchema } from './schema';

/**
 * Runs `fn` at most once per (consumer, event id, source): the inbox row and the handler's effects
 * commit in one transaction. A redelivered event finds the row and is skipped; if two
 * copies run at the same moment, the second waits on the first's row lock and then skips
 * (or runs, if the first rolled back).
 *
 * `consumer` names the effect, e.g. `thuiszitters.escalatie`; two handlers of one service
 * that react to the same event type need different names.
 *
 * Resolves to true when `fn` ran, false when the event had been handled before.
 */
export async function handleOnce(
  dataSource: DataSource,
  schema: string,
  consumer: string,
  event: Pick<EventEnvelope, 'id' | 'type' | 'source'>,
  fn: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  const s = quoteSchema(schema);
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO ${s}.inbox (consumer, event_id, source, event_type) VALUES ($1, $2, $3, $4)
       ON CONFLICT (consumer, event_id, source) DO NOTHING RETURNING 1`,
      [consumer, event.id, event.source, event.type],
    );
    if (inserted.length === 0) return false;
    await fn(manager);
    return true;
  });
}
