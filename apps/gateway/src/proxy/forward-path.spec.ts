import fc from 'fast-check';
import { forwardPath } from './forward-path';

describe('the path the gateway forwards', () => {
  it.each([
    ['/aanvragen', '/aanvragen'],
    ['/aanvragen/', '/aanvragen'],
    ['/aanvragen/0b6c2f8e-7a4e-4c1a-9b1e-123456789012/acties/indienen', '/aanvragen/0b6c2f8e-7a4e-4c1a-9b1e-123456789012/acties/indienen'],
    ['/scholen%20x', '/scholen%20x'],
  ])('forwards %s as %s', (raw, expected) => {
    expect(forwardPath(raw)).toBe(expected);
  });

  it.each(['/metrics', '/Metrics', '/HEALTH', '/docs/', '/openapi.json', '/x/../metrics', '/%2e%2e/metrics', '/%2E%2E', '/./aanvragen', '//metrics', '/a//b', '/%6detrics', '/a%2fb', '/a%5cb', '/%zz', '', '/'])('refuses %j', (raw) => {
    expect(forwardPath(raw)).toBeUndefined();
  });

  it('never forwards a path that a URL parser would resolve to an internal endpoint or outside the service', () => {
    const segment = fc.oneof(fc.constantFrom('.', '..', '%2e', '%2E%2e', 'metrics', 'METRICS', '%6D', 'health', 'docs', 'openapi.json', 'x', '', '%2f', '%5c'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (segments) => {
        const forwarded = forwardPath(`/${segments.join('/')}`);
        if (forwarded === undefined) return;
        const resolved = new URL(forwarded, 'http://service/').pathname;
        expect(resolved).toBe(forwarded);
        expect(decodeURIComponent(resolved.split('/')[1]).toLowerCase()).not.toMatch(/^(health|metrics|docs|openapi)/);
      }),
    );
  });
});
