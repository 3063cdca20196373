import { LeerlingId, ongeldigVeld } from '@pao/zaak';
import { type NieuweLeerling } from '../application/thuiszitters';
import { type LeerlingInvoer } from './schemas';

/**
 * The pupil's number from the request, checked with the elfproef and wrapped at once in a
 * LeerlingId (which never prints the number). A BSN field holding an onderwijsnummer, or
 * the other way round, is refused.
 */
export function leerlingNummer(invoer: LeerlingInvoer, prefix = 'leerling'): NieuweLeerling {
  const [veld, soort, waarde] = 'bsn' in invoer ? ([`${prefix}.bsn`, 'bsn', invoer.bsn] as const) : ([`${prefix}.onderwijsnummer`, 'onderwijsnummer', invoer.onderwijsnummer] as const);
  const nummer = LeerlingId.probeer(waarde);
  if (!nummer) throw ongeldigVeld(veld, 'geen geldig nummer (elfproef)');
  if (nummer.soort !== soort) throw ongeldigVeld(veld, `dit is geen ${soort === 'bsn' ? 'BSN' : 'onderwijsnummer'}`);
  return { nummer, gemeente: invoer.gemeente };
}
