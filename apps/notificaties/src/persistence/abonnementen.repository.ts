import type { EntityManager } from 'typeorm';
import type { AbonnementStatus, Kanaal } from '../domain/abonnement';

const S = 'notificaties';

/** Which subscriptions an actor may see: a partner its organisation's, a beheerder every one of the SWV. */
export interface Bereik {
  readonly swv: string;
  /** Undefined for the beheerder (whole SWV). */
  readonly organisatie?: string;
}

export interface AbonnementRij {
  readonly id: string;
  readonly swv: string;
  readonly organisatie: string;
  readonly callbackUrl: string;
  readonly authIngesteld: boolean;
  readonly kanalen: Kanaal[];
  readonly gemeenten: string[];
  readonly status: AbonnementStatus;
  readonly maxGelijktijdig: number;
  readonly opeenvolgendeFouten: number;
  readonly falendSinds: Date | null;
  readonly gepauzeerdTot: Date | null;
  readonly falendGemeldOp: Date | null;
  readonly vorigGeheimGeldigTot: Date | null;
  readonly aangemaaktOp: Date;
  readonly gewijzigdOp: Date;
  readonly wachtend: number;
  readonly opgegeven: number;
  readonly laatstBezorgdOp: Date | null;
}

export interface NieuwAbonnement {
  readonly id: string;
  readonly swv: string;
  readonly organisatie: string;
  readonly aangemaaktDoor: string;
  readonly callbackUrl: string;
  readonly authVersleuteld?: string;
  readonly kanalen: readonly Kanaal[];
  readonly gemeenten: readonly string[];
  readonly geheimVersleuteld: string;
  readonly maxGelijktijdig: number;
  readonly nu: Date;
}

const KOLOMMEN = `a.id, a.swv, a.organisatie, a.callback_url AS "callbackUrl", a.auth_versleuteld IS NOT NULL AS "authIngesteld", a.kanalen, a.gemeenten,
  a.status, a.max_gelijktijdig AS "maxGelijktijdig", a.opeenvolgende_fouten AS "opeenvolgendeFouten", a.falend_sinds AS "falendSinds",
  a.gepauzeerd_tot AS "gepauzeerdTot", a.falend_gemeld_op AS "falendGemeldOp",
  CASE WHEN a.vorig_geheim_geldig_tot > now() THEN a.vorig_geheim_geldig_tot END AS "vorigGeheimGeldigTot",
  a.aangemaakt_op AS "aangemaaktOp", a.gewijzigd_op AS "gewijzigdOp",
  (SELECT count(*)::int FROM ${S}.bezorging b WHERE b.abonnement_id = a.id AND b.status = 'wachtend') AS wachtend,
  (SELECT count(*)::int FROM ${S}.bezorging b WHERE b.abonnement_id = a.id AND b.status = 'opgegeven') AS opgegeven,
  (SELECT max(b.bezorgd_op) FROM ${S}.bezorging b WHERE b.abonnement_id = a.id AND b.status = 'bezorgd') AS "laatstBezorgdOp"`;

function bereikVoorwaarde(bereik: Bereik, eerste: number): { sql: string; waarden: unknown[] } {
  return bereik.organisatie === undefined
    ? { sql: `a.swv = $${eerste}`, waarden: [bereik.swv] }
    : { sql: `a.swv = $${eerste} AND a.organisatie = $${eerste + 1}`, waarden: [bereik.swv, bereik.organisatie] };
}

export const abonnementenRepository = {
  async maak(m: EntityManager, n: NieuwAbonnement): Promise<void> {
    await m.query(
      `INSERT INTO ${S}.abonnement (id, swv, organisatie, aangemaakt_door, callback_url, auth_versleuteld, kanalen, gemeenten, geheim_versleuteld, status, max_gelijktijdig, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'actief', $10, $11)`,
      [n.id, n.swv, n.organisatie, n.aangemaaktDoor, n.callbackUrl, n.authVersleuteld ?? null, JSON.stringify(n.kanalen), n.gemeenten, n.geheimVersleuteld, n.maxGelijktijdig, n.nu],
    );
  },

  async aantalActief(m: EntityManager, swv: string, organisatie: string): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM ${S}.abonnement WHERE swv = $1 AND organisatie = $2 AND status <> 'opgezegd'`, [swv, organisatie]);
    return n;
  },

  async lijst(m: EntityManager, bereik: Bereik, metOpgezegd: boolean): Promise<AbonnementRij[]> {
    const v = bereikVoorwaarde(bereik, 1);
    return m.query(`SELECT ${KOLOMMEN} FROM ${S}.abonnement a WHERE ${v.sql}${metOpgezegd ? '' : ` AND a.status <> 'opgezegd'`} ORDER BY a.aangemaakt_op, a.id`, v.waarden);
  },

  /** One subscription within the actor's reach (another SWV's or organisation's: undefined, i.e. 404). */
  async vind(m: EntityManager, bereik: Bereik, id: string, opties: { vergrendel?: boolean } = {}): Promise<AbonnementRij | undefined> {
    const v = bereikVoorwaarde(bereik, 2);
    if (opties.vergrendel) await m.query(`SELECT 1 FROM ${S}.abonnement a WHERE a.id = $1 AND ${v.sql} FOR UPDATE`, [id, ...v.waarden]);
    const rijen = await m.query(`SELECT ${KOLOMMEN} FROM ${S}.abonnement a WHERE a.id = $1 AND ${v.sql}`, [id, ...v.waarden]);
    return rijen[0];
  },

  async wijzig(m: EntityManager, id: string, w: { callbackUrl?: string; authVersleuteld?: string | null; kanalen?: readonly Kanaal[]; gemeenten?: readonly string[] }): Promise<void> {
    await m.query(
      `UPDATE ${S}.abonnement SET callback_url = COALESCE($2, callback_url),
              auth_versleuteld = CASE WHEN $3::boolean THEN $4 ELSE auth_versleuteld END,
              kanalen = COALESCE($5::jsonb, kanalen), gemeenten = COALESCE($6::text[], gemeenten), gewijzigd_op = now()
        WHERE id = $1`,
      [id, w.callbackUrl ?? null, w.authVersleuteld !== undefined, w.authVersleuteld ?? null, w.kanalen ? JSON.stringify(w.kanalen) : null, w.gemeenten ?? null],
    );
  },

  async zegOp(m: EntityManager, id: string): Promise<void> {
    await m.query(`UPDATE ${S}.abonnement SET status = 'opgezegd', gewijzigd_op = now() WHERE id = $1`, [id]);
  },

  async roteer(m: EntityManager, id: string, nieuwVersleuteld: string, vorigGeldigTot: Date): Promise<void> {
    await m.query(
      `UPDATE ${S}.abonnement SET vorig_geheim_versleuteld = geheim_versleuteld, vorig_geheim_geldig_tot = $3, geheim_versleuteld = $2, gewijzigd_op = now() WHERE id = $1`,
      [id, nieuwVersleuteld, vorigGeldigTot],
    );
  },

  async aantalFalend(m: EntityManager): Promise<number> {
    const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM ${S}.abonnement WHERE status = 'falend'`);
    return n;
  },
};
