import { LeerlingId } from '../domain';
import { ongeldigVeld } from '../application/fouten';
import { type NieuweLeerling } from '../application/toeleiding';
import { type NieuweAanvraagInvoer } from './schemas';

/**
 * The pupil's number from the request, checked with the elfproef and wrapped at once in
 * a LeerlingId (which never prints the number). A BSN field holding an onderwijsnummer,
 * or the other way round, is refused: the kind is part of what the school asserts.
 */
export function leerlingNummer(invoer: NieuweAanvraagInvoer['leerling']): NieuweLeerling {
  const [veld, soort, waarde] = 'bsn' in invoer ? (['leerling.bsn', 'bsn', invoer.bsn] as const) : (['leerling.onderwijsnummer', 'onderwijsnummer', invoer.onderwijsnummer] as const);
  const nummer = LeerlingId.probeer(waarde);
  if (!nummer) throw ongeldigVeld(veld, 'geen geldig nummer (elfproef)');
  if (nummer.soort !== soort) throw ongeldigVeld(veld, `dit is geen ${soort === 'bsn' ? 'BSN' : 'onderwijsnummer'}`);
  return { nummer, gemeente: invoer.gemeente };
}
