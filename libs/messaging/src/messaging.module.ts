import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnModuleInit,
  Optional,
  type Provider,
} from '@nestjs/common';
import { HealthRegistry } from '@pao/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AmqpEventTransport, type AmqpEventTransportOptions } from './amqp-event-transport';
import type { EventEnvelope, EventValidator } from './envelope';
import { appendToOutbox } from './outbox';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { MessagingRetention, type MessagingRetentionOptions } from './retention';

export interface MessagingServiceOptions {
  /** The service, e.g. `thuiszitters`: names its queues and relay connection. */
  serviceName: string;
  /** The service's PostgreSQL schema holding `outbox` and `inbox`. */
  schema: string;
  amqpUrl: string;
  /** The event catalogue: events are validated on publish and on consume. */
  validator: EventValidator;
  /** Extra routing keys for the service's queue (handler types are bound anyway). */
  bindings?: readonly string[];
  /** Relay tuning; `enabled: false` for a process that must not relay (default: enabled). */
  relay?: Partial<Omit<OutboxRelayOptions, 'dataSource' | 'schema' | 'amqpUrl'>> & { enabled?: boolean };
  /**
   * Pruning of published outbox rows and inbox rows (default: enabled, 14 days each, every
   * 10 minutes, 1000 rows per batch). `enabled: false` for a process that must not prune.
   * The inbox retention must be at least a day and far longer than the consumer's retry
   * schedule (checked at startup).
   */
  retention?: Partial<Omit<MessagingRetentionOptions, 'dataSource' | 'schema'>> & { enabled?: boolean };
  /** Consumer tuning (prefetch, retry delays, attempts, delivery limit). */
  consumer?: Partial<Omit<AmqpEventTransportOptions, 'amqpUrl' | 'serviceName' | 'validator' | 'bindings'>>;
  /** Token of the TypeORM DataSource (default: the `DataSource` class, i.e. the default connection). */
  dataSourceToken?: InjectionToken;
}

export interface MessagingServiceAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: InjectionToken[];
  useFactory: (...args: never[]) => MessagingServiceOptions | Promise<MessagingServiceOptions>;
  dataSourceToken?: InjectionToken;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/**
 * The publisher façade: validates events against the catalogue and appends them to the
 * outbox in the caller's transaction. Events without a correlation id inherit the current
 * one (HTTP request or the handler's event).
 */
@Injectable()
export class EventPublisher {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingServiceOptions) {}

  publish(manager: EntityManager, events: EventEnvelope | readonly EventEnvelope[]): Promise<void> {
    const list = Array.isArray(events) ? (events as readonly EventEnvelope[]) : [events as EventEnvelope];
    return appendToOutbox(manager, this.options.schema, list, { validator: this.options.validator });
  }
}

/** Starts the relay and the retention job when the application has bootstrapped, stops them before shutdown. */
@Injectable()
export class OutboxRelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(MessagingRetention) private readonly retention: MessagingRetention,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingServiceOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.relay?.enabled !== false) this.relay.start();
    if (this.options.retention?.enabled !== false) this.retention.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.relay.stop(), this.retention.stop()]);
  }
}

/**
 * Adds `messaging` to /health: down while the relay (when it runs) or the consumer (when
 * the app consumes) has no broker connection.
 */
@Injectable()
export class MessagingHealth implements OnModuleInit {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(AmqpEventTransport) private readonly transport: AmqpEventTransport,
    @Optional() @Inject(HealthRegistry) private readonly registry?: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.registry?.register({
      name: 'messaging',
      check: async () => {
        const relay = this.relay.isRunning ? this.relay.brokerStatus : 'stopped';
        const consumer = this.transport.isListening ? (this.transport.isConnected ? 'connected' : 'disconnected') : 'not-consuming';
        const up = (relay === 'connected' || relay === 'stopped') && consumer !== 'disconnected';
        return { up, details: { relay, consumer } };
      },
    });
  }
}

/** Longest a handler-retried message can take from first delivery to parking (the consumer's retry schedule). */
export function retrySpanMs(consumer: MessagingServiceOptions['consumer']): number {
  const delays = consumer?.retryDelaysMs ?? [1_000, 10_000, 60_000, 300_000, 900_000];
  const retries = (consumer?.maxAttempts ?? delays.length + 1) - 1;
  let total = 0;
  for (let i = 0; i < retries; i++) total += delays[Math.min(i, delays.length - 1)] ?? 0;
  return total;
}

function createRetention(o: MessagingServiceOptions, dataSource: DataSource): MessagingRetention {
  const { enabled: _enabled, ...tuning } = o.retention ?? {};
  const retention = new MessagingRetention({ ...tuning, dataSource, schema: o.schema });
  // the inbox must outlive every redelivery by far (see MIN_INBOX_RETENTION_MS)
  const span = retrySpanMs(o.consumer);
  if (retention.inboxRetentionMs < 10 * span) {
    throw new Error(`messaging: retention.inboxRetentionMs (${retention.inboxRetentionMs} ms) must be at least 10 times the retry schedule (${span} ms)`);
  }
  return retention;
}

/**
 * Messaging for one service: `EventPublisher`, the `OutboxRelay` (started on bootstrap,
 * stopped on shutdown) and the `AmqpEventTransport` to connect as microservice:
 *
 *   app.connectMicroservice({ strategy: app.get(AmqpEventTransport) });
 *   await app.startAllMicroservices();
 *
 * Needs a TypeORM DataSource in the container (TypeOrmModule.forRoot).
 */
export class MessagingModule {
  static forService(options: MessagingServiceOptions): DynamicModule {
    return MessagingModule.build([{ provide: MESSAGING_OPTIONS, useValue: options }], options.dataSourceToken);
  }

  static forServiceAsync(options: MessagingServiceAsyncOptions): DynamicModule {
    const module = MessagingModule.build(
      [{ provide: MESSAGING_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] }],
      options.dataSourceToken,
    );
    return { ...module, imports: options.imports ?? [] };
  }

  private static build(optionsProviders: Provider[], dataSourceToken: InjectionToken = DataSource): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        ...optionsProviders,
        EventPublisher,
        {
          provide: OutboxRelay,
          inject: [MESSAGING_OPTIONS, dataSourceToken],
          useFactory: (o: MessagingServiceOptions, dataSource: DataSource) =>
            new OutboxRelay({ ...o.relay, dataSource, schema: o.schema, amqpUrl: o.amqpUrl, name: o.relay?.name ?? `${o.serviceName}-relay` }),
        },
        {
          provide: MessagingRetention,
          inject: [MESSAGING_OPTIONS, dataSourceToken],
          useFactory: createRetention,
        },
        OutboxRelayLifecycle,
        MessagingHealth,
        {
          provide: AmqpEventTransport,
          inject: [MESSAGING_OPTIONS],
          useFactory: (o: MessagingServiceOptions) =>
            new AmqpEventTransport({ ...o.consumer, amqpUrl: o.amqpUrl, serviceName: o.serviceName, validator: o.validator, bindings: o.bindings }),
        },
      ],
      exports: [MESSAGING_OPTIONS, EventPublisher, OutboxRelay, MessagingRetention, AmqpEventTransport],
    };
  }
}
