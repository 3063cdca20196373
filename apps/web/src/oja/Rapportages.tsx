import { Button, ButtonGroup, Heading2, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type Account } from '../api/types';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, moment } from '../format';
import { useOphalen } from '../hooks';
import { NietGevonden } from '../pages/NietGevonden';
import { AppLink } from '../router';
import { euro } from './geld';
import { resultaatLabel } from './labels';

/** The fixed quarterly reports, newest first. */
export function Rapportages({ account }: { account: Account }) {
  const lijst = useOphalen('/oja/kwartaalrapportages');
  return (
    <>
      <PaginaKop titel="Kwartaalrapportages" />
      <Paragraph lead>
        De monitoring per kwartaal voor de gemeenteraad: leerlingen in, uit en lopend, kosten per betaler en resultaten. Een rapportage wordt op haar datum vastgesteld en verandert daarna niet meer
        {account.rol === 'gemeente' ? '; u ziet de cijfers van uw eigen gemeente.' : '.'}
      </Paragraph>
      {lijst.fout && <FoutMelding fout={lijst.fout} />}
      {lijst.laden && <Laden />}
      {lijst.data && lijst.data.items.length === 0 && <Paragraph>Er is nog geen kwartaalrapportage vastgesteld.</Paragraph>}
      {lijst.data && lijst.data.items.length > 0 && (
        <div className="tabel-container" role="region" aria-labelledby="rapportages-titel" tabIndex={0}>
          <Table>
            <TableCaption id="rapportages-titel">Vastgestelde kwartaalrapportages</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kwartaal</TableHeaderCell>
                <TableHeaderCell scope="col">Vastgesteld op</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    <AppLink href={`/oja/rapportages/${r.id}`}>
                      {r.jaar} kwartaal {r.kwartaal}
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell>{datum(r.vastgesteldOp)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

const som = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One quarterly report: printable for the gemeenteraad, downloadable as CSV and Excel. */
export function RapportagePagina({ id }: { id: string }) {
  const r = useOphalen('/oja/kwartaalrapportages/{id}', { params: { id } });
  if (r.fout?.status === 404) return <NietGevonden titel="Rapportage niet gevonden" />;
  if (r.fout) return <FoutMelding fout={r.fout} />;
  if (!r.data) return <Laden />;
  const { inhoud } = r.data;
  const naam = (lijst: Record<string, string>, code: string) => lijst[code] ?? code;
  const titel = `OJA-kwartaalrapportage ${inhoud.jaar} kwartaal ${inhoud.kwartaal}`;
  return (
    <article className="rapportage">
      <Paragraph className="terug niet-printen">
        <AppLink href="/oja/rapportages">← Alle kwartaalrapportages</AppLink>
      </Paragraph>
      <PaginaKop titel={titel} />
      <Paragraph lead>
        SWV {r.data.swv} · {datum(inhoud.periode.van)} tot en met {datum(inhoud.periode.tot)} · vastgesteld op {datum(inhoud.vastgesteldOp)} ({moment(r.data.vastgesteldTijd)}) · regels {inhoud.regelVersie}
      </Paragraph>
      <ButtonGroup className="knoppen niet-printen">
        <Link href={`/api/oja/kwartaalrapportages/${r.data.id}/csv`} download className="utrecht-button utrecht-button--secondary-action">
          Download CSV
        </Link>
        <Link href={`/api/oja/kwartaalrapportages/${r.data.id}/xlsx`} download className="utrecht-button utrecht-button--secondary-action">
          Download Excel
        </Link>
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          Afdrukken
        </Button>
      </ButtonGroup>

      <Heading2 id="samenvatting">Samenvatting</Heading2>
      <Paragraph>
        Instroom {som(inhoud.leerlingen.map((l) => l.instroom))}, uitstroom {som(inhoud.leerlingen.map((l) => l.uitstroom))}, lopend aan het einde van het kwartaal{' '}
        {som(inhoud.leerlingen.map((l) => l.lopend))} leerlingen. Vastgelegd {euro(som(inhoud.geld.map((g) => g.vastgelegdCent)))}, gerealiseerd {euro(som(inhoud.geld.map((g) => g.gerealiseerdCent)))}.
      </Paragraph>

      <div className="tabel-container" role="region" aria-labelledby="rapportage-leerlingen" tabIndex={0}>
        <Table>
          <TableCaption id="rapportage-leerlingen">Leerlingen per arrangementtype en voorziening</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Voorziening</TableHeaderCell>
              <TableHeaderCell scope="col">Arrangementtype</TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Instroom
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Uitstroom
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Lopend
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {inhoud.leerlingen.map((l) => (
              <TableRow key={`${l.gemeente}-${l.voorziening}-${l.typeCode}`}>
                <TableCell>{naam(inhoud.namen.gemeenten, l.gemeente)}</TableCell>
                <TableCell>{naam(inhoud.namen.voorzieningen, l.voorziening)}</TableCell>
                <TableHeaderCell scope="row">{naam(inhoud.namen.types, l.typeCode)}</TableHeaderCell>
                <TableCell className="bedrag">{l.instroom}</TableCell>
                <TableCell className="bedrag">{l.uitstroom}</TableCell>
                <TableCell className="bedrag">{l.lopend}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <div className="tabel-container" role="region" aria-labelledby="rapportage-geld" tabIndex={0}>
        <Table>
          <TableCaption id="rapportage-geld">Kosten per betaler (budgetperiode van het einde van het kwartaal)</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Betaler</TableHeaderCell>
              <TableHeaderCell scope="col">Budgetperiode</TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Vastgelegd
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Gerealiseerd
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Waarvan dit kwartaal
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {inhoud.geld.map((g) => (
              <TableRow key={`${g.gemeente}-${g.betaler}`}>
                <TableCell>{naam(inhoud.namen.gemeenten, g.gemeente)}</TableCell>
                <TableHeaderCell scope="row">{naam(inhoud.namen.betalers, g.betaler)}</TableHeaderCell>
                <TableCell>{g.budgetperiode}</TableCell>
                <TableCell className="bedrag">{euro(g.vastgelegdCent)}</TableCell>
                <TableCell className="bedrag">{euro(g.gerealiseerdCent)}</TableCell>
                <TableCell className="bedrag">{euro(g.gerealiseerdKwartaalCent)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <div className="tabel-container" role="region" aria-labelledby="rapportage-resultaten" tabIndex={0}>
        <Table>
          <TableCaption id="rapportage-resultaten">Resultaten bij afsluiting in dit kwartaal</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Arrangementtype</TableHeaderCell>
              <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
              <TableHeaderCell scope="col" className="bedrag">
                Aantal
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {inhoud.resultaten.length === 0 ? (
              <TableRow>
                <TableCell colSpan={4}>Geen afsluitingen in dit kwartaal.</TableCell>
              </TableRow>
            ) : (
              inhoud.resultaten.map((x) => (
                <TableRow key={`${x.gemeente}-${x.typeCode}-${x.resultaat}`}>
                  <TableCell>{naam(inhoud.namen.gemeenten, x.gemeente)}</TableCell>
                  <TableHeaderCell scope="row">{naam(inhoud.namen.types, x.typeCode)}</TableHeaderCell>
                  <TableCell>{resultaatLabel(x.resultaat)}</TableCell>
                  <TableCell className="bedrag">{x.aantal}</TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
    </article>
  );
}
