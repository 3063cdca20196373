import type { DataSource, EntityManager } from 'typeorm';
import type { GemeenteBericht } from '../application/catalogus';
import type { Kluis } from '../application/kluis';
import type { AbonnementStatus } from '../domain/abonnement';
import { naMislukking, type Herhaalbeleid } from '../domain/herhaling';
import type { Resultaat } from '../bezorging/http-verzender';
import type { Boekhouding, Query } from './boekhouding';
import { rijen } from './rijen';

/** A subscription as the delivery lane needs it (secrets decrypted, only in memory). */
export interface Bestemming {
  readonly id: string;
  readonly swv: string;
  readonly callbackUrl: string;
  readonly auth?: string;
  /** The current secret first; the previous one with the end of its overlap. */
  readonly geheimen: ReadonlyArray<{ readonly geheim: string; readonly geldigTot?: Date }>;
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

/** What the fan-out did: the subscriptions with a new delivery, the lane slots it reserved, the deliveries it leased to this process. */
export interface Verdeling {
  readonly nieuw: string[];
  readonly gereserveerd: string[];
  readonly geleased: Array<{ abonnementId: string; bezorging: GeclaimdeBezorging }>;
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

  /** Successful attempts waiting to be written together (group commit). */
  private geslaagd: Array<{ rij: unknown[]; klaar: () => void; fout: (e: unknown) => void }> = [];
  private schrijvend = false;

  constructor(
    private readonly db: DataSource,
    private readonly kluis: Kluis,
    private readonly boek: Boekhouding,
  ) {}

  /**
   * Fan-out of one event, in one statement (one transaction, durable before the message is
   * acked): the inbox row (a redelivered event finds it and changes nothing), the gemeente
   * view, and one delivery per matching subscription. A delivery is leased to this process
   * at once when its lane reserved a slot and the event is the first waiting one of its
   * case for that subscription (order per case); those the lanes send without a claim.
   */
  async verdeel(
    bericht: GemeenteBericht,
    bron: { consumer: string; source: string },
    abonnementIds: readonly string[],
    snel: { gereserveerd: readonly string[]; eigenaar: string; leaseMs: number },
    nu: Date,
  ): Promise<Verdeling> {
    const { melding, envelope } = bericht;
    const inhoud = JSON.stringify(envelope);
    const rijen: Array<{ id: string; abonnement_id: string; geleased: boolean }> = await this.db.query(
      `WITH i AS (
         INSERT INTO ${S}.inbox (consumer, event_id, source, event_type) VALUES ($13::text, $2::text, $14::text, $4::text)
         ON CONFLICT (consumer, event_id, source) DO NOTHING RETURNING 1
       ), g AS (
         INSERT INTO ${S}.gebeurtenis (id, type, swv, gemeente, subject, tijd, inhoud, ontvangen_op)
         SELECT $2::uuid, $4::text, $5::text, $6::text, $3::text, $7::timestamptz, $8::json, $9::timestamptz WHERE EXISTS (SELECT 1 FROM i) AND cardinality($1::uuid[]) > 0
         ON CONFLICT (id) DO NOTHING
       ), n AS (
         SELECT a, a = ANY($10::uuid[])
                   AND NOT EXISTS (SELECT 1 FROM ${S}.bezorging e WHERE e.abonnement_id = a AND e.subject = $3::text AND e.status = 'wachtend') AS snel
           FROM unnest($1::uuid[]) AS a WHERE EXISTS (SELECT 1 FROM i)
       )
       INSERT INTO ${S}.bezorging (abonnement_id, gebeurtenis_id, subject, event_type, status, volgende_poging_op, aangemaakt_op, lease_tot, lease_eigenaar)
       SELECT a, $2::uuid, $3::text, $4::text, 'wachtend', $9::timestamptz, $9::timestamptz, CASE WHEN snel THEN $11::timestamptz END, CASE WHEN snel THEN $12::text END FROM n
       ON CONFLICT (abonnement_id, gebeurtenis_id) DO NOTHING
       RETURNING id::text AS id, abonnement_id, lease_eigenaar IS NOT NULL AS geleased`,
      [
        abonnementIds,
        envelope.id,
        envelope.subject,
        envelope.type,
        envelope.swv,
        melding.gemeente ?? '',
        envelope.time,
        inhoud,
        nu,
        snel.gereserveerd,
        new Date(nu.getTime() + snel.leaseMs),
        snel.eigenaar,
        bron.consumer,
        bron.source,
      ],
    );
    return {
      nieuw: rijen.map((r) => r.abonnement_id),
      gereserveerd: [...snel.gereserveerd],
      geleased: rijen
        .filter((r) => r.geleased)
        .map((r) => ({ abonnementId: r.abonnement_id, bezorging: { id: r.id, gebeurtenisId: envelope.id, eventType: envelope.type, pogingen: 0, aangemaaktOp: nu, inhoud } })),
    };
  }

