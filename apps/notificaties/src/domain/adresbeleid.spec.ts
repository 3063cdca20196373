import { AdresBeleid, parseNetwerken } from './adresbeleid';
import { beoordeelAdressen, controleerCallbackVorm } from './callback-url';

describe('AdresBeleid (no SSRF)', () => {
  const streng = new AdresBeleid('');

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['10.1.2.3', 'privé'],
    ['172.20.0.1', 'privé'],
    ['192.168.1.10', 'privé'],
    ['100.64.0.1', 'privé'],
    ['fd12:3456::1', 'privé'],
    ['0.0.0.0', 'gereserveerd'],
    ['224.0.0.1', 'gereserveerd'],
    ['64:ff9b::7f00:1', 'gereserveerd'],
  ])('refuses %s (%s)', (ip, soort) => {
    expect(streng.beoordeel(ip)).toEqual({ toegestaan: false, soort });
  });

  it.each(['145.12.1.9', '8.8.8.8', '2a02:58:1::1', '172.32.0.1'])('allows the public address %s', (ip) => {
    expect(streng.beoordeel(ip)).toEqual({ toegestaan: true, uitzondering: false });
  });

  it('lets an allow-list open a private network, and nothing else', () => {
    const lokaal = new AdresBeleid('127.0.0.0/8, ::1');
    expect(lokaal.beoordeel('127.0.0.1')).toEqual({ toegestaan: true, uitzondering: true });
    expect(lokaal.beoordeel('::1')).toEqual({ toegestaan: true, uitzondering: true });
    expect(lokaal.beoordeel('10.0.0.1')).toEqual({ toegestaan: false, soort: 'privé' });
    expect(() => parseNetwerken('localhost')).toThrow(/CALLBACK_TOEGESTANE_NETWERKEN/);
    expect(() => parseNetwerken('10.0.0.0/33')).toThrow(/prefix/);
  });
});

describe('callback URL', () => {
  it.each([
    ['ftp://gemeente.example/x', 'moet met https:// beginnen'],
    ['https://user:pw@gemeente.example/x', 'mag geen gebruikersnaam of wachtwoord bevatten; gebruik auth'],
    ['https://gemeente.example/x#deel', 'mag geen fragment (#) bevatten'],
    ['/alleen/een/pad', 'is geen geldige absolute URL'],
    [`https://gemeente.example/${'x'.repeat(1000)}`, 'mag hoogstens 1000 tekens lang zijn'],
  ])('refuses the form of %s', (url, message) => {
    expect(controleerCallbackVorm(url)).toEqual({ ok: false, message });
  });

  it('refuses a name resolving to any forbidden address, and plain http outside the allow-list', () => {
    const beleid = new AdresBeleid('127.0.0.0/8');
    const url = (u: string) => new URL(u);
    expect(beoordeelAdressen(url('https://a.example/'), ['145.12.1.9', '10.0.0.5'], beleid)).toEqual({ ok: false, message: 'verwijst naar een privé-adres (10.0.0.5); dat is niet toegestaan' });
    expect(beoordeelAdressen(url('http://a.example/'), ['145.12.1.9'], beleid)).toEqual({ ok: false, message: 'moet met https:// beginnen' });
    expect(beoordeelAdressen(url('http://127.0.0.1:4106/'), ['127.0.0.1'], beleid).ok).toBe(true);
    expect(beoordeelAdressen(url('https://a.example/'), [], beleid)).toEqual({ ok: false, message: 'de hostnaam is niet gevonden' });
  });
});
