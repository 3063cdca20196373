// Werkvoorraad paging against real PostgreSQL: cursor pages (na/voor) of every list return
// each matching arrangement exactly once, in the list's order (its date, then the id), also
// when many share the date; a bad cursor or one of another list is refused naming the
// parameter. The expected list is computed here, in plain code.
import { controleerHeenEnTerug, leesMetOffsets, migratedTestDatabase, verwachteVolgorde, type MigratedTestDatabase } from '@pao/testing';
import { cursorTekst, plusDagen } from '@pao/zaak';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { WerkvoorraadQuery } from '../src/http/schemas';
import { ojaPersistence } from '../src/persistence/persistence';
import { LIJSTEN, werkvoorraad, type Lijst, type WerkvoorraadFilter } from '../src/queries/werkvoorraad';

jest.setTimeout(300_000);

const VANDAAG = '2026-11-23';
const VENSTERS = { evaluatieDagen: 30, eindeDagen: 56 };
// Few distinct dates (and null) so that many arrangements tie on the key.
const DATUMS = [null, '2026-10-01', '2026-12-01', '2027-07-31'];
const STATUSSEN = ['in-beoordeling', 'toegekend', 'lopend'] as const;

interface Arr {
  id: string;
  open: boolean;
  status: (typeof STATUSSEN)[number];
  gemeente: 'GM0034' | 'GM0050';
  bovenBudget: boolean;
  aandacht: string | null;
  aangevraagd: string | null;
  evaluatie: string | null;
  einde: string;
}

const arrArb: fc.Arbitrary<Arr> = fc.record({
  id: fc.uuid({ version: 4 }),
  open: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
  status: fc.constantFrom(...STATUSSEN),
  gemeente: fc.constantFrom('GM0034' as const, 'GM0050' as const),
  bovenBudget: fc.boolean(),
  aandacht: fc.constantFrom(...DATUMS),
  aangevraagd: fc.constantFrom(...DATUMS),
  evaluatie: fc.constantFrom(...DATUMS),
  einde: fc.constantFrom('2026-11-30', '2026-12-15', '2027-07-31'),
});

let db: MigratedTestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await migratedTestDatabase('oja_werkvoorraad_paging', { migrations: ojaPersistence, dataSource: { extra: { max: 2 } } });
  ds = db.dataSource;
});

afterAll(() => db?.close());

async function zet(arrs: readonly Arr[]): Promise<void> {
  await ds.query(`DELETE FROM oja.arrangement`);
  if (arrs.length === 0) return;
  const kol = <T>(f: (a: Arr) => T) => arrs.map(f);
  await ds.query(
    `INSERT INTO oja.arrangement (id, swv, versie, formaat, state, vorm, type_code, voorziening, gemeente, status, ingangsdatum, einddatum, aangevraagd_op,
                                  volgende_evaluatie, open, boven_budget, vastgelegd_cent, gerealiseerd_cent, aandacht_op)
     SELECT id, 'VO', 1, 1, '{}'::jsonb, 'individueel', 'OJA-1', 'Voorziening', gemeente, status, '2026-08-01', einde, aangevraagd, evaluatie, open, boven, 0, 0, aandacht
     FROM unnest($1::uuid[], $2::boolean[], $3::text[], $4::text[], $5::boolean[], $6::date[], $7::date[], $8::date[], $9::date[])
          AS t(id, open, status, gemeente, boven, aandacht, aangevraagd, evaluatie, einde)`,
    [kol((a) => a.id), kol((a) => a.open), kol((a) => a.status), kol((a) => a.gemeente), kol((a) => a.bovenBudget), kol((a) => a.aandacht), kol((a) => a.aangevraagd), kol((a) => a.evaluatie), kol((a) => a.einde)],
  );
}

function verwacht(arrs: readonly Arr[], q: WerkvoorraadFilter): string[] {
  const inLijst: Record<Lijst, (a: Arr) => boolean> = {
    alle: () => true,
    beoordeling: (a) => a.status === 'in-beoordeling',
    evaluatie: (a) => a.evaluatie !== null && a.evaluatie <= plusDagen(VANDAAG, VENSTERS.evaluatieDagen),
    einde: (a) => a.status !== 'in-beoordeling' && a.einde <= plusDagen(VANDAAG, VENSTERS.eindeDagen),
    budget: (a) => a.bovenBudget,
  };
  const sleutel: Record<Lijst, (a: Arr) => string | null> = { alle: (a) => a.aandacht, beoordeling: (a) => a.aangevraagd, evaluatie: (a) => a.evaluatie, einde: (a) => a.einde, budget: (a) => a.einde };
  const passend = arrs.filter((a) => a.open && (!q.gemeente || a.gemeente === q.gemeente) && inLijst[q.lijst](a));
  return verwachteVolgorde(passend, [{ waarde: sleutel[q.lijst], richting: 'ASC' }]);
}

const lees = (q: WerkvoorraadFilter) => ds.transaction((m) => werkvoorraad(m, 'VO', q, VANDAAG, VENSTERS, true));

describe('OJA werkvoorraad paging', () => {
  it('cursor pages of every list, forward then back, hold every matching arrangement exactly once in the order, ties included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(arrArb, { minLength: 5, maxLength: 60, size: 'max', selector: (a) => a.id }),
        fc.constantFrom(...LIJSTEN),
        fc.option(fc.constantFrom('GM0034', 'GM0050'), { nil: undefined }),
        fc.integer({ min: 1, max: 7 }),
        async (arrs, lijst, gemeente, limit) => {
          await zet(arrs);
          const q = WerkvoorraadQuery.parse({ lijst, gemeente, limit: String(limit) });
          const alle = verwacht(arrs, q);
          const eerste = await controleerHeenEnTerug((pag) => lees({ ...q, ...pag }), alle, limit);
          expect(eerste).toMatchObject({ totaal: alle.length, totaalBegrensd: false, vorige: null });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the OFFSET pages (older clients) still give the same list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(arrArb, { minLength: 5, maxLength: 30, size: 'max', selector: (a) => a.id }), fc.constantFrom(...LIJSTEN), fc.integer({ min: 1, max: 5 }), async (arrs, lijst, limit) => {
        await zet(arrs);
        const q = WerkvoorraadQuery.parse({ lijst, limit: String(limit) });
        const alle = verwacht(arrs, q);
        expect(await leesMetOffsets((offset) => lees({ ...q, offset }), alle.length, limit)).toEqual(alle);
      }),
      { numRuns: 20 },
    );
  });

  it('rejects a cursor that is not one, or of another list, naming the parameter', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    for (const [v, veld] of [
      [{ na: 'geen-cursor' }, 'na'],
      [{ lijst: 'einde', voor: cursorTekst({ sorteer: 'budget', sleutels: ['2026-12-01'], id }) }, 'voor'],
      [{ na: cursorTekst({ sorteer: 'alle', sleutels: ['2026-12-01', null], id }) }, 'na'],
    ] as const) {
      const r = WerkvoorraadQuery.safeParse(v);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].path).toEqual([veld]);
    }
  });
});
