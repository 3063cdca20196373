/**
 * Which gemeenten each SWV serves and which gemeenten a partner organisation stands for.
 * A subscription may only cover gemeenten of its own SWV, and a partner only its own.
 *
 * A port: today it is read from two settings (SWV_GEMEENTEN, PARTNER_GEMEENTEN); the SWV
 * register being built elsewhere can implement the same interface without changes here.
 */
export interface GemeenteRegister {
  /** CBS codes of the gemeenten the SWV serves. */
  gemeentenVanSwv(swv: string): readonly string[];
  /** CBS codes a partner organisation (the account's `organisatie`) may subscribe for. */
  gemeentenVanOrganisatie(organisatie: string): readonly string[];
}

export const GEMEENTE_REGISTER = Symbol('GEMEENTE_REGISTER');

const CODE = /^GM\d{4}$/;

/** Parses `A=GM0001,GM0002;B=GM0003` into a map; throws naming the setting on a bad entry. */
export function parseToewijzing(tekst: string, instelling: string): Map<string, readonly string[]> {
  const uit = new Map<string, readonly string[]>();
  for (const deel of tekst.split(';').map((d) => d.trim()).filter(Boolean)) {
    const [sleutel, waarden] = deel.split('=');
    const codes = (waarden ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    if (!sleutel?.trim() || codes.length === 0 || codes.some((c) => !CODE.test(c))) {
      throw new Error(`${instelling}: expected entries like KEY=GM0034,GM0050 separated by ';'`);
    }
    uit.set(sleutel.trim(), [...new Set([...(uit.get(sleutel.trim()) ?? []), ...codes])]);
  }
  return uit;
}

export class InstellingenGemeenteRegister implements GemeenteRegister {
  private readonly swv: Map<string, readonly string[]>;
  private readonly organisaties: Map<string, readonly string[]>;

  constructor(swvGemeenten: string, partnerGemeenten: string) {
    this.swv = parseToewijzing(swvGemeenten, 'SWV_GEMEENTEN');
    this.organisaties = parseToewijzing(partnerGemeenten, 'PARTNER_GEMEENTEN');
  }

  gemeentenVanSwv(swv: string): readonly string[] {
    return this.swv.get(swv) ?? [];
  }

  gemeentenVanOrganisatie(organisatie: string): readonly string[] {
    return this.organisaties.get(organisatie) ?? [];
  }
}
