import {
  Button,
  ButtonLink,
  Checkbox,
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
import { ApiError, api } from '../api/client';
import { describeProblem } from '../api/problem';
import { ongecontroleerd, type QueryVan } from '../api/paden';
import { type Account, type WerkvoorraadItem } from '../api/types';
import { ACTIES } from '../acties';
import { Bladeren, bladerPositie, eerstePositie, PAGINA_PARAMETERS, zetPagina, type Pagina } from '../components/Bladeren';
import { LeerlingNaam } from '../components/LeerlingNaam';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { TermijnWeergave } from '../components/Signaal';
import { useOphalen } from '../hooks';
import { SOORTEN_PER_SECTOR, STATUS_LABELS, rolLabel, soortLabel, stapLabel, statusLabel, uitvoeringLabel } from '../labels';
import { AppLink, useRouter } from '../router';
import { ACTIE_VOOR_STAP } from '../volgende-actie';
import { onthoudWerkvoorraad } from '../zoeken';

const PAGINA = 50;
const FILTERS = ['schoolId', 'soort', 'wie', 'binnen'] as const;
type Filters = Record<(typeof FILTERS)[number], string> & { status: string[] };
const LEEG: Filters = { status: [], schoolId: '', soort: '', wie: '', binnen: '' };

const WIE = [
  { waarde: '', label: 'Hele team' },
  { waarde: 'mij', label: 'Mijn zaken (ik ben behandelaar)' },
  { waarde: 'aan-zet', label: 'Waar mijn rol aan zet is' },
  { waarde: 'niemand', label: 'Zonder behandelaar' },
];

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

/** Several statuses at once: checkboxes in a disclosure, so the filter bar stays one line. */
function Statussen({ gekozen, onChange }: { gekozen: string[]; onChange: (s: string[]) => void }) {
  return (
    <details className="filter statusfilter">
      <summary>Status{gekozen.length > 0 ? ` (${gekozen.length} gekozen)` : ': alle open'}</summary>
      <fieldset className="statusfilter__keuzes">
        <legend className="visueel-verborgen">Status</legend>
        {Object.keys(STATUS_LABELS).map((s) => (
          <label key={s} className="statusfilter__keuze" htmlFor={`status-${s}`}>
            <Checkbox id={`status-${s}`} name="status" value={s} checked={gekozen.includes(s)} onChange={(e) => onChange(e.target.checked ? [...gekozen, s] : gekozen.filter((g) => g !== s))} />
            {statusLabel(s)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function Rij({ item, account, onActie, bezig }: { item: WerkvoorraadItem; account: Account; onActie: (item: WerkvoorraadItem) => void; bezig: boolean }) {
  const { navigeer } = useRouter();
  const signaal = item.volgendeTermijn?.signaal;
  const stap = item.volgendeStap;
  const mijnBeurt = stap?.wie === account.rol && (!item.behandelaar || item.behandelaar.id === account.id || account.rol !== 'consulent');
  const actie = mijnBeurt && stap?.actie ? ACTIE_VOOR_STAP[stap.actie] : undefined;
  const href = `/aanvragen/${encodeURIComponent(item.id)}`;
  return (
    <TableRow className={signaal ? `rij rij--${signaal}` : 'rij'}>
      <TableCell>
        <TermijnWeergave termijn={item.volgendeTermijn} />
      </TableCell>
      <TableHeaderCell scope="row">
        <AppLink href={href} className="nowrap">
          {item.kenmerk}
        </AppLink>
      </TableHeaderCell>
      <TableCell>
        <LeerlingNaam leerling={item.leerling} kort />
      </TableCell>
      <TableCell>{item.school.naam}</TableCell>
      <TableCell>{soortLabel(item.soort)}</TableCell>
      <TableCell>
        {statusLabel(item.status)}
        {item.uitvoering && <span className="sub">{uitvoeringLabel(item.uitvoering)}</span>}
      </TableCell>
      <TableCell>
        {stap ? (
          <>
            <span>
              {rolLabel(stap.wie)}
              {mijnBeurt && <span className="aan-zet"> (u bent aan zet)</span>}: {stapLabel(stap.wat)}
            </span>
            {actie && ACTIES[actie.commando] && (
              <Button
                type="button"
                appearance="secondary-action-button"
                className="rij__actie"
                disabled={bezig}
                aria-label={`${ACTIES[actie.commando].titel}: ${item.kenmerk}`}
                onClick={() => (actie.direct ? onActie(item) : navigeer(`${href}?actie=${actie.commando}`))}
              >
                {ACTIES[actie.commando].titel}
              </Button>
            )}
          </>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>{item.behandelaar ? (item.behandelaar.id === account.id ? 'U' : (item.behandelaar.naam ?? '—')) : '—'}</TableCell>
    </TableRow>
  );
}

/** The filters on screen (not the page) and the file type, as the export's query. */
function exportZoek(zoek: URLSearchParams, formaat: 'csv' | 'xlsx'): string {
  const q = new URLSearchParams(zoek);
  for (const k of PAGINA_PARAMETERS) q.delete(k);
  q.set('formaat', formaat);
  return q.toString();
}

export function Werkvoorraad({ account }: { account: Account }) {
  const { zoek, navigeer, staat } = useRouter();
  const gekozen: Filters = { status: zoek.getAll('status'), schoolId: zoek.get('schoolId') ?? '', soort: zoek.get('soort') ?? '', wie: zoek.get('wie') ?? '', binnen: zoek.get('binnen') ?? '' };
  const positie = bladerPositie(zoek);
  const [concept, setConcept] = useState<Filters>(gekozen);
  const [vorigeZoek, setVorigeZoek] = useState(zoek.toString());
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | undefined>(typeof staat.melding === 'string' ? { type: 'ok', tekst: staat.melding } : undefined);
  const [bezig, setBezig] = useState(false);
  if (vorigeZoek !== zoek.toString()) {
    // Back/forward changed the filters: show them in the form too.
    setVorigeZoek(zoek.toString());
    setConcept(gekozen);
  }
  // "Terug" from a case comes back here, filters and page included.
  onthoudWerkvoorraad(`/${zoek.toString() ? `?${zoek.toString()}` : ''}`);

  const scholen = useOphalen('/toeleiding/scholen');
  const query: QueryVan<'/toeleiding/aanvragen'> = {
    status: gekozen.status.length ? ongecontroleerd(gekozen.status) : undefined,
    schoolId: gekozen.schoolId || undefined,
    soort: gekozen.soort ? ongecontroleerd(gekozen.soort) : undefined,
    wie: gekozen.wie ? ongecontroleerd(gekozen.wie) : undefined,
    binnen: gekozen.binnen ? ongecontroleerd(gekozen.binnen) : undefined,
    sorteer: 'termijn',
    limit: PAGINA,
    ...positie.query,
  };
  const lijst = useOphalen('/toeleiding/aanvragen', { query });

  const naarZoek = (f: Filters, pagina?: Pagina) => {
    const p = new URLSearchParams();
    for (const s of f.status) p.append('status', s);
    for (const k of FILTERS) if (f[k]) p.set(k, f[k]);
    zetPagina(p, pagina);
    const qs = p.toString();
    navigeer(qs ? `/?${qs}` : '/');
  };
  const filter = (e: FormEvent) => {
    e.preventDefault();
    naarZoek(concept);
  };

  /** A step without fields (in behandeling nemen) runs from the row itself. */
  const direct = async (item: WerkvoorraadItem) => {
    const commando = ACTIE_VOOR_STAP[item.volgendeStap?.actie ?? '']?.commando;
    if (!commando || commando === 'besluitbrief') return;
    setBezig(true);
    try {
      await api('/toeleiding/aanvragen/{id}/acties/{commando}', { method: 'POST', params: { id: item.id, commando }, body: {} });
      setMelding({ type: 'ok', tekst: `${item.kenmerk}: ${ACTIES[commando].gelukt}` });
      lijst.herlaad();
    } catch (e) {
      setMelding({ type: 'error', tekst: `${item.kenmerk}: ${e instanceof ApiError ? describeProblem(e.problem) : 'Er ging iets mis.'}` });
    } finally {
      setBezig(false);
    }
  };

  const totaal = lijst.data?.totaal ?? 0;
  const begrensd = lijst.data?.totaalBegrensd ?? false;
  const eerste = eerstePositie(positie, lijst.data);
  const items = lijst.data?.items ?? [];
  const telling = (soort: string) => items.filter((i) => i.volgendeTermijn?.signaal === soort).length;
  const gefilterd = gekozen.status.length > 0 || FILTERS.some((k) => gekozen[k]);

  return (
    <>
      <div className="pagina-balk">
        <PaginaKop titel="Werkvoorraad" />
        {account.rol === 'consulent' && (
          <ButtonLink
            href="/aanvragen/nieuw"
            appearance="primary-action-button"
            onClick={(e) => {
              e.preventDefault();
              navigeer('/aanvragen/nieuw');
            }}
          >
            Nieuwe aanvraag
          </ButtonLink>
        )}
      </div>
      <Paragraph className="inleiding">
        {gekozen.binnen === 'week' ? 'Termijnen die deze week (binnen zeven dagen) verlopen of al verlopen zijn' : `Aanvragen toelaatbaarheidsverklaring in SWV ${account.swv}, de eerstvolgende termijn bovenaan`}.{' '}
        {gekozen.binnen !== 'week' && (
          <AppLink href={`/?wie=${account.rol === 'consulent' ? 'mij' : 'aan-zet'}&binnen=week`}>Mijn termijnen deze week</AppLink>
        )}
      </Paragraph>

      {melding && (
        <Melding type={melding.type}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Melding>
      )}

      <form className="filters" onSubmit={filter} aria-label="Werkvoorraad filteren">
        <Keuze id="filter-wie" label="Aanvragen" waarde={concept.wie} onChange={(wie) => setConcept({ ...concept, wie })} opties={WIE} />
        <Statussen gekozen={concept.status} onChange={(status) => setConcept({ ...concept, status })} />
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
          {gefilterd && (
            <Button type="button" appearance="subtle-button" onClick={() => naarZoek(LEEG)}>
              Filters wissen
            </Button>
          )}
          {['consulent', 'teamleider'].includes(account.rol) && (
            <span className="exporteren">
              {(['csv', 'xlsx'] as const).map((formaat) => (
                <a key={formaat} className="utrecht-link" href={`/api/toeleiding/aanvragen/export?${exportZoek(zoek, formaat)}`} download>
                  Exporteren ({formaat.toUpperCase()})
                </a>
              ))}
            </span>
          )}
        </div>
      </form>

      {lijst.fout && <FoutMelding fout={lijst.fout} />}
      {lijst.laden && !lijst.data && <Laden />}
      {lijst.data && (
        <>
          <Paragraph role="status" className="samenvatting">
            {totaal === 0 ? 'Geen aanvragen gevonden.' : begrensd ? `Meer dan ${totaal.toLocaleString('nl-NL')} aanvragen` : `${totaal} ${totaal === 1 ? 'aanvraag' : 'aanvragen'}`}
            {telling('verlopen') > 0 && `, waarvan ${telling('verlopen')} met een verlopen termijn`}
            {telling('risico') > 0 && `${telling('verlopen') > 0 ? ' en' : ', waarvan'} ${telling('risico')} die binnen 5 werkdagen verloopt`}
            {(totaal > PAGINA || begrensd) && items.length > 0 && ` (${eerste}–${eerste + items.length - 1} getoond)`}.
          </Paragraph>
          {items.length > 0 && (
            <div className="tabel-container" role="region" aria-labelledby="werkvoorraad-titel" tabIndex={0}>
              <Table className="werkvoorraad compact">
                <TableCaption id="werkvoorraad-titel">Aanvragen, gesorteerd op eerstvolgende termijn</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                    <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                    <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                    <TableHeaderCell scope="col">School</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Volgende stap</TableHeaderCell>
                    <TableHeaderCell scope="col">Behandelaar</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {items.map((item) => (
                    <Rij key={item.id} item={item} account={account} onActie={(i) => void direct(i)} bezig={bezig} />
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <Bladeren antwoord={lijst.data} eerste={eerste} aantal={items.length} pagina={PAGINA} label="Bladeren door de werkvoorraad" naar={(p) => naarZoek(gekozen, p)} />
        </>
      )}
    </>
  );
}
