import type { DataSource, EntityManager } from 'typeorm';
import type { GemeenteBericht } from '../application/catalogus';
import type { Kluis } from '../application/kluis';
import { ontvangt, type AbonnementStatus, type Kanaal } from '../domain/abonnement';
import { naMislukking, type Herhaalbeleid } from '../domain/herhaling';
import type { Resultaat } from '../bezorging/http-verzender';
import { rijen } from './rijen';

/** A subscription as the delivery lane needs it (secrets decrypted, only in memory). */
export interface Bestemming {
  readonly id: string;
  readonly swv: string;
  readonly callbackUrl: string;
  readonly auth?: string;
  /** The current secret first; the previous one while its overlap lasts. */
  readonly geheimen: readonly string[];
  readonly opeenvolgendeFouten: number;
  readonly maxGelijktijdig: number;
}

export interface GeclaimdeBezorging {
  readonly id: string;
  readonly gebeurtenisId: string;
  readonly eventType: string;
  /** Attempts before this one. */
  readonly pogingen: number;
  readonly aangemaaktOp: Date;
  /** The exact body to send (the gemeente view with dataref). */
  readonly inhoud: string;
}

export type Claim =
  | { readonly soort: 'niets' }
  | { readonly soort: 'gepauzeerd'; readonly tot: Date }
  | { readonly soort: 'werk'; readonly bestemming: Bestemming; readonly bezorgingen: readonly GeclaimdeBezorging[] };

export interface NaFout {
  readonly werdFalend: boolean;
  readonly opgegeven: boolean;
  /** When the subscription may send again, and when this delivery is due again. */
  readonly gepauzeerdTot: Date;
  readonly volgendePogingOp: Date;
}

const S = 'notificaties';
/** Heads looked at per claim; a half-open probe picks the one with the fewest attempts among them. */
const KANDIDATEN = 16;

interface AbonnementJson {
  id: string;
  swv: string;
  callback_url: string;
  auth_versleuteld: string | null;
  geheim_versleuteld: string;
  vorig_geheim_versleuteld: string | null;
  vorig_geheim_geldig_tot: string | null;
  status: string;
  opeenvolgende_fouten: number;
  gepauzeerd_tot: string | null;
  max_gelijktijdig: number;
}

interface BezorgingJson {
  id: number | string;
  gebeurtenis_id: string;
  event_type: string;
  pogingen: number;
  aangemaakt_op: string;
  inhoud: string;
}

/**
 * Deliveries in PostgreSQL, the truth about what is owed to whom. Claims take leases
 * (`lease_tot`) instead of holding row locks during the HTTP call, so a crashed process
 * only delays: its leases run out and another claim takes the work (the subscriber may
 * then get that event twice, with the same id).
 */
export class BezorgingenRepository {
  private readonly ontsleuteld = new Map<string, string>();

  constructor(
    private readonly db: DataSource,
    private readonly kluis: Kluis,
  ) {}

  /**
   * Fan-out, inside the inbox transaction of the event: one delivery per matching
   * subscription (again for the same event: nothing). Returns the subscriptions to wake.
   */
  async verdeel(m: EntityManager, bericht: GemeenteBericht, nu: Date): Promise<string[]> {
    const { melding, envelope } = bericht;
    if (!melding.gemeente) return [];
    const kandidaten: Array<{ id: string; swv: string; gemeenten: string[]; kanalen: Kanaal[] }> = await m.query(
      `SELECT id, swv, gemeenten, kanalen FROM ${S}.abonnement WHERE swv = $1 AND status <> 'opgezegd' AND gemeenten @> ARRAY[$2]::text[]`,
      [melding.swv, melding.gemeente],
    );
    const ids = kandidaten.filter((a) => ontvangt(a, melding)).map((a) => a.id);
    if (ids.length === 0) return [];
    await m.query(
      `WITH g AS (
         INSERT INTO ${S}.gebeurtenis (id, type, swv, gemeente, subject, tijd, inhoud, ontvangen_op) VALUES ($2, $4, $5, $6, $3, $7, $8, $9)
         ON CONFLICT (id) DO NOTHING
       )
       INSERT INTO ${S}.bezorging (abonnement_id, gebeurtenis_id, subject, event_type, status, volgende_poging_op, aangemaakt_op)
       SELECT a, $2, $3, $4, 'wachtend', $9, $9 FROM unnest($1::uuid[]) AS a
       ON CONFLICT (abonnement_id, gebeurtenis_id) DO NOTHING`,
      [ids, envelope.id, envelope.subject, envelope.type, envelope.swv, melding.gemeente, envelope.time, JSON.stringify(envelope), nu],
    );
    return ids;
  }

