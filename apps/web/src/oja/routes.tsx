import { type ReactNode } from 'react';
import { type Account } from '../api/types';
import { match } from '../router';
import { ArrangementPagina } from './ArrangementPagina';
import { Budgetten } from './Budgetten';
import { NieuwCollectief, NieuweAanvraag } from './Nieuw';
import { RapportagePagina, Rapportages } from './Rapportages';
import { OjaWerkvoorraad } from './Werkvoorraad';

const OJA_ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder', 'gemeente'];

/** The OJA menu items for this account (small addition to the app's menu). */
export function ojaMenu(account: Account, pad: string): Array<{ href: string; tekst: string; actief: boolean }> {
  if (!OJA_ROLLEN.includes(account.rol)) return [];
  const items = [{ href: '/oja', tekst: 'Arrangementen', actief: pad === '/oja' || pad.startsWith('/oja/arrangementen') || pad === '/oja/nieuw' || pad === '/oja/collectief' }];
  if (account.rol !== 'orthopedagoog') {
    items.push({ href: '/oja/budgetten', tekst: 'Budgetten', actief: pad === '/oja/budgetten' });
    items.push({ href: '/oja/rapportages', tekst: 'Kwartaalrapportages', actief: pad.startsWith('/oja/rapportages') });
  }
  return items;
}

/** The OJA page for a path, or undefined when the path is not an OJA page. */
export function ojaPagina(pad: string, account: Account): ReactNode | undefined {
  if (!pad.startsWith('/oja')) return undefined;
  if (pad === '/oja') return <OjaWerkvoorraad account={account} />;
  if (pad === '/oja/nieuw') return <NieuweAanvraag account={account} />;
  if (pad === '/oja/collectief') return <NieuwCollectief account={account} />;
  if (pad === '/oja/budgetten') return <Budgetten account={account} />;
  if (pad === '/oja/rapportages') return <Rapportages account={account} />;
  const a = match('/oja/arrangementen/:id', pad);
  if (a) return <ArrangementPagina key={a.id} id={a.id} account={account} />;
  const r = match('/oja/rapportages/:id', pad);
  if (r) return <RapportagePagina key={r.id} id={r.id} />;
  return undefined;
}
