import { OngeldigeInvoer, type Invoerfout } from '@pao/zaak/domein';
import { euro, type Cent } from './geld';
import { type Boeking, isVastlegging } from './grootboek';

/**
 * Budget per payer per budget period, and the check a toekenning passes. Policy (ADR
 * 0012): a toekenning or verlenging that would take a payer past its budget — or commit
 * money of a payer for a period without a budget — is refused, naming each payer; the
 * teamleider may decide it anyway with an explicit override and reasons, recorded with
 * the toekenning, in its event and in the audit trail.
 */
export interface Budgetregel {
  readonly betaler: string;
  readonly budgetperiode: string;
  /** Undefined: no budget set for that payer and period. */
  readonly budgetCent?: Cent;
  /** Committed by all arrangements of the SWV (the ledger's vastgelegd). */
  readonly vastgelegdCent: Cent;
}

export interface Overschrijding {
  readonly betaler: string;
  readonly budgetperiode: string;
  readonly budgetCent?: Cent;
  readonly vastgelegdCent: Cent;
  readonly nieuwCent: Cent;
  /** How much would be committed beyond the budget. */
  readonly tekortCent: Cent;
}

/** What the new commitments would exceed; empty when everything fits. */
export function overschrijdingen(stand: readonly Budgetregel[], nieuw: readonly Boeking[]): Overschrijding[] {
  const erbij = new Map<string, { betaler: string; budgetperiode: string; bedrag: number }>();
  for (const b of nieuw) {
    if (!isVastlegging(b.soort) || b.bedragCent <= 0) continue;
    const k = `${b.betaler}\u0000${b.budgetperiode}`;
    const r = erbij.get(k) ?? { betaler: b.betaler, budgetperiode: b.budgetperiode, bedrag: 0 };
    r.bedrag += b.bedragCent;
    erbij.set(k, r);
  }
  const uit: Overschrijding[] = [];
  for (const { betaler, budgetperiode, bedrag } of erbij.values()) {
    const regel = stand.find((s) => s.betaler === betaler && s.budgetperiode === budgetperiode);
    const vastgelegd = regel?.vastgelegdCent ?? 0;
    const budget = regel?.budgetCent;
    const tekort = vastgelegd + bedrag - (budget ?? 0);
    if (budget === undefined || tekort > 0) {
      uit.push({ betaler, budgetperiode, ...(budget !== undefined ? { budgetCent: budget } : {}), vastgelegdCent: vastgelegd, nieuwCent: bedrag, tekortCent: Math.max(tekort, 0) });
    }
  }
  return uit;
}

/** 400 naming each payer whose budget would be exceeded (field `verdeling.<betaler>`). */
export class BudgetOverschreden extends OngeldigeInvoer {
  constructor(readonly overschrijdingen: readonly Overschrijding[]) {
    super(
      overschrijdingen.map(
        (o): Invoerfout => ({
          veld: `verdeling.${o.betaler}`,
          melding:
            o.budgetCent === undefined
              ? `geen budget vastgesteld voor ${o.betaler} in ${o.budgetperiode}`
              : `overschrijdt het budget van ${o.betaler} in ${o.budgetperiode} met ${euro(o.tekortCent)} (budget ${euro(o.budgetCent)}, al vastgelegd ${euro(o.vastgelegdCent)}, deze beslissing ${euro(o.nieuwCent)})`,
        }),
      ),
    );
    this.name = 'BudgetOverschreden';
  }
}
