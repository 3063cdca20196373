import { type EntityManager } from 'typeorm';
import { isIsoDatum, LeerlingId } from '../domein';
import { type LeerlingRegister } from '../leerling/leerling-register';
import { leesKenmerk } from '../opslag/kenmerk';

/** What a search text was read as (never the text itself: it may be a BSN or a name). */
export type Zoekcriterium = 'kenmerk' | 'leerlingnummer' | 'geboortedatum' | 'naam-of-school';

export interface ZoekOpties {
  /** The service's schema and case table. */
  readonly schema: string;
  readonly tabel: string;
  /** The kenmerk prefix of the case type ('TLV'). */
  readonly kenmerkPrefix: string;
  readonly leerlingen: LeerlingRegister;
  /** The case table's column with the pupil id (default `leerling_id`). */
  readonly leerlingKolom?: string;
  /** A school column and SQL that selects the ids of schools whose name matches `$n` (an ILIKE pattern), when the case has a school. */
  readonly school?: { readonly kolom: string; readonly idsSql: (swvParam: string, patroonParam: string) => string };
}

export interface Zoekresultaat {
  readonly criterium: Zoekcriterium;
  /** Case ids of the SWV, newest kenmerk first. */
  readonly ids: string[];
  /** More than `limit` cases matched. */
  readonly meer: boolean;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
/** A name that many pupils share ("Daan"): the first this many pupils (refine the search for the rest), and the answer says there is more. */
const MAX_LEERLINGEN = 500;


/**
 * Reads a search text: a kenmerk, a BSN or onderwijsnummer (elfproef), a date of birth
 * (dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd), otherwise names (every word must match a name
 * part, three letters or more as its start) or a school. Pure.
 */
export function herkenZoekvraag(tekst: string, prefix: string, swv: string): { criterium: Zoekcriterium; waarde: string | LeerlingId } {
  const t = tekst.trim();
  const kenmerk = leesKenmerk(t, prefix, swv);
  if (kenmerk) return { criterium: 'kenmerk', waarde: kenmerk };
  // A date before a number: 06-05-2010 is also eight digits that may pass the elfproef.
  const d = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = d ? `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}` : t;
  if (isIsoDatum(iso)) return { criterium: 'geboortedatum', waarde: iso };
  const nummer = /^[\d .-]{8,12}$/.test(t) ? LeerlingId.probeer(t.replace(/[ .-]/g, '')) : undefined;
  if (nummer) return { criterium: 'leerlingnummer', waarde: nummer };
  return { criterium: 'naam-of-school', waarde: t };
}

/**
 * Finds the cases of one SWV by kenmerk, pupil number (through its keyed hash), date of
 * birth or name (through the keyed hashes of their search terms) and school name. Every
 * lookup is an index lookup; the text is never stored or logged.
 */
export class ZaakZoeker {
  private readonly tabel: string;
  private readonly leerlingKolom: string;

  constructor(private readonly o: ZoekOpties) {
    for (const n of [o.schema, o.tabel, o.leerlingKolom ?? 'leerling_id', o.school?.kolom ?? 'id']) if (!IDENT.test(n)) throw new Error(`ongeldige SQL-naam: ${n}`);
    this.tabel = `"${o.schema}"."${o.tabel}"`;
    this.leerlingKolom = o.leerlingKolom ?? 'leerling_id';
  }

  async zoek(m: EntityManager, swv: string, tekst: string, limit = 50): Promise<Zoekresultaat> {
    const vraag = herkenZoekvraag(tekst, this.o.kenmerkPrefix, swv);
    const niets = { criterium: vraag.criterium, ids: [], meer: false };
    // First the small sets (pupils, schools) by their own indexes, then the cases by theirs:
    // a condition the planner cannot size would make it walk the SWV in kenmerk order.
    // `schaars`: few cases match (a pupil's): collect them all first, then sort; a dense
    // match (a school's) is read in kenmerk order directly.
    const takken: Array<{ kolom: string; waarden: unknown[]; schaars?: boolean }> = [];
    let afgekapt = false;
    if (vraag.criterium === 'kenmerk') {
      takken.push({ kolom: 'kenmerk', waarden: [vraag.waarde] });
    } else if (vraag.criterium === 'leerlingnummer') {
      const leerling = await this.o.leerlingen.zoek(m, swv, vraag.waarde as LeerlingId);
      if (leerling) takken.push({ kolom: this.leerlingKolom, waarden: [leerling.id], schaars: true });
    } else {
      const q = vraag.criterium === 'geboortedatum' ? this.o.leerlingen.geboortedatumSql(swv, vraag.waarde as string, 1) : this.o.leerlingen.naamSql(swv, vraag.waarde as string, 1);
      if (q) {
        const leerlingen: Array<{ leerling_id: string }> = await m.query(`${q.sql} LIMIT ${MAX_LEERLINGEN + 1}`, q.params);
        afgekapt = leerlingen.length > MAX_LEERLINGEN;
        if (leerlingen.length > 0) takken.push({ kolom: this.leerlingKolom, waarden: leerlingen.slice(0, MAX_LEERLINGEN).map((l) => l.leerling_id), schaars: true });
      }
      const letters = (vraag.waarde as string).replace(/[%_\\]/g, '').trim();
      if (vraag.criterium === 'naam-of-school' && this.o.school && letters.length >= 3) {
        const scholen: Array<{ id: string }> = await m.query(this.o.school.idsSql('$1', '$2'), [swv, `%${letters}%`]);
        // One ordered branch per school (index on school and kenmerk), at most ten schools.
        for (const school of scholen.slice(0, 10)) takken.push({ kolom: this.o.school.kolom, waarden: [school.id] });
      }
    }
    if (takken.length === 0) return niets;
    // A dense branch names one value (a kenmerk, a pupil, a school): compared as a scalar,
    // so an index (swv, school_id, kenmerk) yields the newest kenmerken in order. With
    // `= ANY(array)` on an index's second column PostgreSQL 15 cannot use the index order
    // and sorts all of a school's cases first (seconds at 1M cases).
    const params: unknown[] = [swv, limit + 1, ...takken.map((t) => (t.schaars ? t.waarden : t.waarden[0]))];
    // A planner that sees ORDER BY kenmerk LIMIT may walk the SWV in kenmerk order testing
    // each row against a list of 500 pupils (seconds at 1M cases): a materialised CTE makes
    // it look the pupils' cases up by their index first.
    const sql = takken.map((t, i) =>
      t.schaars
        ? `(WITH z AS MATERIALIZED (SELECT id, kenmerk FROM ${this.tabel} WHERE swv = $1 AND ${t.kolom} = ANY($${i + 3})) SELECT id, kenmerk FROM z ORDER BY kenmerk DESC LIMIT $2)`
        : `(SELECT id, kenmerk FROM ${this.tabel} WHERE swv = $1 AND ${t.kolom} = $${i + 3} ORDER BY kenmerk DESC LIMIT $2)`,
    );
    const rijen: Array<{ id: string }> = await m.query(sql.length === 1 ? sql[0] : `SELECT DISTINCT id, kenmerk FROM (${sql.join(' UNION ALL ')}) t ORDER BY kenmerk DESC LIMIT $2`, params);
    return { criterium: vraag.criterium, ids: rijen.slice(0, limit).map((r) => r.id), meer: afgekapt || rijen.length > limit };
  }
}
