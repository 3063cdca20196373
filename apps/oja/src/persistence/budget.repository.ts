import { type EntityManager } from 'typeorm';
import { type Budgetregel } from '../domain';

/**
 * Budgets per payer and budget period, and what the ledger commits against them.
 * Money-committing commands of an SWV take its budget lock first, so two toekenningen
 * cannot both pass a check that only one of them fits.
 */
export async function vergrendelBudget(m: EntityManager, swv: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`oja-budget:${swv}`]);
}

export interface BudgetRij extends Budgetregel {
  readonly gerealiseerdCent: number;
}

/** Budget, committed and realised per payer and budget period of an SWV (every pair that has either). */
export async function budgetstand(m: EntityManager, swv: string, betalers?: readonly string[]): Promise<BudgetRij[]> {
  const rijen: Array<{ betaler: string; budgetperiode: string; budget: string | null; vastgelegd: string; gerealiseerd: string }> = await m.query(
    `WITH l AS (
       SELECT betaler, budgetperiode,
              coalesce(sum(bedrag_cent) FILTER (WHERE soort <> 'realisatie'), 0) AS vastgelegd,
              coalesce(sum(bedrag_cent) FILTER (WHERE soort = 'realisatie'), 0) AS gerealiseerd
         FROM oja.boeking WHERE swv = $1 AND ($2::text[] IS NULL OR betaler = ANY($2)) GROUP BY betaler, budgetperiode
     ), b AS (
       SELECT betaler, budgetperiode, bedrag_cent FROM oja.budget WHERE swv = $1 AND ($2::text[] IS NULL OR betaler = ANY($2))
     )
     SELECT coalesce(b.betaler, l.betaler) AS betaler, coalesce(b.budgetperiode, l.budgetperiode) AS budgetperiode,
            b.bedrag_cent AS budget, coalesce(l.vastgelegd, 0) AS vastgelegd, coalesce(l.gerealiseerd, 0) AS gerealiseerd
       FROM b FULL JOIN l ON l.betaler = b.betaler AND l.budgetperiode = b.budgetperiode
      ORDER BY 2, 1`,
    [swv, betalers ?? null],
  );
  return rijen.map((r) => ({
    betaler: r.betaler,
    budgetperiode: r.budgetperiode,
    ...(r.budget !== null ? { budgetCent: Number(r.budget) } : {}),
    vastgelegdCent: Number(r.vastgelegd),
    gerealiseerdCent: Number(r.gerealiseerd),
  }));
}

/** Sets a budget; returns the previous amount (undefined when new). */
export async function zetBudget(m: EntityManager, swv: string, betaler: string, budgetperiode: string, bedragCent: number): Promise<number | undefined> {
  const oud: Array<{ bedrag_cent: string }> = await m.query(`SELECT bedrag_cent FROM oja.budget WHERE swv = $1 AND betaler = $2 AND budgetperiode = $3 FOR UPDATE`, [swv, betaler, budgetperiode]);
  await m.query(
    `INSERT INTO oja.budget (swv, betaler, budgetperiode, bedrag_cent) VALUES ($1, $2, $3, $4)
     ON CONFLICT (swv, betaler, budgetperiode) DO UPDATE SET bedrag_cent = EXCLUDED.bedrag_cent, versie = oja.budget.versie + 1, gewijzigd_op = now()`,
    [swv, betaler, budgetperiode, bedragCent],
  );
  return oud[0] ? Number(oud[0].bedrag_cent) : undefined;
}
