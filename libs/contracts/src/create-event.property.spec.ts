import fc from 'fast-check';
import { ALL_EVENTS, catalogue, looksLikePersonalData, validateEnvelope } from './index';
import { arbitraryData } from './testing/arbitraries';

const correlationId = fc.oneof(
  fc.uuid(),
  fc.stringMatching(/^[A-Za-z0-9._-]{1,100}$/).filter((s) => looksLikePersonalData(s) === undefined),
);
const time = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

describe('createEvent (property)', () => {
  it.each(ALL_EVENTS.map((d) => [d.type, d] as const))('%s: any valid data round-trips through JSON and validates', (_type, def) => {
    fc.assert(
      fc.property(
        arbitraryData(def),
        fc.uuid(),
        fc.uuid(),
        correlationId,
        // Any SWV id of the register format: which SWVs exist is data, not the contract.
        fc.stringMatching(/^[A-Z][A-Z0-9]{0,7}(-[A-Z0-9]{1,8})?$/),
        time,
        (data, subject, id, correlationid, swv, when) => {
          const event = catalogue.createEvent(def.type, { subject, data: data as never, correlationid, swv, id, time: when });
          const wire = JSON.stringify(event);
          const result = validateEnvelope(wire);
          expect(result).toEqual({ ok: true, event });
          expect(JSON.parse(wire)).toEqual(event);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a 9-digit number anywhere in the subject is always refused as personal data', () => {
    const base = JSON.parse(JSON.stringify(catalogue.createEvent(ALL_EVENTS[0].type, { ...example(), correlationid: 'c-1', swv: 'PO' })));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.stringMatching(/^[a-z:_-]{0,8}$/), fc.stringMatching(/^[a-z:_-]{0,8}$/), (n, pre, post) => {
        const subject = `${pre}${String(n).padStart(9, '0')}${post}`;
        const result = validateEnvelope({ ...base, subject });
        expect(result.ok).toBe(false);
        expect(!result.ok && result.reason).toMatch(/^subject must not contain personal data/);
      }),
    );
  });
});

function example() {
  const def = ALL_EVENTS[0];
  return { subject: def.example.subject, data: def.example.data };
}
