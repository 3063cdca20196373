import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, type RequestOptions } from './api/client';

export interface Opgehaald<T> {
  data: T | undefined;
  fout: ApiError | undefined;
  laden: boolean;
  herlaad: () => void;
  zet: (data: T) => void;
}

/** An answer and the request it answers: its key (path, query, doel) and which (re)load of that key. */
interface Antwoord<T> {
  sleutel: string;
  keer: number;
  data?: T;
  fout?: ApiError;
}

/**
 * GETs `path` (again when path, query or doel change); `path` undefined fetches nothing.
 * Data belongs to the request it answered: under a new key the screen gets no data, only
 * `laden`, until that key's own answer, so a list never shows the previous page's or
 * filter's rows. A `herlaad()` of the same key keeps the current data while it reloads,
 * so a page does not flash after an action.
 */
export function useOphalen<T>(path: string | undefined, opties: Pick<RequestOptions, 'query' | 'doel'> = {}): Opgehaald<T> {
  const query = JSON.stringify(opties.query ?? {});
  const doel = opties.doel;
  const sleutel = path === undefined ? undefined : JSON.stringify([path, query, doel ?? null]);
  const [keer, setKeer] = useState(0);
  const [antwoord, setAntwoord] = useState<Antwoord<T>>();
  // The request in flight, so that `zet` can end it: its answer is older than what `zet` stores.
  const lopend = useRef<{ sleutel: string; keer: number; controller: AbortController }>(undefined);

  useEffect(() => {
    if (path === undefined || sleutel === undefined) return;
    const controller = new AbortController();
    lopend.current = { sleutel, keer, controller };
    // An aborted request (a newer key, a newer reload, `zet`, unmount) stores nothing, answer or error.
    const klaar = (a: Pick<Antwoord<T>, 'data' | 'fout'>) => {
      if (!controller.signal.aborted) setAntwoord({ sleutel, keer, ...a });
    };
    api<T>(path, { query: JSON.parse(query) as RequestOptions['query'], doel, signal: controller.signal }).then(
      (data) => klaar({ data }),
      (e: unknown) => klaar({ fout: e instanceof ApiError ? e : new ApiError({ type: 'about:blank', title: 'Fout', status: 0, detail: String(e) }) }),
    );
    return () => controller.abort();
  }, [path, query, doel, sleutel, keer]);

  const herlaad = useCallback(() => setKeer((k) => k + 1), []);
  const zet = useCallback(
    (data: T) => {
      const l = lopend.current;
      // Set from a screen that has moved on to another key since (a late action): not this key's data.
      if (!l || l.sleutel !== sleutel) return;
      l.controller.abort();
      setAntwoord({ sleutel: l.sleutel, keer: l.keer, data });
    },
    [sleutel],
  );
  const eigen = antwoord !== undefined && antwoord.sleutel === sleutel ? antwoord : undefined;
  return { data: eigen?.data, fout: eigen?.fout, laden: sleutel !== undefined && (eigen === undefined || eigen.keer !== keer), herlaad, zet };
}
