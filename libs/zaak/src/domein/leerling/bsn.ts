/**
 * BSN and onderwijsnummer checks. Both are 9 digits checked with the elfproef: digits
 * weighted 9..2 and the last one -1. A BSN sums to 0 mod 11; an onderwijsnummer (DUO,
 * for pupils without a BSN) starts with "10" and sums to 5 mod 11, so no number is both.
 */
export type Leerlingnummersoort = 'bsn' | 'onderwijsnummer';

const GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** Elfproef remainder of 9 digits, always in 0..10. */
export function elfproefRest(cijfers: string): number {
  let som = 0;
  for (let i = 0; i < 9; i++) som += GEWICHTEN[i] * (cijfers.charCodeAt(i) - 48);
  return ((som % 11) + 11) % 11;
}

/** Removes the separators people type ("123.456.782", "123 45 678 2"). */
export function normaliseerNummer(invoer: string): string {
  return invoer.replace(/[\s.-]/g, '');
}

export function isGeldigBsn(invoer: string): boolean {
  return /^\d{9}$/.test(invoer) && invoer !== '000000000' && elfproefRest(invoer) === 0;
}

export function isGeldigOnderwijsnummer(invoer: string): boolean {
  return /^10\d{7}$/.test(invoer) && elfproefRest(invoer) === 5;
}

/**
 * Which kind of number this is after normalising, or undefined when it is neither.
 * Old 8-digit BSNs (sofinummers) are stored without their leading zero: pad them.
 */
export function herkenLeerlingnummer(invoer: string): { soort: Leerlingnummersoort; nummer: string } | undefined {
  let nummer = normaliseerNummer(invoer);
  if (/^\d{8}$/.test(nummer)) nummer = `0${nummer}`;
  if (isGeldigBsn(nummer)) return { soort: 'bsn', nummer };
  if (isGeldigOnderwijsnummer(nummer)) return { soort: 'onderwijsnummer', nummer };
  return undefined;
}
