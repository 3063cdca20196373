import type { SwvRegister } from '@pao/swv';

/**
 * Which gemeenten each SWV serves and which gemeenten a partner organisation stands for.
 * A subscription may only cover gemeenten of its own SWV, and a partner only its own.
 */
export interface GemeenteRegister {
  /** CBS codes of the gemeenten the SWV serves. */
  gemeentenVanSwv(swv: string): readonly string[];
  /** CBS codes a partner organisation (the account's `organisatie`) may subscribe for. */
  gemeentenVanOrganisatie(organisatie: string): readonly string[];
}

export const GEMEENTE_REGISTER = Symbol('GEMEENTE_REGISTER');

const slug = (naam: string) => naam.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Partner organisation of a gemeente, as the gateway names its accounts
 * (apps/gateway/src/auth/demo-accounts.ts): 'gemeente-<name>', e.g. 'gemeente-almere'.
 */
export const organisatieVanGemeente = (naam: string) => `gemeente-${slug(naam)}`;

/** The gemeenten of the SWV register (config/swv-register.json, @pao/swv). */
export class SwvGemeenteRegister implements GemeenteRegister {
  constructor(private readonly register: SwvRegister) {}

  gemeentenVanSwv(swv: string): readonly string[] {
    return this.register.find(swv)?.gemeenten.map((g) => g.code) ?? [];
  }

  gemeentenVanOrganisatie(organisatie: string): readonly string[] {
    const codes = this.register.all().flatMap((s) => s.gemeenten.filter((g) => organisatieVanGemeente(g.naam) === organisatie).map((g) => g.code));
    return [...new Set(codes)];
  }
}
