import { AppLink, useRouter } from '../router';

/** The overdracht screens: cohorts (with their boards and pupils), nazorg, figures. */
export function OverdrachtNavigatie() {
  const { pad } = useRouter();
  const items = [
    { href: '/overdracht', tekst: 'Cohorten', actief: pad === '/overdracht' || pad.startsWith('/overdracht/cohorten') || pad.startsWith('/overdracht/leerlingen') },
    { href: '/overdracht/nazorg', tekst: 'Nazorg', actief: pad === '/overdracht/nazorg' },
    { href: '/overdracht/cijfers', tekst: 'Cijfers', actief: pad === '/overdracht/cijfers' },
  ];
  return (
    <nav className="subnavigatie" aria-label="Overdracht">
      <ul className="subnavigatie__lijst">
        {items.map((i) => (
          <li key={i.href}>
            <AppLink href={i.href} aria-current={i.actief ? 'page' : undefined}>
              {i.tekst}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The school year of departure that runs now: 1 August – 31 July. */
export function ditSchooljaar(vandaag: string): string {
  const jaar = Number(vandaag.slice(0, 4));
  const begin = Number(vandaag.slice(5, 7)) >= 8 ? jaar : jaar - 1;
  return `${begin}-${begin + 1}`;
}

export function schooljaren(vandaag: string): string[] {
  const begin = Number(ditSchooljaar(vandaag).slice(0, 4));
  return [begin + 1, begin, begin - 1, begin - 2].map((j) => `${j}-${j + 1}`);
}
