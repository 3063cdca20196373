/**
 * Walks a keyset-paged list (libs/zaak keyset) the way a screen does: from the first page
 * along `volgende` to the end, then from there along `vorige` back to the start. Returns the
 * ids of each page both ways; a test compares them with the list it expects. Shared by the
 * services' paging tests so each checks the same walk.
 */
export interface KeysetAntwoord {
  readonly items: ReadonlyArray<{ readonly id: string }>;
  readonly volgende: string | null;
  readonly vorige: string | null;
}

export async function bladerHeenEnTerug(
  lees: (pagina: { na?: string; voor?: string }) => Promise<KeysetAntwoord>,
  maxPaginas: number,
): Promise<{ eerste: KeysetAntwoord; heen: string[][]; terug: string[][] }> {
  const ids = (r: KeysetAntwoord) => r.items.map((i) => i.id);
  const eerste = await lees({});
  let r = eerste;
  const heen = [ids(r)];
  while (r.volgende) {
    r = await lees({ na: r.volgende });
    heen.push(ids(r));
    if (heen.length > maxPaginas) throw new Error('paging forward does not end');
  }
  const terug = [ids(r)];
  while (r.vorige) {
    r = await lees({ voor: r.vorige });
    terug.unshift(ids(r));
    if (terug.length > maxPaginas) throw new Error('paging back does not end');
  }
  return { eerste, heen, terug };
}

/** One sort key of the expected order: its value (null sorts last) and direction. */
export interface VerwachteSleutel<T> {
  readonly waarde: (x: T) => string | boolean | null;
  readonly richting: 'ASC' | 'DESC';
}

/** The ids in the order the list promises: the keys in turn (NULLS LAST), then the id ascending. */
export function verwachteVolgorde<T extends { id: string }>(rijen: readonly T[], sleutels: ReadonlyArray<VerwachteSleutel<T>>): string[] {
  const vergelijk = (a: T, b: T): number => {
    for (const s of sleutels) {
      const ka = s.waarde(a);
      const kb = s.waarde(b);
      if (ka === kb) continue;
      if (ka === null) return 1;
      if (kb === null) return -1;
      const r = ka < kb ? -1 : 1;
      return s.richting === 'ASC' ? r : -r;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return [...rijen].sort(vergelijk).map((r) => r.id);
}

/**
 * The property every keyset list holds, checked on one data set: walked forward and back
 * (bladerHeenEnTerug), the pages hold `alle` (the ids the test expects, in order) exactly
 * once each, every page but the last is full, and going back gives the same pages. Returns
 * the first answer for the list's own checks (its count). Jest's `expect`: the test's diff.
 */
export async function controleerHeenEnTerug<A extends KeysetAntwoord>(lees: (pagina: { na?: string; voor?: string }) => Promise<A>, alle: readonly string[], limit: number): Promise<A> {
  const { eerste, heen, terug } = await bladerHeenEnTerug(lees, alle.length + 2);
  expect(heen.flat()).toEqual(alle);
  for (const p of heen.slice(0, -1)) expect(p).toHaveLength(limit);
  expect(terug).toEqual(heen);
  return eerste as A;
}

/** The ids an older client sees paging by `offset` through a list of `aantal` rows. */
export async function leesMetOffsets(lees: (offset: number) => Promise<KeysetAntwoord>, aantal: number, limit: number): Promise<string[]> {
  const gezien: string[] = [];
  for (let offset = 0; offset < aantal; offset += limit) gezien.push(...(await lees(offset)).items.map((i) => i.id));
  return gezien;
}
