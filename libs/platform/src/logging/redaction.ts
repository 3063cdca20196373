/**
 * Personal fields that must never reach a log line: identifiers, names, birth dates
 * and free text (which may hold anything). Matched at any of the first levels of a
 * logged object, and in request bodies and headers.
 */
export const personalFields = [
  'bsn', 'onderwijsnummer', 'leerlingId', 'naam', 'voornaam', 'voornamen', 'achternaam', 'tussenvoegsel',
  'geboortedatum', 'adres', 'email', 'telefoon', 'toelichting', 'motivering', 'omschrijving', 'opmerking',
  'ondersteuningsbehoefte', 'vrijeTekst', 'password', 'wachtwoord',
];

export function redactionPaths(fields: string[] = personalFields): string[] {
  const paths = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
  for (const f of fields) {
    paths.push(f, `*.${f}`, `*.*.${f}`, `*.*.*.${f}`, `req.body.${f}`);
  }
  return paths;
}
