import { DeadlineScheduler, type SchedulerLogger } from '@pao/deadlines';
import { type DataSource } from 'typeorm';
import { kalenderTermijnrekenaar } from './application/kalender-termijnrekenaar';
import { systeemKlok, type Klok } from './application/klok';
import { Toeleiding } from './application/toeleiding';
import { LeerlingSleutels } from '@pao/zaak';
import { SCHEMA } from './persistence/persistence';
import { teldatumMomenten } from './telling/teldatum';
import { SchedulerTermijnPlanner } from './termijnen/scheduler-planner';
import { TermijnEffecten } from './termijnen/termijn-effecten';

export interface ToeleidingRuntimeOptions {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ key prefix (REDIS_PREFIX); tests use their own. */
  readonly redisPrefix: string;
  /** Secret the pupil-number keys are derived from. */
  readonly leerlingGeheim: string;
  readonly klok?: Klok;
  /** Run the deadline worker and reconciler in this process (the app: yes; seed: no). */
  readonly worker?: boolean;
  readonly reconcileIntervalMs?: number;
  readonly logger?: SchedulerLogger;
}

export interface ToeleidingRuntime {
  readonly toeleiding: Toeleiding;
  readonly scheduler: DeadlineScheduler;
  readonly klok: Klok;
}

export const DEADLINE_QUEUE = 'toeleiding-termijnen';

/**
 * Wires the application core to the deadline engine: one scheduler (queue per service,
 * rows in the toeleiding schema) whose firing effects call back into the same core.
 * Used by the Nest module, the seed script and tests alike.
 */
export function bouwToeleiding(o: ToeleidingRuntimeOptions): ToeleidingRuntime {
  const klok = o.klok ?? systeemKlok;
  const logger = o.logger ?? { info: () => undefined, warn: () => undefined, error: () => undefined };
  // The effects call back into the core, which needs the scheduler: tie the knot lazily.
  const kern: { toeleiding?: Toeleiding } = {};
  const effecten = new TermijnEffecten(() => kern.toeleiding!, logger);
  const scheduler = new DeadlineScheduler({
    dataSource: o.dataSource,
    schema: SCHEMA,
    redis: o.redisUrl,
    prefix: o.redisPrefix,
    queueName: DEADLINE_QUEUE,
    clock: klok,
    effects: effecten,
    recurring: teldatumMomenten(),
    worker: o.worker ?? true,
    reconcileIntervalMs: o.reconcileIntervalMs,
    logger,
  });
  const toeleiding = new Toeleiding({
    dataSource: o.dataSource,
    klok,
    rekenaar: kalenderTermijnrekenaar(),
    planner: new SchedulerTermijnPlanner(scheduler),
    sleutels: new LeerlingSleutels(o.leerlingGeheim, 'toeleiding'),
  });
  kern.toeleiding = toeleiding;
  return { toeleiding, scheduler, klok };
}
