import * as fc from 'fast-check';
import { z } from 'zod';
import { controleerCursors, cursorTekst, keysetTakken, leesCursor, type KeysetSort } from './keyset';

const ID = '0b6c1f7e-3d2a-4c5b-8e9f-1a2b3c4d5e6f';
const TWEE: KeysetSort = {
  sleutels: [
    { kolom: 'o.open', richting: 'DESC', type: 'boolean', nullable: false },
    { kolom: 'o.datum', richting: 'ASC', type: 'date' },
  ],
  id: 'o.id',
};

describe('keyset cursors', () => {
  it('read back what they wrote, for one to four keys', () => {
    const sleutel = fc.constantFrom(null, 'true', 'false', '2026-12-01');
    fc.assert(
      fc.property(fc.constantFrom('termijn', 'open-datum'), fc.array(sleutel, { minLength: 1, maxLength: 4 }), fc.uuid({ version: 4 }), (sorteer, sleutels, id) => {
        expect(leesCursor(cursorTekst({ sorteer, sleutels, id }))).toEqual({ sorteer, sleutels, id: id.toLowerCase() });
      }),
    );
  });

  it("still reads toeleiding's first cursors ([sorteer, sleutel, id]) and refuses what is not one", () => {
    expect(leesCursor(Buffer.from(JSON.stringify(['termijn', '2026-11-30', ID])).toString('base64url'))).toEqual({ sorteer: 'termijn', sleutels: ['2026-11-30'], id: ID });
    for (const v of [['termijn', ID], ['termijn', 'DROP TABLE', ID], ['termijn', 3, ID], ['Termijn!', null, ID], ['termijn', null, 'geen-uuid']]) {
      expect(leesCursor(Buffer.from(JSON.stringify(v)).toString('base64url'))).toBeUndefined();
    }
    expect(leesCursor('%%%')).toBeUndefined();
  });

  it('are checked against the sort asked for: its name, its number of keys, each key of its type, no null for a NOT NULL key', () => {
    const fouten = (q: { na?: string; voor?: string }) => {
      const r = z
        .object({ na: z.string().optional(), voor: z.string().optional() })
        .superRefine((v, ctx) => controleerCursors(v, 'open-datum', TWEE, ctx))
        .safeParse(q);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(fouten({ na: cursorTekst({ sorteer: 'open-datum', sleutels: ['true', null], id: ID }) })).toEqual([]);
    expect(fouten({ na: cursorTekst({ sorteer: 'termijn', sleutels: ['true', null], id: ID }) })).toEqual(['na']);
    expect(fouten({ voor: cursorTekst({ sorteer: 'open-datum', sleutels: ['true'], id: ID }) })).toEqual(['voor']);
    expect(fouten({ voor: cursorTekst({ sorteer: 'open-datum', sleutels: ['2026-01-01', null], id: ID }) })).toEqual(['voor']);
    expect(fouten({ na: cursorTekst({ sorteer: 'open-datum', sleutels: [null, null], id: ID }) })).toEqual(['na']);
    const c = cursorTekst({ sorteer: 'open-datum', sleutels: ['true', null], id: ID });
    expect(fouten({ na: c, voor: c })).toEqual(['voor']);
  });
});

describe('keyset branches', () => {
  const p = () => {
    const waarden: unknown[] = [];
    return { waarden, param: (v: unknown) => `$${waarden.push(v)}` };
  };

  it('after a cursor: each key beyond (or NULL where it may be), the earlier keys equal; the id last', () => {
    const q = p();
    const { takken, volgorde } = keysetTakken(TWEE, { sorteer: 'open-datum', sleutels: ['true', '2026-12-01'], id: ID }, 'na', q.param);
    expect(volgorde).toBe('o.open DESC, o.datum ASC NULLS LAST, o.id ASC');
    expect(takken).toEqual([
      'o.open < $1::boolean',
      'o.open = $1::boolean AND o.datum > $2::date',
      'o.open = $1::boolean AND o.datum IS NULL',
      'o.open = $1::boolean AND o.datum = $2::date AND o.id > $3::uuid',
    ]);
    expect(q.waarden).toEqual(['true', '2026-12-01', ID]);
  });

  it('before a cursor: read in the reverse order; a NULL key has every non-NULL one before it', () => {
    const q = p();
    const { takken, volgorde } = keysetTakken(TWEE, { sorteer: 'open-datum', sleutels: ['false', null], id: ID }, 'voor', q.param);
    expect(volgorde).toBe('o.open ASC, o.datum DESC NULLS FIRST, o.id DESC');
    expect(takken).toEqual(['o.open > $1::boolean', 'o.open = $1::boolean AND o.datum IS NOT NULL', 'o.open = $1::boolean AND o.datum IS NULL AND o.id < $2::uuid']);
  });
});
