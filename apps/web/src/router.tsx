import { createContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Link } from '@utrecht/component-library-react';

/** A small client-side router on the History API: paths, query strings, back/forward. */
interface Locatie {
  pad: string;
  zoek: URLSearchParams;
  /** What the page that navigated here passed along outside the URL (history.state): a search text, a notice. */
  staat: Record<string, unknown>;
}

interface RouterWaarde extends Locatie {
  navigeer: (naar: string, opties?: { vervang?: boolean; staat?: Record<string, unknown> }) => void;
  /** Increments on every client-side navigation (0 on first load). */
  navigaties: number;
}

const RouterContext = createContext<RouterWaarde | undefined>(undefined);

function huidige(): Locatie {
  const staat = window.history.state as unknown;
  return { pad: window.location.pathname, zoek: new URLSearchParams(window.location.search), staat: typeof staat === 'object' && staat !== null ? (staat as Record<string, unknown>) : {} };
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [locatie, setLocatie] = useState<Locatie>(huidige);
  const [navigaties, setNavigaties] = useState(0);

  useEffect(() => {
    const terug = () => {
      setLocatie(huidige());
      setNavigaties((n) => n + 1);
    };
    window.addEventListener('popstate', terug);
    return () => window.removeEventListener('popstate', terug);
  }, []);

  const navigeer = useCallback((naar: string, opties?: { vervang?: boolean; staat?: Record<string, unknown> }) => {
    if (opties?.vervang) window.history.replaceState(opties.staat ?? null, '', naar);
    else window.history.pushState(opties?.staat ?? null, '', naar);
    setLocatie(huidige());
    setNavigaties((n) => n + 1);
    window.scrollTo(0, 0);
  }, []);

  const waarde = useMemo(() => ({ ...locatie, navigeer, navigaties }), [locatie, navigeer, navigaties]);
  return <RouterContext.Provider value={waarde}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterWaarde {
  const waarde = useContext(RouterContext);
  if (!waarde) throw new Error('useRouter buiten RouterProvider');
  return waarde;
}

/** Matches `/aanvragen/:id` style patterns; returns the parameters or undefined. */
export function match(patroon: string, pad: string): Record<string, string> | undefined {
  const p = patroon.split('/').filter(Boolean);
  const d = pad.split('/').filter(Boolean);
  if (p.length !== d.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(d[i]);
    else if (p[i] !== d[i]) return undefined;
  }
  return params;
}

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** An NL Design System link that navigates without reloading (new tab etc. still work). */
export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  const { navigeer } = useRouter();
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigeer(href);
  };
  return <Link href={href} onClick={klik} {...rest} />;
}
