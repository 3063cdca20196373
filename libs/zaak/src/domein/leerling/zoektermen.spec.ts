import fc from 'fast-check';
import { naamTermen, woorden, zoekTermen } from './zoektermen';

describe('name search terms', () => {
  it('normalises case and diacritics and splits on anything but letters', () => {
    expect(woorden("Zoë  van 't Hoff-Özdemir")).toEqual(['zoe', 'van', 't', 'hoff', 'ozdemir']);
  });

  it('indexes every word whole and its prefixes from three letters', () => {
    expect(naamTermen('Jan', 'de', 'Vries').sort()).toEqual(['n:de', 'n:jan', 'n:vri', 'n:vrie', 'n:vries'].sort());
  });

  it('finds a name by any word of it, and by the start of a word of three letters or more', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-zéëï]{1,15}$/), { minLength: 1, maxLength: 4 }), fc.nat(), fc.integer({ min: 3, max: 15 }), (delen, i, lengte) => {
        const termen = new Set(naamTermen(...delen));
        const woord = woorden(delen[i % delen.length])[0];
        const deel = woord.length >= 3 ? woord.slice(0, Math.min(lengte, woord.length)) : woord;
        return zoekTermen(deel).every((t) => termen.has(t));
      }),
    );
  });

  it('has no terms for text without letters', () => {
    expect(zoekTermen('123 -- 45')).toEqual([]);
  });
});
