// Paging of the pupil list (cohort board, SWV list) and the nazorg list against real
// PostgreSQL: cursor pages (na/voor) return every matching pupil exactly once, in the
// list's order (open or placed first, then a nullable date, then the id), also when many tie
// on both keys; a bad cursor or one of the other list is refused naming the parameter. The
// expected list is computed here, in plain code.
import { randomUUID } from 'node:crypto';
import { controleerHeenEnTerug, leesMetOffsets, migratedTestDatabase, verwachteVolgorde, type MigratedTestDatabase } from '@pao/testing';
import { cursorTekst } from '@pao/zaak';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { LijstQuery, NazorgQuery } from '../src/http/schemas';
import { overdrachtPersistence } from '../src/persistence/persistence';
import { overdrachtenLijst } from '../src/queries/bord';
import { nazorgLijst } from '../src/queries/nazorg';

jest.setTimeout(300_000);

const VANDAAG = '2026-09-10';
// Few distinct dates (and null) so that many pupils tie on the keys.
const DATUMS = [null, '2026-08-25', '2026-09-15', '2026-10-01'];
const SCHOLEN = [randomUUID(), randomUUID()];
const COHORTEN = [randomUUID(), randomUUID()];

interface Leerling {
  id: string;
  cohort: number;
  status: 'aanmelding' | 'geplaatst' | 'gestart';
  open: boolean;
  datum: string | null;
  controle: string | null;
  start: string;
  gestart: string | null;
}

const leerlingArb: fc.Arbitrary<Leerling> = fc.record({
  id: fc.uuid({ version: 4 }),
  cohort: fc.integer({ min: 0, max: 1 }),
  status: fc.constantFrom('aanmelding' as const, 'geplaatst' as const, 'gestart' as const),
  open: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
  datum: fc.constantFrom(...DATUMS),
  controle: fc.constantFrom(...DATUMS),
  start: fc.constantFrom('2026-09-01', '2026-09-20', '2026-10-15'),
  gestart: fc.constantFrom(null, '2026-09-01', '2026-05-01'),
});

let db: MigratedTestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await migratedTestDatabase('overdracht_lijst_paging', { migrations: overdrachtPersistence, dataSource: { extra: { max: 2 } } });
  ds = db.dataSource;
  await ds.query(`INSERT INTO overdracht.school (id, brin, naam, soort, swv) VALUES ($1, '99AA', 'Verzendend', 'po', 'PO'), ($2, '99BB', 'Ontvangend', 'vo', 'VO')`, SCHOLEN);
  await ds.query(`INSERT INTO overdracht.cohort (id, swv, schooljaar, verzendende_school_id) VALUES ($1, 'PO', '2025-2026', $3), ($2, 'PO', '2026-2027', $3)`, [...COHORTEN, SCHOLEN[0]]);
});

afterAll(() => db?.close());

async function zet(ls: readonly Leerling[]): Promise<void> {
  await ds.query(`DELETE FROM overdracht.overdracht`);
  await ds.query(`DELETE FROM overdracht.leerling`);
  if (ls.length === 0) return;
  const kol = <T>(f: (l: Leerling) => T) => ls.map(f);
  await ds.query(
    `INSERT INTO overdracht.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
     SELECT id, 'PO', 'bsn', id::text, 'v1.test', '***-**-123', 'GM0034' FROM unnest($1::uuid[]) AS id`,
    [kol((l) => l.id)],
  );
  await ds.query(
    `INSERT INTO overdracht.overdracht (id, swv, versie, formaat, state, cohort_id, leerling_id, schooljaar, route, status, open, verzendende_school_id, ontvangende_school_id,
                                        regie, afwijzingen, kwetsbaar, voorzieningen_open, volgende_datum, startdatum, controledatum, gestart_op, escalaties, termijn_sleutels)
     SELECT id, 'PO', 1, 1, '{}'::jsonb, cohort, id, '2025-2026', 'po-vo', status, open, $5, $6, 'school', 0, false, 0, datum, start, controle, gestart, 0, '{}'
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[], $7::date[], $8::date[], $9::date[], $10::date[]) AS t(id, cohort, status, open, datum, start, controle, gestart)`,
    [kol((l) => l.id), kol((l) => COHORTEN[l.cohort]), kol((l) => l.status), kol((l) => l.open), SCHOLEN[0], SCHOLEN[1], kol((l) => l.datum), kol((l) => l.start), kol((l) => l.controle), kol((l) => l.gestart)],
  );
}

