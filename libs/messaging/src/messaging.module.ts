import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Inject,
  Injectable,
  type InjectionToken,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AmqpEventTransport, type AmqpEventTransportOptions } from './amqp-event-transport';
import type { EventEnvelope, EventValidator } from './envelope';
import { appendToOutbox } from './outbox';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';

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

/** Starts the relay when the application has bootstrapped, stops it before shutdown. */
@Injectable()
export class OutboxRelayLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(OutboxRelay) private readonly relay: OutboxRelay,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingServiceOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.relay?.enabled !== false) this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
  }
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
        OutboxRelayLifecycle,
        {
          provide: AmqpEventTransport,
          inject: [MESSAGING_OPTIONS],
          useFactory: (o: MessagingServiceOptions) =>
            new AmqpEventTransport({ ...o.consumer, amqpUrl: o.amqpUrl, serviceName: o.serviceName, validator: o.validator, bindings: o.bindings }),
        },
      ],
      exports: [MESSAGING_OPTIONS, EventPublisher, OutboxRelay, AmqpEventTransport],
    };
  }
}
