import { testBsn } from '@pao/zaak';

const ADVIEZEN = ['pro', 'vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'havo-vwo', 'vwo'];

/**
 * A cohort export as a school writes it: test BSNs van … van + aantal - 1, names (ignored by
 * the import), advice and support. Shared by bench:overdracht and the national data set.
 */
export function cohortCsv(van: number, aantal: number): Buffer {
  const rijen = ['leerlingnummer;achternaam;voornaam;definitief advies;kwetsbaar;voorzieningen;ondersteuningsbehoefte'];
  for (let i = 0; i < aantal; i++) {
    const n = van + i;
    rijen.push(`${testBsn(n)};Achternaam ${n};Voornaam;${ADVIEZEN[n % ADVIEZEN.length]};${n % 9 === 0 ? 'ja' : 'nee'};${n % 11 === 0 ? 'tlv-pro' : n % 13 === 0 ? 'lwoo' : ''};${n % 4 === 0 ? 'Extra begeleiding bij plannen en structuur' : ''}`);
  }
  return Buffer.from(rijen.join('\r\n'), 'utf8');
}
