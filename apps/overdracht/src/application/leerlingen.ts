import { randomUUID } from 'node:crypto';
import { LeerlingRegister, type Leerling, type LeerlingId, type LeerlingSleutels } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { SCHEMA } from '../persistence/persistence';

/**
 * The kit's pupil register with one addition an import needs: many pupils registered in
 * one statement (the same table, keys and masking as `vindOfMaak`).
 */
export class Leerlingen extends LeerlingRegister {
  constructor(private readonly eigenSleutels: LeerlingSleutels) {
    super(SCHEMA, eigenSleutels);
  }

  /** Pseudonymous ids in the order given; every number must occur once (the import refuses duplicates first). */
  async vindOfMaakVeel(m: EntityManager, swv: string, lijst: ReadonlyArray<{ readonly nummer: LeerlingId; readonly gemeente: string }>): Promise<Leerling[]> {
    if (lijst.length === 0) return [];
    const hashes = lijst.map((l) => this.eigenSleutels.hash(l.nummer.soort, l.nummer.onthulNummer()));
    const rijen: Array<Leerling & { nummer_hash: string }> = await m.query(
      `INSERT INTO ${SCHEMA}.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       SELECT id, $2, soort, nummer_hash, nummer_versleuteld, weergave, gemeente
         FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t(id, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       ON CONFLICT (swv, nummer_hash) DO UPDATE SET gemeente = EXCLUDED.gemeente
       RETURNING id, weergave, gemeente, nummer_hash`,
      [
        lijst.map(() => randomUUID()),
        swv,
        lijst.map((l) => l.nummer.soort),
        hashes,
        lijst.map((l) => this.eigenSleutels.versleutel(l.nummer.onthulNummer())),
        lijst.map((l) => l.nummer.gemaskeerd),
        lijst.map((l) => l.gemeente),
      ],
    );
    const perHash = new Map(rijen.map((r) => [r.nummer_hash, { id: r.id, weergave: r.weergave, gemeente: r.gemeente }]));
    return hashes.map((h) => perHash.get(h)!);
  }
}
