// The demo data: every state in both SWVs, with budgets and reports, idempotent; and the
// quarter figures in SQL equal the domain's reference computation on that data.
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { localServers, migratedTestDatabase, testLeerlingSleutels, type MigratedTestDatabase } from '@pao/testing';
import { DataSource } from 'typeorm';
import { alleBetalers } from '../src/application/kwartaalrapportage';
import { seedOjaDemo } from '../src/demo/demo-data';
import { berekenKwartaal, type BoekingRij, type DeelnameRij, STANDAARD_OJA_REGELS, STATUSSEN } from '../src/domain';
import { ojaPersistence } from '../src/persistence/persistence';
import { kwartaalcijfers } from '../src/queries/kwartaalcijfers';

jest.setTimeout(300_000);

describe('oja demo data (real PostgreSQL and Redis)', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;
  const redisPrefix = `test-oja-demo-${process.pid}-${Date.now()}`;
  const opties = () => ({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix, leerlingGeheim: testLeerlingSleutels, nu: new Date('2026-11-23T08:00:00Z') });

  beforeAll(async () => {
    db = await migratedTestDatabase('oja_demo', { migrations: ojaPersistence });
    ds = db.dataSource;
  });

  afterAll(async () => {
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await db?.close();
  });

  it('has arrangements of each type in every state for both SWVs, with budgets and fixed reports; a second run adds nothing', async () => {
    const eerste = await seedOjaDemo(opties());
    expect(eerste.aangemaakt).toBe(6 * 13 + 3 * 3);
    expect(eerste.rapportages).toBeGreaterThanOrEqual(8);
    const rijen: Array<{ swv: string; vorm: string; type_code: string; status: string }> = await ds.query(`SELECT DISTINCT swv, vorm, type_code, status FROM oja.arrangement`);
    for (const swv of ['PO', 'VO']) {
      const hier = rijen.filter((r) => r.swv === swv);
      expect([...new Set(hier.map((r) => r.status))].sort()).toEqual([...STATUSSEN].sort());
      for (const t of STANDAARD_OJA_REGELS.op(swv, '2026-11-23')!.types) {
        const staten = new Set(hier.filter((r) => r.type_code === t.code).map((r) => r.status));
        if (t.vorm === 'individueel') expect({ type: t.code, n: staten.size }).toEqual({ type: t.code, n: STATUSSEN.length });
        else expect({ type: t.code, staten: [...staten].sort() }).toEqual({ type: t.code, staten: ['afgesloten', 'lopend', 'toegekend'] });
      }
    }
    const signalen = await ds.query(
      `SELECT swv, bool_or(boven_budget) AS budget, bool_or(volgende_evaluatie < '2026-11-23') AS verlopen, bool_or(einddatum < '2027-01-18' AND status = 'lopend') AS einde
         FROM oja.arrangement GROUP BY swv ORDER BY swv`,
    );
    expect(signalen).toEqual([
      { swv: 'PO', budget: true, verlopen: true, einde: true },
      { swv: 'VO', budget: true, verlopen: true, einde: true },
    ]);
    // The trigger-kept werkvoorraad counters equal a plain count after all those commands and the engine's consequences.
    const tellers = await ds.query(`SELECT swv, gemeente, vorm, type_code, status, boven_budget, aantal FROM oja.werkvoorraad_teller WHERE aantal <> 0 ORDER BY 1, 2, 3, 4, 5, 6`);
    const geteld = await ds.query(
      `SELECT swv, gemeente, vorm, type_code, status, boven_budget, count(*)::int AS aantal FROM oja.arrangement WHERE open GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
    );
    expect(tellers).toEqual(geteld);
    const budgetten = await ds.query(`SELECT count(*)::int AS n FROM oja.budget`);
    expect(budgetten[0].n).toBeGreaterThan(20);

    const tweede = await seedOjaDemo(opties());
    expect(tweede).toMatchObject({ aangemaakt: 0, budgetten: 0, rapportages: 0 });
    expect(tweede.alAanwezig).toBe(eerste.aangemaakt - (await ds.query(`SELECT count(*)::int AS n FROM oja.arrangement WHERE vorm = 'collectief'`))[0].n);
  });

  it('the quarter figures in SQL equal the reference computation, for every quarter of the demo', async () => {
    for (const swv of ['PO', 'VO']) {
      const deelnames: DeelnameRij[] = (
        await ds.query(`SELECT type_code, voorziening, gemeente, van::text, tot::text, resultaat, resultaat_op::text FROM oja.deelname WHERE swv = $1`, [swv])
      ).map((r: Record<string, string | null>) => ({
        typeCode: r.type_code!,
        voorziening: r.voorziening!,
        gemeente: r.gemeente!,
        van: r.van!,
        ...(r.tot ? { tot: r.tot } : {}),
        ...(r.resultaat ? { resultaat: r.resultaat, resultaatOp: r.resultaat_op } : {}),
      }));
      const boekingen: BoekingRij[] = (
        await ds.query(`SELECT gemeente, betaler, soort, budgetperiode, bedrag_cent, geboekt_op::text, periode_van::text FROM oja.boeking WHERE swv = $1`, [swv])
      ).map((r: Record<string, string | null>) => ({
        gemeente: r.gemeente!,
        betaler: r.betaler!,
        soort: r.soort as BoekingRij['soort'],
        budgetperiode: r.budgetperiode!,
        bedragCent: Number(r.bedrag_cent),
        geboektOp: r.geboekt_op!,
        ...(r.periode_van ? { periodeVan: r.periode_van } : {}),
      }));
      const betalers = alleBetalers(STANDAARD_OJA_REGELS, swv);
      let metInhoud = 0;
      for (const [jaar, kwartaal, peil] of [[2025, 3, '2025-10-15'], [2025, 4, '2026-01-15'], [2026, 1, '2026-04-15'], [2026, 2, '2026-07-15'], [2026, 3, '2026-10-15'], [2026, 4, '2026-11-23']] as const) {
        const sql = await kwartaalcijfers(ds.manager, swv, jaar, kwartaal, peil, betalers);
        expect(sql).toEqual(berekenKwartaal(jaar, kwartaal, peil, deelnames, boekingen, betalers));
        if (sql.leerlingen.length > 0 && sql.geld.length > 0) metInhoud++;
      }
      expect(metInhoud).toBeGreaterThanOrEqual(4);
    }
  });
});
