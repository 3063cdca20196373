import type { AdresBeleid } from './adresbeleid';

export type UrlOordeel = { ok: true; url: URL } | { ok: false; message: string };

/**
 * The form of a callback URL: absolute http(s), at most 1000 characters, no user name or
 * password in it (credentials go in `auth`) and no fragment. Where it leads is checked
 * after resolving its name (`beoordeelAdressen`).
 */
export function controleerCallbackVorm(tekst: string): UrlOordeel {
  if (tekst.length > 1000) return { ok: false, message: 'mag hoogstens 1000 tekens lang zijn' };
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    return { ok: false, message: 'is geen geldige absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'moet met https:// beginnen' };
  if (url.username || url.password) return { ok: false, message: 'mag geen gebruikersnaam of wachtwoord bevatten; gebruik auth' };
  if (url.hash) return { ok: false, message: 'mag geen fragment (#) bevatten' };
  if (!url.hostname) return { ok: false, message: 'mist een hostnaam' };
  return { ok: true, url };
}

/** The host as the resolver wants it (`[::1]` → `::1`). */
export function hostVan(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Where a callback leads, given every address its name resolved to: refused when one of
 * them is loopback, link-local, private or reserved and not on the allow-list; plain
 * http only towards allow-listed addresses (a local receiver), https everywhere else.
 */
export function beoordeelAdressen(url: URL, adressen: readonly string[], beleid: AdresBeleid): UrlOordeel {
  if (adressen.length === 0) return { ok: false, message: 'de hostnaam is niet gevonden' };
  let allemaalUitzondering = true;
  for (const adres of adressen) {
    const oordeel = beleid.beoordeel(adres);
    if (!oordeel.toegestaan) return { ok: false, message: `verwijst naar een ${oordeel.soort}-adres (${adres}); dat is niet toegestaan` };
    allemaalUitzondering &&= oordeel.uitzondering;
  }
  if (url.protocol === 'http:' && !allemaalUitzondering) return { ok: false, message: 'moet met https:// beginnen' };
  return { ok: true, url };
}
