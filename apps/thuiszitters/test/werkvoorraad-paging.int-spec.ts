// Werkvoorraad paging against real PostgreSQL: cursor pages (na/voor) return every matching
// casus exactly once, in the sort's order (two nullable dates, then the id), also when many
// tie on both dates; a bad cursor or one of the other sort is refused naming the parameter.
// The expected list is computed here, in plain code.
import { controleerHeenEnTerug, leesMetOffsets, migratedTestDatabase, verwachteVolgorde, type MigratedTestDatabase } from '@pao/testing';
import { cursorTekst } from '@pao/zaak';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { WerkvoorraadQuery } from '../src/http/schemas';
import { thuiszittersPersistence } from '../src/persistence/persistence';
import { werkvoorraad, type WerkvoorraadFilter } from '../src/queries/werkvoorraad';

jest.setTimeout(300_000);

const VANDAAG = '2026-11-23';
// Few distinct dates (and null) so that many casussen tie on both keys.
const DATUMS = [null, '2026-09-01', '2026-10-15', '2026-12-01'];
const STATUSSEN = ['gemeld', 'thuiszitter', 'aanbod'] as const;

interface Casus {
  id: string;
  open: boolean;
  status: (typeof STATUSSEN)[number];
  niveau: 'school' | 'actietafel';
  aandacht: boolean;
  aanTafel: boolean;
  thuis: string | null;
  termijn: string | null;
}

const casusArb: fc.Arbitrary<Casus> = fc.record({
  id: fc.uuid({ version: 4 }),
  open: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(true), fc.constant(false)),
  status: fc.constantFrom(...STATUSSEN),
  niveau: fc.constantFrom('school' as const, 'actietafel' as const),
  aandacht: fc.boolean(),
  aanTafel: fc.boolean(),
  thuis: fc.constantFrom(...DATUMS),
  termijn: fc.constantFrom(...DATUMS),
});

const filterArb = fc.record({ status: fc.subarray([...STATUSSEN], { minLength: 1, maxLength: 2 }), niveau: fc.constantFrom('school', 'actietafel'), aandacht: fc.constant('ja') }, { requiredKeys: [] });

let db: MigratedTestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await migratedTestDatabase('tz_werkvoorraad_paging', { migrations: thuiszittersPersistence, dataSource: { extra: { max: 2 } } });
  ds = db.dataSource;
});

afterAll(() => db?.close());

async function zetCasussen(casussen: readonly Casus[]): Promise<void> {
  await ds.query(`DELETE FROM thuiszitters.casus`);
  if (casussen.length === 0) return;
  const kol = <T>(f: (c: Casus) => T) => casussen.map(f);
  await ds.query(
    `INSERT INTO thuiszitters.casus (id, swv, versie, formaat, state, status, soort, niveau, open, aan_tafel, gemeente, aangemaakt_op, thuis_sinds, volgende_termijn_op,
                                     volgende_termijn_soort, actietafel_sinds, aandacht_teamleider, aandacht, open_acties, verlopen_acties, besproken_in)
     SELECT id, 'VO', 1, 1, '{}'::jsonb, status, 'langdurig-relatief-verzuim', niveau, open, false, 'GM0034', '2026-09-01', thuis, termijn,
            CASE WHEN termijn IS NULL THEN NULL ELSE 'aanbod' END, CASE WHEN tafel THEN '2026-10-01'::date END, false, aandacht, 0, 0, '{}'
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[], $5::date[], $6::date[], $7::boolean[], $8::boolean[]) AS t(id, status, niveau, open, thuis, termijn, tafel, aandacht)`,
    [kol((c) => c.id), kol((c) => c.status), kol((c) => c.niveau), kol((c) => c.open), kol((c) => c.thuis), kol((c) => c.termijn), kol((c) => c.aanTafel), kol((c) => c.aandacht)],
  );
}

function verwacht(casussen: readonly Casus[], q: WerkvoorraadFilter, rol: string): string[] {
  const passend = casussen.filter(
    (c) => c.open && (rol !== 'actietafel' || c.aanTafel) && (!q.status?.length || q.status.includes(c.status)) && (!q.niveau || c.niveau === q.niveau) && (!q.aandacht || c.aandacht),
  );
  const thuis = { waarde: (c: Casus) => c.thuis, richting: 'ASC' as const };
  const termijn = { waarde: (c: Casus) => c.termijn, richting: 'ASC' as const };
  return verwachteVolgorde(passend, q.sorteer === 'thuis' ? [thuis, termijn] : [termijn, thuis]);
}

const lees = (q: WerkvoorraadFilter, rol: string) => ds.transaction((m) => werkvoorraad(m, 'VO', rol, q, VANDAAG));
const vraag = (v: Record<string, unknown>) => {
  const q = WerkvoorraadQuery.parse(v);
  return { ...q, aandacht: q.aandacht === 'ja' };
};

describe('thuiszitters werkvoorraad paging', () => {
  it('cursor pages, forward then back, hold every matching casus exactly once in the sort order, ties on both dates included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(casusArb, { minLength: 5, maxLength: 60, size: 'max', selector: (c) => c.id }),
        filterArb,
        fc.constantFrom('thuis', 'termijn'),
        fc.constantFrom('consulent', 'actietafel'),
        fc.integer({ min: 1, max: 7 }),
        async (casussen, f, sorteer, rol, limit) => {
          await zetCasussen(casussen);
          const q = vraag({ ...f, status: f.status?.join(','), sorteer, limit: String(limit) });
          const alle = verwacht(casussen, q, rol);
          const eerste = await controleerHeenEnTerug((pag) => lees({ ...q, ...pag }, rol), alle, limit);
          expect(eerste).toMatchObject({ totaal: alle.length, meer: false, vorige: null });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the OFFSET pages (older clients) still give the same list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(casusArb, { maxLength: 30, selector: (c) => c.id }), fc.constantFrom('thuis', 'termijn'), fc.integer({ min: 1, max: 5 }), async (casussen, sorteer, limit) => {
        await zetCasussen(casussen);
        const q = vraag({ sorteer, limit: String(limit) });
        const alle = verwacht(casussen, q, 'consulent');
        expect(await leesMetOffsets((offset) => lees({ ...q, offset }, 'consulent'), alle.length, limit)).toEqual(alle);
      }),
      { numRuns: 20 },
    );
  });

  it('rejects a cursor that is not one, of another sort or of another shape, naming the parameter', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const gevallen: Array<[Record<string, unknown>, string]> = [
      [{ na: 'geen-cursor' }, 'na'],
      [{ sorteer: 'termijn', voor: cursorTekst({ sorteer: 'thuis', sleutels: [null, null], id }) }, 'voor'],
      // One key where this sort has two: a cursor of another list.
      [{ na: cursorTekst({ sorteer: 'thuis', sleutels: ['2026-01-01'], id }) }, 'na'],
      [{ na: cursorTekst({ sorteer: 'thuis', sleutels: ['true', null], id }) }, 'na'],
    ];
    for (const [v, veld] of gevallen) {
      const r = WerkvoorraadQuery.safeParse(v);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].path).toEqual([veld]);
    }
  });
});
