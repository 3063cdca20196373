import { type WarningLead } from '@pao/deadlines';
import { vervaltMoment as kitVervaltMoment, vervaltOpVan as kitVervaltOpVan, waarschuwingenVan, type TermijnSoorten } from '@pao/zaak';
import { type IsoDatum, type TermijnIntentie, type TermijnSoort } from '../domain';

/**
 * How each kind of TLV deadline is scheduled. A term's last day is `vervaltOp`: it has
 * passed at 00:00 the next day (Europe/Amsterdam). A reminder fires at the start of its
 * day instead. Warnings give the owner time to act.
 */
export const TLV_TERMIJN_SOORTEN: TermijnSoorten = {
  beslistermijn: { waarschuwingen: [{ dagen: 7 }] },
  aanvullingstermijn: { waarschuwingen: [{ dagen: 3 }] },
  'doorzending-lbt': { waarschuwingen: [{ dagen: 3 }] },
  'beslissing-op-bezwaar': { waarschuwingen: [{ dagen: 14 }] },
  // bezwaar-, beroeps-, hoger-beroepstermijn: nobody owes anything, so no warnings; the
  // nazendtermijn after them (Awb 6:9 lid 2) carries the consequence (onherroepelijk).
  // The re-assessment cut-off: warn the (V)SO school six weeks ahead.
  herbeoordeling: { waarschuwingen: [{ dagen: 42 }] },
  'laatste-schooljaar': { herinnering: true },
  // Placement by the teldatum/peildatum (001:2050-2054): warn the school two weeks ahead.
  'plaatsing-peildatum': { waarschuwingen: [{ dagen: 14 }] },
  // The yearly evaluation: remind the placing school four weeks ahead.
  'jaarlijkse-evaluatie': { waarschuwingen: [{ dagen: 28 }] },
} satisfies Partial<Record<TermijnSoort, unknown>>;

export function vervaltMoment(t: Pick<TermijnIntentie, 'soort' | 'vervaltOp'>): Date {
  return kitVervaltMoment(TLV_TERMIJN_SOORTEN, t);
}

/** The last day back from the moment stored in the deadline row. */
export function vervaltOpVan(soort: string, dueAt: Date): IsoDatum {
  return kitVervaltOpVan(TLV_TERMIJN_SOORTEN, soort, dueAt);
}

export function waarschuwingenVoor(soort: TermijnSoort): WarningLead[] {
  return waarschuwingenVan(TLV_TERMIJN_SOORTEN, { soort });
}
