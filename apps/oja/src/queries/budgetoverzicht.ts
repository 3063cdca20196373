import { type EntityManager } from 'typeorm';
import { alleBetalers } from '../application/kwartaalrapportage';
import { isGemeentelijk, type OjaRegelset, periodeVanSleutel } from '../domain';
import { budgetstand } from '../persistence/budget.repository';
import { type z } from 'zod';
import { type BudgetRegel as BudgetRegelSchema } from './antwoorden';

/** A row of the budget overview: the declared answer (./antwoorden). */
export type BudgetRegel = z.output<typeof BudgetRegelSchema>;

/**
 * Budget, committed, realised and left per payer and budget period (calendar year or
 * school year), for the periods that overlap `jaar`. A gemeente sees only its own purses.
 */
export async function budgetoverzicht(m: EntityManager, swv: string, regelset: OjaRegelset, jaar: number, gemeente?: string): Promise<BudgetRegel[]> {
  const betalers = alleBetalers(regelset, swv).filter((b) => gemeente === undefined || (isGemeentelijk(b) && b.gemeente === gemeente));
  const perCode = new Map(betalers.map((b) => [b.code, b]));
  const rijen = await budgetstand(
    m,
    swv,
    betalers.map((b) => b.code),
  );
  // Every payer appears for the year, also without a budget or money yet.
  const sleutels = new Set(rijen.map((r) => `${r.betaler}|${r.budgetperiode}`));
  const aangevuld = [...rijen];
  for (const b of betalers) {
    const sleutel = b.budgetperiode === 'kalenderjaar' ? String(jaar) : `${jaar}-${jaar + 1}`;
    if (!sleutels.has(`${b.code}|${sleutel}`)) aangevuld.push({ betaler: b.code, budgetperiode: sleutel, vastgelegdCent: 0, gerealiseerdCent: 0 });
  }
  const jaarVan = `${jaar}-01-01`;
  const jaarTot = `${jaar}-12-31`;
  return aangevuld
    .filter((r) => perCode.has(r.betaler))
    .map((r) => ({ r, p: periodeVanSleutel(r.budgetperiode) }))
    .filter(({ p }) => p.van <= jaarTot && p.tot >= jaarVan)
    .map(({ r, p }) => {
      const b = perCode.get(r.betaler)!;
      const resterend = r.budgetCent === undefined ? null : r.budgetCent - r.vastgelegdCent;
      return {
        betaler: b.code,
        naam: b.naam,
        soort: b.soort,
        gemeente: b.gemeente ?? null,
        budgetperiode: r.budgetperiode,
        van: p.van,
        tot: p.tot,
        budgetCent: r.budgetCent ?? null,
        vastgelegdCent: r.vastgelegdCent,
        gerealiseerdCent: r.gerealiseerdCent,
        resterendCent: resterend,
        overschreden: resterend !== null ? resterend < 0 : r.vastgelegdCent > 0,
      };
    })
    .sort((a, b) => (a.naam === b.naam ? a.budgetperiode.localeCompare(b.budgetperiode) : a.naam.localeCompare(b.naam, 'nl')));
}
