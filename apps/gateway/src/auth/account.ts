import type { Actor, Rol, SwvCode } from '@pao/platform';

export interface Account {
  id: string;
  gebruikersnaam: string;
  rol: Rol;
  swv: SwvCode;
  organisatie: string;
  weergavenaam: string;
}

export const toActor = (a: Account): Actor => ({ id: a.id, rol: a.rol, swv: a.swv, organisatie: a.organisatie, naam: a.weergavenaam });

/** What the UI may know about the signed-in account. */
export const publicAccount = (a: Account) => ({ id: a.id, gebruikersnaam: a.gebruikersnaam, rol: a.rol, swv: a.swv, organisatie: a.organisatie, weergavenaam: a.weergavenaam });
