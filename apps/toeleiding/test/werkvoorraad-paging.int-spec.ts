// Werkvoorraad paging against real PostgreSQL: cursor pages (na/voor) return every matching
// case exactly once, in the sort's order, also when many cases tie on the sort key; the
// count stops at TELGRENS and says so. The expected list is computed here, in plain code.
import { randomUUID } from 'node:crypto';
import { controleerHeenEnTerug, leesMetOffsets, migratedTestDatabase, testLeerlingSleutels, verwachteVolgorde, type MigratedTestDatabase } from '@pao/testing';
import { LeerlingRegister, LeerlingSleutels } from '@pao/zaak';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { seedRegister } from '../src/demo/register';
import { WerkvoorraadQuery } from '../src/http/schemas';
import { SCHEMA, toeleidingPersistence } from '../src/persistence/persistence';
import { cursorVan, TELGRENS, werkvoorraad, type Kijker, type WerkvoorraadFilter } from '../src/queries/werkvoorraad';

jest.setTimeout(300_000);

const VANDAAG = '2026-11-23';
const LEERLINGEN = new LeerlingRegister(SCHEMA, new LeerlingSleutels(testLeerlingSleutels, 'toeleiding'));
const IK = '00000000-0000-4000-8000-000000000001';
const ANDER = '00000000-0000-4000-8000-000000000002';
// Few distinct dates (and null) so that many cases tie on the sort key.
const DATUMS = [null, '2026-11-20', '2026-11-27', '2026-12-15'];
const STATUSSEN = ['ingediend', 'in-behandeling', 'onherroepelijk'] as const;

interface Zaak {
  id: string;
  status: (typeof STATUSSEN)[number];
  open: boolean;
  school: number;
  soort: 'PrO' | 'VSO-laag' | null;
  behandelaar: string | null;
  partij: 'consulent' | 'school' | null;
  termijn: string | null;
  ingediend: string | null;
}

const zaakArb: fc.Arbitrary<Zaak> = fc.record({
  id: fc.uuid({ version: 4 }),
  status: fc.constantFrom(...STATUSSEN),
  open: fc.boolean(),
  school: fc.integer({ min: 0, max: 1 }),
  soort: fc.constantFrom('PrO' as const, 'VSO-laag' as const, null),
  behandelaar: fc.constantFrom(IK, ANDER, null),
  partij: fc.constantFrom('consulent' as const, 'school' as const, null),
  termijn: fc.constantFrom(...DATUMS),
  ingediend: fc.constantFrom(...DATUMS),
});

const filterArb = fc.record(
  {
    status: fc.subarray([...STATUSSEN], { minLength: 1 }),
    school: fc.integer({ min: 0, max: 1 }),
    soort: fc.constantFrom('PrO', 'VSO-laag'),
    wie: fc.constantFrom('mij', 'aan-zet', 'niemand'),
    binnen: fc.constant('week'),
  },
  { requiredKeys: [] },
);

let db: MigratedTestDatabase;
let ds: DataSource;
let scholen: Array<{ id: string; bevoegd_gezag_id: string }>;

beforeAll(async () => {
  db = await migratedTestDatabase('werkvoorraad_paging', { migrations: toeleidingPersistence, dataSource: { extra: { max: 2 } } });
  ds = db.dataSource;
  await seedRegister(ds.manager);
  scholen = await ds.query(`SELECT id, bevoegd_gezag_id FROM toeleiding.school WHERE swv = 'VO' ORDER BY id LIMIT 2`);
});

afterAll(() => db?.close());

