import { begrensdTellen, cursorTekst, keysetBron, keysetPagina, keysetSelectie, keysetVolgorde, type Cursor, type KeysetRij, type KeysetSort, type LeerlingRegister } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { plusDagen, type IsoDatum, type Status, type Swv, type TlvSoort, type UitvoeringStatus } from '../domain';
import { type Werkvoorraad, type WerkvoorraadItem as WerkvoorraadItemAntwoord } from './antwoorden';
import { weergaven } from './leerling-weergave';
import { termijnSignaal } from './signaal';
import { stapWeergave } from './volgende-stap-tekst';

/** What the werkvoorraad can be filtered and paged by (the HTTP layer validates it into this). */
export interface WerkvoorraadFilter {
  status?: Status[];
  schoolId?: string;
  soort?: TlvSoort;
  /** 'mij': the caller is the behandelaar; 'aan-zet': the caller's role owes the next step; 'niemand': no behandelaar. */
  wie?: 'mij' | 'aan-zet' | 'niemand';
  /** 'week': the nearest deadline within seven days (or overdue). */
  binnen?: 'week';
  /** Derived by the server from `binnen`: the last deadline day shown. */
  termijnTot?: string;
  sorteer: 'termijn' | 'ingediend';
  limit: number;
  offset: number;
  /** Keyset paging: the page after (`na`) or before (`voor`) this cursor; offset is then ignored. */
  na?: string;
  voor?: string;
}

/** Counting stops here: past it the answer says "more than 10,000" instead of scanning on. */
export { TELGRENS } from '@pao/zaak';

/** One case as the werkvoorraad and the search show it (schema: ./antwoorden). */
export type WerkvoorraadItem = z.output<typeof WerkvoorraadItemAntwoord>;

export interface Rij {
  id: string;
  kenmerk: string;
  status: Status;
  uitvoering: UitvoeringStatus | null;
  open: boolean;
  leerling_id: string;
  behandelaar_id: string | null;
  weergave: string;
  school_id: string;
  school_naam: string | null;
  soort: TlvSoort | null;
  ingediend_op: string | null;
  volgende_stap_partij: string | null;
  volgende_stap_actie: string | null;
  volgende_termijn_soort: string | null;
  volgende_termijn_op: string | null;
}

class Parameters {
  readonly waarden: unknown[] = [];
  add(v: unknown): string {
    this.waarden.push(v);
    return `$${this.waarden.length}`;
  }
}

/** Who looks: the SWV, their role and their id (for "mijn zaken"). */
export interface Kijker {
  readonly swv: Swv;
  readonly rol: string;
  readonly id: string;
}

/** Filters other than status, on `a.` (cases) or on the counter table. */
function overigeFilters(p: Parameters, q: WerkvoorraadFilter, wie: Kijker, kolom: (c: 'soort' | 'school_id' | 'partij' | 'behandelaar_id') => string): string[] {
  // (termijnTot is on the case table only: totaal counts such a filter from the cases.)
  const waar: string[] = [];
  if (q.schoolId) waar.push(`${kolom('school_id')} = ${p.add(q.schoolId)}`);
  if (q.soort) waar.push(`${kolom('soort')} = ${p.add(q.soort)}`);
  if (q.wie === 'aan-zet') waar.push(`${kolom('partij')} = ${p.add(wie.rol)}`);
  // As the indexes hold it (migration WerkvoorraadWie): '' is nobody; an equality keeps the sort on the index.
  if (q.wie === 'mij') waar.push(wie.id ? `coalesce(${kolom('behandelaar_id')}, '') = ${p.add(wie.id)}` : 'FALSE');
  if (q.wie === 'niemand') waar.push(`coalesce(${kolom('behandelaar_id')}, '') = ''`);
  if (q.termijnTot) waar.push(`volgende_termijn_op <= ${p.add(q.termijnTot)}`);
  return waar;
}

/**
 * How many cases match: summed from the counters the triggers keep (docs: migration
 * WerkvoorraadTellers), exact. By behandelaar or deadline (not counter columns) counted from
 * the cases, but at most TELGRENS + 1 rows: in one SWV with a million cases an exact count
 * of "zonder behandelaar" alone read 700,000 index entries; `begrensd` says the total is a
 * floor ("meer dan 10.000").
 */
