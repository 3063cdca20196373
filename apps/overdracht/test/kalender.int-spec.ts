// The transfer calendar on the deadline engine (real PostgreSQL and Redis): one deadline
// per shared date, acting on every case that declares it, in continuations of a bounded
// size; warnings per case; a case imported after a date is acted on at once.
import { randomUUID } from 'node:crypto';
import { deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import type { Actor } from '@pao/platform';
import { localServers, migratedTestDatabase, testLeerlingSleutels, type MigratedTestDatabase } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { schoolId, seedScholen } from '../src/demo/scholen';
import { overdrachtPersistence } from '../src/persistence/persistence';
import { bouwOverdracht, type OverdrachtRuntime } from '../src/runtime';

jest.setTimeout(120_000);

describe('overdracht: calendar dates on the deadline engine', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;
  let rt: OverdrachtRuntime;
  const klok = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const prefix = `test-overdracht-kalender-${process.pid}-${Date.now()}`;
  const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' };
  const n = async (sql: string, p: unknown[] = []) => Number((await ds.query(sql, p))[0].n);

  async function tot(nu: string) {
    klok.set(new Date(nu));
    for (let i = 0; i < 50; i++) {
      await rt.scheduler.reconcile();
      if ((await n(`SELECT count(*) AS n FROM overdracht.deadline WHERE state = 'armed' AND due_at <= $1`, [klok.now()])) === 0) return;
    }
    throw new Error('blijft vervallen');
  }

  beforeAll(async () => {
    db = await migratedTestDatabase('overdracht_kalender', { migrations: overdrachtPersistence });
    ds = db.dataSource;
    await seedScholen(ds.manager);
    rt = bouwOverdracht({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix: prefix, leerlingGeheim: testLeerlingSleutels, klok, worker: false, perTransactie: 10 });
  });

  afterAll(async () => {
    await rt?.scheduler.close();
    await deleteRedisPrefixAt(localServers.redisUrl, prefix);
    await db?.close();
  });

  it('warns and escalates 25 VO→MBO pupils through one deadline per date, in continuations of 10', async () => {
    const cohort = await rt.overdrachten.cohort(actor, '2025-2026', schoolId('17DN00'));
    const csv = ['leerlingnummer;route', ...Array.from({ length: 25 }, (_, i) => `${testBsn(2000 + i)};vo-mbo`)].join('\n');
    const rapport = await rt.overdrachten.importeer(actor, cohort.id, Buffer.from(csv), false);
    expect(rapport.geimporteerd).toBe(25);
    const ids: string[] = (await ds.query(`SELECT id FROM overdracht.overdracht WHERE cohort_id = $1`, [cohort.id])).map((r: { id: string }) => r.id);
    expect(await n(`SELECT count(*) AS n FROM overdracht.deadline WHERE kind = 'aanmelding-mbo' AND state = 'armed'`)).toBe(1);

    // One pupil is aangemeld in time: it no longer declares the date.
    await rt.overdrachten.voerUit(actor, ids[0], { type: 'aanmelden', schoolId: schoolId('DEMOM1'), schoolSoort: 'mbo', datum: '2026-03-02' } as never);

    await tot('2026-03-25T00:00:30+01:00');
    const waarschuwingen = await n(`SELECT count(*) AS n FROM overdracht.outbox WHERE type = 'nl.passend-onderwijs.overdracht.termijn-waarschuwing.v1' AND payload->'data'->>'soort' = 'aanmelding-mbo'`);
    expect(waarschuwingen).toBe(24);

    await tot('2026-04-02T00:00:30+02:00');
    expect(await n(`SELECT count(*) AS n FROM overdracht.overdracht WHERE cohort_id = $1 AND toelatingsrecht = 'gemist'`, [cohort.id])).toBe(24);
    expect(await n(`SELECT count(*) AS n FROM overdracht.overdracht WHERE id = $1 AND toelatingsrecht = 'verworven'`, [ids[0]])).toBe(1);
    // Each pupil escalated once, whichever of its dates (aanmelding-mbo, overstapdossier-gereed, both 1 April) fired first;
    // a date acting on more than 10 cases went on in continuation rows of its own.
    expect(await n(`SELECT count(*) AS n FROM overdracht.audit_trail WHERE actie = 'termijnVerstreken' AND rol = 'systeem'`)).toBe(25);
    expect(await n(`SELECT count(*) AS n FROM overdracht.deadline WHERE subject_id LIKE '%.na.%' AND state = 'fired'`)).toBeGreaterThanOrEqual(1);
    // One termijn-verstreken per pupil and date, whichever deadline row carried it.
    expect(await n(`SELECT count(*) AS n FROM overdracht.outbox WHERE type = 'nl.passend-onderwijs.overdracht.termijn-verstreken.v1' AND payload->'data'->>'soort' = 'aanmelding-mbo'`)).toBe(24);
    expect(await n(`SELECT count(*) AS n FROM overdracht.outbox WHERE type = 'nl.passend-onderwijs.overdracht.termijn-verstreken.v1' AND payload->'data'->>'soort' = 'overstapdossier-gereed'`)).toBe(25);

    // Running the engine again changes nothing.
    await tot('2026-04-02T01:00:00+02:00');
    expect(await n(`SELECT count(*) AS n FROM overdracht.audit_trail WHERE actie = 'termijnVerstreken'`)).toBe(25);
    expect(await n(`SELECT count(*) AS n FROM overdracht.outbox WHERE type = 'nl.passend-onderwijs.overdracht.termijn-verstreken.v1'`)).toBe(49);
  });

  it('a pupil imported after the date is acted on at once', async () => {
    klok.set(new Date('2026-04-05T10:00:00+02:00'));
    const cohort = await rt.overdrachten.cohort(actor, '2025-2026', schoolId('24RW00'));
    await rt.overdrachten.importeer(actor, cohort.id, Buffer.from(`leerlingnummer;route\n${testBsn(2100)};vo-mbo\n`), false);
    expect(await n(`SELECT count(*) AS n FROM overdracht.deadline WHERE kind = 'aanmelding-mbo' AND state = 'armed' AND due_at < $1`, [klok.now()])).toBe(1);
    await tot('2026-04-05T10:00:01+02:00');
    expect(await n(`SELECT count(*) AS n FROM overdracht.overdracht WHERE cohort_id = $1 AND toelatingsrecht = 'gemist'`, [cohort.id])).toBe(1);
  });
});
