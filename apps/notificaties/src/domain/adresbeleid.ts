import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a callback may reach (no SSRF through subscriptions): loopback,
 * link-local, private and otherwise reserved ranges are refused, unless an allow-list of
 * networks (a setting; the demo and the tests use 127.0.0.0/8) permits them. Checked when
 * subscribing and again on every connect, against every address the name resolves to.
 */
export type AdresSoort = 'loopback' | 'link-local' | 'privé' | 'gereserveerd';

export type AdresOordeel = { toegestaan: true; uitzondering: boolean } | { toegestaan: false; soort: AdresSoort };

const VERBODEN: ReadonlyArray<[AdresSoort, 'ipv4' | 'ipv6', string, number]> = [
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['loopback', 'ipv6', '::1', 128],
  ['gereserveerd', 'ipv4', '0.0.0.0', 8], // "this network": 0.0.0.0 reaches the local host on Linux
  ['gereserveerd', 'ipv6', '::', 128],
  ['link-local', 'ipv4', '169.254.0.0', 16], // includes cloud metadata (169.254.169.254)
  ['link-local', 'ipv6', 'fe80::', 10],
  ['privé', 'ipv4', '10.0.0.0', 8],
  ['privé', 'ipv4', '172.16.0.0', 12],
  ['privé', 'ipv4', '192.168.0.0', 16],
  ['privé', 'ipv4', '100.64.0.0', 10], // carrier-grade NAT
  ['privé', 'ipv6', 'fc00::', 7], // unique local
  ['gereserveerd', 'ipv4', '192.0.0.0', 24],
  ['gereserveerd', 'ipv4', '192.0.2.0', 24],
  ['gereserveerd', 'ipv4', '198.18.0.0', 15],
  ['gereserveerd', 'ipv4', '198.51.100.0', 24],
  ['gereserveerd', 'ipv4', '203.0.113.0', 24],
  ['gereserveerd', 'ipv4', '224.0.0.0', 4], // multicast
  ['gereserveerd', 'ipv4', '240.0.0.0', 4], // reserved and broadcast
  ['gereserveerd', 'ipv6', 'ff00::', 8], // multicast
  ['gereserveerd', 'ipv6', '64:ff9b::', 96], // NAT64 may translate to anything inside
  ['gereserveerd', 'ipv6', '2001:db8::', 32],
];

const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** Parses `127.0.0.0/8, ::1/128` (a bare address means just that address). */
export function parseNetwerken(tekst: string): Array<{ adres: string; prefix: number; familie: 'ipv4' | 'ipv6' }> {
  return tekst
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((deel) => {
      const [adres, prefixTekst] = deel.split('/');
      const versie = isIP(adres);
      if (versie === 0) throw new Error(`CALLBACK_TOEGESTANE_NETWERKEN: '${deel}' is not an address or CIDR network`);
      const max = versie === 4 ? 32 : 128;
      const prefix = prefixTekst === undefined ? max : Number(prefixTekst);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new Error(`CALLBACK_TOEGESTANE_NETWERKEN: bad prefix in '${deel}'`);
      return { adres, prefix, familie: versie === 4 ? ('ipv4' as const) : ('ipv6' as const) };
    });
}

export class AdresBeleid {
  private readonly verboden = new Map<AdresSoort, BlockList>();
  private readonly uitzonderingen = new BlockList();

  constructor(toegestaneNetwerken = '') {
    for (const [soort, familie, adres, prefix] of VERBODEN) {
      const lijst = this.verboden.get(soort) ?? new BlockList();
      lijst.addSubnet(adres, prefix, familie);
      this.verboden.set(soort, lijst);
    }
    for (const n of parseNetwerken(toegestaneNetwerken)) this.uitzonderingen.addSubnet(n.adres, n.prefix, n.familie);
  }

  /** The verdict on one resolved address (an IPv4-mapped IPv6 address counts as its IPv4 address). */
  beoordeel(ip: string): AdresOordeel {
    const mapped = IPV4_MAPPED.exec(ip)?.[1];
    const adres = mapped ?? ip;
    const versie = isIP(adres);
    if (versie === 0) return { toegestaan: false, soort: 'gereserveerd' };
    const familie = versie === 4 ? 'ipv4' : 'ipv6';
    if (this.uitzonderingen.check(adres, familie)) return { toegestaan: true, uitzondering: true };
    for (const [soort, lijst] of this.verboden) if (lijst.check(adres, familie)) return { toegestaan: false, soort };
    return { toegestaan: true, uitzondering: false };
  }
}