async function totaal(m: EntityManager, wie: Kijker, q: WerkvoorraadFilter): Promise<{ n: number; begrensd: boolean; statussen?: Status[] }> {
  const perStatus = await uitTellers(m, wie, { ...q, wie: q.wie === 'aan-zet' ? 'aan-zet' : undefined, termijnTot: undefined });
  const teller = [...perStatus.values()].reduce((a, b) => a + b, 0);
  // Statuses the counters put at zero for these filters get no branch in the page query: such
  // a branch read every case of its status to find none (two statuses, one of them
  // onherroepelijk, with a role that owes no step in it: 786,500 rows, 2.6 s).
  const statussen = q.status?.length ? q.status.filter((s) => (perStatus.get(s) ?? 0) > 0) : undefined;
  if (!(q.wie === 'mij' || q.wie === 'niemand' || q.termijnTot)) return { n: teller, begrensd: false, statussen };
  // None match the filters the counters know: none match these either. Without this, a
  // combination that matches nothing (a closed status, a role that owes no step in it,
  // this week) read every case of the status to count none.
  if (teller === 0) return { n: 0, begrensd: false, statussen };
  const p = new Parameters();
  const waar = [`swv = ${p.add(wie.swv)}`, statussen ? `status = ANY(${p.add(statussen)}::text[])` : 'open', ...overigeFilters(p, q, wie, (c) => (c === 'partij' ? 'volgende_stap_partij' : c))];
  return { ...(await begrensdTellen(m, 'toeleiding.aanvraag', waar.join(' AND '), p.waarden)), statussen };
}

/** Exact counts of the filters the counters hold (status or open, school, soort, the role owing the step), per status. */
async function uitTellers(m: EntityManager, wie: Kijker, q: WerkvoorraadFilter): Promise<Map<string, number>> {
  const p = new Parameters();
  const waar = [`swv = ${p.add(wie.swv)}`, q.status?.length ? `status = ANY(${p.add(q.status)}::text[])` : 'open', ...overigeFilters(p, q, wie, (c) => c)];
  const rijen: Array<{ status: string; n: number }> = await m.query(
    `SELECT status, sum(aantal)::int AS n FROM toeleiding.werkvoorraad_teller WHERE ${waar.join(' AND ')} GROUP BY status`,
    p.waarden,
  );
  return new Map(rijen.map((r) => [r.status, r.n]));
}

const KOLOMMEN = `id, kenmerk, status, uitvoering, open, leerling_id, behandelaar_id, school_id, soort, ingediend_op, volgende_stap_partij, volgende_stap_actie, volgende_termijn_soort, volgende_termijn_op`;
const SORTEN: Record<WerkvoorraadFilter['sorteer'], KeysetSort> = {
  termijn: { sleutels: [{ kolom: 'volgende_termijn_op', richting: 'ASC', type: 'date' }] },
  ingediend: { sleutels: [{ kolom: 'ingediend_op', richting: 'DESC', type: 'date' }] },
};

/** The sort behind `sorteer` (the HTTP layer checks a cursor against it). */
export const werkvoorraadSort = (sorteer: WerkvoorraadFilter['sorteer']): KeysetSort => SORTEN[sorteer];

/** The cursor of a row in this sort (its key and id). */
export function cursorVan(sorteer: WerkvoorraadFilter['sorteer'], rij: { id: string; ingediend_op: string | null; volgende_termijn_op: string | null }): string {
  return cursorTekst({ sorteer, sleutels: [sorteer === 'termijn' ? rij.volgende_termijn_op : rij.ingediend_op], id: rij.id });
}

/**
 * The page of cases (limit + 1 rows: the extra one says whether there is more). Each filter
 * has an index in the order of the sort, so a page is read off an index. Several statuses
 * are read as one ordered branch per status (each limited to offset + limit + 1) merged
 * afterwards: a single `status = ANY(...)` would sort them all. After or before a cursor,
 * each status branch is split further into index ranges (keysetBron).
 */
async function pagina(m: EntityManager, wie: Kijker, q: WerkvoorraadFilter, cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number): Promise<Array<Rij & KeysetRij>> {
  const p = new Parameters();
  const sort = SORTEN[q.sorteer];
  const swvP = p.add(wie.swv);
  const overig = overigeFilters(p, q, wie, (c) => (c === 'partij' ? 'volgende_stap_partij' : c));
  const statussen = [...new Set(q.status ?? [])];
  const filters = (statussen.length > 0 ? statussen : [undefined]).map((s) => [`swv = ${swvP}`, s ? `status = ${p.add(s)}` : 'open', ...overig].join(' AND '));
  const bron = keysetBron({ sort, kolommen: KOLOMMEN, van: 'toeleiding.aanvraag', filters, cursor, kant, limit: q.limit, offset, param: (v) => p.add(v) });
  return m.query(
    `SELECT a.id, a.kenmerk, a.status, a.uitvoering, a.open, a.leerling_id, a.behandelaar_id, l.weergave, a.school_id, s.naam AS school_naam, a.soort, a.ingediend_op::text,
            a.volgende_stap_partij, a.volgende_stap_actie, a.volgende_termijn_soort, a.volgende_termijn_op::text, ${keysetSelectie(sort, 'a')}
     FROM (${bron}) a
     JOIN toeleiding.leerling l ON l.id = a.leerling_id
     LEFT JOIN toeleiding.school s ON s.id = a.school_id
     ORDER BY ${keysetVolgorde(sort, 'a')}`,
    p.waarden,
  );
}

