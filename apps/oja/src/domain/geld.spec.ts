import fc from 'fast-check';
import { OngeldigeInvoer } from '@pao/zaak/domein';
import { euro, som, vereisCent, verdeelNaarRato } from './geld';

describe('geld in centen', () => {
  it.each([
    [12.5, 'fractie van een cent'],
    [0.001, 'fractie van een cent'],
    [-1, 'niet negatief'],
    [Number.NaN, 'geen bedrag'],
    ['100', 'geen bedrag'],
    [Infinity, 'geen bedrag'],
    [2_000_000_000, 'maximum'],
  ])('refuses %p naming the field', (waarde, melding) => {
    expect(() => vereisCent('kostenCent', waarde)).toThrow(OngeldigeInvoer);
    try {
      vereisCent('kostenCent', waarde);
    } catch (e) {
      expect((e as OngeldigeInvoer).veld).toBe('kostenCent');
      expect((e as OngeldigeInvoer).melding).toContain(melding);
    }
  });

  it('accepts whole cents, negatives only when asked', () => {
    expect(vereisCent('x', 0)).toBe(0);
    expect(vereisCent('x', 123_456)).toBe(123_456);
    expect(vereisCent('x', -5, { magNegatief: true })).toBe(-5);
    expect(() => vereisCent('x', 0, { magNul: false })).toThrow(/nul/);
  });

  it('splits by largest remainder: 100 cents over three equal weights', () => {
    expect(verdeelNaarRato(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(verdeelNaarRato(1, [5_000, 5_000])).toEqual([1, 0]);
    expect(verdeelNaarRato(0, [0, 0])).toEqual([0, 0]);
    expect(verdeelNaarRato(10, [0, 3])).toEqual([0, 10]);
  });

  it('property: the parts always sum to the whole, each within one cent of its exact share, zero weight gets nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 8 }), (totaal, gewichten) => {
        fc.pre(som(gewichten) > 0);
        const delen = verdeelNaarRato(totaal, gewichten);
        expect(som(delen)).toBe(totaal);
        const noemer = som(gewichten);
        delen.forEach((d, i) => {
          expect(Number.isInteger(d)).toBe(true);
          const exact = (totaal * gewichten[i]) / noemer;
          expect(d).toBeGreaterThanOrEqual(Math.floor(exact) - 0);
          expect(d).toBeLessThanOrEqual(Math.ceil(exact));
          if (gewichten[i] === 0) expect(d).toBe(0);
        });
      }),
    );
  });

  it('shows amounts in Dutch', () => {
    expect(euro(123_456)).toMatch(/€\s?1\.234,56/);
  });
});
