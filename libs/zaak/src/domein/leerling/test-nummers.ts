import { elfproefRest } from './bsn';

/**
 * Deterministic test numbers for demo data: number n always gives the same BSN, and
 * different n give different numbers. BSNs start with "99", a block we assume unissued
 * [check with RvIG test set]; onderwijsnummers start with "10" as DUO's do.
 */
const CAPACITEIT = 100_000;

function metControlecijfer(prefix: string, n: number, doelRest: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= CAPACITEIT) throw new RangeError(`volgnummer buiten 0..${CAPACITEIT - 1}`);
  const basis = `${prefix}${String(n).padStart(5, '0')}`;
  // Seven digits encode n; the eighth is free so that some check digit 0..9 fits.
  for (let vrij = 0; vrij <= 9; vrij++) {
    for (let controle = 0; controle <= 9; controle++) {
      const kandidaat = `${basis}${vrij}${controle}`;
      if (elfproefRest(kandidaat) === doelRest) return kandidaat;
    }
  }
  throw new Error('geen controlecijfer gevonden'); // unreachable: weights 2 and -1 cover all rests
}

export function testBsn(n: number): string {
  return metControlecijfer('99', n, 0);
}

export function testOnderwijsnummer(n: number): string {
  return metControlecijfer('10', n, 5);
}

export const TEST_NUMMER_CAPACITEIT = CAPACITEIT;
