/**
 * Search terms for pupil names, made before they are hashed (blind index): a name is
 * never stored in the clear, so a search compares keyed hashes of these terms. Pure.
 *
 * A term is a normalised word (lower case, no diacritics, letters only) or one of its
 * prefixes of at least MIN_PREFIX letters, so "jans" finds Jansen. Words are cut at
 * MAX_LENGTE letters (longer input is cut the same way when searching).
 */
export const MIN_PREFIX = 3;
export const MAX_LENGTE = 12;

/** Lower case, diacritics removed, split on anything that is not a letter. */
export function woorden(tekst: string): string[] {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_LENGTE));
}

/** Every term under which a name is found: each word whole, and its prefixes from MIN_PREFIX letters. */
export function naamTermen(...delen: Array<string | undefined>): string[] {
  const termen = new Set<string>();
  for (const woord of woorden(delen.filter(Boolean).join(' '))) {
    termen.add(`n:${woord}`);
    for (let n = MIN_PREFIX; n < woord.length; n++) termen.add(`n:${woord.slice(0, n)}`);
  }
  return [...termen];
}

/**
 * The term each searched word must match: the word itself (a short word, such as "li",
 * only matches a whole word). Empty when the text holds no letters.
 */
export function zoekTermen(tekst: string): string[] {
  return [...new Set(woorden(tekst).map((w) => `n:${w}`))];
}

/** The term of a date of birth (YYYY-MM-DD). */
export function geboortedatumTerm(datum: string): string {
  return `g:${datum}`;
}
