import { DynamicModule, Logger, Module } from '@nestjs/common';
import { DeadlineScheduler, type SchedulerLogger } from '@pao/deadlines';
import { MessagingModule } from '@pao/messaging';
import { PlatformModule } from '@pao/platform';
import { catalogusValidator, logboekController, meldNaCommitFouten, TermijnLifecycle, type Klok } from '@pao/zaak';
import { SwvRegister } from '@pao/swv';
import { DataSource, type EntityManager } from 'typeorm';
import { KLOK } from './application/klok';
import { Pseudonimisering } from './application/pseudonimisering';
import { bouwThuiszitters, type ThuiszittersRuntime } from './application/runtime';
import { Thuiszitters } from './application/thuiszitters';
import { BELEID, SignalenConsumer } from './consumenten/signalen.consumer';
import { CasusLezer } from './http/casus-lezer';
import { CasussenController } from './http/casussen.controller';
import { FigurenController } from './http/figuren.controller';
import { LeerplichtController } from './http/leerplicht.controller';
import { ScholenController } from './http/scholen.controller';
import { VergaderingenController } from './http/vergaderingen.controller';
import { SCHEMA, thuiszittersPersistence } from './persistence/persistence';
import { type ThuiszittersBeleidset } from './regels/beleid';
import { type ThuiszittersConfig } from './thuiszitters.config';

const RUNTIME = Symbol('THUISZITTERS_RUNTIME');

export interface ThuiszittersOpties {
  /** Tests inject a clock they move (time travel for the deadlines). */
  readonly klok?: Klok;
  readonly beleid?: ThuiszittersBeleidset;
}

function schedulerLogger(): SchedulerLogger {
  const logger = new Logger('Termijnen');
  return { info: (obj, msg) => logger.log(obj, msg), warn: (obj, msg) => logger.warn(obj, msg), error: (obj, msg) => logger.error(obj, msg) };
}

async function objectVanSwv(m: EntityManager, swv: string, id: string): Promise<boolean> {
  const rijen: unknown[] = await m.query(`SELECT 1 FROM thuiszitters.casus WHERE id = $1 AND swv = $2 UNION ALL SELECT 1 FROM thuiszitters.vergadering WHERE id = $1 AND swv = $2`, [id, swv]);
  return rijen.length > 0;
}

@Module({})
export class AppModule {
  static register(config: ThuiszittersConfig, opties: ThuiszittersOpties = {}): DynamicModule {
    const geheim = { versleuteling: config.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: config.PUPIL_NUMBER_HASH_KEYS };
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'thuiszitters', config, persistence: thuiszittersPersistence }),
        MessagingModule.forService({ serviceName: 'thuiszitters', schema: SCHEMA, amqpUrl: config.AMQP_URL, validator: catalogusValidator }),
      ],
      controllers: [CasussenController, LeerplichtController, VergaderingenController, FigurenController, ScholenController, logboekController({ schema: SCHEMA, objectVanSwv }), SignalenConsumer],
      providers: [
        {
          provide: RUNTIME,
          inject: [DataSource, SwvRegister],
          useFactory: (dataSource: DataSource, register: SwvRegister): ThuiszittersRuntime => {
            const logger = new Logger('NaCommit');
            meldNaCommitFouten(dataSource, (err) => logger.warn({ err: String(err) }, 'after-commit work failed; the reconciler repairs it'));
            return bouwThuiszitters({ dataSource, redisUrl: config.REDIS_URL, redisPrefix: config.REDIS_PREFIX, leerlingGeheim: geheim, klok: opties.klok, beleid: opties.beleid, register, logger: schedulerLogger() });
          },
        },
        { provide: Thuiszitters, inject: [RUNTIME], useFactory: (rt: ThuiszittersRuntime) => new Thuiszitters(rt) },
        { provide: DeadlineScheduler, inject: [RUNTIME], useFactory: (rt: ThuiszittersRuntime) => rt.motor.scheduler },
        { provide: KLOK, inject: [RUNTIME], useFactory: (rt: ThuiszittersRuntime) => rt.klok },
        { provide: BELEID, inject: [RUNTIME], useFactory: (rt: ThuiszittersRuntime) => rt.beleid },
        { provide: Pseudonimisering, useFactory: () => new Pseudonimisering(config.PUPIL_NUMBER_HASH_KEYS) },
        CasusLezer,
        TermijnLifecycle,
      ],
    };
  }
}
