import { plusDagen, type IsoDatum } from '@pao/zaak/domein';
import { som, verdeelNaarRato, type Cent } from './geld';
import { budgetperioden, dagen, overlap, type Budgetperiodesoort, type Periode } from './periode';

/**
 * The money of an arrangement as an append-only ledger. An entry is never changed or
 * removed: a mistake is corrected by another entry. Amounts are signed whole cents.
 *
 *   verplichting  + commitment at toekenning or verlenging, per payer per budget period
 *   vrijval       − commitment released (ended early, withdrawn)
 *   correctie     ± an adjustment of the commitment by the teamleider, with a reason
 *   realisatie    + money actually spent over a period (invoices), per payer
 *
 * vastgelegd (committed) = verplichting + vrijval + correctie; gerealiseerd = realisatie.
 */
export const BOEKINGSOORTEN = ['verplichting', 'vrijval', 'correctie', 'realisatie'] as const;
export type Boekingsoort = (typeof BOEKINGSOORTEN)[number];

export interface Boeking {
  readonly id: string;
  readonly soort: Boekingsoort;
  readonly betaler: string;
  /** Budget period key of the payer: '2025' (calendar year) or '2025-2026' (school year). */
  readonly budgetperiode: string;
  readonly bedragCent: Cent;
  /** The day the entry was made. */
  readonly geboektOp: IsoDatum;
  /** The days the money is for (commitments, releases and realisations). */
  readonly periode?: Periode;
  readonly toekenningId?: string;
  readonly toelichting?: string;
}

export interface Standregel {
  readonly betaler: string;
  readonly budgetperiode: string;
  readonly vastgelegdCent: Cent;
  readonly gerealiseerdCent: Cent;
}

export function isVastlegging(soort: Boekingsoort): boolean {
  return soort !== 'realisatie';
}

/** Committed and realised per payer and budget period, in first-seen order. */
export function stand(boekingen: readonly Boeking[]): Standregel[] {
  const regels = new Map<string, { betaler: string; budgetperiode: string; vastgelegdCent: number; gerealiseerdCent: number }>();
  for (const b of boekingen) {
    const sleutel = `${b.betaler}\u0000${b.budgetperiode}`;
    const r = regels.get(sleutel) ?? { betaler: b.betaler, budgetperiode: b.budgetperiode, vastgelegdCent: 0, gerealiseerdCent: 0 };
    if (isVastlegging(b.soort)) r.vastgelegdCent += b.bedragCent;
    else r.gerealiseerdCent += b.bedragCent;
    regels.set(sleutel, r);
  }
  return [...regels.values()];
}

/** Committed and realised per payer over all periods. */
export function standPerBetaler(boekingen: readonly Boeking[]): Map<string, { vastgelegdCent: Cent; gerealiseerdCent: Cent }> {
  const uit = new Map<string, { vastgelegdCent: Cent; gerealiseerdCent: Cent }>();
  for (const r of stand(boekingen)) {
    const t = uit.get(r.betaler) ?? { vastgelegdCent: 0, gerealiseerdCent: 0 };
    uit.set(r.betaler, { vastgelegdCent: t.vastgelegdCent + r.vastgelegdCent, gerealiseerdCent: t.gerealiseerdCent + r.gerealiseerdCent });
  }
  return uit;
}

export function saldo(boekingen: readonly Boeking[], filter: (b: Boeking) => boolean = () => true): Cent {
  return som(boekingen.filter(filter).map((b) => b.bedragCent));
}

export interface BedragPerBetaler {
  readonly betaler: string;
  readonly bedragCent: Cent;
}

type NieuwId = () => string;

/**
 * Spreads each payer's amount over that payer's budget periods in proportion to the days
 * of `periode` in each (largest remainder, so the entries of a payer sum to its amount).
 */
