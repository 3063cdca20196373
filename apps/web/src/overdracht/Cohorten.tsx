import {
  Button,
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
import { api } from '../api/client';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, vandaag } from '../format';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { Formulier } from './Formulier';
import { ditSchooljaar, OverdrachtNavigatie, schooljaren } from './Navigatie';

/** Overview: the cohorts of a school year, per sending school, with what is still open and the next date. */
export function Cohorten({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const schooljaar = zoek.get('schooljaar') ?? ditSchooljaar(vandaag());
  const lijst = useOphalen('/overdracht/cohorten', { query: { schooljaar } });
  const scholen = useOphalen('/overdracht/scholen');
  const [nieuw, setNieuw] = useState(false);
  const verzendend = (scholen.data?.items ?? []).filter((s) => s.swv === account.swv && s.soort !== 'mbo');
  const magSchrijven = ['consulent', 'orthopedagoog', 'teamleider'].includes(account.rol);

  return (
    <>
      <PaginaKop titel="Overdracht: cohorten" />
      <OverdrachtNavigatie />
      <Paragraph lead>
        Leerlingen die in schooljaar {schooljaar} overstappen, per verzendende school (SWV {account.swv}).
      </Paragraph>
      <div className="filters">
        <FormField type="select" className="filter">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="cohort-schooljaar">Schooljaar van vertrek</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select id="cohort-schooljaar" value={schooljaar} onChange={(e) => navigeer(`/overdracht?schooljaar=${e.target.value}`, { vervang: true })}>
              {schooljaren(vandaag()).map((j) => (
                <SelectOption key={j} value={j}>
                  {j}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </div>
      {magSchrijven && !nieuw && (
        <div className="knoppen">
          <Button type="button" appearance="secondary-action-button" onClick={() => setNieuw(true)}>
            Nieuw cohort
          </Button>
        </div>
      )}
      {nieuw && scholen.data && (
        <Formulier<{ id: string }>
          vorm="nieuw-cohort"
          titel="Nieuw cohort"
          knop="Cohort openen"
          velden={[
            { naam: 'schooljaar', label: 'Schooljaar van vertrek', soort: 'keuze', verplicht: true, opties: schooljaren(vandaag()).map((j) => ({ waarde: j, label: j })), standaard: schooljaar },
            { naam: 'verzendendeSchoolId', label: 'Verzendende school', soort: 'keuze', verplicht: true, opties: verzendend.map((s) => ({ waarde: s.id, label: s.naam })) },
          ]}
          verstuur={(body) => api('/overdracht/cohorten', { method: 'POST', body })}
          onGelukt={(c) => navigeer(`/overdracht/cohorten/${c.id}`)}
          onAnnuleer={() => setNieuw(false)}
        />
      )}
      <section className="sectie" aria-labelledby="kop-cohorten">
        <Heading2 id="kop-cohorten">Cohorten {schooljaar}</Heading2>
        {lijst.fout && <FoutMelding fout={lijst.fout} />}
        {lijst.laden && <Laden />}
        {lijst.data && lijst.data.items.length === 0 && <Melding type="info">Er zijn nog geen cohorten voor dit schooljaar.</Melding>}
        {lijst.data && lijst.data.items.length > 0 && (
          <div className="tabel-container" role="region" aria-labelledby="tabel-cohorten" tabIndex={0}>
            <Table>
              <TableCaption id="tabel-cohorten">Cohorten per verzendende school: wat nog openstaat en de eerstvolgende datum</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Verzendende school</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Leerlingen</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Zonder school</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Geplaatst</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Gestart</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Niet gestart</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Met waarschuwing</TableHeaderCell>
                  <TableHeaderCell scope="col" className="getal">Twee keer afgewezen</TableHeaderCell>
                  <TableHeaderCell scope="col">Eerstvolgende datum</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {lijst.data.items.map((c) => (
                  <TableRow key={c.id}>
                    <TableHeaderCell scope="row">
                      <AppLink href={`/overdracht/cohorten/${c.id}`}>{c.verzendendeSchool.naam}</AppLink>
                    </TableHeaderCell>
                    <TableCell className="getal">{c.totaal}</TableCell>
                    <TableCell className="getal">{c.zonderSchool}</TableCell>
                    <TableCell className="getal">{c.geplaatst}</TableCell>
                    <TableCell className="getal">{c.gestart}</TableCell>
                    <TableCell className="getal">{c.nietGestart}</TableCell>
                    <TableCell className="getal">{c.waarschuwing}</TableCell>
                    <TableCell className="getal">{c.tweeKeerAfgewezen}</TableCell>
                    <TableCell>{datum(c.volgendeDatum)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
