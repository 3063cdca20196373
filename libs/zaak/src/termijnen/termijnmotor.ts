import { type Domain } from '@pao/contracts';
import { DeadlineScheduler, silentLogger, type DeadlineSchedulerOptions, type RecurringMoment, type RecurringOccurrence, type SchedulerLogger } from '@pao/deadlines';
import { type DataSource, type EntityManager } from 'typeorm';
import { type TermijnSoorten } from '../domein';
import { type Klok } from '../pijplijn/zaak-pijplijn';
import { TermijnSynchronisatie } from './termijn-synchronisatie';
import { ZaakTermijnEffecten, type ZaakTermijnEffectenOpties } from './zaak-termijn-effecten';

export interface TermijnmotorOpties {
  readonly dienst: Domain;
  readonly schema: string;
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ key prefix (REDIS_PREFIX); tests use their own. */
  readonly redisPrefix: string;
  readonly klok: Klok;
  readonly soorten: TermijnSoorten;
  readonly recurring?: readonly RecurringMoment[];
  readonly onRecurring?: (m: EntityManager, o: RecurringOccurrence) => Promise<void>;
  /** The CloudEvent source for an SWV (its legal body, this service): from the SWV register. */
  readonly bron?: (swv: string) => string;
  /** Run the worker and reconciler in this process (the app: yes; seed and tools: no). */
  readonly worker?: boolean;
  readonly reconcileIntervalMs?: number;
  /**
   * How the engine fires: deadlines per transaction of the reconciler's sweep (`batchSize`; a
   * test: 1 fires one by one), of a woken job's batch and of a burst's drain, and the firing
   * transactions per process at once. Default the scheduler's (ADR 0032, 0035).
   */
  readonly vuren?: Pick<DeadlineSchedulerOptions, 'batchSize' | 'fireBatch' | 'drainBatch' | 'concurrentFirings'>;
  readonly logger?: SchedulerLogger;
}

export interface Termijnmotor {
  readonly scheduler: DeadlineScheduler;
  readonly synchronisatie: TermijnSynchronisatie;
  /** Registers the service's case types: a fired deadline goes to the one holding its subject. */
  registreer(...pijplijnen: ReturnType<ZaakTermijnEffectenOpties['pijplijnen']>[number][]): void;
}

/**
 * The deadline engine of one case service: a scheduler (its queue, rows in the service's
 * schema) whose firing effects call back into the service's pipelines. Used by the Nest
 * module, seed scripts and tests alike.
 */
export function bouwTermijnmotor(o: TermijnmotorOpties): Termijnmotor {
  const pijplijnen: Array<ReturnType<ZaakTermijnEffectenOpties['pijplijnen']>[number]> = [];
  const logger = o.logger ?? silentLogger;
  const effecten = new ZaakTermijnEffecten({ dienst: o.dienst, soorten: o.soorten, pijplijnen: () => pijplijnen, log: logger, onRecurring: o.onRecurring, bron: o.bron });
  const scheduler = new DeadlineScheduler({
    dataSource: o.dataSource,
    schema: o.schema,
    redis: o.redisUrl,
    prefix: o.redisPrefix,
    queueName: `${o.dienst}-termijnen`,
    clock: o.klok,
    effects: effecten,
    recurring: o.recurring ? [...o.recurring] : [],
    worker: o.worker ?? true,
    reconcileIntervalMs: o.reconcileIntervalMs,
    ...o.vuren,
    logger,
  });
  return {
    scheduler,
    synchronisatie: new TermijnSynchronisatie(scheduler, o.schema, o.soorten),
    registreer: (...p) => void pijplijnen.push(...p),
  };
}
