import { type ReactNode, useEffect, useRef } from 'react';
import { Heading1 } from '@utrecht/component-library-react';
import { useRouter } from '../router';

export const APP_NAAM = 'Toeleiding — Passend Onderwijs Almere';

let focusBijVolgendePagina = false;
/** The next page heading takes focus (after sign-in, when the form that had focus is gone). */
export function focusOpVolgendePagina(): void {
  focusBijVolgendePagina = true;
}

/**
 * The page's h1 and document title. After a client-side navigation focus moves to the
 * heading, so screen reader users hear where they arrived (first load keeps the skip link first).
 */
export function PaginaKop({ titel, children }: { titel: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigaties } = useRouter();
  useEffect(() => {
    document.title = `${titel} | ${APP_NAAM}`;
  }, [titel]);
  useEffect(() => {
    if (navigaties > 0 || focusBijVolgendePagina) {
      focusBijVolgendePagina = false;
      ref.current?.focus();
    }
  }, [navigaties]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="pagina-kop">
      {children ?? titel}
    </Heading1>
  );
}
