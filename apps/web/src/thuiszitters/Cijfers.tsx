import { Button, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { buildUrl } from '../api/client';
import { ongecontroleerd, type QueryVan } from '../api/paden';
import { type Account } from '../api/types';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, getal, vandaag } from '../format';
import { useOphalen } from '../hooks';
import { useRouter } from '../router';
import { Keuze, Sectie } from './gemeen';
import { soortLabel, uitkomstLabel } from './labels';
import { type Telling } from './types';

const KOLOMMEN: Array<[keyof Telling, string]> = [
  ['gemeld', 'Gemeld'],
  ['thuiszitterGeworden', 'Thuiszitter geworden'],
  ['afgesloten', 'Afgesloten'],
  ['thuisOpPeildatum', 'Thuis op peildatum'],
  ['langerDanDrieMaandenOpPeildatum', 'Waarvan langer dan 3 maanden'],
  ['vrijstellingenOpPeildatum', 'Vrijstellingen op peildatum'],
];

function huidigKwartaal(): { jaar: string; kwartaal: string } {
  const d = vandaag();
  return { jaar: d.slice(0, 4), kwartaal: String(Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1) };
}

/** Figures per quarter for the SWV and school boards, and the inspectie's register as a download. */
export function Cijfers({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const standaard = huidigKwartaal();
  const gekozen = { jaar: zoek.get('jaar') ?? standaard.jaar, kwartaal: zoek.get('kwartaal') ?? standaard.kwartaal };
  const [concept, setConcept] = useState(gekozen);
  const query: QueryVan<'/thuiszitters/figuren'> = { jaar: ongecontroleerd(gekozen.jaar), kwartaal: ongecontroleerd(gekozen.kwartaal) };
  const figuren = useOphalen('/thuiszitters/figuren', { query });
  const jaren = Array.from({ length: 6 }, (_, i) => String(Number(standaard.jaar) - i));
  const toon = (e: FormEvent) => {
    e.preventDefault();
    navigeer(`/thuiszitters/cijfers?jaar=${concept.jaar}&kwartaal=${concept.kwartaal}`);
  };
  const mag = ['consulent', 'teamleider', 'beheerder'].includes(account.rol);
  const download = (formaat: 'csv' | 'xlsx') => buildUrl('/api/thuiszitters/figuren/inspectie', { ...gekozen, formaat });
  const f = figuren.data;
  return (
    <>
      <PaginaKop titel="Cijfers thuiszitters" />
      <Paragraph lead>Thuiszitters van SWV {account.swv} per kwartaal, voor de schoolbesturen en de inspectie. Alleen aantallen: geen leerlingen.</Paragraph>
      <form className="filters" onSubmit={toon} aria-label="Kwartaal kiezen">
        <Keuze id="cijfers-jaar" label="Jaar" waarde={concept.jaar} onChange={(jaar) => setConcept({ ...concept, jaar })} opties={jaren.map((j) => ({ waarde: j, label: j }))} />
        <Keuze id="cijfers-kwartaal" label="Kwartaal" waarde={concept.kwartaal} onChange={(kwartaal) => setConcept({ ...concept, kwartaal })} opties={['1', '2', '3', '4'].map((k) => ({ waarde: k, label: `Kwartaal ${k}` }))} />
        <div className="filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Tonen
          </Button>
        </div>
      </form>
      {figuren.fout && <FoutMelding fout={figuren.fout} />}
      {figuren.laden && <Laden />}
      {f && (
        <>
          <Sectie titel="Register voor de inspectie" id="inspectie">
            <Paragraph>
              Cumulatief vanaf {datum(f.kwartaal.schooljaarStart)} tot en met de peildatum {datum(f.kwartaal.tot)}: één regel per leerling, met een pseudoniem in plaats van naam of BSN, vrijstellingen
              inbegrepen. Uploaden via het portaal van de inspectie.
            </Paragraph>
            {mag ? (
              <Paragraph>
                <Link href={download('xlsx')} download>
                  Register downloaden (Excel, .xlsx)
                </Link>{' '}
                ·{' '}
                <Link href={download('csv')} download>
                  Register downloaden (CSV)
                </Link>
              </Paragraph>
            ) : (
              <Paragraph>Het register kan worden gedownload door een consulent, de teamleider of de beheerder.</Paragraph>
            )}
          </Sectie>
          <Sectie titel={`Kwartaal ${f.kwartaal.kwartaal} van ${f.kwartaal.jaar}`} id="telling">
            <div className="tabel-container" role="region" aria-labelledby="telling-tabel" tabIndex={0}>
              <Table>
                <TableCaption id="telling-tabel">
                  Aantallen van {datum(f.kwartaal.van)} tot en met {datum(f.kwartaal.tot)}, per schoolbestuur
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Schoolbestuur</TableHeaderCell>
                    {KOLOMMEN.map(([k, label]) => (
                      <TableHeaderCell key={k} scope="col" className="getal">
                        {label}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {f.perBestuur.map((b) => (
                    <TableRow key={b.bestuur.id ?? 'geen'}>
                      <TableHeaderCell scope="row">{b.bestuur.naam ?? 'Geen school (absoluut verzuim)'}</TableHeaderCell>
                      {KOLOMMEN.map(([k]) => (
                        <TableCell key={k} className="getal">
                          {getal(b[k] as number)}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableHeaderCell scope="row">
                      <strong>Samenwerkingsverband</strong>
                    </TableHeaderCell>
                    {KOLOMMEN.map(([k]) => (
                      <TableCell key={k} className="getal">
                        <strong>{getal(f.swv[k] as number)}</strong>
                      </TableCell>
                    ))}
                  </TableRow>
                </TableBody>
              </Table>
            </div>
            {Object.keys(f.swv.gemeldPerSoort).length > 0 && (
              <Paragraph>
                Gemeld naar soort: {Object.entries(f.swv.gemeldPerSoort).map(([s, n]) => `${soortLabel(s).toLowerCase()} ${n}`).join(', ')}.
              </Paragraph>
            )}
          </Sectie>
          <Sectie titel="Hoe lang thuis, en hoe een plek gevonden werd" id="duur">
            <Paragraph>
              {f.duurThuis.aantal === 0
                ? 'Dit kwartaal vond geen leerling een plek of keerde terug.'
                : `${f.duurThuis.aantal} ${f.duurThuis.aantal === 1 ? 'leerling' : 'leerlingen'} vond${f.duurThuis.aantal === 1 ? '' : 'en'} dit kwartaal een plek of keerde${f.duurThuis.aantal === 1 ? '' : 'n'} terug. Duur thuis: mediaan ${getal(f.duurThuis.mediaan ?? 0)} dagen, 90e percentiel ${getal(f.duurThuis.p90 ?? 0)} dagen.`}
            </Paragraph>
            {f.uitkomsten.length > 0 && (
              <div className="tabel-container" role="region" aria-labelledby="uitkomsten-tabel" tabIndex={0}>
                <Table>
                  <TableCaption id="uitkomsten-tabel">Afgesloten casussen naar uitkomst</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
                      <TableHeaderCell scope="col" className="getal">
                        Aantal
                      </TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {f.uitkomsten.map((u) => (
                      <TableRow key={u.uitkomst}>
                        <TableHeaderCell scope="row">{uitkomstLabel(u.uitkomst)}</TableHeaderCell>
                        <TableCell className="getal">{getal(u.aantal)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </Sectie>
        </>
      )}
    </>
  );
}