  /**
   * Claims up to `gewenst` due deliveries of one subscription, within its concurrency
   * (counted by the leases) and keeping order: per subject only the oldest waiting
   * delivery can be claimed, so a later event never overtakes an earlier one. While the
   * subscription's circuit is open nothing is claimed; after a failure (half-open) one
   * delivery at a time probes, preferably one that has not failed yet, so one event the
   * subscriber refuses cannot keep the circuit open.
   *
   * One statement, one round trip (the hot path). Without a lock on the subscription two
   * processes claiming at the same moment can each fill its concurrency, so the bound is
   * per process; order and single claims hold regardless (row locks with SKIP LOCKED and
   * PostgreSQL's re-check of a row that changed under the claim).
   */
  async claim(abonnementId: string, gewenst: number, eigenaar: string, nu: Date, leaseMs: number): Promise<Claim> {
    const [rij]: Array<{ abonnement: AbonnementJson | null; bezorgingen: BezorgingJson[] }> = await this.db.query(
      `WITH a AS (
         SELECT id, swv, callback_url, auth_versleuteld, geheim_versleuteld, vorig_geheim_versleuteld, vorig_geheim_geldig_tot,
                status, opeenvolgende_fouten, gepauzeerd_tot, max_gelijktijdig
           FROM ${S}.abonnement WHERE id = $1
       ), ruimte AS (
         SELECT CASE WHEN a.status <> 'actief' OR a.gepauzeerd_tot > $2 THEN 0
                     ELSE least($5, CASE WHEN a.opeenvolgende_fouten > 0 THEN 1 ELSE a.max_gelijktijdig END
                                    - (SELECT count(*)::int FROM ${S}.bezorging WHERE abonnement_id = $1 AND lease_tot > $2 AND status = 'wachtend'))
                END AS n,
                a.opeenvolgende_fouten > 0 AS half_open
           FROM a
       ), kandidaat AS (
         -- the oldest due heads (index order, a handful); only these are locked
         SELECT c.id, c.pogingen FROM ${S}.bezorging c
          WHERE c.abonnement_id = $1 AND c.status = 'wachtend' AND c.volgende_poging_op <= $2 AND (c.lease_tot IS NULL OR c.lease_tot <= $2)
            AND NOT EXISTS (SELECT 1 FROM ${S}.bezorging e WHERE e.abonnement_id = $1 AND e.subject = c.subject AND e.status = 'wachtend' AND e.id < c.id)
          ORDER BY c.id LIMIT $6
          FOR UPDATE SKIP LOCKED
       ), gekozen AS (
         SELECT k.id FROM kandidaat k, ruimte
          ORDER BY CASE WHEN ruimte.half_open THEN k.pogingen ELSE 0 END, k.id
          LIMIT greatest(0, coalesce((SELECT n FROM ruimte), 0))
       ), geclaimd AS (
         UPDATE ${S}.bezorging b SET lease_tot = $3, lease_eigenaar = $4
           FROM ${S}.gebeurtenis g
          WHERE b.id = ANY(ARRAY(SELECT id FROM gekozen)) AND g.id = b.gebeurtenis_id
          RETURNING b.id, b.gebeurtenis_id, b.event_type, b.pogingen, b.aangemaakt_op, g.inhoud::text AS inhoud
       )
       SELECT (SELECT row_to_json(a) FROM a) AS abonnement,
              coalesce((SELECT json_agg(geclaimd ORDER BY geclaimd.id) FROM geclaimd), '[]'::json) AS bezorgingen`,
      [abonnementId, nu, new Date(nu.getTime() + leaseMs), eigenaar, gewenst, Math.max(gewenst, KANDIDATEN)],
    );
    const a = rij?.abonnement;
    if (!a || a.status !== 'actief') return { soort: 'niets' };
    if (a.gepauzeerd_tot && new Date(a.gepauzeerd_tot) > nu) return { soort: 'gepauzeerd', tot: new Date(a.gepauzeerd_tot) };
    if (rij.bezorgingen.length === 0) return { soort: 'niets' };
    const geheimen = [this.ontsleutel(a.geheim_versleuteld)];
    if (a.vorig_geheim_versleuteld && a.vorig_geheim_geldig_tot && new Date(a.vorig_geheim_geldig_tot) > nu) geheimen.push(this.ontsleutel(a.vorig_geheim_versleuteld));
    return {
      soort: 'werk',
      bestemming: {
        id: a.id,
        swv: a.swv,
        callbackUrl: a.callback_url,
        auth: a.auth_versleuteld ? this.ontsleutel(a.auth_versleuteld) : undefined,
        geheimen,
        opeenvolgendeFouten: a.opeenvolgende_fouten,
        maxGelijktijdig: a.max_gelijktijdig,
      },
      bezorgingen: rij.bezorgingen.map((r) => ({
        id: String(r.id),
        gebeurtenisId: r.gebeurtenis_id,
        eventType: r.event_type,
        pogingen: r.pogingen,
        aangemaaktOp: new Date(r.aangemaakt_op),
        inhoud: r.inhoud,
      })),
    };
  }

