import fc from 'fast-check';
import { elfproefRest } from './bsn';

/** fast-check arbitraries for tests (imports fast-check: never import from service code). */

function metRest(doelRest: number, prefix = '') {
  return fc
    .integer({ min: 0, max: 10 ** (8 - prefix.length) - 1 })
    .map((n) => `${prefix}${String(n).padStart(8 - prefix.length, '0')}`)
    .chain((acht) => {
      const kandidaten = [...'0123456789'].map((c) => acht + c).filter((k) => elfproefRest(k) === doelRest);
      return kandidaten.length > 0 ? fc.constantFrom(...kandidaten) : fc.constant(undefined);
    })
    .filter((k): k is string => k !== undefined && k !== '000000000');
}

export const geldigBsnArb = (): fc.Arbitrary<string> => metRest(0);

export const geldigOnderwijsnummerArb = (): fc.Arbitrary<string> => metRest(5, '10');

/** One digit changed: the elfproef catches every single-digit error (weights are < 11). */
const eenCijferFout = geldigBsnArb().chain((bsn) =>
  fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 })).map(([pos, delta]) => {
    const cijfer = (Number(bsn[pos]) + delta) % 10;
    return bsn.slice(0, pos) + cijfer + bsn.slice(pos + 1);
  }),
);

export const ongeldigBsnArb = (): fc.Arbitrary<string> =>
  fc.oneof(
    eenCijferFout,
    fc.stringMatching(/^\d{1,7}$/),
    fc.stringMatching(/^\d{10,12}$/),
    fc.stringMatching(/^\d{4}[a-zA-Z]\d{4}$/),
    fc.constant('000000000'),
  );
