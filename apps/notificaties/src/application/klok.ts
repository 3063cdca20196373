/** Where "now" comes from: the system clock, or a clock tests move (ManualClock of @pao/deadlines fits). */
export interface KlokPort {
  now(): Date;
}

export const KLOK = Symbol('KLOK');

export const systeemKlok: KlokPort = { now: () => new Date() };
