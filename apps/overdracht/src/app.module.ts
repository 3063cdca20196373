import { DynamicModule, Logger, Module } from '@nestjs/common';
import { DeadlineScheduler, type Clock, type SchedulerLogger } from '@pao/deadlines';
import { MessagingModule } from '@pao/messaging';
import { PlatformModule } from '@pao/platform';
import { catalogusValidator, LeerlingRegister, logboekController, TermijnLifecycle } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { Overdrachten } from './application/overdrachten';
import { ToeleidingConsumer } from './consument/toeleiding.consumer';
import { CohortenController } from './http/cohorten.controller';
import { OverdrachtLezer } from './http/lezer';
import { OverdrachtenController } from './http/overdrachten.controller';
import { RapportageController } from './http/rapportage.controller';
import { type OverdrachtConfig } from './overdracht.config';
import { overdrachtPersistence, SCHEMA } from './persistence/persistence';
import { bouwOverdracht, type OverdrachtRuntime } from './runtime';

const RUNTIME = Symbol('OVERDRACHT_RUNTIME');

export interface OverdrachtOpties {
  /** Tests inject a clock they move (time travel for the transfer calendar). */
  readonly klok?: Clock;
}

function schedulerLogger(): SchedulerLogger {
  const logger = new Logger('Termijnen');
  return { info: (obj, msg) => logger.log(obj, msg), warn: (obj, msg) => logger.warn(obj, msg), error: (obj, msg) => logger.error(obj, msg) };
}

const LogboekController = logboekController({
  schema: SCHEMA,
  objectVanSwv: async (m, swv, id) =>
    (await m.query(`SELECT 1 FROM overdracht.overdracht WHERE id = $1 AND swv = $2 UNION ALL SELECT 1 FROM overdracht.cohort WHERE id = $1 AND swv = $2`, [id, swv])).length > 0,
});

@Module({})
export class AppModule {
  static register(config: OverdrachtConfig, opties: OverdrachtOpties = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'overdracht', config, persistence: overdrachtPersistence }),
        MessagingModule.forService({ serviceName: 'overdracht', schema: SCHEMA, amqpUrl: config.AMQP_URL, validator: catalogusValidator }),
      ],
      controllers: [CohortenController, OverdrachtenController, RapportageController, LogboekController, ToeleidingConsumer],
      providers: [
        {
          provide: RUNTIME,
          inject: [DataSource],
          useFactory: (dataSource: DataSource): OverdrachtRuntime =>
            bouwOverdracht({
              dataSource,
              redisUrl: config.REDIS_URL,
              redisPrefix: config.REDIS_PREFIX,
              leerlingGeheim: { versleuteling: config.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: config.PUPIL_NUMBER_HASH_KEYS },
              klok: opties.klok,
              logger: schedulerLogger(),
            }),
        },
        { provide: Overdrachten, inject: [RUNTIME], useFactory: (rt: OverdrachtRuntime) => rt.overdrachten },
        { provide: LeerlingRegister, inject: [RUNTIME], useFactory: (rt: OverdrachtRuntime) => rt.register },
        { provide: DeadlineScheduler, inject: [RUNTIME], useFactory: (rt: OverdrachtRuntime) => rt.scheduler },
        OverdrachtLezer,
        TermijnLifecycle,
      ],
    };
  }
}
