import { Button } from '@utrecht/component-library-react';

/**
 * Paging a list by cursor (na/voor from the previous answer, ADR 0033): a deep page costs the
 * server no more than the first. The URL holds the cursor and `vanaf`, only the position
 * shown ("51–100"); `offset` still works for old links. One component for every list that
 * pages this way (toeleiding, thuiszitters, OJA, overdracht).
 */
export interface BladerPositie {
  readonly vanaf: number;
  /** The query for the API: the cursor, or the offset of an old link. */
  readonly query: { offset?: number; na?: string; voor?: string };
}

/** A page to go to: its cursor and the position of its first row. */
export interface Pagina {
  readonly na?: string;
  readonly voor?: string;
  readonly vanaf: number;
}

export function bladerPositie(zoek: URLSearchParams): BladerPositie {
  const offset = Math.max(0, Number(zoek.get('offset') ?? 0) || 0);
  const na = zoek.get('na') ?? undefined;
  const voor = zoek.get('voor') ?? undefined;
  const vanaf = Math.max(1, Number(zoek.get('vanaf') ?? offset + 1) || 1);
  return { vanaf, query: { offset: na || voor ? undefined : offset || undefined, na, voor } };
}

/** Puts a page in the URL's query (nothing for the first page). */
export function zetPagina(p: URLSearchParams, pagina?: Pagina): void {
  if (pagina?.na) p.set('na', pagina.na);
  if (pagina?.voor) p.set('voor', pagina.voor);
  if (pagina && pagina.vanaf > 1) p.set('vanaf', String(pagina.vanaf));
}

/** The URL parameters of the page (not the filters): an export or a new filter drops them. */
export const PAGINA_PARAMETERS = ['offset', 'na', 'voor', 'vanaf'] as const;

/** The position of the first row shown: 1 when the answer has no "vorige" (the server serves the first page when "vorige" reaches it). */
export function eerstePositie(positie: BladerPositie, antwoord: { vorige: string | null } | undefined): number {
  return antwoord && !antwoord.vorige ? 1 : positie.vanaf;
}

/** "Vorige 50" / "Volgende 50": buttons (keyboard-reachable, in reading order) in a labelled nav. */
export function Bladeren({
  antwoord,
  eerste,
  aantal,
  pagina,
  label,
  naar,
}: {
  antwoord: { volgende: string | null; vorige: string | null };
  eerste: number;
  aantal: number;
  pagina: number;
  label: string;
  naar: (p: Pagina) => void;
}) {
  if (!antwoord.vorige && !antwoord.volgende) return null;
  return (
    <nav className="bladeren" aria-label={label}>
      {antwoord.vorige && (
        <Button type="button" appearance="secondary-action-button" onClick={() => naar({ voor: antwoord.vorige!, vanaf: Math.max(1, eerste - pagina) })}>
          Vorige {pagina}
        </Button>
      )}
      {antwoord.volgende && (
        <Button type="button" appearance="secondary-action-button" onClick={() => naar({ na: antwoord.volgende!, vanaf: eerste + aantal })}>
          Volgende {pagina}
        </Button>
      )}
    </nav>
  );
}
