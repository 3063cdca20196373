import {
  FormField,
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
import { useState } from 'react';
import { type Account, type DoorlooptijdRegel, type LeadTime, type Telling } from '../api/types';
import { BalkGrafiek, StaafGrafiek } from '../components/Grafiek';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, getal, maand, vandaag } from '../format';
import { useOphalen } from '../hooks';
import { soortLabel } from '../labels';

const REEKSEN = [
  { naam: 'Ingediend → besluit (mediaan, dagen)', patroon: 'vol' as const },
  { naam: 'Besluit → plaatsing (mediaan, dagen)', patroon: 'arcering' as const },
];

/** First day of the month twelve months back, and today. */
function periode(nu: string): { van: string; tot: string } {
  const jaar = Number(nu.slice(0, 4));
  const m = Number(nu.slice(5, 7));
  const start = new Date(Date.UTC(jaar, m - 12, 1));
  return { van: start.toISOString().slice(0, 10), tot: nu };
}

const dagen = (l: LeadTime | null | undefined, veld: 'mediaan' | 'p90') => (l && l[veld] !== null && l[veld] !== undefined ? getal(l[veld]) : '—');

function Doorlooptijden({ regels }: { regels: DoorlooptijdRegel[] }) {
  // A school no longer in the register has no name (the figures stay): shown by its id.
  const scholen = [...new Map(regels.map((r) => [r.schoolId, r.schoolNaam ?? r.schoolId])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  const [schoolId, setSchoolId] = useState(scholen[0]?.[0] ?? '');
  if (regels.length === 0) return <Paragraph>Er zijn in deze periode nog geen besluiten of plaatsingen.</Paragraph>;
  const gekozen = scholen.some(([id]) => id === schoolId) ? schoolId : (scholen[0]?.[0] ?? '');
  const naam = scholen.find(([id]) => id === gekozen)?.[1] ?? '';
  const perMaand = regels.filter((r) => r.schoolId === gekozen).sort((a, b) => a.maand.localeCompare(b.maand));
  const alle = [...regels].sort((a, b) => (a.schoolNaam ?? a.schoolId).localeCompare(b.schoolNaam ?? b.schoolId, 'nl') || a.maand.localeCompare(b.maand));
  return (
    <>
      <FormField type="select" className="filter">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="grafiek-school">School in de grafiek</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Select id="grafiek-school" value={gekozen} onChange={(e) => setSchoolId(e.target.value)}>
            {scholen.map(([id, n]) => (
              <SelectOption key={id} value={id}>
                {n}
              </SelectOption>
            ))}
          </Select>
        </div>
      </FormField>
      <StaafGrafiek
        id="doorlooptijden"
        titel={`Doorlooptijden per maand, ${naam}`}
        beschrijving={`Mediaan in dagen van indienen tot besluit en van besluit tot plaatsing, per maand, voor ${naam}. De tabel hieronder geeft dezelfde cijfers voor alle scholen.`}
        reeksen={REEKSEN}
        eenheid="dagen"
        groepen={perMaand.map((r) => ({ label: maand(r.maand), waarden: [r.ingediendTotBesluitDagen?.mediaan ?? null, r.besluitTotPlaatsingDagen?.mediaan ?? null] }))}
      />
      <div className="tabel-container" role="region" aria-labelledby="tabel-doorlooptijden" tabIndex={0}>
        <Table>
          <TableCaption id="tabel-doorlooptijden">Doorlooptijden in dagen per school en maand (alle scholen)</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">School</TableHeaderCell>
              <TableHeaderCell scope="col">Maand</TableHeaderCell>
              <TableHeaderCell scope="col" className="getal">Aantal</TableHeaderCell>
              <TableHeaderCell scope="col" className="getal">Ingediend → besluit, mediaan</TableHeaderCell>
              <TableHeaderCell scope="col" className="getal">Ingediend → besluit, 90e percentiel</TableHeaderCell>
              <TableHeaderCell scope="col" className="getal">Besluit → plaatsing, mediaan</TableHeaderCell>
              <TableHeaderCell scope="col" className="getal">Besluit → plaatsing, 90e percentiel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {alle.map((r) => (
              <TableRow key={`${r.schoolId}-${r.maand}`}>
                <TableHeaderCell scope="row">{r.schoolNaam}</TableHeaderCell>
                <TableCell>{maand(r.maand, true)}</TableCell>
                <TableCell className="getal">{r.aantal}</TableCell>
                <TableCell className="getal">{dagen(r.ingediendTotBesluitDagen, 'mediaan')}</TableCell>
                <TableCell className="getal">{dagen(r.ingediendTotBesluitDagen, 'p90')}</TableCell>
                <TableCell className="getal">{dagen(r.besluitTotPlaatsingDagen, 'mediaan')}</TableCell>
                <TableCell className="getal">{dagen(r.besluitTotPlaatsingDagen, 'p90')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function GeenTelling() {
  return <Paragraph>Er is nog geen telling vastgesteld: die volgt na de eerstvolgende teldatum.</Paragraph>;
}

function Tellingen({ telling }: { telling: Telling }) {
  if (!telling.teldatum) return <GeenTelling />;
  // Every soort counted on this teldatum, also those with no TLVs.
  const perSoort = [...telling.perSoort, ...(telling.soorten ?? []).filter((s) => !telling.perSoort.some((r) => r.soort === s)).map((soort) => ({ soort, aantal: 0, plaatsingen: 0 }))].sort((a, b) =>
    a.soort.localeCompare(b.soort),
  );
  const metPlaatsingen = perSoort.some((r) => r.plaatsingen !== undefined);
  const totaal = perSoort.reduce((s, r) => s + r.aantal, 0);
  return (
    <>
      <Paragraph>
        Geldige TLV&apos;s op de teldatum {datum(telling.teldatum)}: {totaal} in totaal.
      </Paragraph>
      <BalkGrafiek
        id="tellingen"
        titel={`TLV's per soort op ${datum(telling.teldatum)}`}
        beschrijving={`Aantal geldige toelaatbaarheidsverklaringen per soort op de teldatum ${datum(telling.teldatum)}. De tabel hieronder geeft dezelfde cijfers.`}
        items={perSoort.map((r) => ({ label: soortLabel(r.soort), waarde: r.aantal }))}
      />
      <div className="tabel-container" role="region" aria-labelledby="tabel-soort" tabIndex={0}>
        <Table>
          <TableCaption id="tabel-soort">TLV&apos;s per soort op {datum(telling.teldatum)}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col" className="getal">Geldige TLV&apos;s</TableHeaderCell>
              {metPlaatsingen && <TableHeaderCell scope="col" className="getal">Waarvan geplaatst</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {perSoort.map((r) => (
              <TableRow key={r.soort}>
                <TableHeaderCell scope="row">{soortLabel(r.soort)}</TableHeaderCell>
                <TableCell className="getal">{r.aantal}</TableCell>
                {metPlaatsingen && <TableCell className="getal">{r.plaatsingen ?? '—'}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {telling.perSchool.length > 0 && (
        <div className="tabel-container" role="region" aria-labelledby="tabel-school" tabIndex={0}>
          <Table>
            <TableCaption id="tabel-school">TLV&apos;s per school en soort op {datum(telling.teldatum)}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">School</TableHeaderCell>
                <TableHeaderCell scope="col">Soort</TableHeaderCell>
                <TableHeaderCell scope="col" className="getal">Aantal</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {telling.perSchool.map((r) => (
                <TableRow key={`${r.schoolId}-${r.soort}`}>
                  <TableHeaderCell scope="row">{r.schoolNaam ?? 'Onbekende school'}</TableHeaderCell>
                  <TableCell>{soortLabel(r.soort)}</TableCell>
                  <TableCell className="getal">{r.aantal}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}

export function Overzicht({ account }: { account: Account }) {
  const [{ van, tot }] = useState(() => periode(vandaag()));
  const doorloop = useOphalen('/toeleiding/rapportage/doorlooptijden', { query: { van, tot } });
  const telling = useOphalen('/toeleiding/tellingen/laatste');
  return (
    <>
      <PaginaKop titel="Overzicht" />
      <Paragraph lead>
        Doorlooptijden en aantallen van SWV {account.swv}, van {datum(van)} tot en met {datum(tot)}.
      </Paragraph>
      <p className="exporteren">
        {(['csv', 'xlsx'] as const).map((formaat) => (
          <a key={formaat} className="utrecht-link" href={`/api/toeleiding/rapportage/overzicht/export?${new URLSearchParams({ van, tot, formaat })}`} download>
            Overzicht exporteren ({formaat.toUpperCase()})
          </a>
        ))}
      </p>
      <section className="sectie" aria-labelledby="kop-doorlooptijden">
        <Heading2 id="kop-doorlooptijden">Doorlooptijden per school en maand</Heading2>
        {doorloop.fout && <FoutMelding fout={doorloop.fout} />}
        {doorloop.laden && <Laden />}
        {doorloop.data && <Doorlooptijden regels={doorloop.data.items} />}
      </section>
      <section className="sectie" aria-labelledby="kop-tellingen">
        <Heading2 id="kop-tellingen">TLV&apos;s per soort op de laatste teldatum</Heading2>
        {telling.fout?.status === 404 && <GeenTelling />}
        {telling.fout && telling.fout.status !== 404 && <FoutMelding fout={telling.fout} />}
        {telling.laden && <Laden />}
        {telling.data && <Tellingen telling={telling.data} />}
      </section>
    </>
  );
}
