import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { ApiError, api } from '../api/client';
import { type Account, type Zoekresultaat } from '../api/types';
import { LeerlingNaam } from '../components/LeerlingNaam';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { TermijnWeergave } from '../components/Signaal';
import { rolLabel, soortLabel, statusLabel } from '../labels';
import { AppLink, useRouter } from '../router';
import { ZOEK_BRONNEN, type ZoekBron } from '../zoeken';

const CRITERIUM: Record<Zoekresultaat['criterium'], string> = {
  kenmerk: 'op kenmerk',
  leerlingnummer: 'op BSN of onderwijsnummer',
  geboortedatum: 'op geboortedatum',
  'naam-of-school': 'op naam of school',
};

function Bron({ bron, q, account }: { bron: ZoekBron; q: string; account: Account }) {
  const [resultaat, setResultaat] = useState<Zoekresultaat>();
  const [fout, setFout] = useState<ApiError>();
  useEffect(() => {
    const controller = new AbortController();
    setResultaat(undefined);
    setFout(undefined);
    api(bron.pad, { method: 'POST', body: { q }, signal: controller.signal }).then(setResultaat, (e: unknown) => {
      if (!controller.signal.aborted) setFout(e instanceof ApiError ? e : undefined);
    });
    return () => controller.abort();
  }, [bron, q]);
  if (fout) return <FoutMelding fout={fout} />;
  if (!resultaat) return <Laden tekst="Bezig met zoeken…" />;
  const id = `zoek-${bron.pad.replace(/\W+/g, '-')}`;
  return (
    <section className="sectie" aria-labelledby={id}>
      <Heading2 id={id}>{bron.titel}</Heading2>
      <Paragraph role="status">
        {resultaat.items.length === 0
          ? `Niets gevonden ${CRITERIUM[resultaat.criterium]}.`
          : `${resultaat.items.length}${resultaat.meer ? '+' : ''} gevonden ${CRITERIUM[resultaat.criterium]}${resultaat.meer ? '; maak de zoekvraag preciezer' : ''}.`}
      </Paragraph>
      {resultaat.items.length > 0 && (
        <div className="tabel-container" role="region" aria-labelledby={`${id}-tabel`} tabIndex={0}>
          <Table className="werkvoorraad">
            <TableCaption id={`${id}-tabel`}>Gevonden: {bron.titel.toLowerCase()}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                <TableHeaderCell scope="col">School</TableHeaderCell>
                <TableHeaderCell scope="col">Soort</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>
                <TableHeaderCell scope="col">Termijn</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {resultaat.items.map((i) => (
                <TableRow key={i.id}>
                  <TableHeaderCell scope="row">
                    <AppLink href={bron.zaak(i.id)} className="nowrap">
                      {i.kenmerk}
                    </AppLink>
                  </TableHeaderCell>
                  <TableCell>
                    <LeerlingNaam leerling={i.leerling} />
                  </TableCell>
                  <TableCell>{i.school.naam}</TableCell>
                  <TableCell>{soortLabel(i.soort)}</TableCell>
                  <TableCell>
                    {statusLabel(i.status)}
                    {i.open === false && <span className="sub">afgerond</span>}
                  </TableCell>
                  <TableCell>{i.behandelaar ? (i.behandelaar.id === account.id ? 'U' : (i.behandelaar.naam ?? rolLabel('consulent'))) : '—'}</TableCell>
                  <TableCell>
                    <TermijnWeergave termijn={i.volgendeTermijn} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** Search results of every case service, the text taken from the navigation (never from the URL). */
export function Zoeken({ account }: { account: Account }) {
  const { staat } = useRouter();
  const q = typeof staat.q === 'string' ? staat.q : '';
  return (
    <>
      <PaginaKop titel="Zoeken" />
      {q === '' ? (
        <Paragraph>Typ een kenmerk, een naam, een geboortedatum (dd-mm-jjjj), een BSN of onderwijsnummer, of een school in het zoekveld bovenaan.</Paragraph>
      ) : (
        ZOEK_BRONNEN.map((b) => <Bron key={b.pad} bron={b} q={q} account={account} />)
      )}
    </>
  );
}
