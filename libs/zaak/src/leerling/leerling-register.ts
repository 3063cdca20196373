import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { geboortedatumTerm, naamTermen, volledigeNaam, zoekTermen, type LeerlingId, type Personalia } from '../domein';
import { type LeerlingSleutels } from './leerling-sleutels';

export interface Leerling {
  readonly id: string;
  /** Masked number (***-**-123): enough for a person to tell two pupils apart. */
  readonly weergave: string;
  /** Woongemeente (CBS code): events for gemeenten are routed by it. */
  readonly gemeente: string;
}

/** Name and birth date as the roles that work the case see them. */
export interface LeerlingPersonalia extends Personalia {
  readonly naam: string;
}

/**
 * The pupil table of a case service: the only place a BSN or onderwijsnummer, a name or a
 * birth date lives, encrypted; the number is found by a keyed hash (under any active key
 * while a rotation runs), names and birth dates through keyed hashes of search terms
 * (`leerling_zoekterm`, a blind index). Cases refer to the pseudonymous id, which is also
 * the leerlingId of events. One id per pupil per SWV: a tenant never learns that another
 * SWV knows the same child.
 */
export function leerlingTabelSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".leerling (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('bsn', 'onderwijsnummer')),
      nummer_hash text NOT NULL,
      nummer_versleuteld text NOT NULL,
      weergave text NOT NULL,
      gemeente text NOT NULL CHECK (gemeente ~ '^GM[0-9]{4}$'),
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      UNIQUE (swv, nummer_hash)
    )`,
  ];
}

/**
 * Name and birth date (encrypted) and their search terms, added by a service's own
 * migration after leerlingTabelSql (whose output never changes: migrations that ran call
 * it). Without them the register keeps numbers only; a service that passes personalia
 * to vindOfMaak or searches names needs them.
 */
export function leerlingPersonaliaSql(schema: string): string[] {
  return [
    `ALTER TABLE "${schema}".leerling ADD COLUMN personalia_versleuteld text`,
    `CREATE TABLE "${schema}".leerling_zoekterm (
      swv text NOT NULL,
      term text NOT NULL,
      leerling_id uuid NOT NULL REFERENCES "${schema}".leerling (id) ON DELETE CASCADE,
      PRIMARY KEY (swv, term, leerling_id)
    )`,
    `CREATE INDEX leerling_zoekterm_leerling ON "${schema}".leerling_zoekterm (leerling_id)`,
  ];
}

/** Pupils by number in the service's own schema. This is the only code that calls onthulNummer(). */
export class LeerlingRegister {
  private readonly tabel: string;
  private readonly termen: string;

  constructor(
    schema: string,
    private readonly sleutels: LeerlingSleutels,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`ongeldige schemanaam: ${schema}`);
    this.tabel = `"${schema}".leerling`;
    this.termen = `"${schema}".leerling_zoekterm`;
  }

  /**
   * The pupil's pseudonymous id, registering them on first sight; the woongemeente is kept
   * current, and so are name and birth date when given (the latest registration wins).
   */
  async vindOfMaak(m: EntityManager, swv: string, nummer: LeerlingId, gemeente: string, personalia?: Personalia): Promise<Leerling> {
    const onthuld = nummer.onthulNummer();
    // Known under an older key (a key rotation may be running): the same pupil, its row.
    const bekend: Array<{ nummer_hash: string }> = await m.query(`SELECT nummer_hash FROM ${this.tabel} WHERE swv = $1 AND nummer_hash = ANY($2) LIMIT 1`, [
      swv,
      this.sleutels.hashes(nummer.soort, onthuld),
    ]);
    const hash = bekend[0]?.nummer_hash ?? this.sleutels.hash(nummer.soort, onthuld);
    const waarden = [randomUUID(), swv, nummer.soort, hash, this.sleutels.versleutel(onthuld), nummer.gemaskeerd, gemeente];
    // Without personalia the columns of leerlingPersonaliaSql are not touched: a service without them works as before.
    const rijen: Leerling[] = personalia
      ? await m.query(
          `INSERT INTO ${this.tabel} (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente, personalia_versleuteld)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (swv, nummer_hash) DO UPDATE SET gemeente = EXCLUDED.gemeente, personalia_versleuteld = EXCLUDED.personalia_versleuteld
           RETURNING id, weergave, gemeente`,
          [...waarden, this.sleutels.versleutelPersonalia(JSON.stringify(personalia))],
        )
      : await m.query(
          `INSERT INTO ${this.tabel} (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (swv, nummer_hash) DO UPDATE SET gemeente = EXCLUDED.gemeente
           RETURNING id, weergave, gemeente`,
          waarden,
        );
    if (personalia) await this.indexeer(m, swv, rijen[0].id, personalia);
    return rijen[0];
  }

  /** Replaces the search terms of a pupil (name words and their prefixes, birth date). */
  private async indexeer(m: EntityManager, swv: string, id: string, p: Personalia): Promise<void> {
    await m.query(`DELETE FROM ${this.termen} WHERE leerling_id = $1`, [id]);
    const termen = [...naamTermen(p.voornaam, p.tussenvoegsel, p.achternaam), geboortedatumTerm(p.geboortedatum)].map((t) => this.sleutels.zoekterm(t));
    await m.query(`INSERT INTO ${this.termen} (swv, term, leerling_id) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`, [swv, termen, id]);
  }

  /** The pupil with this number in the SWV, if known (an exact search; the number is never stored or logged in clear). */
  async zoek(m: EntityManager, swv: string, nummer: LeerlingId): Promise<Leerling | undefined> {
    const rijen: Leerling[] = await m.query(`SELECT id, weergave, gemeente FROM ${this.tabel} WHERE swv = $1 AND nummer_hash = ANY($2) LIMIT 1`, [
      swv,
      this.sleutels.hashes(nummer.soort, nummer.onthulNummer()),
    ]);
    return rijen[0];
  }

  /**
   * SQL that selects the ids of the SWV's pupils whose name has every word of `tekst`
   * (a word of three letters or more also as the start of a name part), with its
   * parameters numbered from `eerste`. Undefined when the text has no letters.
   */
  naamSql(swv: string, tekst: string, eerste: number): { sql: string; params: unknown[] } | undefined {
    const termen = zoekTermen(tekst);
    if (termen.length === 0) return undefined;
    return this.termSql(swv, termen, eerste);
  }

  /** As naamSql, for a date of birth (YYYY-MM-DD). */
  geboortedatumSql(swv: string, datum: string, eerste: number): { sql: string; params: unknown[] } {
    return this.termSql(swv, [geboortedatumTerm(datum)], eerste);
  }

  private termSql(swv: string, termen: string[], eerste: number): { sql: string; params: unknown[] } {
    const params: unknown[] = [swv];
    const delen = termen.map((t) => {
      params.push(this.sleutels.zoektermKandidaten(t));
      return `SELECT leerling_id FROM ${this.termen} WHERE swv = $${eerste} AND term = ANY($${eerste + params.length - 1}::text[])`;
    });
    return { sql: delen.join(' INTERSECT '), params };
  }

  async gemeenteVan(m: EntityManager, id: string): Promise<string> {
    return (await this.gemeentenVan(m, [id])).get(id)!;
  }

  /** Pupil id → woongemeente, for the events of a batch of changes. */
  async gemeentenVan(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const uniek = [...new Set(ids)];
    const rijen: Array<{ id: string; gemeente: string }> = uniek.length === 0 ? [] : await m.query(`SELECT id, gemeente FROM ${this.tabel} WHERE id = ANY($1::uuid[])`, [uniek]);
    const uit = new Map(rijen.map((r) => [r.id, r.gemeente]));
    // A case always has its pupil: a missing row is a bug, not a default.
    const weg = uniek.find((id) => !uit.has(id));
    if (weg) throw new Error(`leerling ${weg} not found`);
    return uit;
  }

  async weergaveVan(m: EntityManager, swv: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rijen: Array<{ id: string; weergave: string }> = await m.query(`SELECT id, weergave FROM ${this.tabel} WHERE swv = $1 AND id = ANY($2::uuid[])`, [swv, ids]);
    return new Map(rijen.map((r) => [r.id, r.weergave]));
  }

  /**
   * Name and birth date of these pupils of the SWV, decrypted: only for the roles that
   * work the case (the caller decides), never for logs, events or partner exports.
   */
  async personaliaVan(m: EntityManager, swv: string, ids: readonly string[]): Promise<Map<string, LeerlingPersonalia>> {
    if (ids.length === 0) return new Map();
    const rijen: Array<{ id: string; p: string | null }> = await m.query(
      `SELECT id, personalia_versleuteld AS p FROM ${this.tabel} WHERE swv = $1 AND id = ANY($2::uuid[]) AND personalia_versleuteld IS NOT NULL`,
      [swv, [...new Set(ids)]],
    );
    return new Map(
      rijen.map((r) => {
        const p = JSON.parse(this.sleutels.ontsleutelPersonalia(r.p!)) as Personalia;
        return [r.id, { ...p, naam: volledigeNaam(p) }];
      }),
    );
  }

  /** Re-encrypts and re-hashes names and birth dates under the current keys (scripts/rekey-pupil-numbers.ts). */
  async herindexeer(m: EntityManager, id: string): Promise<void> {
    const [rij]: Array<{ swv: string; p: string | null }> = await m.query(`SELECT swv, personalia_versleuteld AS p FROM ${this.tabel} WHERE id = $1 FOR UPDATE`, [id]);
    if (!rij?.p) return;
    const p = JSON.parse(this.sleutels.ontsleutelPersonalia(rij.p)) as Personalia;
    await m.query(`UPDATE ${this.tabel} SET personalia_versleuteld = $2 WHERE id = $1`, [id, this.sleutels.versleutelPersonalia(JSON.stringify(p))]);
    await this.indexeer(m, rij.swv, id, p);
  }
}
