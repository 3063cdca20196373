import { type EntityManager } from 'typeorm';
import { type TlvAanvraag } from '../domain';
import { PROJECTIE_KOLOMMEN, type Projectie } from './projectie';

/** Thrown when the stored version moved on under us (should not happen under FOR UPDATE). */
export class VersieConflict extends Error {
  constructor(readonly aanvraagId: string) {
    super(`aanvraag ${aanvraagId} is intussen gewijzigd`);
    this.name = 'VersieConflict';
  }
}

export interface GeladenAanvraag {
  readonly state: TlvAanvraag;
  readonly leerlingId: string;
}

/**
 * The case table: state as jsonb plus the projection columns, written together. Reads
 * for a command lock the row (SELECT … FOR UPDATE) so concurrent commands on one case
 * run one after the other; the version check on UPDATE is the second line of defence.
 */
export const aanvraagRepository = {
  async laadVoorWijziging(m: EntityManager, id: string, swv: string): Promise<GeladenAanvraag | undefined> {
    const rows: Array<{ state: TlvAanvraag; leerling_id: string }> = await m.query(
      `SELECT state, leerling_id FROM toeleiding.aanvraag WHERE id = $1 AND swv = $2 FOR UPDATE`,
      [id, swv],
    );
    return rows[0] && { state: rows[0].state, leerlingId: rows[0].leerling_id };
  },

  async laad(m: EntityManager, id: string, swv: string): Promise<TlvAanvraag | undefined> {
    const rows: Array<{ state: TlvAanvraag }> = await m.query(`SELECT state FROM toeleiding.aanvraag WHERE id = $1 AND swv = $2`, [id, swv]);
    return rows[0]?.state;
  },

  async voegToe(m: EntityManager, state: TlvAanvraag, leerlingId: string, p: Projectie): Promise<void> {
    const kolommen = ['id', 'swv', 'versie', 'state', 'leerling_id', ...PROJECTIE_KOLOMMEN];
    const waarden = [state.id, state.swv, state.versie, JSON.stringify(state), leerlingId, ...PROJECTIE_KOLOMMEN.map((k) => p[k])];
    await m.query(`INSERT INTO toeleiding.aanvraag (${kolommen.join(', ')}) VALUES (${kolommen.map((_, i) => `$${i + 1}`).join(', ')})`, waarden);
  },

  async werkBij(m: EntityManager, state: TlvAanvraag, vorigeVersie: number, p: Projectie): Promise<void> {
    const sets = PROJECTIE_KOLOMMEN.map((k, i) => `${k} = $${i + 5}`);
    const result: [unknown[], number] = await m.query(
      `UPDATE toeleiding.aanvraag SET versie = $3, state = $4, ${sets.join(', ')}, bijgewerkt_op = now()
       WHERE id = $1 AND versie = $2`,
      [state.id, vorigeVersie, state.versie, JSON.stringify(state), ...PROJECTIE_KOLOMMEN.map((k) => p[k])],
    );
    if (result[1] !== 1) throw new VersieConflict(state.id);
  },

  /** Only the projection: for columns that depend on today's date (the last-school-year step). */
  async werkProjectieBij(m: EntityManager, id: string, p: Projectie): Promise<void> {
    const sets = PROJECTIE_KOLOMMEN.map((k, i) => `${k} = $${i + 2}`);
    await m.query(`UPDATE toeleiding.aanvraag SET ${sets.join(', ')}, bijgewerkt_op = now() WHERE id = $1`, [id, ...PROJECTIE_KOLOMMEN.map((k) => p[k])]);
  },

  /** The TLV of another case (the one a verlenging follows up). */
  async tlvIdVan(m: EntityManager, aanvraagId: string): Promise<string | undefined> {
    const rows: Array<{ tlv_id: string | null }> = await m.query(`SELECT tlv_id FROM toeleiding.aanvraag WHERE id = $1`, [aanvraagId]);
    return rows[0]?.tlv_id ?? undefined;
  },
};
