/** Shapes of the notificaties API (docs/api/notificaties.md), as the beheerder screens use them. */

export type AbonnementStatus = 'actief' | 'falend' | 'opgezegd';
export type Uitkomst = 'bezorgd' | 'http-fout' | 'time-out' | 'netwerkfout' | 'geweigerd';

export interface Abonnement {
  id: string;
  url: string;
  callbackUrl: string;
  auth: string | null;
  kanalen: Array<{ naam: string; filters: Record<string, string> }>;
  gemeenten: string[];
  swv: string;
  organisatie: string;
  status: AbonnementStatus;
  opeenvolgendeFouten: number;
  falendSinds: string | null;
  falendGemeldOp: string | null;
  gepauzeerdTot: string | null;
  aangemaaktOp: string;
  wachtend: number;
  opgegeven: number;
  laatstBezorgdOp: string | null;
}

export interface Poging {
  id: string;
  abonnementId: string;
  eventId: string;
  type: string;
  poging: number;
  tijdstip: string;
  duurMs: number;
  uitkomst: Uitkomst;
  statuscode: number | null;
  antwoord: string | null;
  fout: string | null;
  volgendePogingOp: string | null;
  callbackUrl: string;
  organisatie: string;
}

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
