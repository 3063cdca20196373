import { createEvent, deterministicUuid, type EventEnvelope } from '@pao/contracts';
import { type Actor, recordAudit } from '@pao/platform';
import { type IsoDatum, naarOutbox } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type Betaler, type KwartaalCijfers, kwartaalVoorRapportage, type OjaRegels, type OjaRegelset, rapportagedatum, voorGemeente } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { kwartaalcijfers } from '../queries/kwartaalcijfers';

/** What is fixed: the figures plus the names as they were, so the printed report never changes. */
export interface RapportageInhoud extends KwartaalCijfers {
  readonly swv: string;
  readonly vastgesteldOp: IsoDatum;
  readonly regelVersie: string;
  readonly namen: {
    readonly types: Readonly<Record<string, string>>;
    readonly voorzieningen: Readonly<Record<string, string>>;
    readonly betalers: Readonly<Record<string, string>>;
    readonly gemeenten: Readonly<Record<string, string>>;
  };
}

export interface Kwartaalrapportage {
  readonly id: string;
  readonly swv: string;
  readonly jaar: number;
  readonly kwartaal: number;
  readonly vastgesteldOp: IsoDatum;
  readonly vastgesteldTijd: string;
  readonly inhoud: RapportageInhoud;
}

export const RAPPORTAGE_MOMENT = 'oja-kwartaalrapportage-';

/** Every payer code the SWV ever configured (a payer dropped from a later version still has money in the ledger). */
export function alleBetalers(regelset: OjaRegelset, swv: string): Betaler[] {
  const uit = new Map<string, Betaler>();
  for (const v of regelset.versies) if (v.swv === swv) for (const b of v.betalers) uit.set(b.code, b);
  return [...uit.values()];
}

function namen(regelset: OjaRegelset, regels: OjaRegels): RapportageInhoud['namen'] {
  const types: Record<string, string> = {};
  const voorzieningen: Record<string, string> = {};
  for (const v of regelset.versies) {
    if (v.swv !== regels.swv) continue;
    for (const t of v.types) types[t.code] = t.naam;
    for (const z of v.voorzieningen) voorzieningen[z.code] = z.naam;
  }
  return {
    types,
    voorzieningen,
    betalers: Object.fromEntries(alleBetalers(regelset, regels.swv).map((b) => [b.code, b.naam])),
    gemeenten: Object.fromEntries(regels.gemeenten.map((g) => [g.code, g.naam])),
  };
}

export function rapportageId(swv: string, jaar: number, kwartaal: number): string {
  return deterministicUuid(`oja/kwartaalrapportage/${swv}/${jaar}/${kwartaal}`);
}

/**
 * Fixes the report of the quarter before `datum` for an SWV: computes the figures, stores
 * them as a snapshot that is never changed (the table refuses UPDATE and DELETE), and
 * publishes one `kwartaalrapportage-vastgesteld` per gemeente with its own figures, all in
 * the caller's transaction. Idempotent: a second call for the same quarter returns the
 * stored report and publishes nothing.
 */
