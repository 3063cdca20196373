// The demo data: every state in both SWVs, an Actietafel meeting with an agenda, consistent with the deadline engine, idempotent.
import { localServers, migratedTestDatabase, testLeerlingSleutels, type MigratedTestDatabase } from '@pao/testing';
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { DataSource } from 'typeorm';
import { NIVEAUS, STATUSSEN } from '../src/domain';
import { seedThuiszittersDemo } from '../src/demo/demo-data';
import { thuiszittersPersistence } from '../src/persistence/persistence';
import { agenda } from '../src/queries/agenda';

jest.setTimeout(180_000);

describe('thuiszitters demo data (real PostgreSQL and Redis)', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;
  const redisPrefix = `test-tz-demo-${process.pid}-${Date.now()}`;
  const nu = new Date('2026-11-23T08:00:00Z');
  const opties = () => ({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix, leerlingGeheim: testLeerlingSleutels, nu });

  beforeAll(async () => {
    db = await migratedTestDatabase('thuiszitters_demo', { migrations: thuiszittersPersistence });
    ds = db.dataSource;
  });

  afterAll(async () => {
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await db?.close();
  });

  it('creates meldingen in every state and on every rung for both SWVs, two meetings, and is idempotent', async () => {
    const eerste = await seedThuiszittersDemo(opties());
    expect(eerste).toMatchObject({ scholen: 28, alAanwezig: 0, vergaderingen: 4 });
    for (const swv of ['PO', 'VO']) {
      const statussen = (await ds.query(`SELECT DISTINCT status FROM thuiszitters.casus WHERE swv = $1`, [swv])).map((r: { status: string }) => r.status);
      expect({ swv, statussen: [...statussen].sort() }).toEqual({ swv, statussen: [...STATUSSEN].sort() });
      const niveaus = (await ds.query(`SELECT DISTINCT niveau FROM thuiszitters.casus WHERE swv = $1 AND open`, [swv])).map((r: { niveau: string }) => r.niveau);
      expect({ swv, niveaus: [...niveaus].sort() }).toEqual({ swv, niveaus: [...NIVEAUS].sort() });
      const soorten = (await ds.query(`SELECT DISTINCT soort FROM thuiszitters.casus WHERE swv = $1`, [swv])).map((r: { soort: string }) => r.soort);
      expect(soorten.sort()).toEqual(['absoluut-verzuim', 'crisis', 'dreigend', 'langdurig-relatief-verzuim', 'vrijstelling']);
      // The next meeting has an agenda: every case at the table.
      const punten = await agenda(ds.manager, swv, '2026-11-23', { limit: 100, offset: 0 });
      expect(punten.totaal).toBeGreaterThanOrEqual(3);
      const [gehouden] = await ds.query(`SELECT id, status FROM thuiszitters.vergadering WHERE swv = $1 AND datum < '2026-11-23'`, [swv]);
      expect(gehouden.status).toBe('gehouden');
      expect((await agenda(ds.manager, swv, '2026-11-23', { vergaderingId: gehouden.id, limit: 100, offset: 0 })).items.filter((p) => p.besproken).length).toBeGreaterThanOrEqual(2);
    }
    // The engine acted on passed clocks (4 weeks → thuiszitter, the Pact's 3 months, overdue actions): nothing overdue is left armed.
    expect(Number((await ds.query(`SELECT count(*) AS n FROM thuiszitters.audit_trail WHERE actie = 'bewaken' AND rol = 'systeem'`))[0].n)).toBeGreaterThan(0);
    expect(Number((await ds.query(`SELECT count(*) AS n FROM thuiszitters.deadline WHERE state = 'armed' AND due_at < $1`, [nu]))[0].n)).toBe(0);
    const [{ oudste }] = await ds.query(`SELECT min(tijdstip) AS oudste FROM thuiszitters.audit_trail`);
    expect((oudste as Date).toISOString() < '2026-08-01').toBe(true);

    const aantal = Number((await ds.query(`SELECT count(*) AS n FROM thuiszitters.casus`))[0].n);
    const tweede = await seedThuiszittersDemo(opties());
    expect(tweede).toMatchObject({ aangemaakt: 0, vergaderingen: 0 });
    expect(Number((await ds.query(`SELECT count(*) AS n FROM thuiszitters.casus`))[0].n)).toBe(aantal);
  });
});
