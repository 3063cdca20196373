// The demo data: cohorts for both SWVs with pupils in every state, made through the real
// commands and the deadline engine; running the seed again adds nothing.
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { localServers, migratedTestDatabase, testLeerlingSleutels, type MigratedTestDatabase } from '@pao/testing';
import { DataSource } from 'typeorm';
import { seedOverdrachtDemo } from '../src/demo/demo-data';
import { STATUSSEN } from '../src/domain';
import { overdrachtPersistence } from '../src/persistence/persistence';

jest.setTimeout(180_000);

describe('overdracht demo data', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;
  const prefix = `test-overdracht-demo-${process.pid}-${Date.now()}`;
  const opties = () => ({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix: prefix, leerlingGeheim: testLeerlingSleutels, nu: new Date('2026-11-30T10:00:00Z') });

  beforeAll(async () => {
    db = await migratedTestDatabase('overdracht_demo', { migrations: overdrachtPersistence });
    ds = db.dataSource;
  });

  afterAll(async () => {
    await deleteRedisPrefixAt(localServers.redisUrl, prefix);
    await db?.close();
  });

  it('has cohorts for both SWVs with pupils in every state, and is idempotent', async () => {
    const eerste = await seedOverdrachtDemo(opties());
    expect(eerste.leerlingen).toBeGreaterThan(20);
    const perStatus: Array<{ status: string }> = await ds.query(`SELECT DISTINCT status FROM overdracht.overdracht`);
    expect(perStatus.map((r) => r.status).sort()).toEqual([...STATUSSEN].sort());
    const perSwv: Array<{ swv: string; n: number }> = await ds.query(`SELECT swv, count(DISTINCT cohort_id)::int AS n FROM overdracht.overdracht GROUP BY swv ORDER BY swv`);
    expect(perSwv).toEqual([
      { swv: 'PO', n: 3 },
      { swv: 'VO', n: 3 },
    ]);
    // The engine acted on the dates that passed: a missed MBO date, pupils that never started, warnings and escalations.
    const feiten = (await ds.query(`SELECT
        count(*) FILTER (WHERE toelatingsrecht = 'gemist')::int AS gemist,
        count(*) FILTER (WHERE niet_gestart_reden = 'niet-bevestigd')::int AS niet_bevestigd,
        count(*) FILTER (WHERE uitgevallen_op IS NOT NULL)::int AS vsv,
        count(*) FILTER (WHERE warme_overdracht = 'gehouden')::int AS warm,
        count(*) FILTER (WHERE afwijzingen >= 2)::int AS twee_keer
      FROM overdracht.overdracht`))[0];
    expect(feiten).toEqual({ gemist: 2, niet_bevestigd: 2, vsv: 1, warm: 3, twee_keer: 4 });
    expect(Number((await ds.query(`SELECT count(*) AS n FROM overdracht.outbox WHERE type LIKE '%leerling-niet-gestart%'`))[0].n)).toBe(3);

    const tweede = await seedOverdrachtDemo(opties());
    expect(tweede).toMatchObject({ leerlingen: 0, cohortenOvergeslagen: 6 });
  });
});
