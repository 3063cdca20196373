import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler } from './api/client';
import { type Account } from './api/types';

type Toestand = { soort: 'laden' } | { soort: 'afgemeld'; reden?: 'verlopen' | 'uitgelogd' } | { soort: 'aangemeld'; account: Account };

interface SessieWaarde {
  toestand: Toestand;
  inloggen: (gebruikersnaam: string, wachtwoord: string) => Promise<void>;
  uitloggen: () => Promise<void>;
}

const SessieContext = createContext<SessieWaarde | undefined>(undefined);

export function SessieProvider({ children }: { children: ReactNode }) {
  const [toestand, setToestand] = useState<Toestand>({ soort: 'laden' });

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(undefined);
      setToestand({ soort: 'afgemeld', reden: 'verlopen' });
    });
    const controller = new AbortController();
    api('/sessie', { ignore401: true, signal: controller.signal }).then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setToestand({ soort: 'aangemeld', account: s.account });
      },
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        setToestand({ soort: 'afgemeld' });
      },
    );
    return () => {
      controller.abort();
      setUnauthenticatedHandler(undefined);
    };
  }, []);

  const inloggen = useCallback(async (gebruikersnaam: string, wachtwoord: string) => {
    const s = await api('/sessie', { method: 'POST', body: { gebruikersnaam, wachtwoord }, ignore401: true });
    setCsrfToken(s.csrfToken);
    setToestand({ soort: 'aangemeld', account: s.account });
  }, []);

  const uitloggen = useCallback(async () => {
    try {
      await api('/sessie', { method: 'DELETE', ignore401: true });
    } finally {
      setCsrfToken(undefined);
      setToestand({ soort: 'afgemeld', reden: 'uitgelogd' });
    }
  }, []);

  const waarde = useMemo(() => ({ toestand, inloggen, uitloggen }), [toestand, inloggen, uitloggen]);
  return <SessieContext.Provider value={waarde}>{children}</SessieContext.Provider>;
}

export function useSessie(): SessieWaarde {
  const waarde = useContext(SessieContext);
  if (!waarde) throw new Error('useSessie buiten SessieProvider');
  return waarde;
}

/** The signed-in account; only for components rendered behind the sign-in. */
export function useAccount(): Account {
  const { toestand } = useSessie();
  if (toestand.soort !== 'aangemeld') throw new Error('niet aangemeld');
  return toestand.account;
}
