import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { type LeerlingId } from '../domein';
import { type LeerlingSleutels } from './leerling-sleutels';

export interface Leerling {
  readonly id: string;
  /** Masked number (***-**-123): enough for a person to tell two pupils apart. */
  readonly weergave: string;
  /** Woongemeente (CBS code): events for gemeenten are routed by it. */
  readonly gemeente: string;
}

/**
 * The pupil table of a case service: the only place a BSN or onderwijsnummer lives,
 * encrypted, found by a keyed hash (under any active key while a rotation runs); cases refer to the pseudonymous id, which is also the
 * leerlingId of events. One id per pupil per SWV: a tenant never learns that another SWV
 * knows the same child.
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

/** Pupils by number in the service's own schema. This is the only code that calls onthulNummer(). */
export class LeerlingRegister {
  private readonly tabel: string;

  constructor(
    schema: string,
    private readonly sleutels: LeerlingSleutels,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`ongeldige schemanaam: ${schema}`);
    this.tabel = `"${schema}".leerling`;
  }

  /** The pupil's pseudonymous id, registering them on first sight; the woongemeente is kept current. */
  async vindOfMaak(m: EntityManager, swv: string, nummer: LeerlingId, gemeente: string): Promise<Leerling> {
    const onthuld = nummer.onthulNummer();
    // Known under an older key (a key rotation may be running): the same pupil, its row.
    const bekend: Array<{ nummer_hash: string }> = await m.query(`SELECT nummer_hash FROM ${this.tabel} WHERE swv = $1 AND nummer_hash = ANY($2) LIMIT 1`, [
      swv,
      this.sleutels.hashes(nummer.soort, onthuld),
    ]);
    const hash = bekend[0]?.nummer_hash ?? this.sleutels.hash(nummer.soort, onthuld);
    const rijen: Leerling[] = await m.query(
      `INSERT INTO ${this.tabel} (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (swv, nummer_hash) DO UPDATE SET gemeente = EXCLUDED.gemeente
       RETURNING id, weergave, gemeente`,
      [randomUUID(), swv, nummer.soort, hash, this.sleutels.versleutel(onthuld), nummer.gemaskeerd, gemeente],
    );
    return rijen[0];
  }

  /** The pupil with this number in the SWV, if known (an exact search; the number is never stored or logged in clear). */
  async zoek(m: EntityManager, swv: string, nummer: LeerlingId): Promise<Leerling | undefined> {
    const rijen: Leerling[] = await m.query(`SELECT id, weergave, gemeente FROM ${this.tabel} WHERE swv = $1 AND nummer_hash = ANY($2) LIMIT 1`, [
      swv,
      this.sleutels.hashes(nummer.soort, nummer.onthulNummer()),
    ]);
    return rijen[0];
  }

  async gemeenteVan(m: EntityManager, id: string): Promise<string> {
    const rijen: Array<{ gemeente: string }> = await m.query(`SELECT gemeente FROM ${this.tabel} WHERE id = $1`, [id]);
    // A case always has its pupil: a missing row is a bug, not a default.
    if (!rijen[0]) throw new Error(`leerling ${id} not found`);
    return rijen[0].gemeente;
  }

  async weergaveVan(m: EntityManager, swv: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rijen: Array<{ id: string; weergave: string }> = await m.query(`SELECT id, weergave FROM ${this.tabel} WHERE swv = $1 AND id = ANY($2::uuid[])`, [swv, ids]);
    return new Map(rijen.map((r) => [r.id, r.weergave]));
  }
}