export function spreidOverBudgetperioden(
  soort: 'verplichting' | 'realisatie',
  bedragen: readonly BedragPerBetaler[],
  periode: Periode,
  budgetperiodeVan: (betaler: string) => Budgetperiodesoort,
  opties: { geboektOp: IsoDatum; toekenningId?: string; toelichting?: string; nieuwId: NieuwId },
): Boeking[] {
  const uit: Boeking[] = [];
  for (const { betaler, bedragCent } of bedragen) {
    if (bedragCent === 0) continue;
    const delen = budgetperioden(budgetperiodeVan(betaler), periode);
    const verdeeld = verdeelNaarRato(bedragCent, delen.map((d) => d.dagen));
    delen.forEach((d, i) => {
      if (verdeeld[i] === 0) return;
      uit.push({
        id: opties.nieuwId(),
        soort,
        betaler,
        budgetperiode: d.sleutel,
        bedragCent: verdeeld[i],
        geboektOp: opties.geboektOp,
        periode: d.deel,
        ...(opties.toekenningId ? { toekenningId: opties.toekenningId } : {}),
        ...(opties.toelichting ? { toelichting: opties.toelichting } : {}),
      });
    });
  }
  return uit;
}

/**
 * Releases the commitment for the days after `laatsteDag` (ended early; for a withdrawal
 * pass the day before the start). Per toekenning, payer and budget period: what stays
 * committed is each commitment entry's pro-rata share of its days up to `laatsteDag`
 * (whole cents); the rest is released, never more than is still committed there
 * (corrections included), so a committed figure never turns negative. Idempotent:
 * asking again for the same day releases nothing more.
 */
export function vrijvalNa(boekingen: readonly Boeking[], laatsteDag: IsoDatum, opties: { geboektOp: IsoDatum; nieuwId: NieuwId; toelichting?: string }): Boeking[] {
  type Groep = { voorbeeld: Boeking; zonderCorrectie: number; blijft: number; van: IsoDatum; tot: IsoDatum; heeftVerplichting: boolean };
  // What is committed per payer and budget period over all toekenningen, corrections included: the cap.
  const netto = new Map<string, number>();
  const bp = (b: Boeking) => `${b.betaler}\u0000${b.budgetperiode}`;
  const groepen = new Map<string, Groep>();
  const sleutel = (b: Boeking) => `${b.toekenningId ?? ''}\u0000${b.betaler}\u0000${b.budgetperiode}`;
  for (const b of boekingen) {
    if (!isVastlegging(b.soort)) continue;
    const k = sleutel(b);
    netto.set(bp(b), (netto.get(bp(b)) ?? 0) + b.bedragCent);
    if (b.soort === 'correctie') continue;
    const g = groepen.get(k) ?? { voorbeeld: b, zonderCorrectie: 0, blijft: 0, van: b.periode?.van ?? laatsteDag, tot: b.periode?.tot ?? laatsteDag, heeftVerplichting: false };
    g.zonderCorrectie += b.bedragCent;
    if (b.soort === 'verplichting' && b.periode) {
      g.heeftVerplichting = true;
      if (b.periode.tot > g.tot) g.tot = b.periode.tot;
      if (b.periode.van < g.van) g.van = b.periode.van;
      const na = overlap(b.periode, { van: plusDagen(laatsteDag, 1), tot: b.periode.tot });
      g.blijft += na ? verdeelNaarRato(b.bedragCent, [dagen(b.periode) - dagen(na), dagen(na)])[0] : b.bedragCent;
    }
    groepen.set(k, g);
  }
  const uit: Boeking[] = [];
  for (const g of groepen.values()) {
    if (!g.heeftVerplichting) continue;
    const b = g.voorbeeld;
    const bedrag = Math.min(g.zonderCorrectie - g.blijft, netto.get(bp(b)) ?? 0);
    if (bedrag <= 0) continue;
    netto.set(bp(b), (netto.get(bp(b)) ?? 0) - bedrag);
    uit.push({
      id: opties.nieuwId(),
      soort: 'vrijval',
      betaler: b.betaler,
      budgetperiode: b.budgetperiode,
      bedragCent: -bedrag,
      geboektOp: opties.geboektOp,
      periode: { van: plusDagen(laatsteDag, 1) > g.van ? plusDagen(laatsteDag, 1) : g.van, tot: g.tot },
      ...(b.toekenningId ? { toekenningId: b.toekenningId } : {}),
      ...(opties.toelichting ? { toelichting: opties.toelichting } : {}),
    });
  }
  return uit;
}
