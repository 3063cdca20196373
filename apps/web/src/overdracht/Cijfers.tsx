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
import { type Account } from '../api/types';
import { BalkGrafiek, StaafGrafiek } from '../components/Grafiek';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { vandaag } from '../format';
import { useOphalen } from '../hooks';
import { useRouter } from '../router';
import { bestemmingLabel } from './labels';
import { ditSchooljaar, OverdrachtNavigatie, schooljaren } from './Navigatie';
import { type CohortCijfers } from './types';

const KOLOMMEN: Array<[keyof CohortCijfers, string]> = [
  ['totaal', 'Leerlingen'],
  ['geplaatst', 'Geplaatst'],
  ['opTijdGeplaatst', 'Op tijd geplaatst'],
  ['afwijzingen', 'Afwijzingen'],
  ['tweeKeerAfgewezen', 'Twee keer afgewezen'],
  ['derdeAfwijzingVoorgelegd', 'Derde afwijzing bij het Steunpunt'],
  ['warmeOverdrachtGehouden', 'Warme overdracht gehouden'],
  ['gestart', 'Gestart'],
  ['nietGestart', 'Niet gestart'],
  ['vsv', 'Voortijdig schoolverlaten'],
  ['zonderSchool', 'Nog zonder school'],
];

/** Figures per cohort and sending school, as charts with the same figures in tables. */
export function Cijfers({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const vorig = schooljaren(vandaag())[2];
  const schooljaar = zoek.get('schooljaar') ?? vorig;
  const cijfers = useOphalen('/overdracht/cijfers', { query: { schooljaar } });
  const d = cijfers.data;
  const bestemmingen = d ? Object.entries(d.totaal.bestemming).sort((a, b) => b[1] - a[1]) : [];

  return (
    <>
      <PaginaKop titel="Overdracht: cijfers" />
      <OverdrachtNavigatie />
      <Paragraph lead>Overstappen van SWV {account.swv} per cohort en verzendende school.</Paragraph>
      <div className="filters">
        <FormField type="select" className="filter">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="cijfers-schooljaar">Schooljaar van vertrek</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select id="cijfers-schooljaar" value={schooljaar} onChange={(e) => navigeer(`/overdracht/cijfers?schooljaar=${e.target.value}`, { vervang: true })}>
              {schooljaren(vandaag()).map((j) => (
                <SelectOption key={j} value={j}>
                  {j}
                  {j === ditSchooljaar(vandaag()) ? ' (loopt nog)' : ''}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </div>
      {cijfers.fout && <FoutMelding fout={cijfers.fout} />}
      {cijfers.laden && <Laden />}
      {d && d.totaal.totaal === 0 && <Paragraph>Geen leerlingen in dit schooljaar.</Paragraph>}
      {d && d.totaal.totaal > 0 && (
        <>
          <section className="sectie" aria-labelledby="kop-bestemming">
            <Heading2 id="kop-bestemming">Waar de leerlingen naartoe gingen</Heading2>
            <BalkGrafiek
              id="bestemming"
              titel={`Bestemming van de leerlingen, schooljaar ${schooljaar}`}
              beschrijving="Aantal leerlingen per soort ontvangende school of andere bestemming; de tabel hieronder geeft dezelfde cijfers."
              items={bestemmingen.map(([k, n]) => ({ label: bestemmingLabel(k), waarde: n }))}
            />
            <div className="tabel-container" role="region" aria-labelledby="tabel-bestemming" tabIndex={0}>
              <Table>
                <TableCaption id="tabel-bestemming">Bestemming per verzendende school</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Verzendende school</TableHeaderCell>
                    {bestemmingen.map(([k]) => (
                      <TableHeaderCell key={k} scope="col" className="getal">
                        {bestemmingLabel(k)}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {[...d.cohorten, d.totaal].map((c) => (
                    <TableRow key={c.cohortId ?? 'totaal'}>
                      <TableHeaderCell scope="row">{c.verzendendeSchool}</TableHeaderCell>
                      {bestemmingen.map(([k]) => (
                        <TableCell key={k} className="getal">
                          {c.bestemming[k] ?? 0}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
          <section className="sectie" aria-labelledby="kop-verloop">
            <Heading2 id="kop-verloop">Verloop per verzendende school</Heading2>
            <StaafGrafiek
              id="verloop"
              titel={`Geplaatst en op tijd geplaatst per verzendende school, ${schooljaar}`}
              beschrijving="Per verzendende school: het aantal geplaatste leerlingen en het aantal dat op tijd geplaatst werd. De tabel hieronder geeft deze en de andere cijfers."
              eenheid="leerlingen"
              reeksen={[
                { naam: 'Geplaatst', patroon: 'vol' },
                { naam: 'Op tijd geplaatst', patroon: 'arcering' },
              ]}
              groepen={d.cohorten.map((c) => ({ label: c.verzendendeSchool.slice(0, 14), waarden: [c.geplaatst, c.opTijdGeplaatst] }))}
            />
            <div className="tabel-container" role="region" aria-labelledby="tabel-verloop" tabIndex={0}>
              <Table>
                <TableCaption id="tabel-verloop">Cijfers per verzendende school, schooljaar {schooljaar}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Verzendende school</TableHeaderCell>
                    {KOLOMMEN.map(([k, l]) => (
                      <TableHeaderCell key={k} scope="col" className="getal">
                        {l}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {[...d.cohorten, d.totaal].map((c) => (
                    <TableRow key={c.cohortId ?? 'totaal'}>
                      <TableHeaderCell scope="row">{c.verzendendeSchool}</TableHeaderCell>
                      {KOLOMMEN.map(([k]) => (
                        <TableCell key={k} className="getal">
                          {String(c[k])}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
