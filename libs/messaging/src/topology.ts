import type { Channel } from 'amqplib';

/**
 * The RabbitMQ topology, declared in code and only here (queue arguments are immutable:
 * changing one means a new queue name or a migration, never a silent redeclare).
 *
 *   pao.events (topic, durable, alternate-exchange pao.events.unrouted)
 *     ── routing key = event type ──▶ <service>.events   quorum queue, one per consuming service
 *                                       x-delivery-limit, dead-letters to <service>.dlx
 *   pao.events.unrouted (fanout) ──▶ pao.events.unrouted  quorum queue: events no service binds
 *
 *   <service>.retry.<d>ms  quorum, x-message-ttl d, dead-letters (at-least-once) back to
 *                          <service>.events through the default exchange: a retry only
 *                          reaches the service that failed, not every subscriber again
 *   <service>.dlx (fanout) ──▶ <service>.parking  quorum; the consumer also parks there
 *                          directly, with headers giving reason, consumer and attempts
 */
export const EVENTS_EXCHANGE = 'pao.events';
export const UNROUTED_EXCHANGE = 'pao.events.unrouted';
export const UNROUTED_QUEUE = 'pao.events.unrouted';

export interface ConsumerTopologyOptions {
  /** Consuming service, e.g. `thuiszitters`; prefixes its queues. */
  serviceName: string;
  /** Routing keys (event types, topic patterns allowed) bound to the service's queue. */
  bindings: readonly string[];
  /** One retry queue per delay. */
  retryDelaysMs: readonly number[];
  /** Broker-side limit on redeliveries (consumer crashes, lost channels) before parking. */
  deliveryLimit: number;
}

export interface ConsumerQueueNames {
  main: string;
  parking: string;
  deadLetterExchange: string;
  retry: (delayMs: number) => string;
}

export function consumerQueueNames(serviceName: string): ConsumerQueueNames {
  if (!/^[a-z][a-z0-9-]*$/.test(serviceName)) {
    throw new Error(`messaging: service name must be lower-case letters, digits and dashes (got ${JSON.stringify(serviceName)})`);
  }
  return {
    main: `${serviceName}.events`,
    parking: `${serviceName}.parking`,
    deadLetterExchange: `${serviceName}.dlx`,
    retry: (delayMs) => `${serviceName}.retry.${delayMs}ms`,
  };
}

const quorum = { 'x-queue-type': 'quorum' };
/** At-least-once dead-lettering (RabbitMQ ≥ 3.10) needs reject-publish overflow. */
const safeDeadLettering = { 'x-dead-letter-strategy': 'at-least-once', 'x-overflow': 'reject-publish' };

/** The shared exchange and its alternate exchange; idempotent, declared by publishers and consumers. */
export async function assertEventExchange(ch: Channel): Promise<void> {
  await ch.assertExchange(UNROUTED_EXCHANGE, 'fanout', { durable: true });
  await ch.assertQueue(UNROUTED_QUEUE, { durable: true, arguments: { ...quorum } });
  await ch.bindQueue(UNROUTED_QUEUE, UNROUTED_EXCHANGE, '');
  await ch.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true, alternateExchange: UNROUTED_EXCHANGE });
}

/** A consuming service's queues, retry queues, parking queue and bindings. */
export async function assertConsumerTopology(ch: Channel, options: ConsumerTopologyOptions): Promise<ConsumerQueueNames> {
  const names = consumerQueueNames(options.serviceName);
  if (!Number.isInteger(options.deliveryLimit) || options.deliveryLimit < 1) throw new Error('messaging: deliveryLimit must be a positive integer');
  await assertEventExchange(ch);
  await ch.assertExchange(names.deadLetterExchange, 'fanout', { durable: true });
  await ch.assertQueue(names.parking, { durable: true, arguments: { ...quorum } });
  await ch.bindQueue(names.parking, names.deadLetterExchange, '');
  await ch.assertQueue(names.main, {
    durable: true,
    arguments: {
      ...quorum,
      'x-delivery-limit': options.deliveryLimit,
      'x-dead-letter-exchange': names.deadLetterExchange,
      ...safeDeadLettering,
    },
  });
  for (const key of new Set(options.bindings)) await ch.bindQueue(names.main, EVENTS_EXCHANGE, key);
  for (const delay of new Set(options.retryDelaysMs)) {
    if (!Number.isInteger(delay) || delay < 1) throw new Error('messaging: retry delays must be positive integers (ms)');
    await ch.assertQueue(names.retry(delay), {
      durable: true,
      arguments: {
        ...quorum,
        'x-message-ttl': delay,
        'x-dead-letter-exchange': '',
        'x-dead-letter-routing-key': names.main,
        ...safeDeadLettering,
      },
    });
  }
  return names;
}
