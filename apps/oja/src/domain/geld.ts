import { OngeldigeInvoer } from '@pao/zaak/domein';

/**
 * Money in euro cents: whole numbers only, never a float. Every split and every
 * pro-rata share is computed with integers and the largest-remainder method, so the
 * parts always add up to the whole to the cent.
 */
export type Cent = number;

/** The largest amount we accept: € 10 million per line is far above any arrangement. */
export const MAX_CENT = 1_000_000_000;

/**
 * An amount from outside (HTTP body, command). Refuses fractions of a cent, negative
 * amounts (unless `magNegatief`), non-numbers and absurd sizes, naming the field.
 */
export function vereisCent(veld: string, waarde: unknown, opties: { magNegatief?: boolean; magNul?: boolean } = {}): Cent {
  if (typeof waarde !== 'number' || !Number.isFinite(waarde)) throw new OngeldigeInvoer(veld, 'is geen bedrag in centen');
  if (!Number.isInteger(waarde)) throw new OngeldigeInvoer(veld, 'bevat een fractie van een cent (bedragen in hele centen)');
  if (waarde < 0 && !opties.magNegatief) throw new OngeldigeInvoer(veld, 'mag niet negatief zijn');
  if (waarde === 0 && opties.magNul === false) throw new OngeldigeInvoer(veld, 'mag niet nul zijn');
  if (Math.abs(waarde) > MAX_CENT) throw new OngeldigeInvoer(veld, 'is groter dan het maximum (€ 10.000.000)');
  return waarde;
}

export function som(bedragen: readonly Cent[]): Cent {
  let totaal = 0;
  for (const b of bedragen) totaal += b;
  return totaal;
}

/**
 * Divides `totaal` (≥ 0) in proportion to integer `gewichten` (≥ 0, not all zero) by the
 * largest-remainder method: each part is floor(totaal × w / Σw), the cents left over go
 * to the largest remainders (ties: earliest first). The parts always sum to `totaal`.
 */
export function verdeelNaarRato(totaal: Cent, gewichten: readonly number[]): Cent[] {
  if (!Number.isSafeInteger(totaal) || totaal < 0) throw new Error(`verdeelNaarRato: totaal ${totaal} is geen niet-negatief geheel getal`);
  if (gewichten.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new Error('verdeelNaarRato: gewichten moeten niet-negatieve gehele getallen zijn');
  const noemer = som(gewichten);
  if (noemer === 0) {
    if (totaal === 0) return gewichten.map(() => 0);
    throw new Error('verdeelNaarRato: alle gewichten zijn nul');
  }
  // BigInt: totaal × gewicht may pass 2^53 for large amounts and day counts.
  const T = BigInt(totaal);
  const N = BigInt(noemer);
  const delen = gewichten.map((w) => {
    const teller = T * BigInt(w);
    return { deel: Number(teller / N), rest: teller % N };
  });
  let over = totaal - som(delen.map((d) => d.deel));
  const volgorde = delen.map((d, i) => ({ i, rest: d.rest })).sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  const uit = delen.map((d) => d.deel);
  for (const { i } of volgorde) {
    if (over === 0) break;
    if (gewichten[i] === 0) continue;
    uit[i] += 1;
    over -= 1;
  }
  return uit;
}

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** '€ 1.234,56' for messages (no float arithmetic: only the display divides by 100). */
export function euro(cent: Cent): string {
  return EURO.format(cent / 100);
}
