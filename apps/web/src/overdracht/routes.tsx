import { type ReactNode } from 'react';
import { type Account } from '../api/types';
import { match } from '../router';
import { Cijfers } from './Cijfers';
import { CohortBord } from './Cohort';
import { Cohorten } from './Cohorten';
import { LeerlingPagina } from './Leerling';
import { Nazorg } from './Nazorg';

const OVERDRACHT_ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'];

/** The overdracht menu item for this account (its own sub-navigation is on its pages). */
export function overdrachtMenu(account: Account, pad: string): Array<{ href: string; tekst: string; actief: boolean }> {
  if (!OVERDRACHT_ROLLEN.includes(account.rol)) return [];
  return [{ href: '/overdracht', tekst: 'Overdracht', actief: pad.startsWith('/overdracht') }];
}

/** The overdracht page for a path, or undefined when the path is not an overdracht page. */
export function overdrachtPagina(pad: string, account: Account): ReactNode | undefined {
  if (!pad.startsWith('/overdracht')) return undefined;
  if (pad === '/overdracht') return <Cohorten account={account} />;
  if (pad === '/overdracht/nazorg') return <Nazorg account={account} />;
  if (pad === '/overdracht/cijfers') return <Cijfers account={account} />;
  const cohort = match('/overdracht/cohorten/:id', pad);
  if (cohort) return <CohortBord key={cohort.id} id={cohort.id} account={account} />;
  const leerling = match('/overdracht/leerlingen/:id', pad);
  if (leerling) return <LeerlingPagina key={leerling.id} id={leerling.id} account={account} />;
  return undefined;
}
