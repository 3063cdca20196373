// The demo data: every state in both SWVs, consistent with the deadline engine, idempotent.
import { localServers, migratedTestDatabase, testLeerlingSleutels, type MigratedTestDatabase } from '@pao/testing';
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { DataSource } from 'typeorm';
import { STATUSSEN, UITVOERING_STATUSSEN } from '../src/domain';
import { seedToeleidingDemo } from '../src/demo/demo-data';
import { toeleidingPersistence } from '../src/persistence/persistence';

jest.setTimeout(180_000);

describe('toeleiding demo data (real PostgreSQL and Redis)', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;
  const redisPrefix = `test-demo-${process.pid}-${Date.now()}`;
  const opties = () => ({
    dataSource: ds,
    redisUrl: localServers.redisUrl,
    redisPrefix,
    leerlingGeheim: testLeerlingSleutels,
    nu: new Date('2026-11-23T08:00:00Z'),
    rondes: 1,
  });

  beforeAll(async () => {
    db = await migratedTestDatabase('toeleiding_demo', { migrations: toeleidingPersistence });
    ds = db.dataSource;
  });

  afterAll(async () => {
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await db?.close();
  });

  it('creates cases in every state for both SWVs, lets the engine act on passed terms, and is idempotent', async () => {
    const eerste = await seedToeleidingDemo(opties());
    expect(eerste).toMatchObject({ scholen: 28, alAanwezig: 0 });
    expect(eerste.aangemaakt).toBeGreaterThanOrEqual(50);
    for (const swv of ['PO', 'VO']) {
      const statussen = (await ds.query(`SELECT DISTINCT status FROM toeleiding.aanvraag WHERE swv = $1`, [swv])).map((r: { status: string }) => r.status);
      expect({ swv, statussen: [...statussen].sort() }).toEqual({ swv, statussen: [...STATUSSEN].sort() });
      const uitvoering = (await ds.query(`SELECT DISTINCT uitvoering FROM toeleiding.aanvraag WHERE swv = $1 AND uitvoering IS NOT NULL`, [swv])).map((r: { uitvoering: string }) => r.uitvoering);
      expect({ swv, uitvoering: [...uitvoering].sort() }).toEqual({ swv, uitvoering: [...UITVOERING_STATUSSEN].sort() });
    }
    // The engine made the passed bezwaartermijnen final and expired the TLV that ended on 31 July.
    expect(Number((await ds.query(`SELECT count(*) AS n FROM toeleiding.audit_trail WHERE actie = 'onherroepelijkVerklaren' AND rol = 'systeem'`))[0].n)).toBeGreaterThan(0);
    expect(Number((await ds.query(`SELECT count(*) AS n FROM toeleiding.deadline WHERE state = 'armed' AND due_at < $1`, [new Date('2026-11-23T08:00:00Z')]))[0].n)).toBe(0);
    // The history is dated as it happened, not at seed time.
    const [{ oudste }] = await ds.query(`SELECT min(tijdstip) AS oudste FROM toeleiding.audit_trail`);
    expect((oudste as Date).toISOString() < '2025-08-01').toBe(true);
    expect(eerste.tellingen).toBeGreaterThanOrEqual(3);

    const aantal = Number((await ds.query(`SELECT count(*) AS n FROM toeleiding.aanvraag`))[0].n);
    const tweede = await seedToeleidingDemo(opties());
    expect(tweede).toMatchObject({ aangemaakt: 0, tellingen: 0 });
    expect(Number((await ds.query(`SELECT count(*) AS n FROM toeleiding.aanvraag`))[0].n)).toBe(aantal);
  });
});
