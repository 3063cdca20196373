import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { createContext, type FormEvent, type ReactNode, useContext, useState } from 'react';
import { type QueryVan } from '../api/paden';
import { type Account, type AuditRegel, type ToegangRegel } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, moment } from '../format';
import { type Opgehaald, useOphalen } from '../hooks';
import { actieLabel, leesbaar, rolLabel, soortLabel, statusLabel, uitvoeringLabel, waardeLabel } from '../labels';
import { AppLink, useRouter } from '../router';
import { DatumVeld } from '../components/DatumVeld';
import { DATUM_FOUT } from '../datum-invoer';
import { NietGevonden } from './NietGevonden';

const PAGINA = 50;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const KENMERK = /^\s*([A-Za-z]{2,6}-[A-Za-z]{2,3}-\d{4}-\d{1,7})\s*$/;
const ISO_DATUM = /^\d{4}-\d{2}-\d{2}$/;

type Tab = 'wijzigingen' | 'inzage';
interface Filters {
  objectId: string;
  kenmerk: string;
  van: string;
  tot: string;
}

/** School names by id, to show a school in old → new values by name. */
const ScholenContext = createContext<Map<string, string>>(new Map());

/** Parts of a new case that say nothing to a reader (the id is in the Object column). */
const NIET_TONEN_BIJ_AANMAKEN = new Set(['id', 'swv']);

/** Internal references that mean nothing to a reader: never shown (the school is shown by name). */
const INTERN = new Set(['id', 'tlvId', 'besluitId', 'bezwaarId', 'leerlingRef', 'bevoegdGezagId', 'deskundigeId', 'vastgelegdDoor', 'genomenDoor', 'regelVersie', 'versie', 'documentId']);

/** Organisations by their code: people read names, not slugs. */
const ORGANISATIES: Record<string, string> = {
  'swv-vo-almere': 'SWV VO Almere',
  'swv-po-almere': 'SWV PO Almere',
  'gemeente-almere': 'Gemeente Almere',
  toeleiding: 'Systeem',
  systeem: 'Systeem',
};

/** Words for the parts of a case that an audit entry names (unknown ones are made readable). */
const VELD_LABELS: Record<string, string> = {
  status: 'Status',
  uitvoeringStatus: 'Uitvoering',
  uitvoering: 'Uitvoering',
  dossier: 'Dossier',
  gevraagdeSoort: 'Gevraagde soort',
  ondersteuningsbehoefte: 'Ondersteuningsbehoefte',
  oppRef: 'OPP',
  tloVerslagRef: 'TLO-verslag',
  gewensteDuur: 'Gewenste duur',
  aanvrager: 'Aanvrager',
  bevoegdGezagId: 'Bevoegd gezag',
  schoolId: 'School',
  leerlingRef: 'Leerling (pseudoniem)',
  aangemaaktOp: 'Aangemaakt op',
  ingediendOp: 'Ingediend op',
  ontvangenOp: 'Ontvangen op',
  opschortingen: 'Opschorting',
  adviezen: 'Advies',
  deskundige: 'Deskundige',
  deskundigeId: 'Kenmerk',
  discipline: 'Discipline',
  rol: 'Rol',
  advies: 'Advies',
  besluit: 'Besluit',
  vervangenBesluiten: 'Vervangen besluit',
  uitkomst: 'Uitkomst',
  soort: 'Soort',
  ingangsdatum: 'Ingangsdatum',
  einddatum: 'Einddatum',
  motivering: 'Motivering',
  genomenOp: 'Genomen op',
  bekendmaking: 'Bekendmaking',
  bekendgemaaktOp: 'Bekendgemaakt op',
  bezwaar: 'Bezwaar',
  indiener: 'Ingediend door',
  onherroepelijkOp: 'Onherroepelijk op',
  plaatsing: 'Plaatsing',
  datum: 'Datum',
  afgeslotenOp: 'Afgesloten op',
  afsluitMotivering: 'Motivering afsluiting',
  verlenging: 'Verlenging',
  verlengingVan: 'Verlenging van',
  documentRef: 'Adviesdocument',
  behandelaar: 'Behandelaar',
  naam: 'Naam',
  document: 'Document',
  grootte: 'Grootte',
  inhoudstype: 'Soort bestand',
  bezwaartermijn: 'Bezwaartermijn',
  overbrugging: 'Overbrugging',
  einde: 'Einde',
  reden: 'Reden',
  ontbrekend: 'Ontbreekt',
  aanvullenVoor: 'Aanvullen vóór',
  van: 'Van',
  tot: 'Tot',
  sinds: 'Sinds',
  wachtdagen: 'Wachtdagen',
  telaat: 'Te laat',
  onbepaaldReden: 'Reden onbepaalde duur',
  onderbouwing: 'Onderbouwing',
  grondslag: 'Grondslag',
};

