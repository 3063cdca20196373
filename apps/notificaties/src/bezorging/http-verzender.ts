import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Uitkomst } from '../domain/bezorging';
import type { AdresBeleid } from '../netwerk/adresbeleid';

export interface Verzending {
  readonly url: string;
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

export interface Resultaat {
  readonly uitkomst: Uitkomst;
  readonly statuscode?: number;
  /** At most 200 characters of the answer, control characters removed. */
  readonly fragment?: string;
  /** Short, value-free description of a failure. */
  readonly fout?: string;
  readonly duurMs: number;
}

/** How much of an answer is read at all; the rest is cut off (the socket is then not reused). */
const MAX_GELEZEN = 16 * 1024;
const FRAGMENT = 200;

class Geweigerd extends Error {
  constructor(readonly reden: string) {
    super(reden);
  }
}

/** An excerpt safe to store: printable characters only, trimmed to 200. */
export function fragmentVan(tekst: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const schoon = tekst.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!schoon) return undefined;
  return schoon.length > FRAGMENT ? `${schoon.slice(0, FRAGMENT - 1)}…` : schoon;
}

/**
 * Sends one POST and tells what happened; never throws. SSRF-safe: the name is resolved
 * here and every address is checked against the AdresBeleid before connecting, on every
 * connection (a rebinding name gains nothing), and an address literal is checked too.
 * Redirects are not followed (a 3xx is a failure), the whole attempt has one deadline,
 * and of the answer only a short excerpt is kept.
 */
export class HttpVerzender {
  private readonly agents: { http: http.Agent; https: https.Agent };
  private readonly lookup: LookupFunction;

  constructor(private readonly beleid: AdresBeleid) {
    this.lookup = (hostname, options, callback) => {
      dnsLookup(hostname, { ...options, all: true }, (err, adressen: LookupAddress[]) => {
        if (err) return callback(err, '', 0);
        const fout = adressen.map((a) => ({ a, o: this.beleid.beoordeel(a.address) })).find((x) => !x.o.toegestaan);
        if (fout || adressen.length === 0) {
          const soort = fout && !fout.o.toegestaan ? fout.o.soort : 'onbekend';
          return callback(new Geweigerd(`adres van soort ${soort} niet toegestaan`), '', 0);
        }
        if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, adressen);
        callback(null, adressen[0].address, adressen[0].family);
      });
    };
    const opties = { keepAlive: true, keepAliveMsecs: 1_000, maxFreeSockets: 16, lookup: this.lookup };
    this.agents = { http: new http.Agent(opties), https: new https.Agent(opties) };
  }

  verstuur(v: Verzending, timeoutMs: number): Promise<Resultaat> {
    const start = performance.now();
    const klaar = (r: Omit<Resultaat, 'duurMs'>): Resultaat => ({ ...r, duurMs: Math.round(performance.now() - start) });
    return new Promise<Resultaat>((resolve) => {
      let url: URL;
      try {
        url = new URL(v.url);
      } catch {
        return resolve(klaar({ uitkomst: 'geweigerd', fout: 'ongeldige callback-URL' }));
      }
      const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
      if (isIP(host) !== 0) {
        const oordeel = this.beleid.beoordeel(host);
        if (!oordeel.toegestaan) return resolve(klaar({ uitkomst: 'geweigerd', fout: `adres van soort ${oordeel.soort} niet toegestaan` }));
      }
      const https_ = url.protocol === 'https:';
      let afgerond = false;
      const einde = (r: Omit<Resultaat, 'duurMs'>) => {
        if (afgerond) return;
        afgerond = true;
        clearTimeout(timer);
        resolve(klaar(r));
      };
      const req = (https_ ? https : http).request(
        url,
        {
          method: 'POST',
          agent: https_ ? this.agents.https : this.agents.http,
          headers: { ...v.headers, 'content-length': String(v.body.length) },
        },
        (res) => {
          const delen: Buffer[] = [];
          let gelezen = 0;
          const status = res.statusCode ?? 0;
          const afronden = () => {
            const fragment = fragmentVan(Buffer.concat(delen).toString('utf8'));
            einde(status >= 200 && status < 300 ? { uitkomst: 'bezorgd', statuscode: status, fragment } : { uitkomst: 'http-fout', statuscode: status, fragment, fout: `HTTP ${status}` });
          };
          res.on('data', (d: Buffer) => {
            if (gelezen < 1024) delen.push(d.subarray(0, 1024 - gelezen));
            gelezen += d.length;
            if (gelezen > MAX_GELEZEN) {
              res.destroy();
              afronden();
            }
          });
          res.on('end', afronden);
          res.on('error', () => afronden());
        },
      );
      const timer = setTimeout(() => {
        req.destroy();
        einde({ uitkomst: 'time-out', fout: `geen antwoord binnen ${timeoutMs} ms` });
      }, timeoutMs);
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (err instanceof Geweigerd) return einde({ uitkomst: 'geweigerd', fout: err.reden });
        einde({ uitkomst: 'netwerkfout', fout: err.code ?? 'verbinding mislukt' });
      });
      req.end(v.body);
    });
  }

  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
