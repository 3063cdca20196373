import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { handtekeningHeader, isGeheim, nieuwGeheim, onderteken, verifieer } from './handtekening';

describe('Standard Webhooks signatures', () => {
  const body = '{"specversion":"1.0","id":"4f6e0a0e-8c2b-4a55-9d63-0b1f9a8c7e21"}';
  const id = '4f6e0a0e-8c2b-4a55-9d63-0b1f9a8c7e21';
  const ts = 1_772_438_400;

  it('signs id.timestamp.body with HMAC-SHA256 keyed by the base64 part of whsec_…', () => {
    const geheim = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const verwacht = createHmac('sha256', Buffer.from('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'base64')).update(`${id}.${ts}.${body}`).digest('base64');
    expect(onderteken(geheim, id, ts, body)).toBe(`v1,${verwacht}`);
  });

  it('matches the example of the Standard Webhooks specification', () => {
    // From the spec's reference tests (standard-webhooks/standard-webhooks, libraries).
    const sig = onderteken('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}');
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('makes fresh, well-formed secrets', () => {
    const a = nieuwGeheim();
    expect(isGeheim(a)).toBe(true);
    expect(a).not.toBe(nieuwGeheim());
  });

  it('verifies what it signed, with any valid secret during a rotation, and refuses tampering', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 2_000_000_000 }), (inhoud, tijd) => {
        const oud = nieuwGeheim();
        const nieuw = nieuwGeheim();
        const header = handtekeningHeader([nieuw, oud], id, tijd, inhoud);
        const headers = { id, timestamp: String(tijd), signature: header };
        return (
          verifieer([oud], headers, inhoud, tijd).ok &&
          verifieer([nieuw], headers, inhoud, tijd).ok &&
          !verifieer([nieuwGeheim()], headers, inhoud, tijd).ok &&
          !verifieer([oud], headers, `${inhoud}x`, tijd).ok &&
          !verifieer([oud], { ...headers, id: `${id}x` }, inhoud, tijd).ok
        );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a stale timestamp and missing headers', () => {
    const g = nieuwGeheim();
    const headers = { id, timestamp: String(ts), signature: onderteken(g, id, ts, body) };
    expect(verifieer([g], headers, body, ts + 301)).toEqual({ ok: false, reden: 'tijdstip-buiten-marge' });
    expect(verifieer([g], { ...headers, signature: undefined }, body, ts)).toEqual({ ok: false, reden: 'headers-ontbreken' });
    expect(verifieer([nieuwGeheim()], headers, body, ts)).toEqual({ ok: false, reden: 'handtekening-onjuist' });
  });
});
