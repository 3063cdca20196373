import { type EntityManager } from 'typeorm';
import { z } from 'zod';
import { isUuid } from '@pao/contracts';

/**
 * Keyset ("cursor") paging for lists sorted by one or more columns (dates or booleans, each
 * ascending or descending, NULLS LAST) and then the id. An OFFSET page walks every row
 * before it (page 14,000 of a million-case list: ~700,000 index entries and their rows); a
 * page after a cursor is a few index range scans that stop after the page, as cheap deep in
 * the list as at its start (ADR 0033).
 *
 * The cursor names the sort (so it is not reused with another order), the sort keys of the
 * row it points at (null where that row has none) and the row's id (the tie-breaker: rows
 * with the same keys are never skipped or repeated). Used by toeleiding, thuiszitters, OJA
 * and overdracht; one helper, so each list pages the same way.
 */
export interface Cursor {
  readonly sorteer: string;
  /** One per sort key, as text: a date 'YYYY-MM-DD', 'true'/'false', or null. */
  readonly sleutels: ReadonlyArray<string | null>;
  readonly id: string;
}

/** Opaque to the client: base64url of a small JSON array [sorteer, ...sleutels, id] (one key: the format toeleiding's first cursors had). */
export function cursorTekst(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.sorteer, ...c.sleutels, c.id])).toString('base64url');
}

const SLEUTEL = /^(\d{4}-\d{2}-\d{2}|true|false)$/;

export function leesCursor(tekst: string): Cursor | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(tekst, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length < 3 || v.length > 6) return undefined;
    const [sorteer, ...rest] = v as unknown[];
    const id = rest.pop();
    if (typeof sorteer !== 'string' || !/^[a-z-]{1,40}$/.test(sorteer)) return undefined;
    if (!rest.every((s) => s === null || (typeof s === 'string' && SLEUTEL.test(s)))) return undefined;
    if (typeof id !== 'string' || !isUuid(id)) return undefined;
    return { sorteer, sleutels: rest as Array<string | null>, id: id.toLowerCase() };
  } catch {
    return undefined;
  }
}

const GEEN_CURSOR = 'geen geldige cursor (neem hem over uit "volgende" of "vorige" van een eerdere pagina)';

/** A query parameter holding a cursor (`na`, `voor`): checked here, so a bad one is a 400 naming it. */
export const CursorParam = z
  .string()
  .max(300)
  .refine((s) => leesCursor(s) !== undefined, GEEN_CURSOR);

/** The query parameters of a keyset list, described once for every service's OpenAPI. */
export const KeysetVelden = {
  na: CursorParam.optional().describe('De pagina na deze cursor (volgende uit een eerder antwoord); offset wordt dan genegeerd'),
  voor: CursorParam.optional().describe('De pagina voor deze cursor (vorige uit een eerder antwoord)'),
};

/** The cursors in a list's answer, described once for every service's OpenAPI. */
export const KeysetAntwoordVelden = {
  volgende: z.string().nullable().describe('Cursor voor de volgende pagina (parameter na), of null aan het eind'),
  vorige: z.string().nullable().describe('Cursor voor de vorige pagina (parameter voor), of null aan het begin'),
};

/** `offset`, kept for older clients and links. */
export const VerouderdeOffset = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .default(0)
  .describe("Verouderd voor diepe pagina's: gebruik na/voor (een OFFSET leest alle regels ervoor)");

/** Paging of a keyset list: a page size, the cursors, and the offset of older clients. */
export const KeysetPaging = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: VerouderdeOffset,
  ...KeysetVelden,
});

/** One sort key: a column (or expression) of type date or boolean, NULLS LAST. */
export interface SortSleutel {
  readonly kolom: string;
  readonly richting: 'ASC' | 'DESC';
  readonly type: 'date' | 'boolean';
  /**
   * false for a NOT NULL column: its ORDER BY then names no NULLS (an index `open DESC` is
   * NULLS FIRST, and `open DESC NULLS LAST` would not match it: a sort of the whole list) and
   * it gets no IS NULL branch.
   */
  readonly nullable?: boolean;
}

/** The sort of a keyset list: its keys, then the id ascending (`id`: the id column, default `id`). */
export interface KeysetSort {
  readonly sleutels: readonly SortSleutel[];
  readonly id?: string;
}

/**
 * For a zod superRefine of a list's query: `na` and `voor` not both, and each cursor of the
 * sort asked for (its name and number of keys, each key of the column's type). A cursor of
 * another sort is a 400 naming the parameter.
 */
export function controleerCursors(q: { na?: string; voor?: string }, sorteer: string, sort: KeysetSort, ctx: z.RefinementCtx): void {
  if (q.na && q.voor) ctx.addIssue({ code: 'custom', message: 'geef na of voor, niet allebei', path: ['voor'] });
  for (const veld of ['na', 'voor'] as const) {
    const c = q[veld] === undefined ? undefined : leesCursor(q[veld]);
    if (!c) continue;
    if (c.sorteer !== sorteer) ctx.addIssue({ code: 'custom', message: `de cursor hoort bij sorteer=${c.sorteer}`, path: [veld] });
    else if (!past(c, sort)) ctx.addIssue({ code: 'custom', message: GEEN_CURSOR, path: [veld] });
  }
}

