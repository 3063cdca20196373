import { beginVanDag, civilDate, datumVan, eindeVanDag, type WarningLead } from '@pao/deadlines';
import { type TermijnIntentie, type TermijnSoorten } from '../domein';

/** The moment a term passes: 00:00 after its last day, or 00:00 of the day for a reminder (Europe/Amsterdam). */
export function vervaltMoment(soorten: TermijnSoorten, t: Pick<TermijnIntentie, 'soort' | 'vervaltOp'>): Date {
  const dag = civilDate(t.vervaltOp);
  return soorten[t.soort]?.herinnering ? beginVanDag(dag) : eindeVanDag(dag);
}

/** The last day back from the moment stored in the deadline row. */
export function vervaltOpVan(soorten: TermijnSoorten, soort: string, dueAt: Date): string {
  return soorten[soort]?.herinnering ? datumVan(dueAt) : datumVan(new Date(dueAt.getTime() - 1));
}

export function waarschuwingenVan(soorten: TermijnSoorten, t: Pick<TermijnIntentie, 'soort' | 'waarschuwingen'>): WarningLead[] {
  return (t.waarschuwingen ?? soorten[t.soort]?.waarschuwingen ?? []).map((w) => ({ days: w.dagen }));
}