  /** Decrypted secrets by ciphertext: claims are frequent, secrets rarely change. */
  private ontsleutel(versleuteld: string): string {
    let klaar = this.ontsleuteld.get(versleuteld);
    if (klaar === undefined) {
      if (this.ontsleuteld.size > 1_000) this.ontsleuteld.clear();
      klaar = this.kluis.ontsleutel(versleuteld);
      this.ontsleuteld.set(versleuteld, klaar);
    }
    return klaar;
  }

  /** A 2xx: delivered; closes the subscription's circuit when it was open. */
  async gelukt(bestemming: Bestemming, b: GeclaimdeBezorging, r: Resultaat, gestartOp: Date, nu: Date): Promise<void> {
    const poging = [b.id, bestemming.id, b.gebeurtenisId, b.eventType, b.pogingen + 1, gestartOp, r.duurMs, r.uitkomst, r.statuscode ?? null, r.fragment ?? null, r.fout ?? null, null];
    const schrijf = (m: EntityManager | DataSource) =>
      m.query(
        `WITH b AS (UPDATE ${S}.bezorging SET status = 'bezorgd', pogingen = pogingen + 1, bezorgd_op = $13, lease_tot = NULL, lease_eigenaar = NULL,
                                           laatste_uitkomst = $8, laatste_statuscode = $9
                     WHERE id = $1 AND status = 'wachtend')
         INSERT INTO ${S}.poging (bezorging_id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, uitkomst, statuscode, antwoord_fragment, fout, volgende_poging_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [...poging, nu],
      );
    if (bestemming.opeenvolgendeFouten === 0) {
      await schrijf(this.db);
      return;
    }
    await this.db.transaction(async (m) => {
      await schrijf(m);
      const [a] = await m.query(`SELECT falend_sinds FROM ${S}.abonnement WHERE id = $1 AND opeenvolgende_fouten > 0 FOR UPDATE`, [bestemming.id]);
      if (!a) return;
      await m.query(`UPDATE ${S}.abonnement SET opeenvolgende_fouten = 0, falend_sinds = NULL, gepauzeerd_tot = NULL, gewijzigd_op = now() WHERE id = $1`, [bestemming.id]);
      // The subscriber is back: what failed during the outage goes now, not at its own back-off.
      await m.query(
        `UPDATE ${S}.bezorging SET volgende_poging_op = $2 WHERE abonnement_id = $1 AND status = 'wachtend' AND volgende_poging_op > $2 AND eerste_fout_op >= $3`,
        [bestemming.id, nu, a.falend_sinds ?? nu],
      );
    });
  }

  /** Anything else: the attempt is logged with the next try; the subscription and the delivery back off (herhaling.ts). */
  async mislukt(bestemming: Bestemming, b: GeclaimdeBezorging, r: Resultaat, gestartOp: Date, nu: Date, beleid: Herhaalbeleid, random: () => number): Promise<NaFout> {
    return this.db.transaction(async (m) => {
      const [a] = await m.query(`SELECT status, opeenvolgende_fouten, falend_sinds, swv FROM ${S}.abonnement WHERE id = $1 FOR UPDATE`, [bestemming.id]);
      const [bz] = await m.query(`SELECT pogingen, eerste_fout_op, status FROM ${S}.bezorging WHERE id = $1 FOR UPDATE`, [b.id]);
      // Only a delivery that fails on its own is ever given up: did anything else get through since it first failed?
      const [{ gelukt }] = bz.eerste_fout_op
        ? await m.query(`SELECT EXISTS (SELECT 1 FROM ${S}.poging WHERE abonnement_id = $1 AND gestart_op > $2 AND uitkomst = 'bezorgd') AS gelukt`, [bestemming.id, bz.eerste_fout_op])
        : [{ gelukt: false }];
      const na = naMislukking(
        { status: a.status as AbonnementStatus, opeenvolgendeFouten: a.opeenvolgende_fouten, falendSinds: a.falend_sinds },
        { pogingen: bz.pogingen, eersteFoutOp: bz.eerste_fout_op, anderenGeluktSindsdien: gelukt },
        nu,
        beleid,
        random,
      );
      const opgegeven = na.bezorging.status === 'opgegeven';
      const volgende = new Date(Math.max(na.bezorging.volgendePogingOp.getTime(), na.abonnement.gepauzeerdTot.getTime()));
      if (bz.status === 'wachtend') {
        await m.query(
          `UPDATE ${S}.bezorging SET status = $2, pogingen = $3, eerste_fout_op = $4, volgende_poging_op = $5, lease_tot = NULL, lease_eigenaar = NULL,
                  laatste_uitkomst = $6, laatste_statuscode = $7 WHERE id = $1`,
          [b.id, na.bezorging.status, na.bezorging.pogingen, na.bezorging.eersteFoutOp, na.bezorging.volgendePogingOp, r.uitkomst, r.statuscode ?? null],
        );
      }
      await m.query(
        `INSERT INTO ${S}.poging (bezorging_id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, uitkomst, statuscode, antwoord_fragment, fout, volgende_poging_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [b.id, bestemming.id, b.gebeurtenisId, b.eventType, b.pogingen + 1, gestartOp, r.duurMs, r.uitkomst, r.statuscode ?? null, r.fragment ?? null, r.fout ?? null, opgegeven || na.abonnement.werdFalend ? null : volgende],
      );
      await m.query(
        `UPDATE ${S}.abonnement SET opeenvolgende_fouten = $2, falend_sinds = $3, gepauzeerd_tot = $4, status = $5,
                falend_gemeld_op = CASE WHEN $6 THEN $7::timestamptz ELSE falend_gemeld_op END, gewijzigd_op = now() WHERE id = $1`,
        [bestemming.id, na.abonnement.opeenvolgendeFouten, na.abonnement.falendSinds, na.abonnement.gepauzeerdTot, na.abonnement.status, na.abonnement.werdFalend, nu],
      );
      if (na.abonnement.werdFalend) {
        await m.query(
          `INSERT INTO ${S}.audit_trail (swv, actor_id, rol, organisatie, actie, object_type, object_id, oud, nieuw, reden)
           VALUES ($1, 'notificaties', 'systeem', 'passend-onderwijs-almere', 'abonnement-falend', 'abonnement', $2, $3, $4, $5)`,
          [a.swv, bestemming.id, JSON.stringify({ status: 'actief' }), JSON.stringify({ status: 'falend' }), `geen geslaagde bezorging sinds ${na.abonnement.falendSinds.toISOString()}`],
        );
      }
      return { werdFalend: na.abonnement.werdFalend, opgegeven, gepauzeerdTot: na.abonnement.gepauzeerdTot, volgendePogingOp: na.bezorging.volgendePogingOp };
    });
  }

  /** Subscriptions with work due now (the sweeper's question; also finds what lost wake-ups left behind). */
  async metWerk(nu: Date): Promise<string[]> {
    const due: Array<{ id: string }> = await this.db.query(
      `SELECT a.id FROM ${S}.abonnement a
        WHERE a.status = 'actief' AND (a.gepauzeerd_tot IS NULL OR a.gepauzeerd_tot <= $1)
          AND EXISTS (SELECT 1 FROM ${S}.bezorging b WHERE b.abonnement_id = a.id AND b.status = 'wachtend'
                        AND b.volgende_poging_op <= $1 AND (b.lease_tot IS NULL OR b.lease_tot <= $1))`,
      [nu],
    );
    return due.map((r) => r.id);
  }

  /** Replay: deliveries delivered or given up go back in line (same event id). */
  async opnieuw(m: EntityManager, abonnementId: string, wat: { gebeurtenisId: string } | { vanaf: Date }, nu: Date): Promise<number> {
    const [voorwaarde, waarde] = 'gebeurtenisId' in wat ? ['gebeurtenis_id = $2', wat.gebeurtenisId] : ['aangemaakt_op >= $2', wat.vanaf];
    const bijgewerkt = rijen(await m.query(
      `UPDATE ${S}.bezorging SET status = 'wachtend', volgende_poging_op = $3, eerste_fout_op = NULL, lease_tot = NULL, lease_eigenaar = NULL
        WHERE abonnement_id = $1 AND ${voorwaarde} AND status <> 'wachtend' RETURNING id`,
      [abonnementId, waarde, nu],
    ));
    return bijgewerkt.length;
  }

  /** Resume a failing subscription: circuit closed, waiting deliveries due now, their give-up clock restarted. */
  async hervat(m: EntityManager, abonnementId: string, nu: Date): Promise<void> {
    await m.query(
      `UPDATE ${S}.abonnement SET status = 'actief', opeenvolgende_fouten = 0, falend_sinds = NULL, gepauzeerd_tot = NULL, falend_gemeld_op = NULL, gewijzigd_op = now()
        WHERE id = $1 AND status IN ('actief', 'falend')`,
      [abonnementId],
    );
    await m.query(`UPDATE ${S}.bezorging SET volgende_poging_op = $2, eerste_fout_op = NULL WHERE abonnement_id = $1 AND status = 'wachtend'`, [abonnementId, nu]);
  }

  /** Retention: delivered and given-up deliveries (with their attempts) and unreferenced events older than `grens`. */
  async ruimOp(grens: Date, batch = 1000): Promise<number> {
    let totaal = 0;
    for (let i = 0; i < 100; i++) {
      const weg = rijen(
        await this.db.query(
          `DELETE FROM ${S}.bezorging WHERE id = ANY(ARRAY(SELECT id FROM ${S}.bezorging WHERE status <> 'wachtend' AND aangemaakt_op < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)) RETURNING 1`,
          [grens, batch],
        ),
      );
      totaal += weg.length;
      if (weg.length < batch) break;
    }
    await this.db.query(
      `DELETE FROM ${S}.gebeurtenis g WHERE g.ontvangen_op < $1 AND NOT EXISTS (SELECT 1 FROM ${S}.bezorging b WHERE b.gebeurtenis_id = g.id)`,
      [grens],
    );
    return totaal;
  }
}
