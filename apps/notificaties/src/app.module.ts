import { type BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { validateEnvelope } from '@pao/contracts';
import { MessagingModule } from '@pao/messaging';
import { PlatformModule } from '@pao/platform';
import { SwvRegister } from '@pao/swv';
import { DataSource } from 'typeorm';
import { AbonnementenService } from './application/abonnementen.service';
import { KLOK, systeemKlok, type KlokPort } from './application/klok';
import { Kluis } from './application/kluis';
import { HttpVerzender } from './bezorging/http-verzender';
import { abonnementenFalend } from './bezorging/metrics';
import { Verdeler, type VerdelerLogger } from './bezorging/verdeler';
import { Wekker } from './bezorging/wekker';
import { AdresBeleid } from './domain/adresbeleid';
import { DAG_MS } from './domain/herhaling';
import { AbonnementenController } from './http/abonnementen.controller';
import { BezorglogController } from './http/bezorglog.controller';
import { GebeurtenissenController } from './http/gebeurtenissen.controller';
import { NOTIFICATIES_CONFIG, type NotificatiesConfig } from './notificaties.config';
import { GemeenteEventsHandler } from './ontvangst/gemeente-events.handler';
import { CONSUMER_OPTIES, SERVICE_NAAM } from './ontvangst/wachtrij';
import { abonnementenRepository } from './persistence/abonnementen.repository';
import { AbonnementenCache } from './persistence/abonnementen-cache';
import { Boekhouding } from './persistence/boekhouding';
import { BezorgingenRepository } from './persistence/bezorgingen.repository';
import { notificatiesPersistence, SCHEMA } from './persistence/persistence';
import { GEMEENTE_REGISTER, SwvGemeenteRegister, type GemeenteRegister } from './register/gemeente-register';

export interface NotificatiesOpties {
  /** Tests move this clock (time travel through back-offs). */
  readonly klok?: KlokPort;
  /** Tests make the jitter predictable. */
  readonly random?: () => number;
}

function logger(context: string): VerdelerLogger {
  const l = new Logger(context);
  return { info: (o, m) => l.log(o, m), warn: (o, m) => l.warn(o, m), error: (o, m) => l.error(o, m) };
}

/** Starts the lanes, the sweeper and the wake-up worker after bootstrap; stops them before shutdown. Prunes old deliveries hourly. */
@Injectable()
export class BezorgingLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(Verdeler) private readonly verdeler: Verdeler,
    @Inject(BezorgingenRepository) private readonly bezorgingen: BezorgingenRepository,
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(NOTIFICATIES_CONFIG) private readonly config: NotificatiesConfig,
    @Inject(KLOK) private readonly klok: KlokPort,
    @Inject(Boekhouding) private readonly boek: Boekhouding,
  ) {}

  onApplicationBootstrap(): void {
    this.verdeler.start();
    this.timer = setInterval(() => void this.onderhoud(), 3_600_000);
    this.timer.unref();
    void this.onderhoud();
  }

  private async onderhoud(): Promise<void> {
    try {
      abonnementenFalend.set(await abonnementenRepository.aantalFalend(this.db.manager));
      await this.bezorgingen.ruimOp(new Date(this.klok.now().getTime() - this.config.BEZORGINGEN_BEWAREN_DAGEN * DAG_MS));
    } catch (err) {
      new Logger('Bezorging').warn({ err: (err as Error).message }, 'maintenance (retention, gauges) failed; next run in an hour');
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.verdeler.stop(Math.max(1_000, this.config.SHUTDOWN_GRACE_MS - 2_000));
    await this.boek.close();
  }
}

@Module({})
export class AppModule {
  static register(config: NotificatiesConfig, opties: NotificatiesOpties = {}): DynamicModule {
    const klok = opties.klok ?? systeemKlok;
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'notificaties', config, persistence: notificatiesPersistence }),
        MessagingModule.forService({
          serviceName: SERVICE_NAAM,
          schema: SCHEMA,
          amqpUrl: config.AMQP_URL,
          validator: { validate: (raw) => validateEnvelope(raw) },
          // The relay runs like every messaging service's (registry `messaging: true`, /health
          // reports it); this service publishes nothing yet, so its outbox stays empty.
          consumer: { ...CONSUMER_OPTIES, retryDelaysMs: [...CONSUMER_OPTIES.retryDelaysMs] },
        }),
      ],
      controllers: [AbonnementenController, BezorglogController, GebeurtenissenController, GemeenteEventsHandler],
      providers: [
        { provide: NOTIFICATIES_CONFIG, useValue: config },
        { provide: KLOK, useValue: klok },
        { provide: Kluis, useFactory: () => new Kluis(config.NOTIFICATIES_SLEUTELS) },
        { provide: AdresBeleid, useFactory: () => new AdresBeleid(config.CALLBACK_TOEGESTANE_NETWERKEN) },
        { provide: GEMEENTE_REGISTER, inject: [SwvRegister], useFactory: (register: SwvRegister) => new SwvGemeenteRegister(register) },
        { provide: Boekhouding, useFactory: () => new Boekhouding(config.DATABASE_URL) },
        { provide: AbonnementenCache, inject: [Boekhouding], useFactory: (boek: Boekhouding) => new AbonnementenCache(boek.query) },
        { provide: BezorgingenRepository, inject: [DataSource, Kluis, Boekhouding], useFactory: (db: DataSource, kluis: Kluis, boek: Boekhouding) => new BezorgingenRepository(db, kluis, boek) },
        {
          provide: Verdeler,
          inject: [BezorgingenRepository, AdresBeleid],
          useFactory: (repository: BezorgingenRepository, beleid: AdresBeleid) =>
            new Verdeler({
              repository,
              verzender: new HttpVerzender(beleid),
              wekker: new Wekker(config.REDIS_URL, config.REDIS_PREFIX, logger('Wekker')),
              klok,
              random: opties.random,
              beleid: {
                basisMs: config.BEZORG_BACKOFF_BASIS_MS,
                maxMs: config.BEZORG_BACKOFF_MAX_MS,
                minMs: config.BEZORG_BACKOFF_MIN_MS,
                opgevenNaMs: config.BEZORG_OPGEVEN_NA_UREN * 3_600_000,
              },
              timeoutMs: config.BEZORG_TIMEOUT_MS,
              leaseMargeMs: config.BEZORG_LEASE_MARGE_MS,
              veegIntervalMs: config.BEZORG_VEEG_INTERVAL_MS,
              logger: logger('Bezorging'),
            }),
        },
        {
          provide: AbonnementenService,
          inject: [DataSource, Kluis, GEMEENTE_REGISTER, AdresBeleid, BezorgingenRepository, Verdeler, AbonnementenCache],
          useFactory: (dataSource: DataSource, kluis: Kluis, register: GemeenteRegister, adresbeleid: AdresBeleid, bezorgingen: BezorgingenRepository, verdeler: Verdeler, cache: AbonnementenCache) =>
            new AbonnementenService({
              dataSource,
              kluis,
              register,
              adresbeleid,
              bezorgingen,
              klok,
              wek: (ids) => {
                cache.vervallen();
                verdeler.gewijzigd(ids);
              },
              gatewayUrl: config.GATEWAY_PUBLIEKE_URL,
              maxGelijktijdig: config.BEZORG_MAX_GELIJKTIJDIG,
            }),
        },
        BezorgingLifecycle,
      ],
    };
  }
}
