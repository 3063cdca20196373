import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ApiOpties, verzoek } from './api/client';
import { type Antwoord as ApiAntwoord, type Operatie, type OptiesArg, type PadenVoor, vulPad } from './api/paden';

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

/** What a read takes besides its path: the path's parameters, the query and the purpose. */
export type OphaalOpties<P> = Pick<ApiOpties<P, 'GET'>, 'params' | 'query' | 'doel'>;

/**
 * GETs `path` (a template of ./api/paden, filled with `params`; again when path, parameters,
 * query or doel change); `path` undefined fetches nothing. The answer's type is the API's.
 * Data belongs to the request it answered: under a new key the screen gets no data, only
 * `laden`, until that key's own answer, so a list never shows the previous page's or
 * filter's rows. A `herlaad()` of the same key keeps the current data while it reloads,
 * so a page does not flash after an action.
 */
export function useOphalen<P extends PadenVoor<'GET'>>(pad: P | undefined, ...[opties]: OptiesArg<OphaalOpties<P>>): Opgehaald<ApiAntwoord<Operatie<P, 'GET'>>> {
  type T = ApiAntwoord<Operatie<P, 'GET'>>;
  const o: { params?: Readonly<Record<string, string | number>>; query?: object; doel?: string } = opties ?? {};
  // The filled-in path: a change of parameter is a change of key.
  const path = pad === undefined ? undefined : vulPad(pad, o.params);
  const query = JSON.stringify(o.query ?? {});
  const doel = o.doel;
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
    // The filled-in path, untyped here: `pad` and `params` were checked against the API above.
    verzoek(path, { query: JSON.parse(query) as object, doel, signal: controller.signal }).then(
      (data) => klaar({ data: data as T }),
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
