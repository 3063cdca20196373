import { DynamicModule, Logger, Module } from '@nestjs/common';
import { DeadlineScheduler, type SchedulerLogger } from '@pao/deadlines';
import { MessagingModule } from '@pao/messaging';
import { PlatformModule } from '@pao/platform';
import { SwvRegister } from '@pao/swv';
import { DataSource } from 'typeorm';
import { KLOK, type Klok } from './application/klok';
import { Samenwerkingsverbanden } from './application/samenwerkingsverbanden';
import { catalogusValidator, Documenten, smtpVerzender, TermijnLifecycle } from '@pao/zaak';
import { Toeleiding } from './application/toeleiding';
import { AanvraagLezer } from './http/aanvraag-lezer';
import { AanvragenController } from './http/aanvragen.controller';
import { DocumentenController } from './http/documenten.controller';
import { BesluitbriefController } from './http/besluitbrief.controller';
import { LogboekController, OverigController } from './http/overig.controller';
import { RapportageController } from './http/rapportage.controller';
import { SCHEMA, toeleidingPersistence } from './persistence/persistence';
import { bouwToeleiding, type ToeleidingRuntime } from './runtime';
import { type ToeleidingConfig } from './toeleiding.config';

const RUNTIME = Symbol('TOELEIDING_RUNTIME');

export interface ToeleidingOpties {
  /** Tests inject a clock they move (time travel for deadlines). */
  readonly klok?: Klok;
}

function schedulerLogger(): SchedulerLogger {
  const logger = new Logger('Termijnen');
  return {
    info: (obj, msg) => logger.log(obj, msg),
    warn: (obj, msg) => logger.warn(obj, msg),
    error: (obj, msg) => logger.error(obj, msg),
  };
}

@Module({})
export class AppModule {
  static register(config: ToeleidingConfig, opties: ToeleidingOpties = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'toeleiding', config, persistence: toeleidingPersistence }),
        MessagingModule.forService({ serviceName: 'toeleiding', schema: SCHEMA, amqpUrl: config.AMQP_URL, validator: catalogusValidator }),
      ],
      controllers: [AanvragenController, DocumentenController, BesluitbriefController, RapportageController, OverigController, LogboekController],
      providers: [
        {
          provide: RUNTIME,
          inject: [DataSource, SwvRegister],
          useFactory: (dataSource: DataSource, register: SwvRegister): ToeleidingRuntime =>
            bouwToeleiding({
              dataSource,
              register,
              redisUrl: config.REDIS_URL,
              redisPrefix: config.REDIS_PREFIX,
              leerlingGeheim: { versleuteling: config.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: config.PUPIL_NUMBER_HASH_KEYS },
              klok: opties.klok,
              logger: schedulerLogger(),
              digest: config.SMTP_URL ? { verzender: smtpVerzender(config.SMTP_URL, config.DIGEST_AFZENDER ?? 'termijnen@passendonderwijs-almere.nl'), link: config.APP_URL } : undefined,
            }),
        },
        { provide: Toeleiding, inject: [RUNTIME], useFactory: (rt: ToeleidingRuntime) => rt.toeleiding },
        { provide: DeadlineScheduler, inject: [RUNTIME], useFactory: (rt: ToeleidingRuntime) => rt.scheduler },
        { provide: KLOK, inject: [RUNTIME], useFactory: (rt: ToeleidingRuntime) => rt.klok },
        { provide: Documenten, inject: [RUNTIME], useFactory: (rt: ToeleidingRuntime) => new Documenten(SCHEMA, rt.sleutels, config.DOCUMENT_MAX_BYTES) },
        { provide: Samenwerkingsverbanden, inject: [RUNTIME], useFactory: (rt: ToeleidingRuntime) => rt.swvs },
        AanvraagLezer,
        TermijnLifecycle,
      ],
    };
  }
}
