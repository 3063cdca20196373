import { type ReactNode } from 'react';
import { type Account } from '../api/types';
import { GeenToegang } from '../pages/Logboek';
import { match } from '../router';
import { Actietafel } from './Actietafel';
import { CasusPagina } from './Casus';
import { Cijfers } from './Cijfers';
import { Melden } from './Melden';
import { VergaderingPagina } from './Vergadering';
import { MELDERS, ThuiszittersWerkvoorraad } from './Werkvoorraad';

/** Who sees what of the thuiszitters service (the service checks again). */
const LEZERS = ['consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'beheerder'];
const TAFEL = ['actietafel', 'consulent', 'teamleider', 'orthopedagoog'];
const CIJFERS = ['consulent', 'orthopedagoog', 'teamleider', 'beheerder'];

export function thuiszittersMenu(account: Account, pad: string): Array<{ href: string; tekst: string; actief: boolean }> {
  return [
    ...(LEZERS.includes(account.rol) ? [{ href: '/thuiszitters', tekst: 'Thuiszitters', actief: pad === '/thuiszitters' || pad.startsWith('/thuiszitters/casussen') || pad === '/thuiszitters/melden' }] : []),
    ...(TAFEL.includes(account.rol) ? [{ href: '/actietafel', tekst: 'Actietafel', actief: pad.startsWith('/actietafel') }] : []),
    ...(CIJFERS.includes(account.rol) ? [{ href: '/thuiszitters/cijfers', tekst: 'Cijfers thuiszitters', actief: pad === '/thuiszitters/cijfers' }] : []),
  ];
}

/** The page for a path of the thuiszitters screens, or undefined when the path is not one of them. */
export function thuiszittersPagina(pad: string, account: Account): ReactNode | undefined {
  const toegang = (rollen: string[], pagina: ReactNode) => (rollen.includes(account.rol) ? pagina : <GeenToegang />);
  if (pad === '/thuiszitters') return toegang(LEZERS, <ThuiszittersWerkvoorraad account={account} />);
  if (pad === '/thuiszitters/melden') return toegang(MELDERS, <Melden account={account} />);
  if (pad === '/thuiszitters/cijfers') return toegang(CIJFERS, <Cijfers account={account} />);
  if (pad === '/actietafel') return toegang(TAFEL, <Actietafel account={account} />);
  const casus = match('/thuiszitters/casussen/:id', pad);
  if (casus) return toegang(LEZERS, <CasusPagina key={casus.id} id={casus.id} account={account} />);
  const vergadering = match('/actietafel/vergaderingen/:id', pad);
  if (vergadering) return toegang(TAFEL, <VergaderingPagina key={vergadering.id} id={vergadering.id} account={account} />);
  return undefined;
}