/** Replaces all cases by these (the counters follow through the triggers). */
async function zetZaken(zaken: readonly Zaak[]): Promise<void> {
  await ds.query(`DELETE FROM toeleiding.aanvraag`);
  if (zaken.length === 0) return;
  const leerlingen = zaken.map(() => randomUUID());
  await ds.query(
    `INSERT INTO toeleiding.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
     SELECT id, 'VO', 'bsn', id::text, 'v1.test', '***-**-123', 'GM0034' FROM unnest($1::uuid[]) AS id`,
    [leerlingen],
  );
  const kol = <T>(f: (z: Zaak, i: number) => T) => zaken.map(f);
  await ds.query(
    `INSERT INTO toeleiding.aanvraag (id, swv, versie, formaat, kenmerk, state, leerling_id, status, open, school_id, bevoegd_gezag_id, soort, behandelaar_id,
                                      volgende_stap_partij, volgende_termijn_soort, volgende_termijn_op, ingediend_op, aangemaakt_op)
     SELECT id, 'VO', 1, 1, 'TLV-VO-2026-' || lpad(n::text, 6, '0'), '{}'::jsonb, leerling, status, open, school, gezag, soort, behandelaar,
            partij, CASE WHEN termijn IS NULL THEN NULL ELSE 'beslistermijn' END, termijn, ingediend, '2026-09-01'
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::text[], $10::date[], $11::date[], $12::int[])
          AS t(id, leerling, status, open, school, gezag, soort, behandelaar, partij, termijn, ingediend, n)`,
    [
      kol((z) => z.id),
      leerlingen,
      kol((z) => z.status),
      kol((z) => z.open),
      kol((z) => scholen[z.school].id),
      kol((z) => scholen[z.school].bevoegd_gezag_id),
      kol((z) => z.soort),
      kol((z) => z.behandelaar),
      kol((z) => z.partij),
      kol((z) => z.termijn),
      kol((z) => z.ingediend),
      kol((_, i) => i),
    ],
  );
}

/** The expected list, computed from the cases themselves. */
function verwacht(zaken: readonly Zaak[], q: WerkvoorraadFilter, wie: Kijker): string[] {
  const tot = q.binnen === 'week' ? '2026-11-30' : undefined;
  const passend = zaken.filter(
    (z) =>
      (q.status?.length ? q.status.includes(z.status) : z.open) &&
      (!q.schoolId || scholen[z.school].id === q.schoolId) &&
      (!q.soort || z.soort === q.soort) &&
      (q.wie !== 'mij' || z.behandelaar === wie.id) &&
      (q.wie !== 'niemand' || z.behandelaar === null) &&
      (q.wie !== 'aan-zet' || z.partij === wie.rol) &&
      (!tot || (z.termijn !== null && z.termijn <= tot)),
  );
  return verwachteVolgorde(passend, [{ waarde: (z) => (q.sorteer === 'termijn' ? z.termijn : z.ingediend), richting: q.sorteer === 'termijn' ? 'ASC' : 'DESC' }]);
}

const lees = (q: WerkvoorraadFilter, wie: Kijker) => ds.transaction((m) => werkvoorraad(m, LEERLINGEN, wie, q, VANDAAG));

