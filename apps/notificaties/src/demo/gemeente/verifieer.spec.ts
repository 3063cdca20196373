import { handtekeningHeader, nieuwGeheim } from '../../domain/handtekening';
import { handtekeningKlopt } from './verifieer';

// The demo receiver's check is written independently of the sender: this proves they agree.
describe('demo receiver signature check', () => {
  const id = '0b6a3f1e-6c1d-4d8e-9a52-3c0e7f1b2a44';
  const body = Buffer.from('{"specversion":"1.0","id":"0b6a3f1e-6c1d-4d8e-9a52-3c0e7f1b2a44"}');
  const nu = 1_772_438_400;

  it('accepts what the notificaties service signs, also with two signatures during a rotation', () => {
    const [oud, nieuw] = [nieuwGeheim(), nieuwGeheim()];
    const headers = { id, timestamp: String(nu), signature: handtekeningHeader([nieuw, oud], id, nu, body) };
    expect(handtekeningKlopt([oud], headers, body, nu)).toBe(true);
    expect(handtekeningKlopt([nieuw], headers, body, nu)).toBe(true);
  });

  it('refuses another secret, a changed body, an old timestamp', () => {
    const geheim = nieuwGeheim();
    const headers = { id, timestamp: String(nu), signature: handtekeningHeader([geheim], id, nu, body) };
    expect(handtekeningKlopt([nieuwGeheim()], headers, body, nu)).toBe(false);
    expect(handtekeningKlopt([geheim], headers, Buffer.from(`${body} `), nu)).toBe(false);
    expect(handtekeningKlopt([geheim], headers, body, nu + 301)).toBe(false);
    expect(handtekeningKlopt([geheim], { ...headers, signature: undefined }, body, nu)).toBe(false);
  });
});
