import type { EntityManager } from 'typeorm';
import type { BezorgingStatus, Uitkomst } from '../domain/bezorging';
import type { Bereik } from './abonnementen.repository';

const S = 'notificaties';

export interface LogFilter {
  readonly abonnementId?: string;
  readonly eventId?: string;
  readonly type?: string;
  readonly van?: Date;
  readonly tot?: Date;
  readonly limit: number;
  readonly offset: number;
}

/** One attempt, as the log lists it (with the subscription's callback URL and organisation). */
export interface PogingRij {
  readonly id: string;
  readonly abonnementId: string;
  readonly eventId: string;
  readonly type: string;
  readonly poging: number;
  readonly tijdstip: Date;
  readonly duurMs: number;
  readonly uitkomst: Uitkomst;
  readonly statuscode: number | null;
  readonly antwoord: string | null;
  readonly fout: string | null;
  readonly volgendePogingOp: Date | null;
  readonly callbackUrl: string;
  readonly organisatie: string;
}

/** One delivery with its state. */
export interface BezorgingRij {
  readonly id: string;
  readonly abonnementId: string;
  readonly eventId: string;
  readonly type: string;
  readonly subject: string;
  readonly status: BezorgingStatus;
  readonly pogingen: number;
  readonly ontvangenOp: Date;
  readonly bezorgdOp: Date | null;
  readonly volgendePogingOp: Date | null;
  readonly laatsteUitkomst: Uitkomst | null;
  readonly laatsteStatuscode: number | null;
}

export interface Pagina<T> {
  readonly totaal: number;
  readonly items: T[];
}

/** Builds `WHERE` parts with numbered parameters. */
class Voorwaarden {
  readonly delen: string[] = [];
  readonly waarden: unknown[] = [];
  voeg(sql: (p: string) => string, waarde: unknown): void {
    this.waarden.push(waarde);
    this.delen.push(sql(`$${this.waarden.length}`));
  }
  bereik(b: Bereik): void {
    this.voeg((p) => `a.swv = ${p}`, b.swv);
    if (b.organisatie !== undefined) this.voeg((p) => `a.organisatie = ${p}`, b.organisatie);
  }
  get sql(): string {
    return this.delen.join(' AND ');
  }
}

async function pagina<T>(m: EntityManager, basis: string, v: Voorwaarden, volgorde: string, select: string, f: LogFilter): Promise<Pagina<T>> {
  const [{ totaal }] = await m.query(`SELECT count(*)::int AS totaal ${basis} WHERE ${v.sql}`, v.waarden);
  const items = await m.query(`SELECT ${select} ${basis} WHERE ${v.sql} ORDER BY ${volgorde} LIMIT ${f.limit} OFFSET ${f.offset}`, v.waarden);
  return { totaal, items };
}

/**
 * The delivery log: every attempt (when, outcome, status code, latency, excerpt of the
 * answer, next try), newest first, and the deliveries themselves with their state.
 * Always within the actor's reach.
 */
export const bezorglog = {
  pogingen(m: EntityManager, bereik: Bereik, f: LogFilter & { uitkomst?: string }): Promise<Pagina<PogingRij>> {
    const v = new Voorwaarden();
    v.bereik(bereik);
    if (f.abonnementId) v.voeg((p) => `p.abonnement_id = ${p}`, f.abonnementId);
    if (f.eventId) v.voeg((p) => `p.gebeurtenis_id = ${p}`, f.eventId);
    if (f.type) v.voeg((p) => `p.event_type = ${p}`, f.type);
    if (f.uitkomst) v.voeg((p) => `p.uitkomst = ${p}`, f.uitkomst);
    if (f.van) v.voeg((p) => `p.gestart_op >= ${p}`, f.van);
    if (f.tot) v.voeg((p) => `p.gestart_op < ${p}`, f.tot);
    return pagina(
      m,
      `FROM ${S}.poging p JOIN ${S}.abonnement a ON a.id = p.abonnement_id`,
      v,
      'p.gestart_op DESC, p.id DESC',
      `p.id::text AS id, p.abonnement_id AS "abonnementId", p.gebeurtenis_id AS "eventId", p.event_type AS type, p.nummer AS poging,
       p.gestart_op AS tijdstip, p.duur_ms AS "duurMs", p.uitkomst, p.statuscode, p.antwoord_fragment AS antwoord, p.fout,
       p.volgende_poging_op AS "volgendePogingOp", a.callback_url AS "callbackUrl", a.organisatie`,
      f,
    );
  },

  bezorgingen(m: EntityManager, bereik: Bereik, f: LogFilter & { status?: string }): Promise<Pagina<BezorgingRij>> {
    const v = new Voorwaarden();
    v.bereik(bereik);
    if (f.abonnementId) v.voeg((p) => `b.abonnement_id = ${p}`, f.abonnementId);
    if (f.eventId) v.voeg((p) => `b.gebeurtenis_id = ${p}`, f.eventId);
    if (f.type) v.voeg((p) => `b.event_type = ${p}`, f.type);
    if (f.status) v.voeg((p) => `b.status = ${p}`, f.status);
    if (f.van) v.voeg((p) => `b.aangemaakt_op >= ${p}`, f.van);
    if (f.tot) v.voeg((p) => `b.aangemaakt_op < ${p}`, f.tot);
    return pagina(
      m,
      `FROM ${S}.bezorging b JOIN ${S}.abonnement a ON a.id = b.abonnement_id`,
      v,
      'b.id DESC',
      `b.id::text AS id, b.abonnement_id AS "abonnementId", b.gebeurtenis_id AS "eventId", b.event_type AS type, b.subject, b.status,
       b.pogingen, b.aangemaakt_op AS "ontvangenOp", b.bezorgd_op AS "bezorgdOp",
       CASE WHEN b.status = 'wachtend' THEN greatest(b.volgende_poging_op, a.gepauzeerd_tot) END AS "volgendePogingOp",
       b.laatste_uitkomst AS "laatsteUitkomst", b.laatste_statuscode AS "laatsteStatuscode"`,
      f,
    );
  },

  /** The gemeente view of one event, if it was for a subscription within reach (the `dataref` target). */
  async gebeurtenis(m: EntityManager, bereik: Bereik, id: string): Promise<string | undefined> {
    const v = new Voorwaarden();
    v.voeg((p) => `g.id = ${p}`, id);
    v.bereik(bereik);
    const rijen = await m.query(
      `SELECT g.inhoud::text AS inhoud FROM ${S}.gebeurtenis g WHERE g.id = $1 AND EXISTS (
         SELECT 1 FROM ${S}.bezorging b JOIN ${S}.abonnement a ON a.id = b.abonnement_id WHERE b.gebeurtenis_id = g.id AND ${v.delen.slice(1).join(' AND ')})`,
      v.waarden,
    );
    return rijen[0]?.inhoud;
  },
};