const HANDELING_LABELS: Record<string, string> = { raadplegen: 'Geraadpleegd', zoeken: 'Gezocht', exporteren: 'Geëxporteerd' };
const OBJECT_LABELS: Record<string, string> = {
  aanvraag: 'Aanvraag',
  werkvoorraad: 'Werkvoorraad',
  tlv: "Overzicht TLV's",
  telling: 'Telling',
  document: 'Document',
  audittrail: 'Logboek: wijzigingen',
  toegangslog: 'Logboek: inzage',
  overzicht: 'Overzicht',
};

function veldLabel(pad: string[]): string {
  return pad.map((deel) => (/^\d+$/.test(deel) ? String(Number(deel) + 1) : (VELD_LABELS[deel] ?? leesbaar(deel)))).join(' › ');
}

/** The leaves of a JSON value as path → value ("besluit.uitkomst" → "toelaatbaar"). */
function bladeren(waarde: unknown, pad: string[] = [], uit = new Map<string, { pad: string[]; waarde: unknown }>()) {
  if (waarde !== null && typeof waarde === 'object' && !(Array.isArray(waarde) && waarde.every((w) => w === null || typeof w !== 'object'))) {
    for (const [k, v] of Object.entries(waarde)) bladeren(v, [...pad, k], uit);
  } else {
    uit.set(pad.join('.'), { pad, waarde });
  }
  return uit;
}

/** A value in words: dates, codes of the domain, yes/no. */
function weergave(pad: string[], waarde: unknown, scholen: Map<string, string>): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (Array.isArray(waarde)) return waarde.length === 0 ? '—' : waarde.map((w) => weergave(pad, w, scholen)).join(', ');
  if (typeof waarde !== 'string') return String(waarde);
  const veld = pad[pad.length - 1] ?? '';
  if (veld === 'schoolId' || veld === 'plaatsingSchoolId') return scholen.get(waarde) ?? waarde;
  if (veld === 'status' && pad[0] === 'uitvoering') return uitvoeringLabel(waarde);
  if (veld === 'status') return statusLabel(waarde);
  if (veld === 'uitvoeringStatus') return uitvoeringLabel(waarde);
  if (veld === 'soort' || veld === 'gevraagdeSoort') return soortLabel(waarde);
  if (ISO_DATUM.test(waarde)) return datum(waarde);
  if (/^\d{4}-\d{2}-\d{2}T/.test(waarde)) return moment(waarde);
  return /^[a-z]+(-[a-z]+)*$/.test(waarde) ? waardeLabel(waarde) : waarde;
}

