// The OJA werkvoorraad counters (werkvoorraad_teller, open arrangements only, kept by statement
// triggers) equal a fresh GROUP BY count after multi-row inserts, updates and deletes, after
// two concurrent transactions that change the same counter keys, and after a rollback.
import { randomUUID } from 'node:crypto';
import { migratedTestDatabase, type MigratedTestDatabase } from '@pao/testing';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { ojaPersistence } from '../src/persistence/persistence';

jest.setTimeout(300_000);

interface Kenmerken {
  status: string;
  open: boolean;
  gemeente: string;
  vorm: string;
  budget: boolean;
}

const kenmerkenArb: fc.Arbitrary<Kenmerken> = fc.record({
  status: fc.constantFrom('in-beoordeling', 'toegekend', 'lopend', 'beeindigd'),
  open: fc.boolean(),
  gemeente: fc.constantFrom('GM0034', 'GM0363'),
  vorm: fc.constantFrom('individueel', 'collectief'),
  budget: fc.boolean(),
});

let db: MigratedTestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await migratedTestDatabase('oja_tellers', { migrations: ojaPersistence, dataSource: { extra: { max: 4 } } });
  ds = db.dataSource;
});

afterAll(() => db?.close());

/** Inserts the arrangements in one statement. */
async function voegToe(m: Pick<DataSource, 'query'>, rijen: readonly Kenmerken[]): Promise<void> {
  if (rijen.length === 0) return;
  const kol = <T>(f: (k: Kenmerken) => T) => rijen.map(f);
  await m.query(
    `INSERT INTO oja.arrangement (id, swv, versie, formaat, state, vorm, type_code, voorziening, gemeente, status, ingangsdatum, einddatum, open, boven_budget, vastgelegd_cent, gerealiseerd_cent)
     SELECT id, 'VO', 1, 1, '{}'::jsonb, vorm, 'T1', 'v', gemeente, status, '2026-08-01', '2027-07-31', open, budget, 0, 0
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::boolean[]) AS t(id, vorm, gemeente, status, open, budget)`,
    [rijen.map(() => randomUUID()), kol((k) => k.vorm), kol((k) => k.gemeente), kol((k) => k.status), kol((k) => k.open), kol((k) => k.budget)],
  );
}

const elke = (deel: number) => `id IN (SELECT id FROM oja.arrangement WHERE ('x' || substr(md5(id::text), 1, 8))::bit(32)::int % ${deel} = 0)`;

async function tellersEnTelling(): Promise<[unknown[], unknown[]]> {
  const tellers = await ds.query(`SELECT swv, gemeente, vorm, type_code, status, boven_budget, aantal FROM oja.werkvoorraad_teller WHERE aantal <> 0 ORDER BY 1, 2, 3, 4, 5, 6`);
  const geteld = await ds.query(
    `SELECT swv, gemeente, vorm, type_code, status, boven_budget, count(*)::int AS aantal FROM oja.arrangement WHERE open GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
  );
  return [tellers, geteld];
}

describe('OJA werkvoorraad counters', () => {
  it('equal a fresh count of the open arrangements after multi-row inserts, updates and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(kenmerkenArb, { maxLength: 30 }), kenmerkenArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2, max: 6 }), async (nieuw, k, deel, wegDeel) => {
        await voegToe(ds, nieuw);
        await ds.query(`UPDATE oja.arrangement SET status = $1, boven_budget = $2 WHERE ${elke(deel)}`, [k.status, k.budget]);
        await ds.query(`UPDATE oja.arrangement SET open = NOT open, gemeente = $1 WHERE ${elke(deel + 1)}`, [k.gemeente]);
        await ds.query(`UPDATE oja.arrangement SET versie = versie + 1`);
        await ds.query(`DELETE FROM oja.arrangement WHERE ${elke(wegDeel)}`);
        const [tellers, geteld] = await tellersEnTelling();
        expect(tellers).toEqual(geteld);
      }),
      { numRuns: 30 },
    );
  });

  it('stay exact with two concurrent transactions on the same keys and one that rolls back', async () => {
    await ds.query(`DELETE FROM oja.arrangement`);
    await voegToe(ds, Array.from({ length: 200 }, (_, i): Kenmerken => ({ status: 'lopend', open: true, gemeente: i % 2 ? 'GM0034' : 'GM0363', vorm: 'individueel', budget: false })));
    const ids: string[] = (await ds.query(`SELECT id FROM oja.arrangement ORDER BY id`)).map((r: { id: string }) => r.id);
    const [een, twee, drie] = [ds.createQueryRunner(), ds.createQueryRunner(), ds.createQueryRunner()];
    try {
      await Promise.all([een.startTransaction(), twee.startTransaction(), drie.startTransaction()]);
      const sluit = (r: typeof een, deel: string[]) => r.query(`UPDATE oja.arrangement SET status = 'beeindigd', open = false WHERE id = ANY($1::uuid[])`, [deel]);
      await sluit(
        een,
        ids.filter((_, i) => i % 2 === 0),
      );
      const tweede = sluit(
        twee,
        ids.filter((_, i) => i % 2 === 1),
      );
      await new Promise((r) => setTimeout(r, 200));
      await een.commitTransaction();
      await tweede;
      await twee.commitTransaction();
      await drie.query(`UPDATE oja.arrangement SET open = true, status = 'toegekend'`);
      await drie.query(`DELETE FROM oja.arrangement WHERE ${elke(3)}`);
      await drie.rollbackTransaction();
    } finally {
      await Promise.all([een.release(), twee.release(), drie.release()]);
    }
    const [tellers, geteld] = await tellersEnTelling();
    expect(tellers).toEqual(geteld);
    expect(geteld).toEqual([]);
  });
});
