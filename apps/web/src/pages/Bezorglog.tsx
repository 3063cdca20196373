import {
  Button,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError, api } from '../api/client';
import { ongecontroleerd, type QueryVan } from '../api/paden';
import { describeProblem } from '../api/problem';
import { type Poging, UITKOMST_LABELS, type Uitkomst, hostVan, typeLabel } from '../api/notificaties';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { moment } from '../format';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { DatumVeld } from '../components/DatumVeld';

const PAGINA = 50;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const VELDEN = ['abonnementId', 'uitkomst', 'eventId', 'van', 'tot'] as const;
type Filters = Record<(typeof VELDEN)[number], string>;

/** "tot en met" a date → the start of the next day (the API's `tot` is exclusive). */
function volgendeDag(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function Veld({ id, label, fout, children }: { id: string; label: string; fout?: string; children: ReactNode }) {
  return (
    <FormField type="text" className="filter" invalid={!!fout}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

function UitkomstCel({ p }: { p: Poging }) {
  const tekst = UITKOMST_LABELS[p.uitkomst] ?? p.uitkomst;
  return (
    <span className={p.uitkomst === 'bezorgd' ? 'uitkomst-ok' : 'uitkomst-fout'}>
      <span aria-hidden="true">{p.uitkomst === 'bezorgd' ? '✓ ' : '✗ '}</span>
      {tekst}
      {p.statuscode !== null && <span className="sub">HTTP {p.statuscode}</span>}
      {p.fout && p.statuscode === null && <span className="sub">{p.fout}</span>}
    </span>
  );
}

function OpnieuwKnop({ p, klaar }: { p: Poging; klaar: (soort: 'ok' | 'error', tekst: string) => void }) {
  const [bezig, setBezig] = useState(false);
  const opnieuw = async () => {
    setBezig(true);
    try {
      await api('/notificaties/abonnementen/{id}/opnieuw-bezorgen', { method: 'POST', params: { id: p.abonnementId }, body: { eventId: p.eventId } });
      klaar('ok', `Gebeurtenis ${p.eventId.slice(0, 8)} wordt opnieuw bezorgd aan ${hostVan(p.callbackUrl)}.`);
    } catch (err) {
      klaar('error', err instanceof ApiError ? describeProblem(err.problem) : 'Opnieuw bezorgen is mislukt.');
    } finally {
      setBezig(false);
    }
  };
  return (
    <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={() => void opnieuw()} aria-label={`Gebeurtenis ${p.eventId.slice(0, 8)} opnieuw bezorgen aan ${hostVan(p.callbackUrl)}`}>
      Opnieuw bezorgen
    </Button>
  );
}

function Tabel({ items, klaar }: { items: Poging[]; klaar: (soort: 'ok' | 'error', tekst: string) => void }) {
  const { zoek } = useRouter();
  return (
    <div className="tabel-container" role="region" aria-labelledby="tabel-pogingen" tabIndex={0}>
      <Table className="logboek">
        <TableCaption id="tabel-pogingen">Bezorgpogingen, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
            <TableHeaderCell scope="col">Gemeentesysteem</TableHeaderCell>
            <TableHeaderCell scope="col">Gebeurtenis</TableHeaderCell>
            <TableHeaderCell scope="col">Poging</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Duur</TableHeaderCell>
            <TableHeaderCell scope="col">Antwoord</TableHeaderCell>
            <TableHeaderCell scope="col">Volgende poging</TableHeaderCell>
            <TableHeaderCell scope="col">Actie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((p) => (
            <TableRow key={p.id} data-id={p.id} className={p.uitkomst === 'bezorgd' ? 'rij' : 'rij rij--risico'}>
              <TableCell className="nowrap">
                <time dateTime={p.tijdstip}>{moment(p.tijdstip)}</time>
              </TableCell>
              <TableCell>
                {p.organisatie}
                <span className="sub">{hostVan(p.callbackUrl)}</span>
              </TableCell>
              <TableHeaderCell scope="row">
                {typeLabel(p.type)}
                <span className="sub">
                  {zoek.get('eventId') === p.eventId ? (
                    <code>{p.eventId.slice(0, 8)}</code>
                  ) : (
                    <AppLink href={`/notificaties/bezorglog?eventId=${p.eventId}`} aria-label={`Alle pogingen van gebeurtenis ${p.eventId.slice(0, 8)}`}>
                      <code>{p.eventId.slice(0, 8)}</code>
                    </AppLink>
                  )}
                </span>
              </TableHeaderCell>
              <TableCell className="getal">{p.poging}</TableCell>
              <TableCell>
                <UitkomstCel p={p} />
              </TableCell>
              <TableCell className="getal nowrap">{p.duurMs} ms</TableCell>
              <TableCell className="breek">{p.antwoord ?? '—'}</TableCell>
              <TableCell className="nowrap">{p.volgendePogingOp ? moment(p.volgendePogingOp) : '—'}</TableCell>
              <TableCell>
                <OpnieuwKnop p={p} klaar={klaar} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The delivery log: every attempt, with filters (kept in the URL) and replay of one event. */
export function Bezorglog() {
  const { zoek, navigeer } = useRouter();
  const gekozen = Object.fromEntries(VELDEN.map((k) => [k, zoek.get(k) ?? ''])) as Filters;
  const offset = Math.max(0, Number(zoek.get('offset') ?? 0) || 0);
  const [concept, setConcept] = useState<Filters>(gekozen);
  const [fouten, setFouten] = useState<Partial<Filters>>({});
  const [vorigeZoek, setVorigeZoek] = useState(zoek.toString());
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  if (vorigeZoek !== zoek.toString()) {
    setVorigeZoek(zoek.toString());
    setConcept(gekozen);
    setFouten({});
  }
  const abonnementen = useOphalen('/notificaties/abonnementen', { query: { metOpgezegd: 'true' } });
  const query: QueryVan<'/notificaties/pogingen'> = {
    abonnementId: gekozen.abonnementId || undefined,
    uitkomst: gekozen.uitkomst ? ongecontroleerd(gekozen.uitkomst) : undefined,
    eventId: gekozen.eventId || undefined,
    van: gekozen.van || undefined,
    tot: gekozen.tot ? volgendeDag(gekozen.tot) : undefined,
    limit: PAGINA,
    offset: offset || undefined,
  };
  const log = useOphalen('/notificaties/pogingen', { query });

  const url = (f: Filters, o = 0) => {
    const p = new URLSearchParams();
    for (const k of VELDEN) if (f[k]) p.set(k, f[k]);
    if (o) p.set('offset', String(o));
    const qs = p.toString();
    return qs ? `/notificaties/bezorglog?${qs}` : '/notificaties/bezorglog';
  };

  const filter = (e: FormEvent) => {
    e.preventDefault();
    const f = { ...concept, eventId: concept.eventId.trim() };
    const nieuw: Partial<Filters> = {};
    if (f.eventId) {
      const m = UUID.exec(f.eventId);
      if (m) f.eventId = m[0].toLowerCase();
      else nieuw.eventId = 'Vul de id van de gebeurtenis in (een UUID, ook te plakken uit een dataref).';
    }
    if (f.van && f.tot && f.van > f.tot) nieuw.tot = 'De einddatum ligt voor de begindatum.';
    setFouten(nieuw);
    if (Object.keys(nieuw).length > 0) {
      document.getElementById(nieuw.eventId ? 'filter-event' : 'filter-tot')?.focus();
      return;
    }
    navigeer(url(f));
  };

  const totaal = log.data?.totaal ?? 0;
  const gefilterd = VELDEN.some((k) => gekozen[k]);
  return (
    <>
      <PaginaKop titel="Notificaties: bezorglog">Notificaties</PaginaKop>
      <Paragraph lead>Elke poging om een notificatie te bezorgen: wanneer, met welke uitkomst, en wanneer het opnieuw wordt geprobeerd.</Paragraph>
      <nav className="tabs" aria-label="Onderdelen van notificaties">
        <ul className="tabs__lijst">
          <li>
            <AppLink href="/notificaties" className="tabs__link">
              Abonnementen
            </AppLink>
          </li>
          <li>
            <AppLink href="/notificaties/bezorglog" className="tabs__link" aria-current="page">
              Bezorglog
            </AppLink>
          </li>
        </ul>
      </nav>

      <form className="filters" onSubmit={filter} aria-label="Bezorglog filteren" noValidate>
        <Veld id="filter-abonnement" label="Gemeentesysteem">
          <Select id="filter-abonnement" name="abonnementId" value={concept.abonnementId} onChange={(e) => setConcept({ ...concept, abonnementId: e.target.value })}>
            <SelectOption value="">Alle</SelectOption>
            {(abonnementen.data?.items ?? []).map((a) => (
              <SelectOption key={a.id} value={a.id}>
                {`${a.organisatie} – ${hostVan(a.callbackUrl)}${a.status === 'opgezegd' ? ' (opgezegd)' : ''}`}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld id="filter-uitkomst" label="Uitkomst">
          <Select id="filter-uitkomst" name="uitkomst" value={concept.uitkomst} onChange={(e) => setConcept({ ...concept, uitkomst: e.target.value })}>
            <SelectOption value="">Alle</SelectOption>
            {(Object.keys(UITKOMST_LABELS) as Uitkomst[]).map((u) => (
              <SelectOption key={u} value={u}>
                {UITKOMST_LABELS[u]}
              </SelectOption>
            ))}
          </Select>
        </Veld>
        <Veld id="filter-event" label="Gebeurtenis (id)" fout={fouten.eventId}>
          <Textbox
            id="filter-event"
            name="eventId"
            value={concept.eventId}
            invalid={!!fouten.eventId}
            aria-describedby={fouten.eventId ? 'filter-event-fout' : undefined}
            onChange={(e) => setConcept({ ...concept, eventId: e.target.value })}
            spellCheck={false}
            autoComplete="off"
          />
        </Veld>
        <Veld id="filter-van" label="Van">
          <DatumVeld id="filter-van" name="van" waarde={concept.van} kiesLabel="Open de kalender (van)" onChange={(van) => setConcept({ ...concept, van })} />
        </Veld>
        <Veld id="filter-tot" label="Tot en met" fout={fouten.tot}>
          <DatumVeld
            id="filter-tot"
            name="tot"
            waarde={concept.tot}
            kiesLabel="Open de kalender (tot en met)"
            invalid={!!fouten.tot}
            aria-describedby={fouten.tot ? 'filter-tot-fout' : undefined}
            onChange={(tot) => setConcept({ ...concept, tot })}
          />
        </Veld>
        <div className="filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
          {gefilterd && (
            <Button type="button" appearance="subtle-button" onClick={() => navigeer('/notificaties/bezorglog')}>
              Filters wissen
            </Button>
          )}
        </div>
      </form>

      {melding && (
        <Melding type={melding.soort}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Melding>
      )}
      <section className="sectie" aria-labelledby="kop-pogingen">
        <Heading2 id="kop-pogingen">Pogingen</Heading2>
        {log.fout && <FoutMelding fout={log.fout} />}
        {log.laden && <Laden />}
        {log.data && (
          <>
            <Paragraph role="status" className="samenvatting">
              {totaal === 0 ? 'Geen pogingen gevonden.' : `${totaal} ${totaal === 1 ? 'poging' : 'pogingen'}`}
              {totaal > PAGINA && ` (${offset + 1}–${Math.min(offset + PAGINA, totaal)} getoond)`}
              {totaal > 0 && '.'}
            </Paragraph>
            {log.data.items.length > 0 && (
              <Tabel
                items={log.data.items}
                klaar={(soort, tekst) => {
                  setMelding({ soort, tekst });
                  if (soort === 'ok') log.herlaad();
                }}
              />
            )}
            {totaal > PAGINA && (
              <nav className="filters__knoppen" aria-label="Bladeren door de pogingen">
                {offset > 0 && (
                  <Button type="button" appearance="secondary-action-button" onClick={() => navigeer(url(gekozen, Math.max(0, offset - PAGINA)))}>
                    Nieuwere
                  </Button>
                )}
                {offset + PAGINA < totaal && (
                  <Button type="button" appearance="secondary-action-button" onClick={() => navigeer(url(gekozen, offset + PAGINA))}>
                    Oudere
                  </Button>
                )}
              </nav>
            )}
          </>
        )}
      </section>
    </>
  );
}