/** Old → new per changed value; a creation lists the new values only. */
export function Wijzigingen({ oud, nieuw }: { oud: unknown; nieuw: unknown }) {
  const scholen = useContext(ScholenContext);
  const aanmaken = oud === null || oud === undefined;
  const voor = bladeren(oud ?? {});
  const na = bladeren(nieuw ?? {});
  const sleutels = [...new Set([...voor.keys(), ...na.keys()])];
  const regels = sleutels
    .map((k) => ({ k, pad: (na.get(k) ?? voor.get(k))!.pad, a: voor.get(k)?.waarde, b: na.get(k)?.waarde }))
    .filter((r) =>
      aanmaken
        ? !NIET_TONEN_BIJ_AANMAKEN.has(r.pad[0] ?? '') && r.b !== null && r.b !== undefined && r.b !== '' && !(Array.isArray(r.b) && r.b.length === 0)
        : JSON.stringify(r.a) !== JSON.stringify(r.b),
    )
    .filter((r) => !r.pad.some((deel) => INTERN.has(deel)) && !(typeof (r.b ?? r.a) === 'string' && UUID.test(String(r.b ?? r.a)) && !/schoolId$/i.test(r.pad[r.pad.length - 1] ?? '')));
  if (regels.length === 0) return <span>—</span>;
  return (
    <ul className="wijzigingen">
      {regels.map((r) => (
        <li key={r.k}>
          <span className="wijzigingen__veld">{veldLabel(r.pad)}:</span>{' '}
          {aanmaken ? (
            <span className="wijzigingen__nieuw">{weergave(r.pad, r.b, scholen)}</span>
          ) : (
            <>
              <del className="wijzigingen__oud">
                <span className="visueel-verborgen">was </span>
                {weergave(r.pad, r.a, scholen)}
              </del>{' '}
              <span aria-hidden="true">→</span>{' '}
              <ins className="wijzigingen__nieuw">
                <span className="visueel-verborgen">, wordt </span>
                {weergave(r.pad, r.b, scholen)}
              </ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Wie({ rol, organisatie, naam }: { rol: string; organisatie: string; naam?: string | null }) {
  return (
    <>
      {naam ?? (rol === 'systeem' ? 'Systeem' : rolLabel(rol))}
      <span className="sub">
        {naam ? `${rolLabel(rol)}, ` : ''}
        {ORGANISATIES[organisatie] ?? leesbaar(organisatie)}
      </span>
    </>
  );
}

function ObjectCel({ objectType, objectId, kenmerk }: { objectType: string; objectId: string | null; kenmerk?: string | null }) {
  const { zoek } = useRouter();
  const naam = OBJECT_LABELS[objectType] ?? leesbaar(objectType);
  if (!objectId || !kenmerk) return <>{naam}</>;
  return (
    <>
      {objectType !== 'aanvraag' && <>{naam} van </>}
      <AppLink href={`/aanvragen/${objectId}`} className="logboek__object" aria-label={`Aanvraag ${kenmerk} openen`}>
        {objectType === 'aanvraag' ? `Aanvraag ${kenmerk}` : kenmerk}
      </AppLink>
      {zoek.get('kenmerk') !== kenmerk && zoek.get('objectId') !== objectId && (
        <span className="sub">
          <AppLink href={`/logboek?${zoek.get('tab') === 'inzage' ? 'tab=inzage&' : ''}kenmerk=${encodeURIComponent(kenmerk)}`} aria-label={`Alleen het logboek van aanvraag ${kenmerk}`}>
            Alleen deze aanvraag
          </AppLink>
        </span>
      )}
    </>
  );
}

function Tijdstip({ iso }: { iso: string }) {
  return <time dateTime={iso}>{moment(iso)}</time>;
}

function AuditTabel({ items }: { items: AuditRegel[] }) {
  return (
    <div className="tabel-container" role="region" aria-labelledby="tabel-wijzigingen" tabIndex={0}>
      <Table className="logboek">
        <TableCaption id="tabel-wijzigingen">Wijzigingen, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Actie</TableHeaderCell>
            <TableHeaderCell scope="col">Object</TableHeaderCell>
            <TableHeaderCell scope="col">Reden</TableHeaderCell>
            <TableHeaderCell scope="col">Oud → nieuw</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((r) => (
            <TableRow key={r.id} data-id={r.id}>
              <TableCell className="nowrap">
                <Tijdstip iso={r.tijdstip} />
              </TableCell>
              <TableCell>
                <Wie rol={r.rol} organisatie={r.organisatie} naam={r.actorNaam} />
              </TableCell>
              <TableHeaderCell scope="row">{actieLabel(r.actie)}</TableHeaderCell>
              <TableCell>
                <ObjectCel objectType={r.objectType} objectId={r.objectId} kenmerk={r.kenmerk} />
              </TableCell>
              <TableCell>{r.reden ?? '—'}</TableCell>
              <TableCell>
                <Wijzigingen oud={r.oud} nieuw={r.nieuw} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function InzageTabel({ items }: { items: ToegangRegel[] }) {
  return (
    <div className="tabel-container" role="region" aria-labelledby="tabel-inzage" tabIndex={0}>
      <Table className="logboek">
        <TableCaption id="tabel-inzage">Inzage, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Handeling</TableHeaderCell>
            <TableHeaderCell scope="col">Object</TableHeaderCell>
            <TableHeaderCell scope="col">Doel</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((r) => (
            <TableRow key={r.id} data-id={r.id}>
              <TableCell className="nowrap">
                <Tijdstip iso={r.tijdstip} />
              </TableCell>
              <TableCell>
                <Wie rol={r.rol} organisatie={r.organisatie} naam={r.actorNaam} />
              </TableCell>
              <TableHeaderCell scope="row">{HANDELING_LABELS[r.handeling] ?? leesbaar(r.handeling)}</TableHeaderCell>
              <TableCell>
                <ObjectCel objectType={r.objectType} objectId={r.objectId} kenmerk={r.kenmerk} />
              </TableCell>
              <TableCell>{leesbaar(r.doel)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Veld({ id, label, beschrijving, fout, children }: { id: string; label: string; beschrijving?: string; fout?: string; children: ReactNode }) {
  return (
    <FormField type="text" className="filter" invalid={!!fout}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {fout && <FormFieldErrorMessage id={`${id}-fout`}>{fout}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{children}</div>
      {beschrijving && <FormFieldDescription id={`${id}-beschrijving`}>{beschrijving}</FormFieldDescription>}
    </FormField>
  );
}

interface LogProps {
  filters: Filters;
  offset: number;
  naarOffset: (o: number) => void;
}

/** The filters and page as the query of the audit trail and of the access log (the same parameters). */
function logQuery(f: Filters, offset: number): QueryVan<'/toeleiding/audit'> & QueryVan<'/toeleiding/toegangslog'> {
  return { objectId: f.objectId || undefined, kenmerk: f.kenmerk || undefined, van: f.van || undefined, tot: f.tot || undefined, volgorde: 'nieuwste', limit: PAGINA, offset: offset || undefined };
}

function Auditlijst({ filters, offset, naarOffset }: LogProps) {
  const lijst = useOphalen('/toeleiding/audit', { query: logQuery(filters, offset) });
  return <Resultaat lijst={lijst} tab="wijzigingen" offset={offset} naarOffset={naarOffset} tabel={(items) => <AuditTabel items={items} />} />;
}

function Toegangslijst({ filters, offset, naarOffset }: LogProps) {
  const lijst = useOphalen('/toeleiding/toegangslog', { query: logQuery(filters, offset) });
  return <Resultaat lijst={lijst} tab="inzage" offset={offset} naarOffset={naarOffset} tabel={(items) => <InzageTabel items={items} />} />;
}

function Resultaat<R>({ lijst, tab, offset, naarOffset, tabel }: {
  lijst: Pick<Opgehaald<{ totaal: number; items: R[] }>, 'data' | 'fout' | 'laden'>;
  tab: Tab;
  offset: number;
  naarOffset: (o: number) => void;
  tabel: (items: R[]) => ReactNode;
}) {
  const totaal = lijst.data?.totaal ?? 0;
  const items = lijst.data?.items ?? [];
  const wat = tab === 'wijzigingen' ? ['wijziging', 'wijzigingen'] : ['inzage', 'inzagen'];
  return (
    <>
      {lijst.fout?.status === 404 && (
        <Melding type="warning">
          <Paragraph>Er is geen aanvraag met dit kenmerk in uw samenwerkingsverband.</Paragraph>
        </Melding>
      )}
      {lijst.fout && lijst.fout.status !== 404 && <FoutMelding fout={lijst.fout} />}
      {lijst.laden && <Laden />}
      {lijst.data && (
        <>
          <Paragraph role="status" className="samenvatting">
            {totaal === 0 ? `Geen ${wat[1]} gevonden.` : `${totaal} ${totaal === 1 ? wat[0] : wat[1]}`}
            {totaal > PAGINA && ` (${offset + 1}–${Math.min(offset + PAGINA, totaal)} getoond)`}
            {totaal > 0 && '.'}
          </Paragraph>
          {items.length > 0 && tabel(items)}
          {totaal > PAGINA && (
            <nav className="filters__knoppen" aria-label={`Bladeren door de ${wat[1]}`}>
              {offset > 0 && (
                <Button type="button" appearance="secondary-action-button" onClick={() => naarOffset(Math.max(0, offset - PAGINA))}>
                  Nieuwere
                </Button>
              )}
              {offset + PAGINA < totaal && (
                <Button type="button" appearance="secondary-action-button" onClick={() => naarOffset(offset + PAGINA)}>
                  Oudere
                </Button>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}

export function GeenToegang() {
  return <NietGevonden titel="Geen toegang" tekst="U heeft geen toegang tot het logboek. Alleen een beheerder kan de wijzigingen en de inzage van dossiers bekijken." />;
}

export function Logboek({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const tab: Tab = zoek.get('tab') === 'inzage' ? 'inzage' : 'wijzigingen';
  const gekozen: Filters = { objectId: zoek.get('objectId') ?? '', kenmerk: zoek.get('kenmerk') ?? '', van: zoek.get('van') ?? '', tot: zoek.get('tot') ?? '' };
  const [concept0] = useState(() => ({ ...gekozen, objectId: gekozen.kenmerk || gekozen.objectId }));
  const offset = Math.max(0, Number(zoek.get('offset') ?? 0) || 0);
  const [concept, setConcept] = useState<Filters>(concept0);
  const [ongeldig, setOngeldig] = useState({ van: false, tot: false });
  const [fouten, setFouten] = useState<Partial<Record<keyof Filters, string>>>({});
  const [vorigeZoek, setVorigeZoek] = useState(zoek.toString());
  if (vorigeZoek !== zoek.toString()) {
    // Back/forward or a link changed the filters: show them in the form too.
    setVorigeZoek(zoek.toString());
    setConcept({ ...gekozen, objectId: gekozen.kenmerk || gekozen.objectId });
    setFouten({});
  }

  const url = (t: Tab, f: Filters, o = 0) => {
    const p = new URLSearchParams();
    if (t === 'inzage') p.set('tab', 'inzage');
    for (const k of ['objectId', 'kenmerk', 'van', 'tot'] as const) if (f[k]) p.set(k, f[k]);
    if (o) p.set('offset', String(o));
    const qs = p.toString();
    return qs ? `/logboek?${qs}` : '/logboek';
  };

  const filter = (e: FormEvent) => {
    e.preventDefault();
    const f = { ...concept, objectId: concept.objectId.trim(), kenmerk: '' };
    const nieuweFouten: Partial<Record<keyof Filters, string>> = {};
    if (f.objectId) {
      // The kenmerk, or a pasted link to the case.
      const k = KENMERK.exec(f.objectId);
      const m = UUID.exec(f.objectId);
      if (k) [f.kenmerk, f.objectId] = [k[1].toUpperCase(), ''];
      else if (m) f.objectId = m[0].toLowerCase();
      else nieuweFouten.objectId = 'Vul het kenmerk van de aanvraag in, bijvoorbeeld TLV-VO-2026-00012 (of plak de link naar de aanvraag).';
    }
    if (ongeldig.van) nieuweFouten.van = DATUM_FOUT;
    if (ongeldig.tot) nieuweFouten.tot = DATUM_FOUT;
    if (!nieuweFouten.van && !nieuweFouten.tot && f.van && f.tot && f.van > f.tot) nieuweFouten.tot = 'De einddatum ligt voor de begindatum.';
    setFouten(nieuweFouten);
    if (Object.keys(nieuweFouten).length > 0) {
      document.getElementById(nieuweFouten.objectId ? 'filter-object' : nieuweFouten.van ? 'filter-van' : 'filter-tot')?.focus();
      return;
    }
    navigeer(url(tab, f));
  };

  const tabs: Array<{ tab: Tab; tekst: string }> = [
    { tab: 'wijzigingen', tekst: 'Wijzigingen' },
    { tab: 'inzage', tekst: 'Inzage' },
  ];
  const gefilterd = !!(gekozen.objectId || gekozen.kenmerk || gekozen.van || gekozen.tot);
  const object = gekozen.kenmerk || (gekozen.objectId ? 'deze aanvraag' : '');
  const scholen = useOphalen('/toeleiding/scholen');
  const schoolNamen = new Map((scholen.data?.items ?? []).map((sc) => [sc.id, sc.naam]));

  return (
    <>
      <PaginaKop titel={tab === 'inzage' ? 'Logboek: inzage' : 'Logboek: wijzigingen'}>Logboek</PaginaKop>
      <Paragraph lead>
        Wie wat heeft gewijzigd (audittrail) en wie welk dossier heeft ingezien (toegangslog) in SWV {account.swv}.
      </Paragraph>

      <nav className="tabs" aria-label="Onderdelen van het logboek">
        <ul className="tabs__lijst">
          {tabs.map((t) => (
            <li key={t.tab}>
              <AppLink href={url(t.tab, gekozen)} className="tabs__link" aria-current={tab === t.tab ? 'page' : undefined}>
                {t.tekst}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>

      <form className="filters" onSubmit={filter} aria-label="Logboek filteren" noValidate>
        <Veld id="filter-object" label="Aanvraag (kenmerk of link)" fout={fouten.objectId}>
          <Textbox
            id="filter-object"
            name="objectId"
            value={concept.objectId}
            invalid={!!fouten.objectId}
            aria-describedby={fouten.objectId ? 'filter-object-fout' : undefined}
            onChange={(e) => setConcept({ ...concept, objectId: e.target.value })}
            spellCheck={false}
            autoComplete="off"
          />
        </Veld>
        <Veld id="filter-van" label="Van" fout={fouten.van}>
          <DatumVeld id="filter-van" name="van" waarde={concept.van} kiesLabel="Open de kalender (van)" invalid={!!fouten.van} aria-describedby={fouten.van ? 'filter-van-fout' : undefined} onChange={(van, o) => { setConcept({ ...concept, van }); setOngeldig((x) => ({ ...x, van: o })); }} />
        </Veld>
        <Veld id="filter-tot" label="Tot en met" fout={fouten.tot}>
          <DatumVeld
            id="filter-tot"
            name="tot"
            waarde={concept.tot}
            kiesLabel="Open de kalender (tot en met)"
            invalid={!!fouten.tot}
            aria-describedby={fouten.tot ? 'filter-tot-fout' : undefined}
            onChange={(tot, o) => { setConcept({ ...concept, tot }); setOngeldig((x) => ({ ...x, tot: o })); }}
          />
        </Veld>
        <div className="filters__knoppen">
          <Button type="submit" appearance="primary-action-button">
            Filteren
          </Button>
          {gefilterd && (
            <Button type="button" appearance="subtle-button" onClick={() => navigeer(url(tab, { objectId: '', kenmerk: '', van: '', tot: '' }))}>
              Filters wissen
            </Button>
          )}
        </div>
      </form>

      <ScholenContext.Provider value={schoolNamen}>
      <section className="sectie" aria-labelledby="kop-logboek">
        <Heading2 id="kop-logboek">
          {tab === 'inzage' ? 'Inzage' : 'Wijzigingen'}
          {object && ` van ${gekozen.kenmerk ? `aanvraag ${gekozen.kenmerk}` : object}`}
        </Heading2>
        {gekozen.objectId && (
          <Paragraph>
            <AppLink href={`/aanvragen/${gekozen.objectId}`}>Aanvraag openen</AppLink>
          </Paragraph>
        )}
        {tab === 'wijzigingen' ? (
          <Auditlijst key="wijzigingen" filters={gekozen} offset={offset} naarOffset={(o) => navigeer(url(tab, gekozen, o))} />
        ) : (
          <Toegangslijst key="inzage" filters={gekozen} offset={offset} naarOffset={(o) => navigeer(url(tab, gekozen, o))} />
        )}
      </section>
      </ScholenContext.Provider>
    </>
  );
}