// A pupil's case has the pupil's id: the expected order is by the case id, known here.
describe('overdracht list paging', () => {
  it('pupil list (cohort or SWV): cursor pages, forward then back, hold every pupil exactly once, open first by next date, ties included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(leerlingArb, { minLength: 5, maxLength: 60, size: 'max', selector: (l) => l.id }),
        fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
        fc.integer({ min: 1, max: 7 }),
        async (ls, cohort, limit) => {
          await zet(ls);
          const q = LijstQuery.parse({ cohortId: cohort === undefined ? undefined : COHORTEN[cohort], limit: String(limit) });
          const alle = verwachteVolgorde(
            ls.filter((l) => cohort === undefined || l.cohort === cohort),
            [
              { waarde: (l) => l.open, richting: 'DESC' },
              { waarde: (l) => l.datum, richting: 'ASC' },
            ],
          );
          const eerste = await controleerHeenEnTerug((pag) => ds.transaction((m) => overdrachtenLijst(m, 'PO', VANDAAG, { ...q, ...pag })), alle, limit);
          expect(eerste).toMatchObject({ totaal: alle.length, totaalBegrensd: false, vorige: null });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the OFFSET pages of the pupil list (older clients) still give the same list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(leerlingArb, { minLength: 5, maxLength: 30, size: 'max', selector: (l) => l.id }), fc.integer({ min: 1, max: 5 }), async (ls, limit) => {
        await zet(ls);
        const q = LijstQuery.parse({ limit: String(limit) });
        const alle = verwachteVolgorde(ls, [
          { waarde: (l) => l.open, richting: 'DESC' },
          { waarde: (l) => l.datum, richting: 'ASC' },
        ]);
        expect(await leesMetOffsets((offset) => ds.transaction((m) => overdrachtenLijst(m, 'PO', VANDAAG, { ...q, offset })), alle.length, limit)).toEqual(alle);
      }),
      { numRuns: 20 },
    );
  });

  it('nazorg: cursor pages, forward then back, hold every pupil exactly once, placed first by check date', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(leerlingArb, { minLength: 5, maxLength: 60, size: 'max', selector: (l) => l.id }), fc.integer({ min: 1, max: 7 }), async (ls, limit) => {
        await zet(ls);
        const q = NazorgQuery.parse({ limit: String(limit) });
        const inLijst = (l: Leerling) => (l.status === 'geplaatst' && l.start <= '2026-09-24') || (l.status === 'gestart' && l.gestart !== null && l.gestart >= '2026-06-10');
        const alle = verwachteVolgorde(ls.filter(inLijst), [
          { waarde: (l) => l.status === 'geplaatst', richting: 'DESC' },
          { waarde: (l) => l.controle, richting: 'ASC' },
        ]);
        const eerste = await controleerHeenEnTerug((pag) => ds.transaction((m) => nazorgLijst(m, 'PO', VANDAAG, { ...q, ...pag })), alle, limit);
        expect(eerste).toMatchObject({ totaal: alle.length, totaalBegrensd: false, vorige: null });
      }),
      { numRuns: 30 },
    );
  });

  it('rejects a cursor that is not one, or of the other list, naming the parameter', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const r1 = LijstQuery.safeParse({ na: 'geen-cursor' });
    expect(r1.error?.issues[0].path).toEqual(['na']);
    const r2 = LijstQuery.safeParse({ voor: cursorTekst({ sorteer: 'nazorg', sleutels: ['true', null], id }) });
    expect(r2.error?.issues[0].path).toEqual(['voor']);
    const r3 = NazorgQuery.safeParse({ na: cursorTekst({ sorteer: 'nazorg', sleutels: ['2026-01-01', null], id }) });
    expect(r3.error?.issues[0].path).toEqual(['na']);
    // `open` is NOT NULL: a cursor without it points nowhere in this list.
    const r4 = LijstQuery.safeParse({ na: cursorTekst({ sorteer: 'open-datum', sleutels: [null, null], id }) });
    expect(r4.error?.issues[0].path).toEqual(['na']);
  });
});
