import { DeadlineScheduler, metSwvRegels, silentLogger, STANDAARD_REGELSET, systemClock, type Clock, type Regelset, type SchedulerLogger } from '@pao/deadlines';
import { swvRegister, type SwvRegister } from '@pao/swv';
import { LeerlingSleutels, ZaakPijplijn, type LeerlingSleutelInstellingen } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { overdrachtDefinitie, TERMIJN_SOORTEN, type OverdrachtPijplijn } from './application/definitie';
import { Leerlingen } from './application/leerlingen';
import { Overdrachten } from './application/overdrachten';
import { SCHEMA } from './persistence/persistence';
import { KalenderEffecten } from './termijnen/kalender-effecten';
import { KalenderSynchronisatie } from './termijnen/kalender-synchronisatie';

export interface OverdrachtRuntimeOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ key prefix (REDIS_PREFIX); tests use their own. */
  readonly redisPrefix: string;
  /** The pupil-number key rings (PUPIL_NUMBER_ENCRYPTION_KEYS, PUPIL_NUMBER_HASH_KEYS). */
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  readonly klok?: Clock;
  /** The national rules (default: this release's); every SWV's own rules come on top from the register. */
  readonly regels?: Regelset;
  /** The SWVs this deployment serves (default: the process's register). */
  readonly swvs?: SwvRegister;
  /** Run the deadline worker and reconciler in this process (the app: yes; seed and bench: no). */
  readonly worker?: boolean;
  readonly reconcileIntervalMs?: number;
  readonly logger?: SchedulerLogger;
  /** Cases one firing transaction acts on (tests make it small to see continuations). */
  readonly perTransactie?: number;
}

export interface OverdrachtRuntime {
  readonly overdrachten: Overdrachten;
  readonly register: Leerlingen;
  readonly scheduler: DeadlineScheduler;
  readonly klok: Clock;
}

/**
 * Wires the service from the kit: the pupil register, the case pipeline, and the deadline
 * engine with the transfer calendar as shared dates (one deadline per date, acting on the
 * cases that declare it; ADR 0016). Used by the Nest module, the seed, the benchmark and
 * tests alike.
 */
export function bouwOverdracht(o: OverdrachtRuntimeOpties): OverdrachtRuntime {
  const klok = o.klok ?? systemClock;
  const logger = o.logger ?? silentLogger;
  const swvs = o.swvs ?? swvRegister();
  const regels = metSwvRegels(o.regels ?? STANDAARD_REGELSET, swvs.all(), `swv-register-${swvs.versie}`);
  const bron = (swv: string) => swvs.sourceFor(swv, 'overdracht');
  const register = new Leerlingen(new LeerlingSleutels(o.leerlingGeheim, 'overdracht'));
  // The effects call back into the pipeline, which needs the scheduler: tie the knot lazily.
  const kern: { pijplijn?: OverdrachtPijplijn; scheduler?: DeadlineScheduler } = {};
  const scheduler = new DeadlineScheduler({
    dataSource: o.dataSource,
    schema: SCHEMA,
    redis: o.redisUrl,
    prefix: o.redisPrefix,
    queueName: 'overdracht-termijnen',
    clock: klok,
    effects: new KalenderEffecten({ pijplijn: () => kern.pijplijn!, scheduler: () => kern.scheduler!, klok, log: logger, perTransactie: o.perTransactie, bron }),
    worker: o.worker ?? true,
    reconcileIntervalMs: o.reconcileIntervalMs,
    logger,
  });
  const kalender = new KalenderSynchronisatie(scheduler, SCHEMA, TERMIJN_SOORTEN);
  const pijplijn = new ZaakPijplijn(overdrachtDefinitie(register, bron), { dataSource: o.dataSource, klok, termijnen: kalender });
  kern.pijplijn = pijplijn;
  kern.scheduler = scheduler;
  const overdrachten = new Overdrachten(pijplijn, { dataSource: o.dataSource, regels, register, kalender, swvs });
  return { overdrachten, register, scheduler, klok };
}
