import * as amqp from 'amqplib';
import { assertConsumerTopology } from '@pao/messaging';
import { GEMEENTE_TYPE_NAMEN } from '../application/catalogus';

export const SERVICE_NAAM = 'notificaties';

/**
 * How this service consumes (the transport declares its queues with these; queue arguments
 * are immutable, so the seed declares them with the very same values).
 */
export const CONSUMER_OPTIES = {
  prefetch: 16,
  retryDelaysMs: [1_000, 10_000, 60_000, 300_000, 900_000],
  deliveryLimit: 20,
} as const;

/**
 * Declares `notificaties.events` with its bindings before the service first runs, so events
 * that other services publish in the meantime (the demo seed's) wait in it instead of
 * ending up unrouted.
 */
export async function declareerWachtrij(amqpUrl: string): Promise<void> {
  const conn = await amqp.connect(amqpUrl);
  try {
    const ch = await conn.createChannel();
    await assertConsumerTopology(ch, { serviceName: SERVICE_NAAM, bindings: GEMEENTE_TYPE_NAMEN, retryDelaysMs: CONSUMER_OPTIES.retryDelaysMs, deliveryLimit: CONSUMER_OPTIES.deliveryLimit });
  } finally {
    await conn.close();
  }
}
