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

/** SQL whose parameters are numbered from 1 (the SWV) put behind `params`: its other parameters are appended and renumbered. */
function achter(params: unknown[], q: { sql: string; params: unknown[] }): string {
  const sql = q.sql.replace(/\$(\d+)/g, (_, n: string) => (n === '1' ? '$1' : `$${Number(n) + params.length - 1}`));
  params.push(...q.params.slice(1));
  return sql;
}

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
    const params: unknown[] = [swv, limit + 1];
    const voorwaarden: string[] = [];
    if (vraag.criterium === 'kenmerk') {
      params.push(vraag.waarde);
      voorwaarden.push(`kenmerk = $3`);
    } else if (vraag.criterium === 'leerlingnummer') {
      const leerling = await this.o.leerlingen.zoek(m, swv, vraag.waarde as LeerlingId);
      if (!leerling) return { criterium: vraag.criterium, ids: [], meer: false };
      params.push(leerling.id);
      voorwaarden.push(`${this.leerlingKolom} = $3`);
    } else if (vraag.criterium === 'geboortedatum') {
      voorwaarden.push(`${this.leerlingKolom} IN (${achter(params, this.o.leerlingen.geboortedatumSql(swv, vraag.waarde as string, 1))})`);
    } else {
      const naam = this.o.leerlingen.naamSql(swv, vraag.waarde as string, 1);
      if (naam) voorwaarden.push(`${this.leerlingKolom} IN (${achter(params, naam)})`);
      const letters = (vraag.waarde as string).replace(/[%_\\]/g, '').trim();
      if (this.o.school && letters.length >= 3) {
        params.push(`%${letters}%`);
        voorwaarden.push(`${this.o.school.kolom} IN (${this.o.school.idsSql('$1', `$${params.length}`)})`);
      }
      if (voorwaarden.length === 0) return { criterium: vraag.criterium, ids: [], meer: false };
    }
    // One ordered, limited branch per way of matching (an OR would let the planner walk the
    // whole SWV in kenmerk order for a name nobody has), merged afterwards.
    const takken = voorwaarden.map((v) => `(SELECT id, kenmerk FROM ${this.tabel} WHERE swv = $1 AND ${v} ORDER BY kenmerk DESC LIMIT $2)`);
    const rijen: Array<{ id: string }> = await m.query(
      takken.length === 1 ? takken[0] : `SELECT DISTINCT id, kenmerk FROM (${takken.join(' UNION ALL ')}) t ORDER BY kenmerk DESC LIMIT $2`,
      params,
    );
    return { criterium: vraag.criterium, ids: rijen.slice(0, limit).map((r) => r.id), meer: rijen.length > limit };
  }
}
