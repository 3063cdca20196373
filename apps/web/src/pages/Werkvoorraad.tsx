import {
  Button,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { type Account, type School, type Werkvoorraad as WerkvoorraadData, type WerkvoorraadItem } from '../api/types';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { TermijnWeergave } from '../components/Signaal';
import { datum } from '../format';
import { useOphalen } from '../hooks';
import { SOORTEN_PER_SECTOR, STATUS_LABELS, rolLabel, soortLabel, stapLabel, statusLabel, uitvoeringLabel } from '../labels';
import { AppLink, useRouter } from '../router';

const PAGINA = 50;
const FILTERS = ['status', 'schoolId', 'soort', 'wie'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** Statuses in which someone at the SWV can still act; the others are finished. */
const OPEN_STATUSSEN = Object.keys(STATUS_LABELS).filter((s) => !['onherroepelijk', 'ingetrokken', 'buiten-behandeling'].includes(s));

function Keuze({ id, label, waarde, opties, onChange }: { id: string; label: string; waarde: string; opties: { waarde: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <FormField type="select" className="filter">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} name={id} value={waarde} onChange={(e) => onChange(e.target.value)}>
          {opties.map((o) => (
            <SelectOption key={o.waarde} value={o.waarde}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

function Rij({ item, account }: { item: WerkvoorraadItem; account: Account }) {
  const signaal = item.volgendeTermijn?.signaal;
  const aanZet = item.volgendeStap?.wie === account.rol;
  return (
    <TableRow className={signaal ? `rij rij--${signaal}` : 'rij'}>
      <TableCell>
        <TermijnWeergave termijn={item.volgendeTermijn} />
      </TableCell>
      <TableHeaderCell scope="row">
        <AppLink href={`/aanvragen/${encodeURIComponent(item.id)}`} className="nowrap" aria-label={`Aanvraag van leerling ${item.leerling.weergave}, ${item.school.naam}`}>
          {item.leerling.weergave}
        </AppLink>
      </TableHeaderCell>
      <TableCell>{item.school.naam}</TableCell>
      <TableCell>{soortLabel(item.soort)}</TableCell>
      <TableCell>
        {statusLabel(item.status)}
        {item.uitvoering && <span className="sub">{uitvoeringLabel(item.uitvoering)}</span>}
      </TableCell>
      <TableCell>
        {item.volgendeStap ? (
          <>
            <strong>{rolLabel(item.volgendeStap.wie)}</strong>
            {aanZet && <span className="aan-zet"> (u bent aan zet)</span>}
            <span className="sub">{stapLabel(item.volgendeStap.wat)}</span>
          </>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>{datum(item.ingediendOp)}</TableCell>
    </TableRow>
  );
}

export function Werkvoorraad({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const gekozen: Filters = { status: zoek.get('status') ?? '', schoolId: zoek.get('schoolId') ?? '', soort: zoek.get('soort') ?? '', wie: zoek.get('wie') ?? '' };
  const offset = Math.max(0, Number(zoek.get('offset') ?? 0) || 0);
  const [concept, setConcept] = useState<Filters>(gekozen);
  const [vorigeZoek, setVorigeZoek] = useState(zoek.toString());
  if (vorigeZoek !== zoek.toString()) {
    // Back/forward changed the filters: show them in the form too.
    setVorigeZoek(zoek.toString());
    setConcept(gekozen);
  }

  const scholen = useOphalen<{ items: School[] }>('/toeleiding/scholen');
  const lijst = useOphalen<WerkvoorraadData>('/toeleiding/aanvragen', {
    query: {
      status: gekozen.status ? [gekozen.status] : undefined,
      schoolId: gekozen.schoolId || undefined,
      soort: gekozen.soort || undefined,
      wie: gekozen.wie || undefined,
      sorteer: 'termijn',
      limit: PAGINA,
      offset: offset || undefined,
    },
  });

  const naarZoek = (f: Filters, nieuweOffset = 0) => {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (f[k]) p.set(k, f[k]);
    if (nieuweOffset) p.set('offset', String(nieuweOffset));
    const qs = p.toString();
    navigeer(qs ? `/?${qs}` : '/');
  };
  const filter = (e: FormEvent) => {
    e.preventDefault();
    naarZoek(concept);
  };

  const totaal = lijst.data?.totaal ?? 0;
  const items = lijst.data?.items ?? [];
  const telling = (soort: string) => items.filter((i) => i.volgendeTermijn?.signaal === soort).length;

  return (
    <>
      <PaginaKop titel="Werkvoorraad" />
      <Paragraph lead>
        Aanvragen toelaatbaarheidsverklaring van uw team in SWV {account.swv}, de eerstvolgende termijn bovenaan.
      </Paragraph>

      <form className="filters" onSubmit={filter} aria-label="Werkvoorraad filteren">
        <Keuze
          id="filter-wie"
          label="Aanvragen"
          waarde={concept.wie}
          onChange={(wie) => setConcept({ ...concept, wie })}
          opties={[
            { waarde: '', label: 'Van mij en mijn team' },
            { waarde: 'mij', label: 'Waar ik aan zet ben' },
          ]}
        />
        <Keuze
          id="filter-status"
          label="Status"
          waarde={concept.status}
          onChange={(status) => setConcept({ ...concept, status })}
          opties={[{ waarde: '', label: 'Alle statussen' }, ...OPEN_STATUSSEN.concat(['onherroepelijk', 'ingetrokken', 'buiten-behandeling']).map((s) => ({ waarde: s, label: statusLabel(s) }))]}
        />
        <Keuze
          id="filter-school"
          label="School"
          waarde={concept.schoolId}
          onChange={(schoolId) => setConcept({ ...concept, schoolId })}
          opties={[{ waarde: '', label: 'Alle scholen' }, ...(scholen.data?.items ?? []).map((s) => ({ waarde: s.id, label: s.naam }))]}
        />
        <Keuze
          id="filter-soort"
          label="Soort TLV"
          waarde={concept.soort}
          onChange={(soort) => setConcept({ ...concept, soort })}
          opties={[{ waarde: '', label: 'Alle soorten' }, ...(account.sector ? SOORTEN_PER_SECTOR[account.sector] : []).map((s) => ({ waarde: s, label: soortLabel(s) }))]}
        />
        <div className="filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
          {FILTERS.some((k) => gekozen[k]) && (
            <Button type="button" appearance="subtle-button" onClick={() => naarZoek({ status: '', schoolId: '', soort: '', wie: '' })}>
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
            {totaal === 0 ? 'Geen aanvragen gevonden.' : `${totaal} ${totaal === 1 ? 'aanvraag' : 'aanvragen'}`}
            {telling('verlopen') > 0 && `, waarvan ${telling('verlopen')} met een verlopen termijn`}
            {telling('risico') > 0 && `${telling('verlopen') > 0 ? ' en' : ', waarvan'} ${telling('risico')} die binnen 5 werkdagen verloopt`}
            {totaal > PAGINA && ` (${offset + 1}–${Math.min(offset + PAGINA, totaal)} getoond)`}.
          </Paragraph>
          {items.length > 0 && (
            <div className="tabel-container" role="region" aria-labelledby="werkvoorraad-titel" tabIndex={0}>
              <Table className="werkvoorraad">
                <TableCaption id="werkvoorraad-titel">Aanvragen, gesorteerd op eerstvolgende termijn</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                    <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                    <TableHeaderCell scope="col">School</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Volgende stap door</TableHeaderCell>
                    <TableHeaderCell scope="col">Ingediend</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((item) => (
                    <Rij key={item.id} item={item} account={account} />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          {totaal > PAGINA && (
            <nav className="bladeren" aria-label="Bladeren door de werkvoorraad">
              {offset > 0 && (
                <Button type="button" appearance="secondary-action-button" onClick={() => naarZoek(gekozen, Math.max(0, offset - PAGINA))}>
                  Vorige {PAGINA}
                </Button>
              )}
              {offset + PAGINA < totaal && (
                <Button type="button" appearance="secondary-action-button" onClick={() => naarZoek(gekozen, offset + PAGINA)}>
                  Volgende {PAGINA}
                </Button>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}
