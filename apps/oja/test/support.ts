import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadlineScheduler, deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { createServiceApp, type Actor } from '@pao/platform';
import { actorHeadersFor, localServers, serviceTestBed, testSecrets, type MigratedTestDatabase, type TestVhost, EventOntvanger, zaakHttp } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import { type OjaConfig } from '../src/oja.config';
import { ojaServiceMet } from '../src/oja.service-definition';
import { ojaPersistence } from '../src/persistence/persistence';

export interface Omgeving {
  app: INestApplication;
  db: MigratedTestDatabase;
  vhost: TestVhost;
  klok: ManualClock;
  sql: DataSource;
  events: EventOntvanger;
  scheduler: DeadlineScheduler;
  stop(): Promise<void>;
}

/** Database (migrated), vhost, the oja app in-process with a clock the test moves. */
export async function startOmgeving(naam: string, start: Date): Promise<Omgeving> {
  const bed = await serviceTestBed(naam, { migrations: ojaPersistence });
  const { db, vhost } = bed;
  const sql = db.dataSource;
  const events = await EventOntvanger.start(vhost.url, 'nl.passend-onderwijs.oja.#', (type) => `nl.passend-onderwijs.oja.${type}.v1`);
  const klok = new ManualClock(start);
  const config: OjaConfig = { ...bed.config, ...testSecrets };
  const app = await createServiceApp(ojaServiceMet({ klok }), config);
  await app.init();
  return {
    app,
    db,
    vhost,
    klok,
    sql,
    events,
    scheduler: app.get(DeadlineScheduler),
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
  beheerder: { id: randomUUID(), rol: 'beheerder', swv: 'VO', organisatie: 'swv-vo-almere' },
  gemeente: { id: randomUUID(), rol: 'gemeente', swv: 'VO', organisatie: 'gemeente-almere' },
  zeewolde: { id: randomUUID(), rol: 'gemeente', swv: 'VO', organisatie: 'gemeente-zeewolde' },
  consulentPo: { id: randomUUID(), rol: 'consulent', swv: 'PO', organisatie: 'swv-po-almere' },
  teamleiderPo: { id: randomUUID(), rol: 'teamleider', swv: 'PO', organisatie: 'swv-po-almere' },
} satisfies Record<string, Actor>;
export type ActorNaam = keyof typeof ACTOREN;

export const als = actorHeadersFor(ACTOREN);

export const AANVRAAG = {
  leerling: { bsn: testBsn(101) },
  gemeente: 'GM0034',
  typeCode: 'school2care',
  doelen: ['Elke dag naar school', 'Gezin krijgt grip op de thuissituatie'],
  plan: 'Onderwijs op School2Care (VSO) van 8 tot 8 met gezinsbehandeling door de jeugdhulpaanbieder in het team.',
  jeugdhulpaanbieder: 'Jeugdhulp Flevoland',
  gevraagdePeriode: { van: '2025-03-01', tot: '2026-02-28' },
  begrootKostenCent: 4_800_000,
};

/** HTTP helpers bound to one app. */
export function http(app: INestApplication) {
  const zaak = zaakHttp(app, '/arrangementen', als, 'consulent');
  const { agent } = zaak;
  return {
    ...zaak,
    async aanvragen(body: object = AANVRAAG, door: ActorNaam = 'consulent'): Promise<string> {
      const res = await agent().post('/arrangementen').set(als(door)).send(body);
      if (res.status !== 201) throw new Error(`aanvragen: ${res.status} ${res.text}`);
      return res.body.id as string;
    },
    async budget(betaler: string, periode: string, bedragCent: number, door: ActorNaam = 'teamleider') {
      const res = await agent().put(`/budgetten/${betaler}/${periode}`).set(als(door)).send({ bedragCent, motivering: 'Begroting vastgesteld' });
      if (res.status !== 200) throw new Error(`budget: ${res.status} ${res.text}`);
    },
  };
}
