import { DynamicModule, Logger, Module } from '@nestjs/common';
import { DeadlineScheduler, type SchedulerLogger } from '@pao/deadlines';
import { MessagingModule } from '@pao/messaging';
import { PlatformModule } from '@pao/platform';
import { catalogusValidator, logboekController, TermijnLifecycle } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { KLOK, type Klok } from './application/klok';
import { OjaDienst } from './application/oja-dienst';
import { type OjaRegelset } from './domain';
import { ArrangementenController } from './http/arrangementen.controller';
import { BudgetController } from './http/budget.controller';
import { ConfiguratieController } from './http/configuratie.controller';
import { ArrangementLezer } from './http/lezer';
import { RapportageController } from './http/rapportage.controller';
import { type OjaConfig } from './oja.config';
import { ojaPersistence, SCHEMA } from './persistence/persistence';
import { bouwOja, type OjaRuntime } from './runtime';

const RUNTIME = Symbol('OJA_RUNTIME');

export interface OjaOpties {
  /** Tests inject a clock they move (time travel for deadlines and report dates). */
  readonly klok?: Klok;
  readonly regelset?: OjaRegelset;
}

function schedulerLogger(): SchedulerLogger {
  const logger = new Logger('Termijnen');
  return {
    info: (obj, msg) => logger.log(obj, msg),
    warn: (obj, msg) => logger.warn(obj, msg),
    error: (obj, msg) => logger.error(obj, msg),
  };
}

const LogboekController = logboekController({
  schema: SCHEMA,
  objectVanSwv: async (m, swv, id) =>
    (await m.query(`SELECT 1 FROM oja.arrangement WHERE id = $1 AND swv = $2 UNION ALL SELECT 1 FROM oja.kwartaalrapportage WHERE id = $1 AND swv = $2`, [id, swv])).length > 0,
});

@Module({})
export class AppModule {
  static register(config: OjaConfig, opties: OjaOpties = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'oja', config, persistence: ojaPersistence }),
        MessagingModule.forService({ serviceName: 'oja', schema: SCHEMA, amqpUrl: config.AMQP_URL, validator: catalogusValidator }),
      ],
      controllers: [ArrangementenController, BudgetController, RapportageController, ConfiguratieController, LogboekController],
      providers: [
        {
          provide: RUNTIME,
          inject: [DataSource],
          useFactory: (dataSource: DataSource): OjaRuntime =>
            bouwOja({
              dataSource,
              redisUrl: config.REDIS_URL,
              redisPrefix: config.REDIS_PREFIX,
              leerlingGeheim: { versleuteling: config.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: config.PUPIL_NUMBER_HASH_KEYS },
              klok: opties.klok,
              regelset: opties.regelset,
              logger: schedulerLogger(),
            }),
        },
        { provide: OjaDienst, inject: [RUNTIME], useFactory: (rt: OjaRuntime) => rt.dienst },
        { provide: DeadlineScheduler, inject: [RUNTIME], useFactory: (rt: OjaRuntime) => rt.motor.scheduler },
        { provide: KLOK, inject: [RUNTIME], useFactory: (rt: OjaRuntime) => rt.klok },
        ArrangementLezer,
        TermijnLifecycle,
      ],
    };
  }
}