  /**
   * Claims up to `gewenst` due deliveries of one subscription, at most twice its
   * concurrency leased at a time (the lane sends `max_gelijktijdig` at once and keeps the
   * rest ready; an answered delivery stays leased until its success is written) and keeping order: per subject only the oldest waiting
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
    const [rij] = await this.boek.query<{ abonnement: AbonnementJson | null; bezorgingen: BezorgingJson[] }>(
      `WITH a AS (
         SELECT id, swv, callback_url, auth_versleuteld, geheim_versleuteld, vorig_geheim_versleuteld, vorig_geheim_geldig_tot,
                status, opeenvolgende_fouten, gepauzeerd_tot, max_gelijktijdig
           FROM ${S}.abonnement WHERE id = $1
       ), ruimte AS (
         SELECT CASE WHEN a.status <> 'actief' OR a.gepauzeerd_tot > $2 THEN 0
                     ELSE least($5, CASE WHEN a.opeenvolgende_fouten > 0 THEN 1 ELSE 2 * a.max_gelijktijdig END
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
    const geheimen: Array<{ geheim: string; geldigTot?: Date }> = [{ geheim: this.ontsleutel(a.geheim_versleuteld) }];
    if (a.vorig_geheim_versleuteld && a.vorig_geheim_geldig_tot && new Date(a.vorig_geheim_geldig_tot) > nu) {
      geheimen.push({ geheim: this.ontsleutel(a.vorig_geheim_versleuteld), geldigTot: new Date(a.vorig_geheim_geldig_tot) });
    }
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

  /**
   * A 2xx: delivered. Concurrent successes (all lanes) are written together in one
   * statement as soon as the previous write is done: group commit, no timer. When the
   * subscription's circuit was open it is closed in a transaction of its own.
   */
  async gelukt(bestemming: Bestemming, b: GeclaimdeBezorging, r: Resultaat, gestartOp: Date, nu: Date): Promise<void> {
    if (bestemming.opeenvolgendeFouten > 0) return this.sluitCircuit(bestemming, b, r, gestartOp, nu);
    await new Promise<void>((klaar, fout) => {
      this.geslaagd.push({ rij: [b.id, bestemming.id, b.gebeurtenisId, b.eventType, b.pogingen + 1, gestartOp, r.duurMs, r.statuscode ?? null, r.fragment ?? null, nu], klaar, fout });
      if (!this.schrijvend) void this.schrijfGeslaagd();
    });
  }

  private async schrijfGeslaagd(): Promise<void> {
    this.schrijvend = true;
    try {
      while (this.geslaagd.length > 0) {
        const deel = this.geslaagd.splice(0, 500);
        const kolom = (i: number) => deel.map((d) => d.rij[i]);
        try {
          await this.boek.query(
            `WITH v AS (
               SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::timestamptz[], $7::int[], $8::int[], $9::text[], $10::timestamptz[])
                 AS v(id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, statuscode, fragment, nu)
             ), b AS (
               UPDATE ${S}.bezorging z SET status = 'bezorgd', pogingen = z.pogingen + 1, bezorgd_op = v.nu, lease_tot = NULL, lease_eigenaar = NULL,
                      laatste_uitkomst = 'bezorgd', laatste_statuscode = v.statuscode
                 FROM v WHERE z.id = v.id AND z.status = 'wachtend'
             )
             INSERT INTO ${S}.poging (bezorging_id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, uitkomst, statuscode, antwoord_fragment)
             SELECT id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, 'bezorgd', statuscode, fragment FROM v`,
            [kolom(0), kolom(1), kolom(2), kolom(3), kolom(4), kolom(5), kolom(6), kolom(7), kolom(8), kolom(9)],
          );
          for (const d of deel) d.klaar();
        } catch (e) {
          for (const d of deel) d.fout(e);
        }
      }
    } finally {
      this.schrijvend = false;
    }
  }

