/**
 * Names for the shapes of the notificaties API, as the beheerder screens use them. They are
 * generated from the OpenAPI document the service serves (./generated, `npm run api:types`):
 * nothing here is written by hand, so a server change the web does not follow fails the
 * web's type check.
 */
import type { components, operations } from './generated/notificaties';

/** GET /notificaties/abonnementen. */
export type Abonnementen = operations['Abonnementen_lijst']['responses'][200]['content']['application/json'];
export type Abonnement = components['schemas']['Abonnement'];
export type AbonnementStatus = Abonnement['status'];
/** GET /notificaties/pogingen: a page of the delivery log. */
export type Pogingen = operations['Bezorglog_pogingen']['responses'][200]['content']['application/json'];
export type Poging = Pogingen['items'][number];
export type Uitkomst = Poging['uitkomst'];
/** POST /notificaties/abonnementen/{id}/opnieuw-bezorgen. */
export type OpnieuwBezorgd = operations['Abonnementen_opnieuw']['responses'][200]['content']['application/json'];

export const UITKOMST_LABELS: Record<Uitkomst, string> = {
  bezorgd: 'Bezorgd',
  'http-fout': 'Geweigerd door ontvanger',
  'time-out': 'Geen antwoord (time-out)',
  netwerkfout: 'Niet bereikbaar',
  geweigerd: 'Adres niet toegestaan',
};

export const STATUS_LABELS: Record<AbonnementStatus, string> = { actief: 'Actief', falend: 'Falend', opgezegd: 'Opgezegd' };

/** nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1 → "Toeleiding: tlv afgegeven". */
export function typeLabel(type: string): string {
  const m = /^nl\.passend-onderwijs\.([a-z-]+)\.([a-z0-9-]+)\.v\d+$/.exec(type);
  if (!m) return type;
  return `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}: ${m[2].replace(/-/g, ' ')}`;
}

/** The host of a callback URL, for a short reference to a subscription. */
export function hostVan(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
