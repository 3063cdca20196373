import { feitdatum, OngeldigeInvoer, optioneelId, plusDagen, vereisDatum, vereisEen, vereisObject, vereisTekst, type IsoDatum } from '@pao/zaak/domein';
import { LEERLING_BETROKKENHEID, OUDER_BETROKKENHEID, PARTIJEN, type Partij } from './begrippen';
import { type Betrokkene, type Betrokkenheid } from './casus';

/** Input rules shared by several commands; each names the field it refuses and never echoes the value. */

export const KORTE_TEKST = 2_000;
export const LANGE_TEKST = 10_000;

export function vereisBetrokkenheid(veld: string, waarde: unknown): Betrokkenheid {
  const o = vereisObject(veld, waarde);
  return {
    ouders: vereisEen(`${veld}.ouders`, o.ouders, OUDER_BETROKKENHEID),
    leerling: vereisEen(`${veld}.leerling`, o.leerling, LEERLING_BETROKKENHEID),
  };
}

export function optioneleTekst(veld: string, waarde: unknown, max = KORTE_TEKST): string | undefined {
  if (waarde === undefined || (typeof waarde === 'string' && waarde.trim() === '')) return undefined;
  return vereisTekst(veld, waarde, max);
}

export function vereisPartijen(veld: string, waarde: unknown, minimaal = 1): Partij[] {
  if (!Array.isArray(waarde)) throw new OngeldigeInvoer(veld, 'moet een lijst zijn');
  if (waarde.length < minimaal) throw new OngeldigeInvoer(veld, `noem ten minste ${minimaal} partij${minimaal === 1 ? '' : 'en'}`);
  if (waarde.length > PARTIJEN.length) throw new OngeldigeInvoer(veld, 'te veel partijen');
  const uit = waarde.map((p, i) => vereisEen(`${veld}[${i}]`, p, PARTIJEN));
  return [...new Set(uit)];
}

export function vereisBetrokkenen(veld: string, waarde: unknown): Betrokkene[] {
  if (waarde === undefined) return [];
  if (!Array.isArray(waarde)) throw new OngeldigeInvoer(veld, 'moet een lijst zijn');
  if (waarde.length > 20) throw new OngeldigeInvoer(veld, 'te veel betrokkenen');
  return waarde.map((b, i) => {
    const o = vereisObject(`${veld}[${i}]`, b);
    const omschrijving = optioneleTekst(`${veld}[${i}].omschrijving`, o.omschrijving, 200);
    return { partij: vereisEen(`${veld}[${i}].partij`, o.partij, PARTIJEN), ...(omschrijving ? { omschrijving } : {}) };
  });
}

/** How far ahead a due date or a start may lie: further is a typo, not a plan. */
export const MAX_DAGEN_VOORUIT = 2 * 366;

/** A date in the future (a due date): not before today, not years ahead. */
export function toekomstdatum(veld: string, waarde: unknown, vandaag: IsoDatum): IsoDatum {
  const d = vereisDatum(veld, waarde);
  if (d < vandaag) throw new OngeldigeInvoer(veld, 'ligt in het verleden');
  return nietTeVer(veld, d, vandaag);
}

export function nietTeVer(veld: string, d: IsoDatum, vandaag: IsoDatum): IsoDatum {
  if (d > plusDagen(vandaag, MAX_DAGEN_VOORUIT)) throw new OngeldigeInvoer(veld, 'ligt meer dan twee jaar vooruit');
  return d;
}

/** A fact date that may not lie before an earlier fact of the case. */
export function feitNa(veld: string, waarde: unknown, vandaag: IsoDatum, grens: IsoDatum, omschrijving: string): IsoDatum {
  const d = feitdatum(veld, waarde, vandaag);
  if (d < grens) throw new OngeldigeInvoer(veld, `ligt vóór ${omschrijving}`);
  return d;
}

export function optioneleSchool(veld: string, waarde: unknown): string | undefined {
  return optioneelId(veld, waarde);
}

const GEMEENTECODE = /^GM\d{4}$/;

export function vereisGemeente(veld: string, waarde: unknown, standaard: string): string {
  if (waarde === undefined) return standaard;
  if (typeof waarde !== 'string' || !GEMEENTECODE.test(waarde)) throw new OngeldigeInvoer(veld, 'is geen CBS-gemeentecode (GM + 4 cijfers)');
  return waarde;
}