  /** The first success after failures: delivered, circuit closed, what failed during the outage due now. */
  private async sluitCircuit(bestemming: Bestemming, b: GeclaimdeBezorging, r: Resultaat, gestartOp: Date, nu: Date): Promise<void> {
    await this.boek.transactie(async (q) => {
      await q(
        `UPDATE ${S}.bezorging SET status = 'bezorgd', pogingen = pogingen + 1, bezorgd_op = $2, lease_tot = NULL, lease_eigenaar = NULL, laatste_uitkomst = 'bezorgd', laatste_statuscode = $3
          WHERE id = $1 AND status = 'wachtend'`,
        [b.id, nu, r.statuscode ?? null],
      );
      await q(
        `INSERT INTO ${S}.poging (bezorging_id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, uitkomst, statuscode, antwoord_fragment)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'bezorgd', $8, $9)`,
        [b.id, bestemming.id, b.gebeurtenisId, b.eventType, b.pogingen + 1, gestartOp, r.duurMs, r.statuscode ?? null, r.fragment ?? null],
      );
      const [a] = await q<{ falend_sinds: Date | null }>(`SELECT falend_sinds FROM ${S}.abonnement WHERE id = $1 AND opeenvolgende_fouten > 0 FOR UPDATE`, [bestemming.id]);
      if (!a) return;
      await q(`UPDATE ${S}.abonnement SET opeenvolgende_fouten = 0, falend_sinds = NULL, gepauzeerd_tot = NULL, gewijzigd_op = now() WHERE id = $1`, [bestemming.id]);
      // The subscriber is back: what failed during the outage goes now, not at its own back-off.
      await q(`UPDATE ${S}.bezorging SET volgende_poging_op = $2 WHERE abonnement_id = $1 AND status = 'wachtend' AND volgende_poging_op > $2 AND eerste_fout_op >= $3`, [
        bestemming.id,
        nu,
        a.falend_sinds ?? nu,
      ]);
    });
  }

  /** Anything else: the attempt is logged with the next try; the subscription and the delivery back off (herhaling.ts). */
  async mislukt(bestemming: Bestemming, b: GeclaimdeBezorging, r: Resultaat, gestartOp: Date, nu: Date, beleid: Herhaalbeleid, random: () => number): Promise<NaFout> {
    return this.boek.transactie(async (q: Query) => {
      const [a] = await q<{ status: string; opeenvolgende_fouten: number; falend_sinds: Date | null; swv: string }>(
        `SELECT status, opeenvolgende_fouten, falend_sinds, swv FROM ${S}.abonnement WHERE id = $1 FOR UPDATE`,
        [bestemming.id],
      );
      const [bz] = await q<{ pogingen: number; eerste_fout_op: Date | null; status: string }>(`SELECT pogingen, eerste_fout_op, status FROM ${S}.bezorging WHERE id = $1 FOR UPDATE`, [b.id]);
      // Only a delivery that fails on its own is ever given up: did anything else get through since it first failed?
      const [{ gelukt }] = bz.eerste_fout_op
        ? await q<{ gelukt: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${S}.poging WHERE abonnement_id = $1 AND gestart_op > $2 AND uitkomst = 'bezorgd') AS gelukt`, [bestemming.id, bz.eerste_fout_op])
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
        await q(
          `UPDATE ${S}.bezorging SET status = $2, pogingen = $3, eerste_fout_op = $4, volgende_poging_op = $5, lease_tot = NULL, lease_eigenaar = NULL,
                  laatste_uitkomst = $6, laatste_statuscode = $7 WHERE id = $1`,
          [b.id, na.bezorging.status, na.bezorging.pogingen, na.bezorging.eersteFoutOp, na.bezorging.volgendePogingOp, r.uitkomst, r.statuscode ?? null],
        );
      }
      await q(
        `INSERT INTO ${S}.poging (bezorging_id, abonnement_id, gebeurtenis_id, event_type, nummer, gestart_op, duur_ms, uitkomst, statuscode, antwoord_fragment, fout, volgende_poging_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [b.id, bestemming.id, b.gebeurtenisId, b.eventType, b.pogingen + 1, gestartOp, r.duurMs, r.uitkomst, r.statuscode ?? null, r.fragment ?? null, r.fout ?? null, opgegeven || na.abonnement.werdFalend ? null : volgende],
      );
      await q(
        `UPDATE ${S}.abonnement SET opeenvolgende_fouten = $2, falend_sinds = $3, gepauzeerd_tot = $4, status = $5,
                falend_gemeld_op = CASE WHEN $6 THEN $7::timestamptz ELSE falend_gemeld_op END, gewijzigd_op = now() WHERE id = $1`,
        [bestemming.id, na.abonnement.opeenvolgendeFouten, na.abonnement.falendSinds, na.abonnement.gepauzeerdTot, na.abonnement.status, na.abonnement.werdFalend, nu],
      );
      if (na.abonnement.werdFalend) {
        await q(
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
    const due = await this.boek.query<{ id: string }>(
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
