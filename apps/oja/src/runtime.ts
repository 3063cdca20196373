import { type SchedulerLogger } from '@pao/deadlines';
import { bouwTermijnmotor, LeerlingRegister, LeerlingSleutels, type LeerlingSleutelInstellingen, termijnmotor, type Termijnmotor } from '@pao/zaak';
import { OJA_TERMIJNSOORTEN } from './application/termijnsoorten';
import { type DataSource } from 'typeorm';
import { isRapportagedatum, RAPPORTAGE_MOMENT, rapportageMomenten, stelKwartaalrapportageVast } from './application/kwartaalrapportage';
import { systeemKlok, vandaag, type Klok } from './application/klok';
import { OjaDienst } from './application/oja-dienst';
import { swvsVan } from './application/regels';
import { type OjaRegelset, STANDAARD_OJA_REGELS } from './domain';
import { ArrangementRepository } from './persistence/arrangement.repository';
import { SCHEMA } from './persistence/persistence';

export interface OjaRuntimeOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  /** BullMQ key prefix (REDIS_PREFIX); tests use their own. */
  readonly redisPrefix: string;
  /** The pupil-number key rings (PUPIL_NUMBER_ENCRYPTION_KEYS, PUPIL_NUMBER_HASH_KEYS). */
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  readonly klok?: Klok;
  readonly regelset?: OjaRegelset;
  /** Run the deadline worker and reconciler in this process (the app: yes; seed and tools: no). */
  readonly worker?: boolean;
  readonly reconcileIntervalMs?: number;
  readonly logger?: SchedulerLogger;
}

export interface OjaRuntime {
  readonly dienst: OjaDienst;
  readonly motor: Termijnmotor;
  readonly klok: Klok;
  readonly regelset: OjaRegelset;
}

/**
 * Wires the oja core to the deadline engine: one engine (queue `oja-termijnen`, rows in the
 * oja schema) whose effects call back into the arrangement pipeline, plus the quarterly
 * report moments per SWV as job schedulers. Used by the Nest module, the seed and tests.
 */
export function bouwOja(o: OjaRuntimeOpties): OjaRuntime {
  const klok = o.klok ?? systeemKlok;
  const regelset = o.regelset ?? STANDAARD_OJA_REGELS;
  const swvs = swvsVan(regelset);
  const motor = bouwTermijnmotor({
    dienst: 'oja',
    schema: SCHEMA,
    dataSource: o.dataSource,
    redisUrl: o.redisUrl,
    redisPrefix: o.redisPrefix,
    klok,
    soorten: OJA_TERMIJNSOORTEN,
    recurring: rapportageMomenten(regelset, vandaag(klok)),
    onRecurring: async (m, moment) => {
      if (!moment.name.startsWith(RAPPORTAGE_MOMENT)) return;
      const swv = swvs.find((s) => s.toLowerCase() === moment.name.slice(RAPPORTAGE_MOMENT.length));
      if (!swv || !isRapportagedatum(regelset, swv, moment.occurrenceDate)) return;
      await stelKwartaalrapportageVast(m, regelset, swv, moment.occurrenceDate, termijnmotor(swv, 'oja').audit);
    },
    worker: o.worker,
    reconcileIntervalMs: o.reconcileIntervalMs,
    logger: o.logger,
  });
  const dienst = new OjaDienst({
    dataSource: o.dataSource,
    klok,
    regelset,
    repository: new ArrangementRepository(),
    leerlingen: new LeerlingRegister(SCHEMA, new LeerlingSleutels(o.leerlingGeheim, 'oja')),
    termijnen: motor.synchronisatie,
  });
  motor.registreer(dienst.pijplijn);
  return { dienst, motor, klok, regelset };
}
