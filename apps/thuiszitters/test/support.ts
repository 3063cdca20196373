import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadlineScheduler, deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { createServiceApp, type Actor } from '@pao/platform';
import { actorHeadersFor, localServers, serviceTestBed, testSecrets, type MigratedTestDatabase, type TestVhost, EventOntvanger, zaakHttp } from '@pao/testing';
import { demoSchool, seedScholen } from '../src/demo/scholen';
import { thuiszittersPersistence } from '../src/persistence/persistence';
import { type ThuiszittersConfig } from '../src/thuiszitters.config';
import { thuiszittersServiceMet } from '../src/thuiszitters.service-definition';

/** Thuiszitters' own events; tests name them as '<domein>.<gebeurtenis>', without prefix and version. */
export const ontvangThuiszittersEvents = (url: string) => EventOntvanger.start(url, 'nl.passend-onderwijs.thuiszitters.#', (type) => `nl.passend-onderwijs.${type}.v1`);

export interface Omgeving {
  app: INestApplication;
  db: MigratedTestDatabase;
  vhost: TestVhost;
  klok: ManualClock;
  sql: DataSource;
  events: EventOntvanger;
  config: ThuiszittersConfig;
  /** Fires every deadline and warning that is due at the clock's time (as the reconciler would). */
  termijnenBijwerken(): Promise<void>;
  stop(): Promise<void>;
}

/** Database (migrated, school register seeded), vhost, the app in-process (consuming too) with a clock the test moves. */
export async function startOmgeving(naam: string, start: Date, opties: { consumeren?: boolean } = {}): Promise<Omgeving> {
  const bed = await serviceTestBed(naam, { migrations: thuiszittersPersistence });
  const { db, vhost } = bed;
  const sql = db.dataSource;
  await seedScholen(sql.manager);
  const events = await ontvangThuiszittersEvents(vhost.url);
  const klok = new ManualClock(start);
  const config: ThuiszittersConfig = {
    ...bed.config,
    LOG_LEVEL: (process.env.TEST_LOG_LEVEL ?? 'silent') as ThuiszittersConfig['LOG_LEVEL'],
    ...testSecrets,
  };
  const app = await createServiceApp(thuiszittersServiceMet({ klok }), config);
  if (opties.consumeren) await app.startAllMicroservices();
  await app.init();
  return {
    app,
    db,
    vhost,
    klok,
    sql,
    events,
    config,
    async termijnenBijwerken() {
      const scheduler = app.get(DeadlineScheduler);
      const rapport = await scheduler.reconcile();
      if (rapport.failed === 0) return;
      // Show why a deadline could not fire instead of a silent 'failed: 1'.
      const due: Array<{ id: string; generation: number }> = await sql.query(`SELECT id, generation FROM thuiszitters.deadline WHERE state = 'armed' AND due_at <= $1`, [klok.now()]);
      for (const d of due) await scheduler.fireDeadline(d.id, d.generation);
    },
    async stop() {
      await app.close();
      await events.stop().catch(() => undefined);
      await deleteRedisPrefixAt(localServers.redisUrl, bed.redisPrefix);
      await bed.close();
    },
  };
}

export const ACTOREN = {
  consulent: { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' },
  orthopedagoog: { id: randomUUID(), rol: 'orthopedagoog', swv: 'VO', organisatie: 'swv-vo-almere' },
  teamleider: { id: randomUUID(), rol: 'teamleider', swv: 'VO', organisatie: 'swv-vo-almere' },
  actietafel: { id: randomUUID(), rol: 'actietafel', swv: 'VO', organisatie: 'actietafel-vo-almere' },
  beheerder: { id: randomUUID(), rol: 'beheerder', swv: 'VO', organisatie: 'swv-vo-almere' },
  gemeente: { id: randomUUID(), rol: 'gemeente', swv: 'VO', organisatie: 'gemeente-almere' },
  consulentPo: { id: randomUUID(), rol: 'consulent', swv: 'PO', organisatie: 'swv-po-almere' },
  actietafelPo: { id: randomUUID(), rol: 'actietafel', swv: 'PO', organisatie: 'actietafel-po-almere' },
} satisfies Record<string, Actor>;
export type ActorNaam = keyof typeof ACTOREN;

export const als = actorHeadersFor(ACTOREN);

export const BAKEN_STAD = demoSchool('VO', '01FP00');
export const NAUTILUS = demoSchool('VO', '23HU00');
export const BETROKKEN = { ouders: 'betrokken', leerling: 'betrokken' } as const;

/** HTTP helpers bound to one app. */
export function http(app: INestApplication) {
  const zaak = zaakHttp(app, '/casussen', als, 'consulent');
  const { agent } = zaak;
  return {
    ...zaak,
    async melden(body: object, door: ActorNaam = 'consulent'): Promise<string> {
      const res = await agent().post('/meldingen').set(als(door)).send(body);
      if (res.status !== 201) throw new Error(`melden: ${res.status} ${res.text}`);
      return res.body.id as string;
    },
  };
}

/** A school reports a pupil absent since a date (langdurig relatief verzuim). */
export function verzuimMelding(bsn: string, thuisSinds: string, extra: object = {}) {
  return {
    leerling: { bsn },
    soort: 'langdurig-relatief-verzuim',
    melder: { soort: 'school', organisatieId: BAKEN_STAD.schoolId },
    schoolId: BAKEN_STAD.schoolId,
    bevoegdGezagId: BAKEN_STAD.bevoegdGezagId,
    thuisSinds,
    onderwijsNog: 'Geen; af en toe huiswerk per mail',
    betrokkenheid: BETROKKEN,
    ...extra,
  };
}
