import fc from 'fast-check';
import { elfproefRest, herkenLeerlingnummer, isGeldigBsn, isGeldigOnderwijsnummer } from './bsn';
import { geldigBsnArb, geldigOnderwijsnummerArb, ongeldigBsnArb } from './bsn.arbitraries';
import { TEST_NUMMER_CAPACITEIT, testBsn, testOnderwijsnummer } from './test-nummers';

describe('elfproef', () => {
  it.each(['123456782', '111222333', '999999990'])('accepts BSN %s', (bsn) => expect(isGeldigBsn(bsn)).toBe(true));

  it.each([
    ['123456789', 'wrong check digit'],
    ['000000000', 'all zeros'],
    ['12345678', 'eight digits'],
    ['1234567820', 'ten digits'],
    ['12345678a', 'a letter'],
    ['', 'empty'],
  ])('refuses %s (%s)', (bsn) => expect(isGeldigBsn(bsn)).toBe(false));

  it('onderwijsnummer: starts with 10 and leaves rest 5', () => {
    expect(elfproefRest('101222331')).toBe(5);
    expect(isGeldigOnderwijsnummer('101222331')).toBe(true);
    expect(isGeldigOnderwijsnummer('201222331')).toBe(false);
    expect(isGeldigBsn('101222331')).toBe(false);
  });

  it('recognises formatted input and pads old 8-digit numbers', () => {
    expect(herkenLeerlingnummer('1234.56.782')).toEqual({ soort: 'bsn', nummer: '123456782' });
    expect(herkenLeerlingnummer(' 10 12 22 331 ')).toEqual({ soort: 'onderwijsnummer', nummer: '101222331' });
    // 011222335 is valid; its 8-digit form lost the leading zero.
    expect(isGeldigBsn('011222335')).toBe(true);
    expect(herkenLeerlingnummer('11222335')).toEqual({ soort: 'bsn', nummer: '011222335' });
    expect(herkenLeerlingnummer('123456789')).toBeUndefined();
  });
});

describe('properties', () => {
  it('generated valid BSNs pass, and are never onderwijsnummers', () => {
    fc.assert(fc.property(geldigBsnArb(), (bsn) => isGeldigBsn(bsn) && !isGeldigOnderwijsnummer(bsn)));
  });

  it('generated invalid BSNs fail (a single changed digit is always caught)', () => {
    fc.assert(fc.property(ongeldigBsnArb(), (bsn) => !isGeldigBsn(bsn)));
  });

  it('generated onderwijsnummers pass, and are never BSNs', () => {
    fc.assert(fc.property(geldigOnderwijsnummerArb(), (n) => isGeldigOnderwijsnummer(n) && !isGeldigBsn(n)));
  });
});

describe('test numbers for demo data', () => {
  it('are valid, deterministic and distinct', () => {
    const bsns = new Set<string>();
    const onderwijsnummers = new Set<string>();
    for (let n = 0; n < TEST_NUMMER_CAPACITEIT; n += 7) {
      const bsn = testBsn(n);
      expect(isGeldigBsn(bsn) && bsn.startsWith('99')).toBe(true);
      expect(isGeldigOnderwijsnummer(testOnderwijsnummer(n))).toBe(true);
      bsns.add(bsn);
      onderwijsnummers.add(testOnderwijsnummer(n));
    }
    expect(bsns.size).toBe(Math.ceil(TEST_NUMMER_CAPACITEIT / 7));
    expect(onderwijsnummers.size).toBe(bsns.size);
    expect(testBsn(42)).toBe(testBsn(42));
  });

  it('refuses numbers outside the capacity', () => {
    expect(() => testBsn(-1)).toThrow(RangeError);
    expect(() => testBsn(TEST_NUMMER_CAPACITEIT)).toThrow(RangeError);
    expect(() => testBsn(1.5)).toThrow(RangeError);
  });
});
