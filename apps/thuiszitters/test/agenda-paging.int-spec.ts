// The Actietafel's agenda paging against real PostgreSQL: cursor pages (na/voor) return
// every case at the table (and, for a meeting, the ones it discussed that left the table)
// exactly once, longest at home first (NULLS LAST), then the id, also when many tie on the
// date; OFFSET pages (older clients) give the same list; a bad cursor or one of another list
// is refused naming the parameter. The expected list is computed here, in plain code.
import { randomUUID } from 'node:crypto';
import { controleerHeenEnTerug, leesMetOffsets, migratedTestDatabase, verwachteVolgorde, type MigratedTestDatabase } from '@pao/testing';
import { cursorTekst } from '@pao/zaak';
import * as fc from 'fast-check';
import { DataSource } from 'typeorm';
import { AgendaQuery } from '../src/http/schemas';
import { thuiszittersPersistence } from '../src/persistence/persistence';
import { agenda, type AgendaVraag } from '../src/queries/agenda';

jest.setTimeout(300_000);

const VANDAAG = '2026-11-23';
const VERGADERING = randomUUID();
const ANDERE_VERGADERING = randomUUID();
// Few distinct dates (and null) so that many cases tie on the key.
const DATUMS = [null, '2026-09-01', '2026-10-15', '2026-11-01'];

interface Casus {
  id: string;
  swv: 'VO' | 'PO';
  aanTafel: boolean;
  besproken: boolean;
  elders: boolean;
  thuis: string | null;
}

const casusArb: fc.Arbitrary<Casus> = fc.record({
  id: fc.uuid({ version: 4 }),
  swv: fc.oneof(fc.constant('VO' as const), fc.constant('VO' as const), fc.constant('PO' as const)),
  aanTafel: fc.boolean(),
  besproken: fc.boolean(),
  elders: fc.boolean(),
  thuis: fc.constantFrom(...DATUMS),
});

let db: MigratedTestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await migratedTestDatabase('tz_agenda_paging', { migrations: thuiszittersPersistence, dataSource: { extra: { max: 2 } } });
  ds = db.dataSource;
});

afterAll(() => db?.close());

async function zetCasussen(casussen: readonly Casus[]): Promise<void> {
  await ds.query(`DELETE FROM thuiszitters.casus`);
  if (casussen.length === 0) return;
  const kol = <T>(f: (c: Casus) => T) => casussen.map(f);
  const besprokenIn = (c: Casus) => `{${[c.besproken && VERGADERING, c.elders && ANDERE_VERGADERING].filter(Boolean).join(',')}}`;
  await ds.query(
    `INSERT INTO thuiszitters.casus (id, swv, versie, formaat, state, status, soort, niveau, open, aan_tafel, gemeente, aangemaakt_op, thuis_sinds, volgende_termijn_op,
                                     volgende_termijn_soort, actietafel_sinds, aandacht_teamleider, aandacht, open_acties, verlopen_acties, besproken_in)
     SELECT id, swv, 1, 1, '{}'::jsonb, 'thuiszitter', 'langdurig-relatief-verzuim', 'actietafel', true, tafel, 'GM0034', '2026-09-01', thuis, NULL,
            NULL, '2026-10-01'::date, false, false, 0, 0, besproken::uuid[]
     FROM unnest($1::uuid[], $2::text[], $3::boolean[], $4::date[], $5::text[]) AS t(id, swv, tafel, thuis, besproken)`,
    [kol((c) => c.id), kol((c) => c.swv), kol((c) => c.aanTafel), kol((c) => c.thuis), kol(besprokenIn)],
  );
}

function verwacht(casussen: readonly Casus[], metVergadering: boolean): string[] {
  const passend = casussen.filter((c) => c.swv === 'VO' && (c.aanTafel || (metVergadering && c.besproken)));
  return verwachteVolgorde(passend, [{ waarde: (c) => c.thuis, richting: 'ASC' }]);
}

const lees = (q: AgendaVraag) => ds.transaction((m) => agenda(m, 'VO', VANDAAG, q));

describe('thuiszitters agenda paging', () => {
  it('cursor pages, forward then back, hold every case at the table (and a meeting’s discussed ones) exactly once, longest at home first, ties included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(casusArb, { minLength: 5, maxLength: 60, size: 'max', selector: (c) => c.id }),
        fc.boolean(),
        fc.integer({ min: 1, max: 7 }),
        async (casussen, metVergadering, limit) => {
          await zetCasussen(casussen);
          const q = AgendaQuery.parse({ vergaderingId: metVergadering ? VERGADERING : undefined, limit: String(limit) });
          const alle = verwacht(casussen, metVergadering);
          const eerste = await controleerHeenEnTerug(async (pag) => {
            const r = await lees({ ...q, ...pag });
            // The mark says which cases this meeting discussed.
            for (const i of r.items) expect(i.besproken).toBe(metVergadering && casussen.find((c) => c.id === i.id)!.besproken);
            return r;
          }, alle, limit);
          expect(eerste).toMatchObject({ totaal: alle.length, totaalBegrensd: false, vorige: null });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the OFFSET pages (older clients) still give the same list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(casusArb, { maxLength: 30, selector: (c) => c.id }), fc.boolean(), fc.integer({ min: 1, max: 5 }), async (casussen, metVergadering, limit) => {
        await zetCasussen(casussen);
        const q = AgendaQuery.parse({ vergaderingId: metVergadering ? VERGADERING : undefined, limit: String(limit) });
        const alle = verwacht(casussen, metVergadering);
        expect(await leesMetOffsets((offset) => lees({ ...q, offset }), alle.length, limit)).toEqual(alle);
      }),
      { numRuns: 20 },
    );
  });

  it('rejects a cursor that is not one, of another list or of another shape, naming the parameter', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const gevallen: Array<[Record<string, unknown>, string]> = [
      [{ na: 'geen-cursor' }, 'na'],
      // The werkvoorraad's cursor: another list.
      [{ voor: cursorTekst({ sorteer: 'thuis', sleutels: [null, null], id }) }, 'voor'],
      // Two keys where the agenda has one.
      [{ na: cursorTekst({ sorteer: 'agenda', sleutels: ['2026-01-01', null], id }) }, 'na'],
      [{ na: cursorTekst({ sorteer: 'agenda', sleutels: ['true'], id }) }, 'na'],
    ];
    for (const [v, veld] of gevallen) {
      const r = AgendaQuery.safeParse(v);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].path).toEqual([veld]);
    }
    expect(AgendaQuery.safeParse({ na: cursorTekst({ sorteer: 'agenda', sleutels: [null], id }) }).success).toBe(true);
  });
});
