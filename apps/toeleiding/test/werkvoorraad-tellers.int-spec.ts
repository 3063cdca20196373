// The werkvoorraad counters (werkvoorraad_teller, kept by statement triggers) equal a fresh
// GROUP BY count of the cases after any mix of multi-row inserts, updates and deletes, after
// two concurrent transactions that change the same counter keys, and after a rollback.
import { randomUUID } from 'node:crypto';
import { migratedTestDatabase, type MigratedTestDatabase } from '@pao/testing';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { seedRegister } from '../src/demo/register';
import { toeleidingPersistence } from '../src/persistence/persistence';

jest.setTimeout(300_000);

const STATUSSEN = ['ingediend', 'in-behandeling', 'toelaatbaar', 'verlopen'] as const;
const PARTIJEN = ['consulent', 'school', null] as const;
const SOORTEN = ['PrO', 'VSO-laag', null] as const;

/** The counted columns of one case (school: an index into the test's schools). */
interface Kenmerken {
  status: (typeof STATUSSEN)[number];
  open: boolean;
  school: number;
  soort: (typeof SOORTEN)[number];
  partij: (typeof PARTIJEN)[number];
}

const kenmerkenArb: fc.Arbitrary<Kenmerken> = fc.record({
  status: fc.constantFrom(...STATUSSEN),
  open: fc.boolean(),
  school: fc.integer({ min: 0, max: 2 }),
  soort: fc.constantFrom(...SOORTEN),
  partij: fc.constantFrom(...PARTIJEN),
});

/** One statement: insert n cases, change some counted columns (or none) of a share of the cases, or delete a share. */
type Stap =
  | { soort: 'erbij'; zaken: Kenmerken[] }
  | { soort: 'wijzig'; deel: number; kolom: 'status' | 'open' | 'soort' | 'partij' | 'school' | 'geen'; k: Kenmerken }
  | { soort: 'weg'; deel: number };

const stapArb: fc.Arbitrary<Stap> = fc.oneof(
  fc.record({ soort: fc.constant('erbij' as const), zaken: fc.array(kenmerkenArb, { minLength: 0, maxLength: 40 }) }),
  fc.record({ soort: fc.constant('wijzig' as const), deel: fc.integer({ min: 1, max: 4 }), kolom: fc.constantFrom('status' as const, 'open' as const, 'soort' as const, 'partij' as const, 'school' as const, 'geen' as const), k: kenmerkenArb }),
  fc.record({ soort: fc.constant('weg' as const), deel: fc.integer({ min: 1, max: 6 }) }),
);

let db: MigratedTestDatabase;
let ds: DataSource;
let scholen: Array<{ id: string; swv: string; bevoegd_gezag_id: string }>;

beforeAll(async () => {
  db = await migratedTestDatabase('werkvoorraad_tellers', { migrations: toeleidingPersistence, dataSource: { extra: { max: 4 } } });
  ds = db.dataSource;
  await seedRegister(ds.manager);
  // Two schools of the VO and one of the PO: the swv is a counted column too.
  scholen = await ds.query(
    `(SELECT id, swv, bevoegd_gezag_id FROM toeleiding.school WHERE swv = 'VO' ORDER BY id LIMIT 2)
     UNION ALL (SELECT id, swv, bevoegd_gezag_id FROM toeleiding.school WHERE swv = 'PO' ORDER BY id LIMIT 1)`,
  );
});

afterAll(() => db?.close());

type Uitvoerder = Pick<DataSource, 'query'>;

/** Inserts the cases in one statement (their pupils first). */
async function voegToe(m: Uitvoerder, zaken: readonly Kenmerken[]): Promise<void> {
  if (zaken.length === 0) return;
  const ids = zaken.map(() => randomUUID());
  const leerlingen = zaken.map(() => randomUUID());
  const kol = <T>(f: (z: Kenmerken) => T) => zaken.map(f);
  await m.query(
    `INSERT INTO toeleiding.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
     SELECT id, swv, 'bsn', id::text, 'v1.test', '***-**-123', 'GM0034' FROM unnest($1::uuid[], $2::text[]) AS t(id, swv)`,
    [leerlingen, kol((z) => scholen[z.school].swv)],
  );
  await m.query(
    `INSERT INTO toeleiding.aanvraag (id, swv, versie, formaat, kenmerk, state, leerling_id, status, open, school_id, bevoegd_gezag_id, soort, volgende_stap_partij, aangemaakt_op)
     SELECT id, swv, 1, 1, 'TLV-' || id::text, '{}'::jsonb, leerling, status, open, school, gezag, soort, partij, '2026-09-01'
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[], $6::uuid[], $7::uuid[], $8::text[], $9::text[])
          AS t(id, leerling, swv, status, open, school, gezag, soort, partij)`,
    [
      ids,
      leerlingen,
      kol((z) => scholen[z.school].swv),
      kol((z) => z.status),
      kol((z) => z.open),
      kol((z) => scholen[z.school].id),
      kol((z) => scholen[z.school].bevoegd_gezag_id),
      kol((z) => z.soort),
      kol((z) => z.partij),
    ],
  );
}