/** The cases with these ids (of the SWV), in the order given: search results. */
export async function zakenMetIds(m: EntityManager, swv: Swv, ids: readonly string[]): Promise<Rij[]> {
  if (ids.length === 0) return [];
  const rijen: Rij[] = await m.query(
    `SELECT a.id, a.kenmerk, a.status, a.uitvoering, a.open, a.leerling_id, a.behandelaar_id, l.weergave, a.school_id, s.naam AS school_naam, a.soort, a.ingediend_op::text,
            a.volgende_stap_partij, a.volgende_stap_actie, a.volgende_termijn_soort, a.volgende_termijn_op::text
     FROM toeleiding.aanvraag a JOIN toeleiding.leerling l ON l.id = a.leerling_id LEFT JOIN toeleiding.school s ON s.id = a.school_id
     WHERE a.swv = $1 AND a.id = ANY($2::uuid[])`,
    [swv, ids],
  );
  const volgorde = new Map(ids.map((id, i) => [id, i]));
  return rijen.sort((a, b) => volgorde.get(a.id)! - volgorde.get(b.id)!);
}

/** Rows as the werkvoorraad shows them: pupil and behandelaar as the actor may see them, the signal against today. */
export async function alsItems(m: EntityManager, leerlingen: LeerlingRegister, wie: Kijker, rijen: readonly Rij[], vandaag: IsoDatum): Promise<WerkvoorraadItem[]> {
  const w = await weergaven(m, leerlingen, wie.swv, wie.rol, rijen);
  return rijen.map((r) => ({
    id: r.id,
    kenmerk: r.kenmerk,
    status: r.status,
    uitvoering: r.uitvoering,
    open: r.open,
    leerling: w.leerling(r),
    behandelaar: w.behandelaar(r),
    school: { id: r.school_id, naam: r.school_naam },
    soort: r.soort,
    ingediendOp: r.ingediend_op,
    volgendeStap: stapWeergave(r.volgende_stap_partij, r.volgende_stap_actie),
    volgendeTermijn:
      r.volgende_termijn_soort && r.volgende_termijn_op
        ? { soort: r.volgende_termijn_soort, vervaltOp: r.volgende_termijn_op, ...termijnSignaal(vandaag, r.volgende_termijn_op) }
        : null,
  }));
}

/**
 * The werkvoorraad: open cases of one SWV (or, with a status filter, the cases in those
 * states), filtered and sorted on the projection columns. `wie=mij`: the actor is the
 * behandelaar; `wie=aan-zet`: the actor's role owes the next step; `wie=niemand`: no
 * behandelaar yet. Signals are computed against today.
 */
export async function werkvoorraad(
  m: EntityManager,
  leerlingen: LeerlingRegister,
  wie: Kijker,
  vraag: WerkvoorraadFilter,
  vandaag: IsoDatum,
): Promise<z.output<typeof Werkvoorraad>> {
  const q = vraag.binnen === 'week' ? { ...vraag, termijnTot: plusDagen(vandaag, 7) } : vraag;
  // No JIT for these short reads: PostgreSQL compiles a plan it expects to be costly (a bounded
  // count over a wide range, a deep OFFSET), 50–750 ms of compiling for reads of 5–80 ms.
  // SET LOCAL: for this transaction only (every caller reads the werkvoorraad in one).
  await m.query('SET LOCAL jit = off');
  // The count first (counters, or a bounded count): a page past the end, or of a filter
  // nothing matches, needs no page query. Such a query read every case of a status in the
  // SWV to find none (bench/landelijk: 5,300 buffers in the largest SWV).
  const { n, begrensd, statussen } = await totaal(m, wie, q);
  const leeg = n === 0 || (!q.na && !q.voor && !begrensd && q.offset >= n);
  const vq = statussen ? { ...q, status: statussen } : q;
  const { rijen, volgende, vorige } = await keysetPagina(q, (cursor, kant, offset) => pagina(m, wie, vq, cursor, kant, offset), leeg);
  return {
    totaal: n,
    totaalBegrensd: begrensd,
    volgende,
    vorige,
    items: await alsItems(m, leerlingen, wie, rijen, vandaag),
  };
}
