import { euro, naarCenten, naarEuroTekst } from '../src/oja/geld';

describe('OJA money in the UI', () => {
  it('shows cents as euros the Dutch way', () => {
    expect(euro(123_456)).toBe('€ 1.234,56');
    expect(euro(5)).toBe('€ 0,05');
    expect(euro(-2_500)).toBe('−€ 25,00');
    expect(euro(null)).toBe('—');
  });

  it('reads typed euros into cents without float sums; a fraction of a cent stays a fraction (the server refuses it)', () => {
    expect(naarCenten('1.234,56')).toBe(123_456);
    expect(naarCenten('1234,5')).toBe(123_450);
    expect(naarCenten('€ 48.000')).toBe(4_800_000);
    expect(naarCenten('1234.56')).toBe(123_456);
    expect(naarCenten('0,10')).toBe(10);
    expect(naarCenten('12,345')).toBe(1_234.5);
    expect(naarCenten('-25')).toBe(-2_500);
    expect(naarCenten('twaalf')).toBeUndefined();
    expect(naarCenten('')).toBeUndefined();
    expect(naarEuroTekst(123_456)).toBe('1234,56');
  });
});
