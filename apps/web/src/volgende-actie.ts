/**
 * The command behind a next step (the domain's step code), for the werkvoorraad's row
 * button: `direct` runs at once from the row (nothing to fill in), the others open the
 * case with that form ready.
 */
import { type PadCommando } from './api/types';

/** A command of toeleiding's case (as its path declares them), or the besluitbrief form (drawn up and sent, not a command). */
export type StapActie = PadCommando | 'besluitbrief';

export const ACTIE_VOOR_STAP: Record<string, { commando: StapActie; direct?: boolean }> = {
  'ontvankelijkheid-beoordelen': { commando: 'inBehandelingNemen', direct: true },
  'deskundigenadvies-geven': { commando: 'adviesVastleggen' },
  'tweede-deskundigenadvies-vastleggen': { commando: 'adviesVastleggen' },
  'besluit-nemen': { commando: 'besluitNemen' },
  'besluit-bekendmaken': { commando: 'besluitbrief' },
  'doorsturen-naar-lbt': { commando: 'doorsturenNaarLbt' },
  'beslissen-op-bezwaar': { commando: 'beslissenOpBezwaar' },
  'leerling-plaatsen': { commando: 'plaatsingRegistreren' },
};