function past(c: Cursor, sort: KeysetSort): boolean {
  return (
    c.sleutels.length === sort.sleutels.length &&
    c.sleutels.every((s, i) =>
      s === null ? sort.sleutels[i].nullable !== false : sort.sleutels[i].type === 'boolean' ? s === 'true' || s === 'false' : /^\d{4}-\d{2}-\d{2}$/.test(s),
    )
  );
}

/** The order to read in: forward the sort's, backward all reversed. */
function leesvolgorde(sort: KeysetSort, vooruit: boolean, kolom: (i: number) => string, id: string): string {
  const delen = sort.sleutels.map((s, i) => {
    const richting = vooruit ? s.richting : s.richting === 'ASC' ? 'DESC' : 'ASC';
    if (s.nullable === false) return `${kolom(i)} ${richting}`;
    return `${kolom(i)} ${richting} ${vooruit ? 'NULLS LAST' : 'NULLS FIRST'}`;
  });
  return [...delen, `${id} ${vooruit ? 'ASC' : 'DESC'}`].join(', ');
}

/**
 * The WHERE parts that together select the rows after (`na`) or before (`voor`) the cursor,
 * each one an index range in the sort's order, and the ORDER BY to read them in. Several
 * branches instead of one OR: an OR of the key and id conditions is no index range, and a
 * descending key with an ascending tie-breaker is no row comparison. Branch i: the first
 * i - 1 keys equal to the cursor's, key i beyond it (or NULL, as NULLS LAST puts it after
 * every value); the last branch: every key equal, the id beyond. Read each branch with
 * `ORDER BY volgorde LIMIT n`, UNION ALL them, order and limit again (`keysetBron` does).
 */
export function keysetTakken(sort: KeysetSort, cursor: Cursor | undefined, kant: 'na' | 'voor', param: (v: unknown) => string): { takken: string[]; volgorde: string } {
  const vooruit = kant === 'na';
  const idKolom = sort.id ?? 'id';
  const volgorde = leesvolgorde(sort, vooruit, (i) => sort.sleutels[i].kolom, idKolom);
  if (!cursor) return { takken: ['TRUE'], volgorde };
  const takken: string[] = [];
  const gelijk: string[] = [];
  sort.sleutels.forEach((s, i) => {
    const c = cursor.sleutels[i];
    const waarde = c === null ? undefined : `${param(c)}::${s.type}`;
    // "Later in the sort": greater for ASC, smaller for DESC.
    const later = s.richting === 'ASC' ? '>' : '<';
    const eerder = s.richting === 'ASC' ? '<' : '>';
    if (vooruit && waarde) takken.push([...gelijk, `${s.kolom} ${later} ${waarde}`].join(' AND '));
    if (vooruit && waarde && s.nullable !== false) takken.push([...gelijk, `${s.kolom} IS NULL`].join(' AND '));
    if (!vooruit) takken.push([...gelijk, waarde ? `${s.kolom} ${eerder} ${waarde}` : `${s.kolom} IS NOT NULL`].join(' AND '));
    gelijk.push(waarde ? `${s.kolom} = ${waarde}` : `${s.kolom} IS NULL`);
  });
  takken.push([...gelijk, `${idKolom} ${vooruit ? '>' : '<'} ${param(cursor.id)}::uuid`].join(' AND '));
  return { takken, volgorde };
}

/** The columns a page's rows carry their sort keys in (`keyset_0`, …; see `keysetBron`). */
const sleutelKolom = (i: number) => `keyset_${i}`;

/**
 * The SQL of a page's rows, as a subquery: each of the `filters` (alternatives, e.g. one per
 * status, each read off its own index in order) × each keyset branch, limited, merged, in
 * the reading order, `limit + 1` rows (the extra one says there is more). Its columns:
 * `kolommen` (one must be the id, as `id`) and the sort keys as `keyset_0`…. Select from it
 * `keysetSelectie(sort, alias)` and order by `keysetVolgorde(sort, alias)` for the screen.
 */
export function keysetBron(o: {
  sort: KeysetSort;
  kolommen: string;
  van: string;
  filters: readonly string[];
  cursor: Cursor | undefined;
  kant: 'na' | 'voor';
  limit: number;
  offset: number;
  param: (v: unknown) => string;
}): string {
  const { takken, volgorde } = keysetTakken(o.sort, o.cursor, o.kant, o.param);
  const offset = o.cursor ? 0 : o.offset;
  const tot = o.param(offset + o.limit + 1);
  const sleutels = o.sort.sleutels.map((s, i) => `${s.kolom} AS ${sleutelKolom(i)}`).join(', ');
  const tak = (filter: string, t: string) =>
    `(SELECT ${o.kolommen}, ${sleutels} FROM ${o.van} WHERE ${[filter, t].filter((w) => w !== 'TRUE').join(' AND ') || 'TRUE'} ORDER BY ${volgorde} LIMIT ${tot})`;
  const bron = o.filters.flatMap((f) => takken.map((t) => tak(f, t))).join(' UNION ALL ');
  const buiten = leesvolgorde(o.sort, o.kant === 'na', sleutelKolom, 'id');
  return `SELECT * FROM (${bron}) b ORDER BY ${buiten} LIMIT ${o.param(o.limit + 1)} OFFSET ${o.param(offset)}`;
}

