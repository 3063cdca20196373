import { type PadenVoor } from './api/paden';

/**
 * Where the one search field looks: one entry per case service (each service's search
 * endpoint answers in the werkvoorraad's row shape). A service adds its own line.
 */
export interface ZoekBron {
  /** Heading above its results, e.g. "Aanvragen TLV". */
  titel: string;
  /** POST endpoint under /api, body { q }: a service's `…/zoeken`. */
  pad: Extract<PadenVoor<'POST'>, `${string}/zoeken`>;
  /** The page of one case. */
  zaak: (id: string) => string;
}

export const ZOEK_BRONNEN: ZoekBron[] = [{ titel: 'Aanvragen TLV', pad: '/toeleiding/aanvragen/zoeken', zaak: (id) => `/aanvragen/${encodeURIComponent(id)}` }];

/** The werkvoorraad the person last looked at (with its filters): where "terug" goes. */
export function laatsteWerkvoorraad(): string {
  return sessionStorage.getItem('pao:werkvoorraad') ?? '/';
}

export function onthoudWerkvoorraad(url: string): void {
  sessionStorage.setItem('pao:werkvoorraad', url);
}