/** Every `deel`-th case (by id) in one statement. */
const elke = (deel: number) => `id IN (SELECT id FROM toeleiding.aanvraag WHERE ('x' || substr(md5(id::text), 1, 8))::bit(32)::int % ${deel} = 0)`;

async function voerUit(m: Uitvoerder, stap: Stap): Promise<void> {
  if (stap.soort === 'erbij') return voegToe(m, stap.zaken);
  if (stap.soort === 'weg') {
    await m.query(`DELETE FROM toeleiding.aanvraag WHERE ${elke(stap.deel)}`);
    return;
  }
  const school = scholen[stap.k.school];
  const zet: Record<typeof stap.kolom, [string, unknown[]]> = {
    status: ['status = $1', [stap.k.status]],
    open: ['open = NOT open', []],
    soort: ['soort = $1', [stap.k.soort]],
    partij: ['volgende_stap_partij = $1', [stap.k.partij]],
    // Moves the cases to another school, and so to its swv.
    school: ['school_id = $1, swv = $2, bevoegd_gezag_id = $3', [school.id, school.swv, school.bevoegd_gezag_id]],
    geen: ['versie = versie + 1', []],
  };
  const [set, waarden] = zet[stap.kolom];
  await m.query(`UPDATE toeleiding.aanvraag SET ${set} WHERE ${elke(stap.deel)}`, waarden);
}

/** The counters without the keys at 0, and the same counted afresh from the cases. */
async function tellersEnTelling(): Promise<[unknown[], unknown[]]> {
  const tellers = await ds.query(`SELECT swv, open, status, soort, school_id, partij, aantal FROM toeleiding.werkvoorraad_teller WHERE aantal <> 0 ORDER BY 1, 2, 3, 4, 5, 6`);
  const geteld = await ds.query(
    `SELECT swv, open, status, coalesce(soort, '') AS soort, school_id, coalesce(volgende_stap_partij, '') AS partij, count(*)::int AS aantal
     FROM toeleiding.aanvraag GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
  );
  return [tellers, geteld];
}

describe('werkvoorraad counters', () => {
  it('equal a fresh count after any mix of multi-row inserts, updates and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stapArb, { minLength: 1, maxLength: 8 }), async (stappen) => {
        for (const stap of stappen) await voerUit(ds, stap);
        const [tellers, geteld] = await tellersEnTelling();
        expect(tellers).toEqual(geteld);
      }),
      { numRuns: 40 },
    );
    // Never a negative counter.
    expect((await ds.query(`SELECT count(*)::int AS n FROM toeleiding.werkvoorraad_teller WHERE aantal < 0`))[0].n).toBe(0);
  });

  it('stay exact when two transactions change the same counter keys at once, in opposite case order, and one rolls back', async () => {
    await ds.query(`DELETE FROM toeleiding.aanvraag`);
    await voegToe(ds, Array.from({ length: 600 }, (_, i): Kenmerken => ({ status: 'toelaatbaar', open: true, school: i % 3, soort: SOORTEN[i % 3], partij: PARTIJEN[i % 3] })));
    const ids: string[] = (await ds.query(`SELECT id FROM toeleiding.aanvraag ORDER BY id`)).map((r: { id: string }) => r.id);
    const [a, b] = [ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 2 === 1)];
    const een = ds.createQueryRunner();
    const twee = ds.createQueryRunner();
    const drie = ds.createQueryRunner();
    try {
      await Promise.all([een.startTransaction(), twee.startTransaction(), drie.startTransaction()]);
      // Both close half of the cases (the same keys: toelaatbaar → verlopen), one in id order, the other in reverse.
      const sluit = (r: typeof een, deel: string[], richting: 'ASC' | 'DESC') =>
        r.query(
          `UPDATE toeleiding.aanvraag a SET status = 'verlopen', open = false FROM (SELECT id FROM unnest($1::uuid[]) AS id ORDER BY id ${richting}) z WHERE a.id = z.id`,
          [deel],
        );
      await sluit(een, a, 'ASC');
      const tweede = sluit(twee, b, 'DESC');
      await new Promise((r) => setTimeout(r, 200));
      await een.commitTransaction();
      await tweede;
      await twee.commitTransaction();
      // A third changes every case and inserts and deletes some, then rolls back: the counters keep the committed state.
      await drie.query(`UPDATE toeleiding.aanvraag SET status = 'ingediend', open = true`);
      await voegToe(drie, [{ status: 'verlopen', open: false, school: 0, soort: null, partij: null }]);
      await drie.query(`DELETE FROM toeleiding.aanvraag WHERE ${elke(3)}`);
      await drie.rollbackTransaction();
    } finally {
      await Promise.all([een.release(), twee.release(), drie.release()]);
    }
    const [tellers, geteld] = await tellersEnTelling();
    expect(tellers).toEqual(geteld);
    expect(geteld).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'verlopen', open: false })]));
    expect((await ds.query(`SELECT count(*)::int AS n FROM toeleiding.aanvraag WHERE status = 'verlopen'`))[0].n).toBe(600);
  });
});
