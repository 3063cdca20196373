import { type EntityManager } from 'typeorm';
import { type IsoDatum, type Status, type Swv, type TlvSoort } from '../domain';
import { termijnSignaal } from './signaal';
import { stapWeergave } from './volgende-stap-tekst';

/** What the werkvoorraad can be filtered and paged by (the HTTP layer validates it into this). */
export interface WerkvoorraadFilter {
  status?: Status[];
  schoolId?: string;
  soort?: TlvSoort;
  /** 'mij': only cases where the caller's role owes the next step. */
  wie?: 'mij';
  sorteer: 'termijn' | 'ingediend';
  limit: number;
  offset: number;
}

export interface WerkvoorraadItem {
  id: string;
  status: string;
  uitvoering: string | null;
  leerling: { weergave: string };
  school: { id: string; naam: string | null };
  soort: string | null;
  ingediendOp: IsoDatum | null;
  volgendeStap: { wie: string; wat: string; actie: string } | null;
  volgendeTermijn: { soort: string; vervaltOp: IsoDatum; dagenResterend: number; signaal: string } | null;
}

interface Rij {
  id: string;
  status: string;
  uitvoering: string | null;
  weergave: string;
  school_id: string;
  school_naam: string | null;
  soort: string | null;
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

/** Filters other than status, on `a.` (cases) or on the counter table. */
function overigeFilters(p: Parameters, q: WerkvoorraadFilter, rol: string, kolom: (c: 'soort' | 'school_id' | 'partij') => string): string[] {
  const waar: string[] = [];
  if (q.schoolId) waar.push(`${kolom('school_id')} = ${p.add(q.schoolId)}`);
  if (q.soort) waar.push(`${kolom('soort')} = ${p.add(q.soort)}`);
  if (q.wie === 'mij') waar.push(`${kolom('partij')} = ${p.add(rol)}`);
  return waar;
}

/** How many cases match: summed from the counters the triggers keep (docs: migration WerkvoorraadTellers). */
async function totaal(m: EntityManager, swv: Swv, rol: string, q: WerkvoorraadFilter): Promise<number> {
  const p = new Parameters();
  const waar = [`swv = ${p.add(swv)}`, q.status?.length ? `status = ANY(${p.add(q.status)}::text[])` : 'open'];
  waar.push(...overigeFilters(p, q, rol, (c) => c));
  const [{ n }]: Array<{ n: number }> = await m.query(`SELECT coalesce(sum(aantal), 0)::int AS n FROM toeleiding.werkvoorraad_teller WHERE ${waar.join(' AND ')}`, p.waarden);
  return n;
}

/**
 * The page of cases. Each filter has an index in the order of the sort, so a page is read
 * off an index. Several statuses are read as one ordered branch per status (each limited
 * to offset + limit) merged afterwards: a single `status = ANY(...)` would sort them all.
 */
async function pagina(m: EntityManager, swv: Swv, rol: string, q: WerkvoorraadFilter): Promise<Rij[]> {
  const p = new Parameters();
  const volgorde = q.sorteer === 'ingediend' ? 'ingediend_op DESC NULLS LAST, id' : 'volgende_termijn_op ASC NULLS LAST, id';
  const swvP = p.add(swv);
  const overig = overigeFilters(p, q, rol, (c) => (c === 'partij' ? 'volgende_stap_partij' : c));
  const tot = p.add(q.offset + q.limit);
  const tak = (status?: string) =>
    `(SELECT * FROM toeleiding.aanvraag WHERE ${[`swv = ${swvP}`, status ? `status = ${p.add(status)}` : 'open', ...overig].join(' AND ')}
      ORDER BY ${volgorde} LIMIT ${tot})`;
  const statussen = [...new Set(q.status ?? [])];
  const bron = statussen.length > 0 ? statussen.map((s) => tak(s)).join(' UNION ALL ') : tak();
  return m.query(
    `SELECT a.id, a.status, a.uitvoering, l.weergave, a.school_id, s.naam AS school_naam, a.soort, a.ingediend_op::text,
            a.volgende_stap_partij, a.volgende_stap_actie, a.volgende_termijn_soort, a.volgende_termijn_op::text
     FROM (SELECT * FROM (${bron}) b ORDER BY ${volgorde} LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset)}) a
     JOIN toeleiding.leerling l ON l.id = a.leerling_id
     LEFT JOIN toeleiding.school s ON s.id = a.school_id
     ORDER BY ${volgorde.replace(/(\w+_op|id)/g, 'a.$1')}`,
    p.waarden,
  );
}

/**
 * The werkvoorraad: open cases of one SWV (or, with a status filter, the cases in those
 * states), filtered and sorted on the projection columns. `wie=mij` = cases where the
 * actor's role owes the next step. Signals are computed against today.
 */
export async function werkvoorraad(
  m: EntityManager,
  swv: Swv,
  rol: string,
  q: WerkvoorraadFilter,
  vandaag: IsoDatum,
): Promise<{ totaal: number; items: WerkvoorraadItem[] }> {
  const rijen = await pagina(m, swv, rol, q);
  return {
    totaal: await totaal(m, swv, rol, q),
    items: rijen.map((r) => ({
      id: r.id,
      status: r.status,
      uitvoering: r.uitvoering,
      leerling: { weergave: r.weergave },
      school: { id: r.school_id, naam: r.school_naam },
      soort: r.soort,
      ingediendOp: r.ingediend_op,
      volgendeStap: stapWeergave(r.volgende_stap_partij, r.volgende_stap_actie),
      volgendeTermijn:
        r.volgende_termijn_soort && r.volgende_termijn_op
          ? { soort: r.volgende_termijn_soort, vervaltOp: r.volgende_termijn_op, ...termijnSignaal(vandaag, r.volgende_termijn_op) }
          : null,
    })),
  };
}
