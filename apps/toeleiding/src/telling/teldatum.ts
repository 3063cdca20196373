import { civilDate, delen, opJaar, plusDagen, yearly, type JaarlijkseDatum, type RecurringMoment, type Regelset, type Sector } from '@pao/deadlines';
import { type IsoDatum, type Swv, type TlvSoort } from '../domain';
import { type Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';

/** The funding sector a soort TLV counts in (its teldatum follows the sector). */
export function sectorVan(soort: TlvSoort): Sector {
  if (soort === 'PrO') return 'pro';
  if (soort === 'SBO') return 'sbo';
  return soort.startsWith('VSO') ? 'vso' : 'so';
}

/** The soorten of an SWV whose teldatum (per the rules in force for it) is this day. */
export function soortenOpTeldatum(swv: Swv, teldatum: IsoDatum, swvs: Samenwerkingsverbanden): TlvSoort[] {
  const dag = civilDate(teldatum);
  return swvs.beleid(swv).soorten.filter((soort) => {
    const regel = swvs.regelset.regelOp(swvs.kalender(swv), 'teldatum', dag, sectorVan(soort));
    return opJaar(regel.waarde, delen(dag).year) === dag;
  });
}

export const TELLING_MOMENT_PREFIX = 'teldatum-';

/**
 * One recurring moment per distinct teldatum in the regelset, firing at 04:00 the day
 * after: placements registered on the teldatum itself are in. The effect checks, per SWV
 * and soort, which rule is in force on that date (PO and VSO moved to 1 February in 2023).
 */
export function teldatumMomenten(regelset: Regelset): RecurringMoment[] {
  const data = new Map<string, JaarlijkseDatum>();
  for (const r of regelset.regels()) {
    if (r.sleutel !== 'teldatum') continue;
    const w = r.waarde as JaarlijkseDatum;
    data.set(`${w.maand}-${w.dag}`, w);
  }
  return [...data.values()].map((w) => {
    // A non-leap year: a teldatum is never 29 February.
    const volgende = delen(plusDagen(civilDate(2025, w.maand, w.dag), 1));
    const naam = `${TELLING_MOMENT_PREFIX}${String(w.maand).padStart(2, '0')}-${String(w.dag).padStart(2, '0')}`;
    return yearly(naam, { maand: volgende.month, dag: volgende.day }, { hour: 4 });
  });
}
