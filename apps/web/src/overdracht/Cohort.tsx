import {
  Button,
  Checkbox,
  FormField,
  FormFieldDescription,
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
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api, upload } from '../api/client';
import { ongecontroleerd, type QueryVan } from '../api/paden';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum } from '../format';
import { useOphalen } from '../hooks';
import { Bladeren, bladerPositie, eerstePositie, zetPagina, type Pagina } from '../components/Bladeren';
import { AppLink, useRouter } from '../router';
import { Formulier } from './Formulier';
import { routeLabel, statusLabel, termijnLabel, voorzieningLabel } from './labels';
import { OverdrachtNavigatie } from './Navigatie';
import { type ImportRapport } from './types';

const PAGINA = 50;
const FILTERS = [
  { waarde: 'open', label: 'Nog open' },
  { waarde: 'waarschuwing', label: 'Met een datum die nadert' },
  { waarde: 'steunpunt', label: 'Bij het Steunpunt' },
  { waarde: 'twee-keer-afgewezen', label: 'Twee keer afgewezen' },
  { waarde: 'voorziening-open', label: 'Voorziening nog niet geregeld' },
  { waarde: 'warme-overdracht-open', label: 'Warme overdracht nog niet gehouden' },
  { waarde: 'alle', label: 'Alle leerlingen' },
];
const VELD_LABEL: Record<string, string> = {
  leerlingnummer: 'Leerlingnummer',
  route: 'Route',
  gemeente: 'Gemeente',
  voorlopigAdvies: 'Voorlopig advies',
  definitiefAdvies: 'Definitief advies',
  kwetsbaar: 'Kwetsbaar',
  voorzieningen: 'Voorzieningen',
  geboortedatum: 'Geboortedatum',
  ondersteuningsbehoefte: 'Ondersteuningsbehoefte',
};

