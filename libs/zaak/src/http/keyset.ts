import { z } from 'zod';
import { isUuid } from '@pao/contracts';

/**
 * Keyset ("cursor") paging for lists sorted by one nullable column (NULLS LAST) and then
 * the id. An OFFSET page walks every row before it (page 14,000 of a million-case list:
 * ~700,000 index entries and their rows); a page after a cursor is an index range scan that
 * stops after the page, as cheap deep in the list as at its start (ADR 0033).
 *
 * The cursor names the sort (so it is not reused with another order), the sort key of the
 * row it points at (null when that row has none) and the row's id (the tie-breaker: rows
 * with the same key are never skipped or repeated).
 */
export interface Cursor {
  readonly sorteer: string;
  readonly sleutel: string | null;
  readonly id: string;
}

/** Opaque to the client: base64url of a small JSON array. */
export function cursorTekst(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sorteer, c.sleutel, c.id])).toString('base64url');
}

export function leesCursor(tekst: string): Cursor | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(tekst, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 3) return undefined;
    const [sorteer, sleutel, id] = v as unknown[];
    if (typeof sorteer !== 'string' || !/^[a-z-]{1,40}$/.test(sorteer)) return undefined;
    if (sleutel !== null && (typeof sleutel !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(sleutel))) return undefined;
    if (typeof id !== 'string' || !isUuid(id)) return undefined;
    return { sorteer, sleutel, id: id.toLowerCase() };
  } catch {
    return undefined;
  }
}

/** A query parameter holding a cursor (`na`, `voor`): checked here, so a bad one is a 400 naming it. */
export const CursorParam = z
  .string()
  .max(300)
  .refine((s) => leesCursor(s) !== undefined, 'geen geldige cursor (neem hem over uit "volgende" of "vorige" van een eerdere pagina)');

/** The sort of a keyset list: one date column, ascending or descending, NULLS LAST, then id ascending. */
export interface KeysetSort {
  readonly kolom: string;
  readonly richting: 'ASC' | 'DESC';
}

/**
 * The WHERE parts that together select the rows after (`na`) or before (`voor`) the cursor,
 * each one an index range in the sort's order, and the ORDER BY to read them in. Several
 * branches instead of one OR: an OR of the key and id conditions is no index range, and a
 * descending key with an ascending tie-breaker is no row comparison. Read each branch with
 * `ORDER BY volgorde LIMIT n`, UNION ALL them, order and limit again. Going back (`voor`)
 * reads in the reverse order; put the rows back in the sort's order afterwards.
 */
export function keysetTakken(sort: KeysetSort, cursor: Cursor | undefined, kant: 'na' | 'voor', param: (v: unknown) => string): { takken: string[]; volgorde: string } {
  const k = sort.kolom;
  const vooruit = kant === 'na';
  const asc = sort.richting === 'ASC';
  // Reading forward: key in its direction, NULLS LAST, id ASC; backward: all reversed.
  const volgorde = vooruit ? `${k} ${sort.richting} NULLS LAST, id ASC` : `${k} ${asc ? 'DESC' : 'ASC'} NULLS FIRST, id DESC`;
  if (!cursor) return { takken: ['TRUE'], volgorde };
  const id = `${param(cursor.id)}::uuid`;
  if (cursor.sleutel === null) {
    return vooruit
      ? { takken: [`${k} IS NULL AND id > ${id}`], volgorde }
      : { takken: [`${k} IS NULL AND id < ${id}`, `${k} IS NOT NULL`], volgorde };
  }
  const c = `${param(cursor.sleutel)}::date`;
  // "Later in the sort": greater for ASC, smaller for DESC.
  const later = asc ? '>' : '<';
  const eerder = asc ? '<' : '>';
  return vooruit
    ? { takken: [`${k} = ${c} AND id > ${id}`, `${k} ${later} ${c}`, `${k} IS NULL`], volgorde }
    : { takken: [`${k} = ${c} AND id < ${id}`, `${k} ${eerder} ${c}`], volgorde };
}
