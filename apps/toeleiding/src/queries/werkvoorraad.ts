import { type LeerlingRegister } from '@pao/zaak';
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
}

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
  if (q.wie === 'mij') waar.push(`${kolom('behandelaar_id')} = ${p.add(wie.id)}`);
  if (q.wie === 'niemand') waar.push(`${kolom('behandelaar_id')} IS NULL`);
  if (q.termijnTot) waar.push(`volgende_termijn_op <= ${p.add(q.termijnTot)}`);
  return waar;
}

/**
 * How many cases match: summed from the counters the triggers keep (docs: migration
 * WerkvoorraadTellers); by behandelaar (not a counter column) counted from its index.
 */
async function totaal(m: EntityManager, wie: Kijker, q: WerkvoorraadFilter): Promise<number> {
  const swv = wie.swv;
  if (q.wie === 'mij' || q.wie === 'niemand' || q.termijnTot) {
    const p = new Parameters();
    const waar = [`swv = ${p.add(swv)}`, q.status?.length ? `status = ANY(${p.add(q.status)}::text[])` : 'open', ...overigeFilters(p, q, wie, (c) => (c === 'partij' ? 'volgende_stap_partij' : c))];
    const [{ n }]: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM toeleiding.aanvraag WHERE ${waar.join(' AND ')}`, p.waarden);
    return n;
  }
  const p = new Parameters();
  const waar = [`swv = ${p.add(swv)}`, q.status?.length ? `status = ANY(${p.add(q.status)}::text[])` : 'open'];
  waar.push(...overigeFilters(p, q, wie, (c) => c));
  const [{ n }]: Array<{ n: number }> = await m.query(`SELECT coalesce(sum(aantal), 0)::int AS n FROM toeleiding.werkvoorraad_teller WHERE ${waar.join(' AND ')}`, p.waarden);
  return n;
}

/**
 * The page of cases. Each filter has an index in the order of the sort, so a page is read
 * off an index. Several statuses are read as one ordered branch per status (each limited
 * to offset + limit) merged afterwards: a single `status = ANY(...)` would sort them all.
 */
async function pagina(m: EntityManager, wie: Kijker, q: WerkvoorraadFilter): Promise<Rij[]> {
  const p = new Parameters();
  const volgorde = q.sorteer === 'ingediend' ? 'ingediend_op DESC NULLS LAST, id' : 'volgende_termijn_op ASC NULLS LAST, id';
  const swvP = p.add(wie.swv);
  const overig = overigeFilters(p, q, wie, (c) => (c === 'partij' ? 'volgende_stap_partij' : c));
  const tot = p.add(q.offset + q.limit);
  const tak = (status?: string) =>
    `(SELECT * FROM toeleiding.aanvraag WHERE ${[`swv = ${swvP}`, status ? `status = ${p.add(status)}` : 'open', ...overig].join(' AND ')}
      ORDER BY ${volgorde} LIMIT ${tot})`;
  const statussen = [...new Set(q.status ?? [])];
  const bron = statussen.length > 0 ? statussen.map((s) => tak(s)).join(' UNION ALL ') : tak();
  return m.query(
    `SELECT a.id, a.kenmerk, a.status, a.uitvoering, a.open, a.leerling_id, a.behandelaar_id, l.weergave, a.school_id, s.naam AS school_naam, a.soort, a.ingediend_op::text,
            a.volgende_stap_partij, a.volgende_stap_actie, a.volgende_termijn_soort, a.volgende_termijn_op::text
     FROM (SELECT * FROM (${bron}) b ORDER BY ${volgorde} LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset)}) a
     JOIN toeleiding.leerling l ON l.id = a.leerling_id
     LEFT JOIN toeleiding.school s ON s.id = a.school_id
     ORDER BY ${volgorde.replace(/(\w+_op|id)/g, 'a.$1')}`,
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
  const rijen = await pagina(m, wie, q);
  return { totaal: await totaal(m, wie, q), items: await alsItems(m, leerlingen, wie, rijen, vandaag) };
}