export async function stelKwartaalrapportageVast(
  m: EntityManager,
  regelset: OjaRegelset,
  swv: string,
  datum: IsoDatum,
  door: Actor,
): Promise<{ rapportage: Kwartaalrapportage; nieuw: boolean } | undefined> {
  const regels = regelset.op(swv, datum);
  if (!regels) return undefined;
  const { jaar, kwartaal } = kwartaalVoorRapportage(datum);
  const id = rapportageId(swv, jaar, kwartaal);
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`oja-rapportage:${id}`]);
  const bestaand = await leesRapportage(m, swv, id);
  if (bestaand) return { rapportage: bestaand, nieuw: false };

  const cijfers = await kwartaalcijfers(m, swv, jaar, kwartaal, datum, alleBetalers(regelset, swv));
  const inhoud: RapportageInhoud = { ...cijfers, swv, vastgesteldOp: datum, regelVersie: regels.versie, namen: namen(regelset, regels) };
  await m.query(`INSERT INTO oja.kwartaalrapportage (id, swv, jaar, kwartaal, vastgesteld_op, regel_versie, inhoud) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
    id,
    swv,
    jaar,
    kwartaal,
    datum,
    regels.versie,
    JSON.stringify(inhoud),
  ]);
  await naarOutbox(m, SCHEMA, regels.gemeenten.map((g) => gemeenteEvent(id, swv, inhoud, g.code)));
  await recordAudit(m, SCHEMA, door, {
    actie: 'kwartaalrapportage-vastgesteld',
    objectType: 'kwartaalrapportage',
    objectId: id,
    nieuw: { jaar, kwartaal, vastgesteldOp: datum, regelVersie: regels.versie },
  });
  return { rapportage: (await leesRapportage(m, swv, id))!, nieuw: true };
}

function gemeenteEvent(id: string, swv: string, inhoud: RapportageInhoud, gemeente: string): EventEnvelope {
  const eigen = voorGemeente(inhoud, gemeente);
  const som = (f: (r: KwartaalCijfers['leerlingen'][number]) => number) => eigen.leerlingen.reduce((t, r) => t + f(r), 0);
  const perBetaler = new Map<string, { betaler: string; budgetperiode: string; vastgelegdCent: number; gerealiseerdCent: number; gerealiseerdKwartaalCent: number }>();
  for (const r of eigen.geld) perBetaler.set(r.betaler, { betaler: r.betaler, budgetperiode: r.budgetperiode, vastgelegdCent: Math.max(r.vastgelegdCent, 0), gerealiseerdCent: Math.max(r.gerealiseerdCent, 0), gerealiseerdKwartaalCent: Math.max(r.gerealiseerdKwartaalCent, 0) });
  const resultaten = new Map<string, number>();
  for (const r of eigen.resultaten) resultaten.set(r.resultaat, (resultaten.get(r.resultaat) ?? 0) + r.aantal);
  return createEvent('nl.passend-onderwijs.oja.kwartaalrapportage-vastgesteld.v1', {
    id: deterministicUuid(`oja/kwartaalrapportage-vastgesteld/${id}/${gemeente}`),
    subject: id,
    swv: swv as 'PO' | 'VO',
    correlationid: `kwartaalrapportage-${id}`,
    data: {
      rapportageId: id,
      jaar: inhoud.jaar,
      kwartaal: inhoud.kwartaal,
      vastgesteldOp: inhoud.vastgesteldOp,
      instroom: som((r) => r.instroom),
      uitstroom: som((r) => r.uitstroom),
      lopend: som((r) => r.lopend),
      kosten: [...perBetaler.values()],
      resultaten: [...resultaten].map(([resultaat, aantal]) => ({ resultaat: resultaat as 'doel-bereikt', aantal })),
      gemeente,
    },
  });
}

type Rij = { id: string; swv: string; jaar: number; kwartaal: number; vastgesteld_op: string; vastgesteld_tijd: Date; inhoud: RapportageInhoud };

function naarRapportage(r: Rij): Kwartaalrapportage {
  return { id: r.id, swv: r.swv, jaar: r.jaar, kwartaal: r.kwartaal, vastgesteldOp: r.vastgesteld_op, vastgesteldTijd: new Date(r.vastgesteld_tijd).toISOString(), inhoud: r.inhoud };
}

export async function leesRapportage(m: EntityManager, swv: string, id: string): Promise<Kwartaalrapportage | undefined> {
  const rijen: Rij[] = await m.query(`SELECT id, swv, jaar, kwartaal, vastgesteld_op::text, vastgesteld_tijd, inhoud FROM oja.kwartaalrapportage WHERE id = $1 AND swv = $2`, [id, swv]);
  return rijen[0] && naarRapportage(rijen[0]);
}

export async function rapportages(m: EntityManager, swv: string): Promise<Array<Omit<Kwartaalrapportage, 'inhoud'>>> {
  const rijen: Array<Omit<Rij, 'inhoud'>> = await m.query(
    `SELECT id, swv, jaar, kwartaal, vastgesteld_op::text, vastgesteld_tijd FROM oja.kwartaalrapportage WHERE swv = $1 ORDER BY jaar DESC, kwartaal DESC`,
    [swv],
  );
  return rijen.map((r) => ({ id: r.id, swv: r.swv, jaar: r.jaar, kwartaal: r.kwartaal, vastgesteldOp: r.vastgesteld_op, vastgesteldTijd: new Date(r.vastgesteld_tijd).toISOString() }));
}

/** The recurring moments of the quarterly report: one job scheduler per SWV, on its report day (rules in force now). */
export function rapportageMomenten(regelset: OjaRegelset, vandaag: IsoDatum) {
  const swvs = [...new Set(regelset.versies.map((v) => v.swv))].sort();
  return swvs.flatMap((swv) => {
    const regels = regelset.op(swv, vandaag) ?? regelset.versies.find((v) => v.swv === swv)!;
    return [{ name: `${RAPPORTAGE_MOMENT}${swv.toLowerCase()}`, at: { months: [1, 4, 7, 10], day: regels.termijnen.rapportageDag, hour: 6 } }];
  });
}

/** Is `datum` the report date of its quarter under the rules in force (a recurring occurrence of an older rule is ignored)? */
export function isRapportagedatum(regelset: OjaRegelset, swv: string, datum: IsoDatum): boolean {
  const regels = regelset.op(swv, datum);
  if (!regels) return false;
  const { jaar, kwartaal } = kwartaalVoorRapportage(datum);
  return rapportagedatum(jaar, kwartaal, regels) === datum;
}
