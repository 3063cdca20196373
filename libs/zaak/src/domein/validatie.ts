import { isIsoDatum, type IsoDatum } from './datum';
import { OngeldigeInvoer } from './fouten';

/**
 * Input checks for commands that may come from untyped callers. Each returns the clean
 * value or throws OngeldigeInvoer naming the field (never the value).
 */
export function vereisTekst(veld: string, waarde: unknown, max = 20_000): string {
  if (typeof waarde !== 'string' || waarde.trim() === '') throw new OngeldigeInvoer(veld, 'is verplicht');
  if (waarde.length > max) throw new OngeldigeInvoer(veld, `is langer dan ${max} tekens`);
  return waarde;
}

/** An opaque id. Refuses bare 8-9 digit numbers so a BSN cannot pose as an id. */
export function vereisId(veld: string, waarde: unknown): string {
  if (typeof waarde !== 'string' || waarde.trim() === '') throw new OngeldigeInvoer(veld, 'is verplicht');
  if (waarde.length > 200) throw new OngeldigeInvoer(veld, 'is te lang');
  if (/^\s*\d{8,9}\s*$/.test(waarde)) throw new OngeldigeInvoer(veld, 'mag geen BSN-achtig nummer zijn');
  return waarde;
}

export function optioneelId(veld: string, waarde: unknown): string | undefined {
  return waarde === undefined ? undefined : vereisId(veld, waarde);
}

export function vereisDatum(veld: string, waarde: unknown): IsoDatum {
  if (!isIsoDatum(waarde)) throw new OngeldigeInvoer(veld, 'is geen geldige datum (JJJJ-MM-DD)');
  return waarde;
}

/** A date of something that happened: defaults to today, never in the future. */
export function feitdatum(veld: string, waarde: unknown, vandaag: IsoDatum): IsoDatum {
  if (waarde === undefined) return vandaag;
  const datum = vereisDatum(veld, waarde);
  if (datum > vandaag) throw new OngeldigeInvoer(veld, 'ligt in de toekomst');
  return datum;
}

export function vereisNietVoor(veld: string, datum: IsoDatum, grens: IsoDatum, omschrijving: string): IsoDatum {
  if (datum < grens) throw new OngeldigeInvoer(veld, `ligt vóór ${omschrijving}`);
  return datum;
}

export function vereisEen<T extends string>(veld: string, waarde: unknown, opties: readonly T[]): T {
  if (typeof waarde !== 'string' || !(opties as readonly string[]).includes(waarde)) {
    throw new OngeldigeInvoer(veld, `moet een van ${opties.join(', ')} zijn`);
  }
  return waarde as T;
}

export function vereisObject(veld: string, waarde: unknown): Record<string, unknown> {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) throw new OngeldigeInvoer(veld, 'ontbreekt');
  return waarde as Record<string, unknown>;
}
