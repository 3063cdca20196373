import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { ongecontroleerd, type QueryVan } from '../api/paden';
import { type Account } from '../api/types';
import { Bladeren, bladerPositie, eerstePositie, zetPagina, type Pagina } from '../components/Bladeren';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum } from '../format';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { dagenThuisTekst, Keuze, signaalVan, Termijn } from './gemeen';
import { NIVEAU_LABELS, SOORT_LABELS, STATUS_LABELS, niveauLabel, soortLabel, statusLabel } from './labels';
import { type WerkvoorraadItem } from './types';

const PAGINA = 50;
const FILTERS = ['status', 'niveau', 'soort', 'aandacht', 'sorteer'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;
export const MELDERS = ['consulent', 'orthopedagoog', 'teamleider'];

function Rij({ item }: { item: WerkvoorraadItem }) {
  const signaal = item.volgendeTermijn ? signaalVan(item.volgendeTermijn.dagenResterend) : undefined;
  const aandacht = [
    item.pactVerstreken && 'langer dan 3 maanden thuis',
    item.verlopenActies > 0 && `${item.verlopenActies} ${item.verlopenActies === 1 ? 'actie' : 'acties'} verlopen`,
    item.aandachtTeamleider && 'teamleider ingeschakeld',
  ].filter(Boolean);
  const naam = item.leerling?.weergave ?? 'Onbekende leerling (signaal)';
  return (
    <TableRow className={signaal && signaal !== 'op-tijd' ? `rij rij--${signaal}` : 'rij'}>
      <TableHeaderCell scope="row">
        <AppLink href={`/thuiszitters/casussen/${encodeURIComponent(item.id)}`} className="nowrap" aria-label={`Casus van leerling ${naam}`}>
          {naam}
        </AppLink>
      </TableHeaderCell>
      <TableCell>
        {item.thuisSinds ? (
          <>
            {dagenThuisTekst(item.dagenThuis)}
            <span className="sub">sinds {datum(item.thuisSinds)}</span>
          </>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>{item.volgendeTermijn ? <Termijn {...item.volgendeTermijn} /> : <span className="geen-termijn">Geen lopende termijn</span>}</TableCell>
      <TableCell>
        {soortLabel(item.soort)}
        <span className="sub">{statusLabel(item.status)}</span>
      </TableCell>
      <TableCell>{niveauLabel(item.niveau)}</TableCell>
      <TableCell>{item.school?.naam ?? '—'}</TableCell>
      <TableCell>{aandacht.length ? <strong>{aandacht.join('; ')}</strong> : '—'}</TableCell>
    </TableRow>
  );
}

/** The meldingen werkvoorraad: longest at home first (or nearest deadline), filters kept in the URL. */
export function ThuiszittersWerkvoorraad({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const gekozen: Filters = { status: zoek.get('status') ?? '', niveau: zoek.get('niveau') ?? '', soort: zoek.get('soort') ?? '', aandacht: zoek.get('aandacht') ?? '', sorteer: zoek.get('sorteer') ?? '' };
  const positie = bladerPositie(zoek);
  const [concept, setConcept] = useState<Filters>(gekozen);
  const [vorigeZoek, setVorigeZoek] = useState(zoek.toString());
  if (vorigeZoek !== zoek.toString()) {
    setVorigeZoek(zoek.toString());
    setConcept(gekozen);
  }
  const query: QueryVan<'/thuiszitters/casussen'> = {
    status: gekozen.status ? ongecontroleerd(gekozen.status) : undefined,
    niveau: gekozen.niveau ? ongecontroleerd(gekozen.niveau) : undefined,
    soort: gekozen.soort ? ongecontroleerd(gekozen.soort) : undefined,
    aandacht: gekozen.aandacht ? ongecontroleerd(gekozen.aandacht) : undefined,
    sorteer: ongecontroleerd(gekozen.sorteer || 'thuis'),
    limit: PAGINA,
    ...positie.query,
  };
  const lijst = useOphalen('/thuiszitters/casussen', { query });
  const naarZoek = (f: Filters, pagina?: Pagina) => {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (f[k]) p.set(k, f[k]);
    zetPagina(p, pagina);
    const qs = p.toString();
    navigeer(qs ? `/thuiszitters?${qs}` : '/thuiszitters');
  };
  const filter = (e: FormEvent) => {
    e.preventDefault();
    naarZoek(concept);
  };
  const totaal = lijst.data?.totaal ?? 0;
  const items = lijst.data?.items ?? [];
  const eerste = eerstePositie(positie, lijst.data);
  const opTermijn = gekozen.sorteer === 'termijn';

  return (
    <>
      <PaginaKop titel="Thuiszitters" />
      <Paragraph lead>
        {account.rol === 'actietafel'
          ? `Casussen die naar de Actietafel Thuiszitters van SWV ${account.swv} zijn geëscaleerd.`
          : `Meldingen van (dreigende) thuiszitters en crises in SWV ${account.swv}.`}{' '}
        {opTermijn ? 'De dichtstbijzijnde termijn staat bovenaan.' : 'Wie het langst thuis zit, staat bovenaan.'}
      </Paragraph>
      {MELDERS.includes(account.rol) && (
        <Paragraph>
          <AppLink href="/thuiszitters/melden">Nieuwe melding</AppLink>
        </Paragraph>
      )}
      <form className="filters" onSubmit={filter} aria-label="Thuiszitters filteren">
        <Keuze id="tz-filter-status" label="Status" waarde={concept.status} onChange={(status) => setConcept({ ...concept, status })} opties={[{ waarde: '', label: 'Alle open casussen' }, ...Object.entries(STATUS_LABELS).filter(([k]) => k !== 'afgesloten').map(([waarde, label]) => ({ waarde, label }))]} />
        <Keuze id="tz-filter-niveau" label="Trede" waarde={concept.niveau} onChange={(niveau) => setConcept({ ...concept, niveau })} opties={[{ waarde: '', label: 'Alle treden' }, ...Object.entries(NIVEAU_LABELS).filter(([k]) => k !== 'teamleider').map(([waarde, label]) => ({ waarde, label }))]} />
        <Keuze id="tz-filter-soort" label="Soort" waarde={concept.soort} onChange={(soort) => setConcept({ ...concept, soort })} opties={[{ waarde: '', label: 'Alle soorten' }, ...Object.entries(SOORT_LABELS).map(([waarde, label]) => ({ waarde, label }))]} />
        <Keuze id="tz-filter-aandacht" label="Aandacht" waarde={concept.aandacht} onChange={(aandacht) => setConcept({ ...concept, aandacht })} opties={[{ waarde: '', label: 'Alle casussen' }, { waarde: 'ja', label: 'Alleen met verlopen termijn of teamleider' }]} />
        <Keuze id="tz-filter-sorteer" label="Volgorde" waarde={concept.sorteer} onChange={(sorteer) => setConcept({ ...concept, sorteer })} opties={[{ waarde: '', label: 'Langst thuis eerst' }, { waarde: 'termijn', label: 'Dichtstbijzijnde termijn eerst' }]} />
        <div className="filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
          {FILTERS.some((k) => gekozen[k]) && (
            <Button type="button" appearance="subtle-button" onClick={() => naarZoek({ status: '', niveau: '', soort: '', aandacht: '', sorteer: '' })}>
              Filters wissen
            </Button>
          )}
        </div>
      </form>
      {lijst.fout && <FoutMelding fout={lijst.fout} />}
      {lijst.laden && <Laden />}
      {lijst.data && (
        <>
          <Paragraph role="status" className="samenvatting">
            {totaal === 0 ? 'Geen casussen gevonden.' : `${lijst.data.meer ? 'Meer dan ' : ''}${totaal} ${totaal === 1 ? 'casus' : 'casussen'}`}
            {totaal > PAGINA && items.length > 0 && ` (${eerste}–${eerste + items.length - 1} getoond)`}.
          </Paragraph>
          {items.length > 0 && (
            <div className="tabel-container" role="region" aria-labelledby="tz-werkvoorraad-titel" tabIndex={0}>
              <Table className="werkvoorraad">
                <TableCaption id="tz-werkvoorraad-titel">{opTermijn ? 'Casussen, dichtstbijzijnde termijn eerst' : 'Casussen, langst thuis eerst'}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                    <TableHeaderCell scope="col">Thuis</TableHeaderCell>
                    <TableHeaderCell scope="col">Eerstvolgende termijn</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort en status</TableHeaderCell>
                    <TableHeaderCell scope="col">Trede</TableHeaderCell>
                    <TableHeaderCell scope="col">School</TableHeaderCell>
                    <TableHeaderCell scope="col">Aandacht</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((item) => (
                    <Rij key={item.id} item={item} />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Bladeren antwoord={lijst.data} eerste={eerste} aantal={items.length} pagina={PAGINA} label="Bladeren door de thuiszitters" naar={(p) => naarZoek(gekozen, p)} />
        </>
      )}
    </>
  );
}
