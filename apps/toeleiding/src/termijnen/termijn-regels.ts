import { beginVanDag, civilDate, datumVan, eindeVanDag, type WarningLead } from '@pao/deadlines';
import { type IsoDatum, type TermijnIntentie, type TermijnSoort } from '../domain';

/**
 * How each kind of TLV deadline is scheduled. A term's last day is `vervaltOp`: it has
 * passed at 00:00 the next day (Europe/Amsterdam). A reminder fires at the start of its
 * day instead. Warnings give the owner time to act.
 */
const HERINNERINGEN: readonly TermijnSoort[] = ['laatste-schooljaar'];

const WAARSCHUWINGEN: Partial<Record<TermijnSoort, readonly WarningLead[]>> = {
  beslistermijn: [{ days: 7 }],
  aanvullingstermijn: [{ days: 3 }],
  'doorzending-lbt': [{ days: 3 }],
  'beslissing-op-bezwaar': [{ days: 14 }],
  // The re-assessment cut-off: warn the (V)SO school six weeks ahead.
  herbeoordeling: [{ days: 42 }],
};

export function vervaltMoment(t: Pick<TermijnIntentie, 'soort' | 'vervaltOp'>): Date {
  const dag = civilDate(t.vervaltOp);
  return HERINNERINGEN.includes(t.soort) ? beginVanDag(dag) : eindeVanDag(dag);
}

/** The last day back from the moment stored in the deadline row. */
export function vervaltOpVan(soort: string, dueAt: Date): IsoDatum {
  return HERINNERINGEN.includes(soort as TermijnSoort) ? datumVan(dueAt) : datumVan(new Date(dueAt.getTime() - 1));
}

export function waarschuwingenVoor(soort: TermijnSoort): readonly WarningLead[] {
  return WAARSCHUWINGEN[soort] ?? [];
}