describe('werkvoorraad paging', () => {
  it('cursor pages, forward then back, hold every matching case exactly once in the sort order, ties on the key included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(zaakArb, { minLength: 5, maxLength: 60, size: 'max', selector: (z) => z.id }),
        filterArb,
        fc.constantFrom('termijn', 'ingediend'),
        fc.integer({ min: 1, max: 7 }),
        async (zaken, f, sorteer, limit) => {
          await zetZaken(zaken);
          const wie: Kijker = { swv: 'VO', rol: 'consulent', id: IK };
          const q = WerkvoorraadQuery.parse({
            status: f.status,
            schoolId: f.school === undefined ? undefined : scholen[f.school].id,
            soort: f.soort,
            wie: f.wie,
            binnen: f.binnen,
            sorteer,
            limit: String(limit),
          });
          const alle = verwacht(zaken, q, wie);

          // Forward along "volgende" to the end, then back along "vorige": the same pages.
          const eerste = await controleerHeenEnTerug((pag) => lees({ ...q, ...pag }, wie), alle, limit);
          expect(eerste).toMatchObject({ totaal: alle.length, totaalBegrensd: false, vorige: null });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the OFFSET pages (older clients) still give the same list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(zaakArb, { maxLength: 30, selector: (z) => z.id }), fc.constantFrom('termijn', 'ingediend'), fc.integer({ min: 1, max: 5 }), async (zaken, sorteer, limit) => {
        await zetZaken(zaken);
        const wie: Kijker = { swv: 'VO', rol: 'consulent', id: IK };
        const q = WerkvoorraadQuery.parse({ sorteer, limit: String(limit) });
        const alle = verwacht(zaken, q, wie);
        expect(await leesMetOffsets((offset) => lees({ ...q, offset }, wie), alle.length, limit)).toEqual(alle);
      }),
      { numRuns: 20 },
    );
  });

  it('stops counting at TELGRENS and says the total is a floor; exact up to it', async () => {
    const zaak = (i: number): Zaak => ({
      id: randomUUID(),
      status: 'ingediend',
      open: true,
      school: 0,
      soort: 'PrO',
      behandelaar: null,
      partij: 'consulent',
      termijn: DATUMS[1 + (i % 3)],
      ingediend: '2026-11-01',
    });
    const zaken = Array.from({ length: TELGRENS + 1 }, (_, i) => zaak(i));
    const wie: Kijker = { swv: 'VO', rol: 'consulent', id: IK };
    const niemand = WerkvoorraadQuery.parse({ wie: 'niemand' });

    await zetZaken(zaken);
    const boven = await lees(niemand, wie);
    expect(boven).toMatchObject({ totaal: TELGRENS, totaalBegrensd: true });
    expect(boven.items).toHaveLength(50);
    expect(boven.volgende).not.toBeNull();
    // The counters count the unfiltered list exactly, whatever its size.
    expect(await lees(WerkvoorraadQuery.parse({}), wie)).toMatchObject({ totaal: TELGRENS + 1, totaalBegrensd: false });

    await ds.query(`DELETE FROM toeleiding.aanvraag WHERE id = $1`, [zaken[0].id]);
    expect(await lees(niemand, wie)).toMatchObject({ totaal: TELGRENS, totaalBegrensd: false });
  });

  it('a cursor from before the list changed: nothing matching now is an empty page, not the open list', async () => {
    const wie: Kijker = { swv: 'VO', rol: 'consulent', id: IK };
    const zaak = (status: Zaak['status'], open: boolean): Zaak => ({ id: randomUUID(), status, open, school: 0, soort: 'PrO', behandelaar: null, partij: 'school', termijn: DATUMS[1], ingediend: DATUMS[1] });
    await zetZaken([zaak('ingediend', true), zaak('ingediend', true)]);
    const cursor = cursorVan('termijn', { id: randomUUID(), volgende_termijn_op: DATUMS[2], ingediend_op: null });
    for (const kant of ['na', 'voor'] as const) {
      const r = await lees(WerkvoorraadQuery.parse({ status: 'onherroepelijk', [kant]: cursor }), wie);
      expect(r).toMatchObject({ totaal: 0, items: [], volgende: null, vorige: null });
    }
    expect((await lees(WerkvoorraadQuery.parse({ voor: cursor }), wie)).items).toHaveLength(2);
  });

  it('rejects a cursor that is not one, or of another sort, naming the parameter', () => {
    const r1 = WerkvoorraadQuery.safeParse({ na: 'geen-cursor' });
    expect(r1.success).toBe(false);
    expect(r1.error?.issues[0].path).toEqual(['na']);
    const r2 = WerkvoorraadQuery.safeParse({ sorteer: 'ingediend', voor: Buffer.from(JSON.stringify(['termijn', null, IK])).toString('base64url') });
    expect(r2.success).toBe(false);
    expect(r2.error?.issues[0].path).toEqual(['voor']);
  });
});
