import { datumInAmsterdam, type IsoDatum } from '../domain';

/**
 * Where "now" comes from: the system clock in production, a clock tests move (the
 * deadline engine's ManualClock fits this shape). Commands, deadline firing and the
 * werkvoorraad's signals all read it, so time travel in a test is consistent.
 */
export interface Klok {
  now(): Date;
}

export const KLOK = Symbol('KLOK');

export const systeemKlok: Klok = { now: () => new Date() };

export function vandaag(klok: Klok): IsoDatum {
  return datumInAmsterdam(klok.now());
}
