import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type RequestOptions } from './api/client';

export interface Opgehaald<T> {
  data: T | undefined;
  fout: ApiError | undefined;
  laden: boolean;
  herlaad: () => void;
  zet: (data: T) => void;
}

/** GETs `path` (re-fetches when path or query change); `path` undefined fetches nothing. */
export function useOphalen<T>(path: string | undefined, opties: Pick<RequestOptions, 'query' | 'doel'> = {}): Opgehaald<T> {
  const [data, setData] = useState<T>();
  const [fout, setFout] = useState<ApiError>();
  const [laden, setLaden] = useState(path !== undefined);
  const [teller, setTeller] = useState(0);
  const sleutel = JSON.stringify(opties.query ?? {});
  const doel = opties.doel;

  useEffect(() => {
    if (path === undefined) return;
    const controller = new AbortController();
    setLaden(true);
    setFout(undefined);
    api<T>(path, { query: JSON.parse(sleutel) as RequestOptions['query'], doel, signal: controller.signal }).then(
      (d) => {
        setData(d);
        setLaden(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setFout(e instanceof ApiError ? e : new ApiError({ type: 'about:blank', title: 'Fout', status: 0, detail: String(e) }));
        setData(undefined);
        setLaden(false);
      },
    );
    return () => controller.abort();
  }, [path, sleutel, doel, teller]);

  const herlaad = useCallback(() => setTeller((t) => t + 1), []);
  const zet = useCallback((d: T) => setData(d), []);
  return { data, fout, laden, herlaad, zet };
}