/** The screen's order of a page read by `keysetBron`, on its alias. */
export function keysetVolgorde(sort: KeysetSort, alias: string): string {
  return leesvolgorde(sort, true, (i) => `${alias}.${sleutelKolom(i)}`, `${alias}.id`);
}

/** The select-list item that carries a row's sort keys (as text) to `keysetPagina`. */
export function keysetSelectie(sort: KeysetSort, alias: string): string {
  return `ARRAY[${sort.sleutels.map((_, i) => `${alias}.${sleutelKolom(i)}::text`).join(', ')}]::text[] AS keyset`;
}

/** A row read through `keysetBron` + `keysetSelectie`. */
export interface KeysetRij {
  readonly id: string;
  readonly keyset: ReadonlyArray<string | null>;
}

/** What a list request asks of the paging. */
export interface KeysetVraag {
  readonly sorteer: string;
  readonly limit: number;
  readonly offset: number;
  readonly na?: string;
  readonly voor?: string;
}

/** A keyset list's answer: the count (maybe stopped at TELGRENS), the cursors, the page. */
export interface KeysetLijst<T> {
  readonly totaal: number;
  readonly totaalBegrensd: boolean;
  readonly volgende: string | null;
  readonly vorige: string | null;
  readonly items: T[];
}

/** The page of a keyset list and the cursors around it. */
export interface KeysetPagina<R> {
  readonly rijen: R[];
  /** The page after this one, or null at the end. */
  readonly volgende: string | null;
  /** The page before this one, or null at the start. */
  readonly vorige: string | null;
}

/**
 * One page of a keyset list. `lees(cursor, kant, offset)` reads up to limit + 1 rows in the
 * screen's order (keysetBron, then ordered by keysetVolgorde). Going back past the start
 * gives the first page, full (rows may have come or gone). `leeg`: the caller knows nothing
 * matches (a count of 0), so nothing is read.
 */
export async function keysetPagina<R extends KeysetRij>(
  vraag: KeysetVraag,
  lees: (cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number) => Promise<R[]>,
  leeg = false,
): Promise<KeysetPagina<Omit<R, 'keyset'>>> {
  const tekst = vraag.na ?? vraag.voor;
  const cursor = tekst ? leesCursor(tekst) : undefined;
  const kant = vraag.voor && !vraag.na ? 'voor' : 'na';
  let rijen = leeg ? [] : await lees(cursor, kant, cursor ? 0 : vraag.offset);
  let terug = kant === 'voor' && cursor !== undefined;
  if (terug && !leeg && rijen.length <= vraag.limit) {
    rijen = await lees(undefined, 'na', 0);
    terug = false;
  }
  // Read backwards the extra row is the first; forwards the last.
  const meer = rijen.length > vraag.limit;
  const pag = meer ? (terug ? rijen.slice(1) : rijen.slice(0, vraag.limit)) : rijen;
  const eerste = pag[0];
  const laatste = pag[pag.length - 1];
  const nietAanBegin = terug || (cursor !== undefined && kant === 'na') || (!cursor && vraag.offset > 0);
  const cursorVan = (r: R) => cursorTekst({ sorteer: vraag.sorteer, sleutels: r.keyset, id: r.id });
  return {
    rijen: pag.map(({ keyset: _, ...r }) => r),
    volgende: laatste && (terug || meer) ? cursorVan(laatste) : null,
    vorige: eerste && nietAanBegin ? cursorVan(eerste) : null,
  };
}

/** Where a list's count stops ("meer dan 10.000"): an exact count of a big SWV's list read every matching row. */
export const TELGRENS = 10_000;

/**
 * How many rows match, counted up to `grens` + 1 rows: `begrensd` says the total is a floor
 * (the answer gives `grens` and says so). `waar` may use the parameters `params`.
 */
export async function begrensdTellen(m: EntityManager, van: string, waar: string, params: readonly unknown[], grens = TELGRENS): Promise<{ n: number; begrensd: boolean }> {
  const [{ n }]: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${van} WHERE ${waar} LIMIT ${grens + 1}) x`, [...params]);
  return n > grens ? { n: grens, begrensd: true } : { n, begrensd: false };
}

/** The answer fields of a keyset list whose count may stop at TELGRENS. */
export const BegrensdeTellingVelden = {
  totaal: z.number().int().describe('Hoeveel regels aan het filter voldoen; met totaalBegrensd: ten minste zoveel'),
  totaalBegrensd: z.boolean().describe('Het tellen is bij 10.000 gestopt: er zijn er meer (totaal is dan 10000)'),
};
