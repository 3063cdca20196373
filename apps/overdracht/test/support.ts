import { randomUUID } from 'node:crypto';
import { type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadlineScheduler, deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { createServiceApp, type Actor } from '@pao/platform';
import { actorHeadersFor, localServers, serviceTestBed, testSecrets, type MigratedTestDatabase, type TestVhost, EventOntvanger, zaakHttp } from '@pao/testing';
import { schoolId, seedScholen } from '../src/demo/scholen';
import { type OverdrachtConfig } from '../src/overdracht.config';
import { overdrachtServiceMet } from '../src/overdracht.service-definition';
import { overdrachtPersistence } from '../src/persistence/persistence';

/** Overdracht's own events, named in tests without prefix and version. */
export const ontvangOverdrachtEvents = (url: string) => EventOntvanger.start(url, 'nl.passend-onderwijs.overdracht.#', (type) => `nl.passend-onderwijs.overdracht.${type}.v1`);

export interface Omgeving {
  app: INestApplication;
  db: MigratedTestDatabase;
  vhost: TestVhost;
  klok: ManualClock;
  sql: DataSource;
  events: EventOntvanger;
  /** Fires what the moved clock made due (the sweeper), instead of waiting for BullMQ. */
  termijnenNu(): Promise<void>;
  stop(): Promise<void>;
}

export async function startOmgeving(naam: string, start: Date): Promise<Omgeving> {
  const bed = await serviceTestBed(naam, { migrations: overdrachtPersistence });
  const { db, vhost } = bed;
  const sql = db.dataSource;
  await seedScholen(sql.manager);
  const events = await ontvangOverdrachtEvents(vhost.url);
  const klok = new ManualClock(start);
  const config: OverdrachtConfig = { ...bed.config, ...testSecrets };
  const app = await createServiceApp(overdrachtServiceMet({ klok }), config);
  await app.init();
  await app.startAllMicroservices();
  return {
    app,
    db,
    vhost,
    klok,
    sql,
    events,
    async termijnenNu() {
      // Until nothing is due: a date acting on many cases continues in rows of its own.
      for (let i = 0; i < 50; i++) {
        await app.get(DeadlineScheduler).reconcile();
        const [{ n }] = await sql.query(`SELECT count(*)::int AS n FROM overdracht.deadline WHERE state = 'armed' AND due_at <= $1`, [klok.now()]);
        if (n === 0) return;
      }
      throw new Error('deadlines keep coming due');
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
  consulentPo: { id: randomUUID(), rol: 'consulent', swv: 'PO', organisatie: 'swv-po-almere' },
  teamleiderPo: { id: randomUUID(), rol: 'teamleider', swv: 'PO', organisatie: 'swv-po-almere' },
  beheerderPo: { id: randomUUID(), rol: 'beheerder', swv: 'PO', organisatie: 'swv-po-almere' },
  gemeentePo: { id: randomUUID(), rol: 'gemeente', swv: 'PO', organisatie: 'gemeente-almere' },
  consulentVo: { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' },
  teamleiderVo: { id: randomUUID(), rol: 'teamleider', swv: 'VO', organisatie: 'swv-vo-almere' },
} satisfies Record<string, Actor>;
export type ActorNaam = keyof typeof ACTOREN;

export const als = actorHeadersFor(ACTOREN);

export const SCHOOL = {
  zonnewijzer: schoolId('DEMO01'),
  wissel: schoolId('DEMO02'),
  anker: schoolId('DEMO09'),
  bakenStad: schoolId('01FP00'),
  bakenPark: schoolId('01FP01'),
  echnaton: schoolId('16AW00'),
  meergronden: schoolId('17DN00'),
  proBachweg: schoolId('17J00'),
  nautilus: schoolId('23HU00'),
  rocFlevoland: schoolId('DEMOM1'),
};

/** HTTP helpers bound to one app. */
export function http(app: INestApplication) {
  const zaak = zaakHttp(app, '/overdrachten', als, 'consulentPo');
  const { agent } = zaak;
  return {
    ...zaak,
    async cohort(schooljaar: string, verzendendeSchoolId: string, door: ActorNaam = 'consulentPo'): Promise<string> {
      const res = await agent().post('/cohorten').set(als(door)).send({ schooljaar, verzendendeSchoolId });
      if (res.status !== 201 && res.status !== 200) throw new Error(`cohort: ${res.status} ${res.text}`);
      return res.body.id as string;
    },
    importeer(cohortId: string, csv: string | Buffer, door: ActorNaam = 'consulentPo', controle = false) {
      return agent()
        .post(`/cohorten/${cohortId}/import${controle ? '?controle=ja' : ''}`)
        .set(als(door))
        .set('content-type', 'text/csv')
        .send(typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv);
    },
    async leerling(cohortId: string, body: object, door: ActorNaam = 'consulentPo'): Promise<string> {
      const res = await agent().post(`/cohorten/${cohortId}/leerlingen`).set(als(door)).send(body);
      if (res.status !== 201) throw new Error(`leerling: ${res.status} ${res.text}`);
      return res.body.id as string;
    },
  };
}
