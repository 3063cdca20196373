import { alsProbleem } from '@pao/zaak';
import { LeerlingId, vereisPersonalia, type IsoDatum } from '../domain';
import { ongeldigVeld } from '../application/fouten';
import { type NieuweLeerling } from '../application/toeleiding';
import { type NieuweAanvraagInvoer } from './schemas';

/**
 * The pupil from the request: the number checked with the elfproef and wrapped at once in
 * a LeerlingId (which never prints the number); a BSN field holding an onderwijsnummer,
 * or the other way round, is refused: the kind is part of what the school asserts. Name
 * and date of birth come together or not at all (an older client sends neither).
 */
export function leerlingNummer(invoer: NieuweAanvraagInvoer['leerling'], vandaag: IsoDatum): NieuweLeerling {
  const [veld, soort, waarde] = 'bsn' in invoer ? (['leerling.bsn', 'bsn', invoer.bsn] as const) : (['leerling.onderwijsnummer', 'onderwijsnummer', invoer.onderwijsnummer] as const);
  const nummer = LeerlingId.probeer(waarde);
  if (!nummer) throw ongeldigVeld(veld, 'is geen geldig nummer (elfproef)');
  if (nummer.soort !== soort) throw ongeldigVeld(veld, `is geen ${soort === 'bsn' ? 'BSN' : 'onderwijsnummer'}`);
  const { voornaam, tussenvoegsel, achternaam, geboortedatum } = invoer;
  const gegeven = [voornaam, tussenvoegsel, achternaam, geboortedatum].some((v) => v !== undefined && v.trim() !== '');
  let personalia;
  try {
    personalia = gegeven ? vereisPersonalia('leerling', { voornaam, tussenvoegsel, achternaam, geboortedatum }, vandaag) : undefined;
  } catch (e) {
    throw alsProbleem(e);
  }
  return { nummer, gemeente: invoer.gemeente, personalia };
}
