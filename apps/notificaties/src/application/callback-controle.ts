import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { AdresBeleid } from '../domain/adresbeleid';
import { beoordeelAdressen, controleerCallbackVorm, hostVan, type UrlOordeel } from '../domain/callback-url';

/** Checks a callback URL when subscribing: its form, then every address its name resolves to. */
export async function controleerCallback(tekst: string, beleid: AdresBeleid): Promise<UrlOordeel> {
  const vorm = controleerCallbackVorm(tekst);
  if (!vorm.ok) return vorm;
  const host = hostVan(vorm.url);
  let adressen: string[];
  if (isIP(host) !== 0) adressen = [host];
  else {
    try {
      adressen = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      adressen = [];
    }
  }
  return beoordeelAdressen(vorm.url, adressen, beleid);
}
