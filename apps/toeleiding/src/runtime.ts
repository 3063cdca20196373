import { silentLogger, type DeadlineScheduler, type SchedulerLogger } from '@pao/deadlines';
import { swvRegister, type SwvRegister } from '@pao/swv';
import { bouwTermijnmotor, LeerlingRegister, LeerlingSleutels, type LeerlingSleutelInstellingen, type TermijnmotorOpties } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { kalenderTermijnrekenaar } from './application/kalender-termijnrekenaar';
import { systeemKlok, type Klok } from './application/klok';
import { Samenwerkingsverbanden } from './application/samenwerkingsverbanden';
import { Toeleiding } from './application/toeleiding';
import { SCHEMA } from './persistence/persistence';
import { digestMoment, digestOpMoment, type DigestInstellingen } from './digest/termijnen-digest';
import { teldatumMomenten } from './telling/teldatum';
import { tellingOpMoment } from './telling/telling-moment';
import { TLV_TERMIJN_SOORTEN } from './termijnen/termijn-regels';

export interface ToeleidingRuntimeOptions {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ key prefix (REDIS_PREFIX); tests use their own. */
  readonly redisPrefix: string;
  /** The key rings for pupil numbers (PUPIL_NUMBER_ENCRYPTION_KEYS, PUPIL_NUMBER_HASH_KEYS). */
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  readonly klok?: Klok;
  /** Run the deadline worker and reconciler in this process (the app: yes; seed: no). */
  readonly worker?: boolean;
  readonly reconcileIntervalMs?: number;
  /** How the deadline engine fires (batch sizes, firing transactions at once); default the scheduler's. */
  readonly vuren?: TermijnmotorOpties['vuren'];
  readonly logger?: SchedulerLogger;
  /** The SWVs served (tenants); default the process's register ($SWV_REGISTER or config/). */
  readonly register?: SwvRegister;
  /** The daily deadline digest by e-mail (SMTP_URL set); none without it. */
  readonly digest?: DigestInstellingen;
}

export interface ToeleidingRuntime {
  readonly toeleiding: Toeleiding;
  readonly sleutels: LeerlingSleutels;
  readonly scheduler: DeadlineScheduler;
  readonly klok: Klok;
  readonly swvs: Samenwerkingsverbanden;
}

/**
 * Wires the use cases to the kit's deadline engine (queue toeleiding-termijnen, rows in
 * the toeleiding schema, the teldatum moments). Used by the Nest module, the seed script
 * and tests alike.
 */
export function bouwToeleiding(o: ToeleidingRuntimeOptions): ToeleidingRuntime {
  const klok = o.klok ?? systeemKlok;
  const logger = o.logger ?? silentLogger;
  const swvs = new Samenwerkingsverbanden(o.register ?? swvRegister());
  const motor = bouwTermijnmotor({
    dienst: 'toeleiding',
    schema: SCHEMA,
    dataSource: o.dataSource,
    redisUrl: o.redisUrl,
    redisPrefix: o.redisPrefix,
    klok,
    soorten: TLV_TERMIJN_SOORTEN,
    recurring: [...teldatumMomenten(swvs.regelset), ...(o.digest ? [digestMoment] : [])],
    onRecurring: async (m, moment) => {
      await tellingOpMoment(logger, swvs)(m, moment);
      if (o.digest) await digestOpMoment(o.dataSource, swvs, o.digest, logger)(m, moment);
    },
    bron: (swv) => swvs.bron(swv),
    worker: o.worker,
    reconcileIntervalMs: o.reconcileIntervalMs,
    vuren: o.vuren,
    logger,
  });
  const sleutels = new LeerlingSleutels(o.leerlingGeheim, 'toeleiding');
  const toeleiding = new Toeleiding({
    dataSource: o.dataSource,
    klok,
    rekenaar: kalenderTermijnrekenaar(swvs),
    termijnen: motor.synchronisatie,
    leerlingen: new LeerlingRegister(SCHEMA, sleutels),
    swvs,
  });
  motor.registreer(toeleiding.pijplijn);
  return { toeleiding, sleutels, scheduler: motor.scheduler, klok, swvs };
}
