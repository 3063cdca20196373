import { datumInAmsterdam, type IsoDatum, type Klok } from '@pao/zaak';

export type { Klok };

/** Where "now" comes from: the system clock, or a clock tests move (ManualClock fits). */
export const KLOK = Symbol('OJA_KLOK');
export const systeemKlok: Klok = { now: () => new Date() };

export function vandaag(klok: Klok): IsoDatum {
  return datumInAmsterdam(klok.now());
}
