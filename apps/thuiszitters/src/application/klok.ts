import { datumInAmsterdam, type IsoDatum, type Klok } from '@pao/zaak';

/** Where "now" comes from: the system clock, or a clock tests move (time travel for the deadlines). */
export const KLOK = Symbol('THUISZITTERS_KLOK');

export const systeemKlok: Klok = { now: () => new Date() };

export function vandaag(klok: Klok): IsoDatum {
  return datumInAmsterdam(klok.now());
}
