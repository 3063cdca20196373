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
