import { STANDAARD_REGELSET, systemClock, type Clock, type Regelset, type SchedulerLogger } from '@pao/deadlines';
import { bouwTermijnmotor, LeerlingRegister, LeerlingSleutels, ZaakPijplijn, type Termijnmotor } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { overdrachtDefinitie, TERMIJN_SOORTEN } from './application/definitie';
import { Overdrachten } from './application/overdrachten';
import { SCHEMA } from './persistence/persistence';

export interface OverdrachtRuntimeOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ key prefix (REDIS_PREFIX); tests use their own. */
  readonly redisPrefix: string;
  /** Secret the pupil-number keys are derived from. */
  readonly leerlingGeheim: string;
  readonly klok?: Clock;
  readonly regels?: Regelset;
  /** Run the deadline worker and reconciler in this process (the app: yes; seed and bench: no). */
  readonly worker?: boolean;
  readonly reconcileIntervalMs?: number;
  readonly logger?: SchedulerLogger;
}

export interface OverdrachtRuntime {
  readonly overdrachten: Overdrachten;
  readonly register: LeerlingRegister;
  readonly motor: Termijnmotor;
  readonly klok: Clock;
}

/**
 * Wires the service from the kit: the pupil register, the pipeline, and the deadline
 * engine that fires the transfer calendar back through the same pipeline. Used by the
 * Nest module, the seed script, the benchmark and tests alike.
 */
export function bouwOverdracht(o: OverdrachtRuntimeOpties): OverdrachtRuntime {
  const klok = o.klok ?? systemClock;
  const register = new LeerlingRegister(SCHEMA, new LeerlingSleutels(o.leerlingGeheim, 'overdracht'));
  const motor = bouwTermijnmotor({
    dienst: 'overdracht',
    schema: SCHEMA,
    dataSource: o.dataSource,
    redisUrl: o.redisUrl,
    redisPrefix: o.redisPrefix,
    klok,
    soorten: TERMIJN_SOORTEN,
    worker: o.worker,
    reconcileIntervalMs: o.reconcileIntervalMs,
    logger: o.logger,
  });
  const pijplijn = new ZaakPijplijn(overdrachtDefinitie(register), { dataSource: o.dataSource, klok, termijnen: motor.synchronisatie });
  motor.registreer(pijplijn);
  const overdrachten = new Overdrachten(pijplijn, { dataSource: o.dataSource, regels: o.regels ?? STANDAARD_REGELSET, register });
  return { overdrachten, register, motor, klok };
}
