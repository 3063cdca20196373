import { Button, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';
import { type Account } from './api/types';
import { Laden } from './components/Melding';
import { rolLabel } from './labels';
import { AanvraagPagina } from './pages/Aanvraag';
import { Bezorglog } from './pages/Bezorglog';
import { Inloggen } from './pages/Inloggen';
import { GeenToegang, Logboek } from './pages/Logboek';
import { NietGevonden } from './pages/NietGevonden';
import { GeenToegangNotificaties, Notificaties } from './pages/Notificaties';
import { Overzicht } from './pages/Overzicht';
import { Werkvoorraad } from './pages/Werkvoorraad';
import { NieuweAanvraag } from './pages/NieuweAanvraag';
import { Zoeken } from './pages/Zoeken';
import { Zoekveld } from './components/Zoekveld';
import { ojaMenu, ojaPagina } from './oja/routes';
import { overdrachtMenu, overdrachtPagina } from './overdracht/routes';
import { AppLink, match, useRouter } from './router';
import { useSessie } from './sessie';
import { thuiszittersMenu, thuiszittersPagina } from './thuiszitters/routes';

function Kop({ account }: { account?: Account }) {
  const { uitloggen } = useSessie();
  return (
    <header className="kop">
      <div className="kop__binnen">
        <div className="kop__merk">
          <span className="kop__naam">Passend Onderwijs Almere</span>
          <span className="kop__app">Toeleiding{account ? ` · SWV ${account.swv}` : ''}</span>
        </div>
        {/* Search reaches the whole SWV: not for a school account (its werkvoorraad is its own). */}
        {account && account.rol !== 'school' && <Zoekveld />}
        {account && (
          <div className="kop__account">
            <span>
              {account.weergavenaam} <span className="kop__rol">({rolLabel(account.rol)})</span>
            </span>
            <Button appearance="secondary-action-button" type="button" onClick={() => void uitloggen()}>
              Uitloggen
            </Button>
          </div>
        )}
      </div>
    </header>
  );
}

function Menu({ account }: { account: Account }) {
  const { pad } = useRouter();
  const items = [
    // The Actietafel works on thuiszitters only.
    ...(account.rol === 'actietafel'
      ? []
      : [
          { href: '/', tekst: 'Werkvoorraad', actief: pad === '/' || pad.startsWith('/aanvragen') },
          { href: '/overzicht', tekst: 'Overzicht', actief: pad === '/overzicht' },
        ]),
    ...thuiszittersMenu(account, pad),
    ...ojaMenu(account, pad),
    ...overdrachtMenu(account, pad),
    // The audit trail and the access log are for the beheerder only.
    ...(account.rol === 'beheerder' ? [{ href: '/logboek', tekst: 'Logboek', actief: pad === '/logboek' }] : []),
    // Gemeente subscriptions and their delivery log: beheerder only.
    ...(account.rol === 'beheerder' ? [{ href: '/notificaties', tekst: 'Notificaties', actief: pad.startsWith('/notificaties') }] : []),
  ];
  return (
    <nav className="menu" aria-label="Hoofdmenu">
      <ul className="menu__lijst">
        {items.map((i) => (
          <li key={i.href}>
            <AppLink href={i.href} className="menu__link" aria-current={i.actief ? 'page' : undefined}>
              {i.tekst}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Pagina({ account }: { account: Account }) {
  const { pad } = useRouter();
  const thuiszitters = thuiszittersPagina(account.rol === 'actietafel' && pad === '/' ? '/actietafel' : pad, account);
  if (thuiszitters) return thuiszitters;
  if (pad === '/' || pad === '/werkvoorraad') return <Werkvoorraad account={account} />;
  if (pad === '/overzicht') return <Overzicht account={account} />;
  if (pad === '/logboek') return account.rol === 'beheerder' ? <Logboek account={account} /> : <GeenToegang />;
  if (pad === '/notificaties') return account.rol === 'beheerder' ? <Notificaties account={account} /> : <GeenToegangNotificaties />;
  if (pad === '/notificaties/bezorglog') return account.rol === 'beheerder' ? <Bezorglog /> : <GeenToegangNotificaties />;
  if (pad === '/zoeken') return <Zoeken account={account} />;
  if (pad === '/aanvragen/nieuw') return <NieuweAanvraag account={account} />;
  const oja = ojaPagina(pad, account);
  if (oja) return oja;
  const overdracht = overdrachtPagina(pad, account);
  if (overdracht) return overdracht;
  const aanvraag = match('/aanvragen/:id', pad);
  if (aanvraag) return <AanvraagPagina key={aanvraag.id} id={aanvraag.id} account={account} />;
  return <NietGevonden />;
}

function Skelet({ account, children }: { account?: Account; children: ReactNode }) {
  return (
    <div className="app">
      <SkipLink href="#hoofdinhoud">Naar de hoofdinhoud</SkipLink>
      <Kop account={account} />
      {account && <Menu account={account} />}
      <main id="hoofdinhoud" className="inhoud" tabIndex={-1}>
        {children}
      </main>
      <footer className="voet">
        <Paragraph>Samenwerkingsverbanden passend onderwijs Almere (PO en VO) · Steunpunt Toeleiding</Paragraph>
      </footer>
    </div>
  );
}

export function App() {
  const { toestand } = useSessie();
  if (toestand.soort === 'laden') {
    return (
      <Skelet>
        <Laden />
      </Skelet>
    );
  }
  if (toestand.soort === 'afgemeld') {
    return (
      <Skelet>
        <Inloggen reden={toestand.reden} />
      </Skelet>
    );
  }
  return (
    <Skelet account={toestand.account}>
      <Pagina account={toestand.account} />
    </Skelet>
  );
}
