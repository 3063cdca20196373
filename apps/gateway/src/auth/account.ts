import type { Actor, Rol, SwvCode } from '@pao/platform';
import type { SwvRegister } from '@pao/swv';

export interface Account {
  id: string;
  gebruikersnaam: string;
  rol: Rol;
  swv: SwvCode;
  organisatie: string;
  weergavenaam: string;
  /** Work e-mail (deadline digests); null when unknown. */
  email?: string | null;
}

export const toActor = (a: Account): Actor => ({ id: a.id, rol: a.rol, swv: a.swv, organisatie: a.organisatie, naam: a.weergavenaam, ...(a.email ? { email: a.email } : {}) });

/** What the UI may know about the signed-in account, with its SWV's name and sector from the register. */
export const publicAccount = (a: Account, register: SwvRegister) => {
  const swv = register.find(a.swv);
  return {
    id: a.id,
    gebruikersnaam: a.gebruikersnaam,
    rol: a.rol,
    swv: a.swv,
    swvNaam: swv?.naam ?? a.swv,
    sector: swv?.sector ?? null,
    organisatie: a.organisatie,
    weergavenaam: a.weergavenaam,
  };
};