function Import({ cohortId, onKlaar }: { cohortId: string; onKlaar: () => void }) {
  const [bestand, setBestand] = useState<File>();
  const [controle, setControle] = useState(true);
  const [rapport, setRapport] = useState<ImportRapport>();
  const [fout, setFout] = useState<string>();
  const [bezig, setBezig] = useState(false);
  const foutRef = useRef<HTMLDivElement>(null);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    setRapport(undefined);
    if (!bestand) {
      setFout('Kies een CSV-bestand');
      return;
    }
    setBezig(true);
    setFout(undefined);
    try {
      const r = await upload('/overdracht/cohorten/{id}/import', bestand, 'text/csv', { params: { id: cohortId }, query: { controle: controle ? 'ja' : 'nee' } });
      setRapport(r);
      if (!r.controle) onKlaar();
    } catch (err) {
      const p = err instanceof ApiError ? err.problem : undefined;
      setFout(p?.errors?.[0]?.message ?? p?.detail ?? 'Het bestand kon niet worden ingelezen.');
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="sectie" aria-labelledby="kop-import">
      <Heading2 id="kop-import">Cohort inlezen uit een CSV-export</Heading2>
      <Paragraph>
        Eén rij per leerling, UTF-8, gescheiden door puntkomma&apos;s of komma&apos;s. Verplichte kolom: leerlingnummer (BSN of onderwijsnummer). Verder: route, definitief advies, voorlopig advies,
        kwetsbaar, voorzieningen, gemeente, geboortedatum. Namen en andere kolommen worden genegeerd en niet opgeslagen. Elke rij wordt gecontroleerd; wat niet klopt staat per rij en veld in het rapport.
      </Paragraph>
      <form onSubmit={(e) => void verstuur(e)} noValidate className="formulier">
        <FormField type="text" invalid={!!fout}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="import-bestand">CSV-bestand</FormLabel>
          </div>
          {fout && (
            <FormFieldErrorMessage id="import-fout" ref={foutRef}>
              {fout}
            </FormFieldErrorMessage>
          )}
          <div className="utrecht-form-field__input">
            <input id="import-bestand" type="file" accept=".csv,text/csv" aria-invalid={fout ? true : undefined} aria-describedby={fout ? 'import-fout' : undefined} onChange={(e) => setBestand(e.target.files?.[0])} />
          </div>
        </FormField>
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox id="import-controle" checked={controle} onChange={(e) => setControle(e.target.checked)} aria-describedby="import-controle-uitleg" />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor="import-controle" type="checkbox">
              Alleen controleren (nog niets opslaan)
            </FormLabel>
          </div>
          <FormFieldDescription id="import-controle-uitleg">Zet dit uit om de goedgekeurde rijen in één keer op te slaan.</FormFieldDescription>
        </FormField>
        <div className="knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {controle ? 'Bestand controleren' : 'Cohort inlezen'}
          </Button>
        </div>
      </form>
      {rapport && (
        <div role="status">
          <Melding type={rapport.geweigerd.length > 0 ? 'warning' : 'ok'}>
            <Paragraph>
              {rapport.controle ? 'Controle' : 'Ingelezen'}: {rapport.rijen} rijen, {rapport.geimporteerd} {rapport.controle ? 'kunnen worden ingelezen' : 'leerlingen ingelezen'}, {rapport.geweigerd.length > 0 ? `${new Set(rapport.geweigerd.map((g) => g.rij)).size} rijen geweigerd` : 'geen rijen geweigerd'}.
              {rapport.genegeerdeKolommen.length > 0 && ` Genegeerde kolommen: ${rapport.genegeerdeKolommen.join(', ')}.`}
            </Paragraph>
          </Melding>
          {rapport.geweigerd.length > 0 && (
            <div className="tabel-container" role="region" aria-labelledby="tabel-geweigerd" tabIndex={0}>
              <Table>
                <TableCaption id="tabel-geweigerd">Geweigerde rijen</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col" className="getal">Rij</TableHeaderCell>
                    <TableHeaderCell scope="col">Veld</TableHeaderCell>
                    <TableHeaderCell scope="col">Wat niet klopt</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rapport.geweigerd.map((g, i) => (
                    <TableRow key={`${g.rij}-${g.veld}-${i}`}>
                      <TableHeaderCell scope="row" className="getal">{g.rij}</TableHeaderCell>
                      <TableCell>{VELD_LABEL[g.veld] ?? g.veld}</TableCell>
                      <TableCell>{g.melding}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

/** The cohort board of one sending school: what is still open, the next date, and the pupils. */
export function CohortBord({ id, account }: { id: string; account: Account }) {
  const { zoek, navigeer } = useRouter();
  const filter = zoek.get('filter') ?? 'open';
  const positie = bladerPositie(zoek);
  const [toevoegen, setToevoegen] = useState(false);
  const bord = useOphalen('/overdracht/cohorten/{id}', { params: { id } });
  const query: QueryVan<'/overdracht/overdrachten'> = { cohortId: id, limit: PAGINA, ...positie.query, ...(filter === 'open' ? { open: 'ja' } : filter === 'alle' ? {} : { signaal: ongecontroleerd(filter) }) };
  const lijst = useOphalen('/overdracht/overdrachten', { query });
  const magSchrijven = ['consulent', 'orthopedagoog', 'teamleider'].includes(account.rol);
  if (bord.fout) return <FoutMelding fout={bord.fout} />;
  if (!bord.data) return <Laden />;
  const b = bord.data;
  const zet = (f: string, pagina?: Pagina) => {
    const p = new URLSearchParams({ filter: f });
    zetPagina(p, pagina);
    navigeer(`/overdracht/cohorten/${id}?${p.toString()}`, { vervang: true });
  };
  const eerste = eerstePositie(positie, lijst.data);
  const aantal = lijst.data?.items.length ?? 0;

  return (
    <>
      <PaginaKop titel={`Cohortbord ${b.verzendendeSchool.naam} ${b.schooljaar}`} />
      <OverdrachtNavigatie />
      <Paragraph>
        <AppLink href={`/overdracht?schooljaar=${b.schooljaar}`}>Alle cohorten {b.schooljaar}</AppLink>
      </Paragraph>
      <section className="sectie" aria-labelledby="kop-stand">
        <Heading2 id="kop-stand">Stand van zaken</Heading2>
        <dl className="kerncijfers">
          {[
            ['Leerlingen', b.totaal],
            ['Nog zonder school', b.zonderSchool],
            ['Geplaatst, nog niet gestart', b.geplaatst],
            ['Gestart', b.gestart],
            ['Niet gestart', b.nietGestart],
            ['Met een datum die nadert', b.waarschuwing],
            ['Twee keer afgewezen', b.tweeKeerAfgewezen],
            ['Derde afwijzing bij het Steunpunt', b.bijSteunpunt],
          ].map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
          <div>
            <dt>Eerstvolgende datum</dt>
            <dd>{datum(b.volgendeDatum)}</dd>
          </div>
        </dl>
      </section>
      <section className="sectie" aria-labelledby="kop-leerlingen">
        <Heading2 id="kop-leerlingen">Leerlingen</Heading2>
        <div className="filters">
          <FormField type="select" className="filter">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="bord-filter">Toon</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select id="bord-filter" value={filter} onChange={(e) => zet(e.target.value)}>
                {FILTERS.map((f) => (
                  <SelectOption key={f.waarde} value={f.waarde}>
                    {f.label}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
        </div>
        {magSchrijven && !toevoegen && (
          <div className="knoppen">
            <Button type="button" appearance="secondary-action-button" onClick={() => setToevoegen(true)}>
              Leerling toevoegen
            </Button>
          </div>
        )}
        {toevoegen && (
          <Formulier<{ id: string }>
            vorm="leerling-toevoegen"
            titel="Leerling toevoegen"
            knop="Toevoegen"
            velden={[
              { naam: 'leerlingnummer', label: 'BSN of onderwijsnummer', soort: 'tekst', verplicht: true },
              { naam: 'route', label: 'Overstap', soort: 'keuze', opties: ['po-vo', 'so-vo', 'vo-mbo', 'vo-vo'].map((r) => ({ waarde: r, label: routeLabel(r) })), beschrijving: 'Leeg laten: de gebruikelijke overstap van deze school' },
              { naam: 'kwetsbaar', label: 'Kwetsbare leerling: warme overdracht nodig', soort: 'janee' },
            ]}
            verstuur={(body) => api('/overdracht/cohorten/{id}/leerlingen', { method: 'POST', params: { id }, body })}
            onGelukt={(z) => navigeer(`/overdracht/leerlingen/${z.id}`)}
            onAnnuleer={() => setToevoegen(false)}
          />
        )}
        {lijst.fout && <FoutMelding fout={lijst.fout} />}
        {lijst.laden && <Laden />}
        {lijst.data && lijst.data.items.length === 0 && <Melding type="info">Geen leerlingen bij deze keuze.</Melding>}
        {lijst.data && lijst.data.items.length > 0 && (
          <>
            <Paragraph role="status" className="samenvatting">
              {lijst.data.totaalBegrensd ? 'Meer dan 10.000 leerlingen' : `${lijst.data.totaal} ${lijst.data.totaal === 1 ? 'leerling' : 'leerlingen'}`}
              {(lijst.data.totaal > PAGINA || lijst.data.totaalBegrensd) && ` (${eerste}–${eerste + aantal - 1} getoond)`}.
            </Paragraph>
            <div className="tabel-container" role="region" aria-labelledby="tabel-leerlingen" tabIndex={0}>
              <Table>
                <TableCaption id="tabel-leerlingen">
                  Leerlingen ({lijst.data.totaal}), open eerst en op eerstvolgende datum
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                    <TableHeaderCell scope="col">Overstap</TableHeaderCell>
                    <TableHeaderCell scope="col">Stand</TableHeaderCell>
                    <TableHeaderCell scope="col">Ontvangende school</TableHeaderCell>
                    <TableHeaderCell scope="col">Eerstvolgende datum</TableHeaderCell>
                    <TableHeaderCell scope="col">Aandacht</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {lijst.data.items.map((r) => (
                    <TableRow key={r.id}>
                      <TableHeaderCell scope="row">
                        <AppLink href={`/overdracht/leerlingen/${r.id}`}>Leerling {r.leerling}</AppLink>
                      </TableHeaderCell>
                      <TableCell>{routeLabel(r.route)}</TableCell>
                      <TableCell>{statusLabel(r.status)}</TableCell>
                      <TableCell>{r.ontvangendeSchool ?? '—'}</TableCell>
                      <TableCell>{r.volgendeDatum ? `${termijnLabel(r.volgendeSoort)}: ${datum(r.volgendeDatum)}` : '—'}</TableCell>
                      <TableCell>
                        {[
                          r.waarschuwing && 'Datum nadert',
                          r.afwijzingen >= 2 && `${r.afwijzingen} keer afgewezen`,
                          r.regie === 'steunpunt' && 'Regie Steunpunt',
                          r.toelatingsrecht === 'gemist' && 'Toelatingsrecht gemist',
                          r.voorzieningenOpen > 0 && `${r.voorzieningenOpen} ${r.voorzieningenOpen === 1 ? 'voorziening' : 'voorzieningen'} open`,
                          r.kwetsbaar && r.warmeOverdracht && r.warmeOverdracht !== 'gehouden' && 'Warme overdracht open',
                        ]
                          .filter(Boolean)
                          .join(' · ') || '—'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <Bladeren antwoord={lijst.data} eerste={eerste} aantal={aantal} pagina={PAGINA} label="Bladeren door de leerlingen van het cohort" naar={(p) => zet(filter, p)} />
          </>
        )}
      </section>
      {magSchrijven && (
        <Import
          cohortId={id}
          onKlaar={() => {
            bord.herlaad();
            lijst.herlaad();
          }}
        />
      )}
      <Paragraph className="voetnoot">Voorzieningen: {['tlv-pro', 'tlv-vso', 'lwoo', 'lwa', 'opdc'].map(voorzieningLabel).join(', ')}.</Paragraph>
    </>
  );
}
