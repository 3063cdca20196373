/**
 * Money in the UI: the API speaks whole euro cents; people read and type euros. Cents are
 * shown by formatting (never summed as floats); typed euros become cents by string
 * arithmetic, so "12,345" becomes 1234.5 cents and the server refuses it next to the field.
 */
export function euro(cent: number | null | undefined): string {
  if (cent === null || cent === undefined) return '—';
  const teken = cent < 0 ? '−' : '';
  const abs = Math.abs(Math.trunc(cent));
  const euros = Math.floor(abs / 100).toLocaleString('nl-NL');
  return `${teken}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** '1.234,56', '1234,56', '1234.56' or '1.234' (euros) → cents; undefined when it is not an amount. */
export function naarCenten(invoer: string): number | undefined {
  const s = invoer.trim().replace(/^€/, '').replace(/\s/g, '');
  if (s === '') return undefined;
  const negatief = /^[-−]/.test(s);
  const rest = negatief ? s.slice(1) : s;
  let heel: string;
  let dec = '';
  if (rest.includes(',')) {
    const i = rest.lastIndexOf(',');
    heel = rest.slice(0, i).replace(/\./g, '');
    dec = rest.slice(i + 1);
  } else if (/^\d{1,3}(\.\d{3})+$/.test(rest)) {
    heel = rest.replace(/\./g, '');
  } else {
    const i = rest.lastIndexOf('.');
    heel = i < 0 ? rest : rest.slice(0, i);
    dec = i < 0 ? '' : rest.slice(i + 1);
  }
  if (!/^\d+$/.test(heel) || !/^\d*$/.test(dec)) return undefined;
  const centen = Number(heel + dec.padEnd(2, '0').slice(0, 2)) + (dec.length > 2 ? Number(`0.${dec.slice(2)}`) : 0);
  return negatief ? -centen : centen;
}

/** Cents → the euro text a form field starts with ('1234,56'). */
export function naarEuroTekst(cent: number | undefined): string {
  if (cent === undefined) return '';
  return `${Math.floor(cent / 100)},${String(Math.abs(cent) % 100).padStart(2, '0')}`;
}
