import { ButtonGroup, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { type Account } from '../api/types';
import { Bladeren, bladerPositie, eerstePositie, zetPagina, type Pagina } from '../components/Bladeren';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { aantalTekst, datum, getal } from '../format';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { euro } from './geld';
import { aanZetLabel, statusLabel, vormLabel } from './labels';
import { Signalen } from './Signalen';
import { type Werkvoorraad as WerkvoorraadData } from './types';

const PAGINA = 50;
const LIJSTEN = [
  { waarde: 'alle', label: 'Alle open arrangementen' },
  { waarde: 'beoordeling', label: 'Wacht op beoordeling of toekenning' },
  { waarde: 'evaluatie', label: 'Evaluatie binnen 30 dagen of verlopen' },
  { waarde: 'einde', label: 'Einddatum nadert' },
  { waarde: 'budget', label: 'Boven budget' },
] as const;

/** The arrangements werkvoorraad: every open arrangement, or a list that needs someone. */
export function OjaWerkvoorraad({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const lijst = (zoek.get('lijst') ?? 'alle') as (typeof LIJSTEN)[number]['waarde'];
  const positie = bladerPositie(zoek);
  const config = useOphalen('/oja/configuratie');
  const data = useOphalen('/oja/arrangementen', { query: { lijst, limit: PAGINA, ...positie.query } });
  // The tab counts are the SWV's whatever list or page is asked: the last ones stay while another loads, so the tabs do not flicker.
  const [tellers, setTellers] = useState<Pick<WerkvoorraadData, 'tellers' | 'tellersBegrensd'>>();
  if (data.data && data.data !== tellers) setTellers(data.data);
  const naam = (lijst2: Record<string, string>, code: string) => lijst2[code] ?? code;
  const typeNamen = Object.fromEntries((config.data?.types ?? []).map((t) => [t.code, t.naam]));
  const gemeenten = Object.fromEntries((config.data?.gemeenten ?? []).map((g) => [g.code, g.naam]));
  const gemeenteRol = account.rol === 'gemeente';
  const kies = (l: string, pagina?: Pagina) => {
    const p = new URLSearchParams({ lijst: l });
    zetPagina(p, pagina);
    navigeer(`/oja?${p.toString()}`);
  };
  const eerste = eerstePositie(positie, data.data);
  const aantal = data.data?.items.length ?? 0;

  return (
    <>
      <PaginaKop titel="Arrangementen" />
      <Paragraph lead>
        Onderwijs-jeugdhulparrangementen (OJA en JOA) van SWV {account.swv}
        {gemeenteRol && config.data?.gemeenteVanLezer ? `, voor leerlingen uit ${naam(gemeenten, config.data.gemeenteVanLezer)}` : ''}.
      </Paragraph>
      {(account.rol === 'consulent' || account.rol === 'teamleider') && (
        <ButtonGroup className="knoppen">
          <AppLink href="/oja/nieuw" className="utrecht-button utrecht-button--primary-action">
            Nieuwe aanvraag
          </AppLink>
          {account.rol === 'teamleider' && (
            <AppLink href="/oja/collectief" className="utrecht-button utrecht-button--secondary-action">
              Collectief arrangement inrichten
            </AppLink>
          )}
        </ButtonGroup>
      )}
      <nav aria-label="Lijsten" className="lijsten">
        <ul className="lijsten__lijst">
          {LIJSTEN.map((l) => {
            const n = l.waarde === 'alle' ? undefined : tellers?.tellers[l.waarde];
            // A count stopped at 10,000 reads "10.000+" ("meer dan 10.000" for a screen reader).
            const teller = n === undefined ? undefined : aantalTekst(n, tellers?.tellersBegrensd[l.waarde as Exclude<typeof l.waarde, 'alle'>] ?? false);
            return (
              <li key={l.waarde}>
                <AppLink href={`/oja?lijst=${l.waarde}`} aria-current={lijst === l.waarde ? 'page' : undefined} className="lijsten__link">
                  {l.label}
                  {teller && (
                    <span className="lijsten__aantal">
                      {' '}
                      {teller.zichtbaar === teller.voorgelezen ? (
                        `(${teller.zichtbaar})`
                      ) : (
                        <>
                          <span aria-hidden="true">({teller.zichtbaar})</span>
                          <span className="visueel-verborgen">({teller.voorgelezen})</span>
                        </>
                      )}
                    </span>
                  )}
                </AppLink>
              </li>
            );
          })}
        </ul>
      </nav>
      {data.fout && <FoutMelding fout={data.fout} />}
      {data.laden && <Laden />}
      {data.data && (
        <>
          <Paragraph role="status" className="samenvatting">
            {data.data.totaal === 0
              ? 'Geen arrangementen in deze lijst.'
              : data.data.totaalBegrensd
                ? 'Meer dan 10.000 arrangementen'
                : `${getal(data.data.totaal)} ${data.data.totaal === 1 ? 'arrangement' : 'arrangementen'}`}
            {data.data.totaal > PAGINA && aantal > 0 && ` (${eerste}–${eerste + aantal - 1} getoond)`}.
          </Paragraph>
          {data.data.items.length > 0 && (
            <div className="tabel-container" role="region" aria-labelledby="oja-werkvoorraad-titel" tabIndex={0}>
              <Table className="werkvoorraad">
                <TableCaption id="oja-werkvoorraad-titel">{LIJSTEN.find((l) => l.waarde === lijst)?.label}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Aandacht</TableHeaderCell>
                    <TableHeaderCell scope="col">Arrangement</TableHeaderCell>
                    <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Volgende evaluatie</TableHeaderCell>
                    <TableHeaderCell scope="col">Einddatum</TableHeaderCell>
                    <TableHeaderCell scope="col">Vastgelegd / gerealiseerd</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {data.data.items.map((i) => (
                    <TableRow key={i.id}>
                      <TableCell>
                        <Signalen signalen={i.signalen} />
                      </TableCell>
                      <TableHeaderCell scope="row">
                        <AppLink href={`/oja/arrangementen/${i.id}`}>
                          {naam(typeNamen, i.typeCode)}
                          {i.vorm === 'collectief' ? ` (${i.bezet ?? 0} van ${i.plaatsen ?? 0} plaatsen)` : i.leerling ? `, leerling ${i.leerling}` : ''}
                        </AppLink>
                        <span className="sub">
                          {vormLabel(i.vorm)} · {i.voorziening}
                        </span>
                      </TableHeaderCell>
                      <TableCell>{naam(gemeenten, i.gemeente)}</TableCell>
                      <TableCell>
                        {statusLabel(i.status)}
                        <span className="sub">{aanZetLabel(i.aanZet)}</span>
                      </TableCell>
                      <TableCell>{datum(i.volgendeEvaluatie)}</TableCell>
                      <TableCell>{datum(i.einddatum)}</TableCell>
                      <TableCell className="bedrag">
                        {euro(i.vastgelegdCent)}
                        <span className="sub">{euro(i.gerealiseerdCent)}</span>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Bladeren antwoord={data.data} eerste={eerste} aantal={aantal} pagina={PAGINA} label="Bladeren door de arrangementen" naar={(p) => kies(lijst, p)} />
        </>
      )}
    </>
  );
}
