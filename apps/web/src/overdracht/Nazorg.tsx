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
import { useState } from 'react';
import { ApiError, api } from '../api/client';
import { describeProblem } from '../api/problem';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum } from '../format';
import { useOphalen } from '../hooks';
import { Bladeren, bladerPositie, eerstePositie, zetPagina, type Pagina } from '../components/Bladeren';
import { AppLink, useRouter } from '../router';
import { routeLabel, statusLabel } from './labels';
import { OverdrachtNavigatie } from './Navigatie';
import { type NazorgRegel } from './types';

const PAGINA = 50;

/**
 * Nazorg for receiving schools: placed pupils around their start (confirm the start, or
 * that they did not turn up) and pupils who started in the last months (report drop-out).
 */
export function Nazorg({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const schoolId = zoek.get('school') ?? '';
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string }>();
  const scholen = useOphalen('/overdracht/scholen');
  const positie = bladerPositie(zoek);
  const lijst = useOphalen('/overdracht/nazorg', { query: { ontvangendeSchoolId: schoolId || undefined, limit: PAGINA, ...positie.query } });
  const naar = (school: string, pagina?: Pagina) => {
    const p = new URLSearchParams(school ? { school } : {});
    zetPagina(p, pagina);
    const qs = p.toString();
    navigeer(`/overdracht/nazorg${qs ? `?${qs}` : ''}`, { vervang: true });
  };
  const eerste = eerstePositie(positie, lijst.data);
  const aantal = lijst.data?.items.length ?? 0;
  const ontvangend = (scholen.data?.items ?? []).filter((s) => ['vo', 'pro', 'vso', 'mbo'].includes(s.soort));
  const magSchrijven = ['consulent', 'orthopedagoog', 'teamleider'].includes(account.rol);

  const bevestig = async (r: NazorgRegel) => {
    try {
      await api('/overdracht/overdrachten/{id}/acties/{commando}', { method: 'POST', params: { id: r.id, commando: 'startBevestigen' }, body: {} });
      setMelding({ type: 'ok', tekst: `De start van leerling ${r.leerling} is bevestigd.` });
      lijst.herlaad();
    } catch (e) {
      setMelding({ type: 'error', tekst: e instanceof ApiError ? (typeof e.problem.reden === 'string' ? `Dit kan nu niet: ${e.problem.reden}.` : describeProblem(e.problem)) : 'Er ging iets mis.' });
    }
  };

  return (
    <>
      <PaginaKop titel="Nazorg: is de leerling gestart?" />
      <OverdrachtNavigatie />
      <Paragraph lead>
        De ontvangende school bevestigt uiterlijk op de controledatum dat de leerling is gestart. Zonder bevestiging gaat er een signaal naar thuiszitters.
      </Paragraph>
      <div className="filters">
        <FormField type="select" className="filter">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="nazorg-school">Ontvangende school</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select id="nazorg-school" value={schoolId} onChange={(e) => naar(e.target.value)}>
              <SelectOption value="">Alle scholen</SelectOption>
              {ontvangend.map((s) => (
                <SelectOption key={s.id} value={s.id}>
                  {s.naam}
                </SelectOption>
              ))}
            </Select>
          </div>
        </FormField>
      </div>
      {melding && (
        <Melding type={melding.type}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Melding>
      )}
      {lijst.fout && <FoutMelding fout={lijst.fout} />}
      {lijst.laden && <Laden />}
      {lijst.data && lijst.data.items.length === 0 && <Melding type="info">Er is nu geen nazorg te doen.</Melding>}
      {lijst.data && lijst.data.items.length > 0 && (
        <Paragraph role="status" className="samenvatting">
          {lijst.data.totaalBegrensd ? 'Meer dan 10.000 leerlingen' : `${lijst.data.totaal} ${lijst.data.totaal === 1 ? 'leerling' : 'leerlingen'}`}
          {(lijst.data.totaal > PAGINA || lijst.data.totaalBegrensd) && ` (${eerste}–${eerste + aantal - 1} getoond)`}.
        </Paragraph>
      )}
      {lijst.data && lijst.data.items.length > 0 && (
        <div className="tabel-container" role="region" aria-labelledby="tabel-nazorg" tabIndex={0}>
          <Table>
            <TableCaption id="tabel-nazorg">Nazorg ({lijst.data.totaal}): eerst te bevestigen, op controledatum</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                <TableHeaderCell scope="col">Overstap</TableHeaderCell>
                <TableHeaderCell scope="col">Ontvangende school</TableHeaderCell>
                <TableHeaderCell scope="col">Start</TableHeaderCell>
                <TableHeaderCell scope="col">Stand</TableHeaderCell>
                <TableHeaderCell scope="col">Controledatum</TableHeaderCell>
                {magSchrijven && <TableHeaderCell scope="col">Actie</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">
                    <AppLink href={`/overdracht/leerlingen/${r.id}`}>Leerling {r.leerling}</AppLink>
                  </TableHeaderCell>
                  <TableCell>{routeLabel(r.route)}</TableCell>
                  <TableCell>{r.ontvangendeSchool}</TableCell>
                  <TableCell>{datum(r.gestartOp ?? r.startdatum)}</TableCell>
                  <TableCell>{statusLabel(r.status)}{r.teLaat ? ' — controledatum voorbij' : ''}</TableCell>
                  <TableCell>{r.status === 'geplaatst' ? datum(r.controledatum) : '—'}</TableCell>
                  {magSchrijven && (
                    <TableCell>
                      {r.status === 'geplaatst' ? (
                        <Button type="button" appearance="secondary-action-button" onClick={() => void bevestig(r)} aria-label={`Start bevestigen voor leerling ${r.leerling}`}>
                          Start bevestigen
                        </Button>
                      ) : (
                        <AppLink href={`/overdracht/leerlingen/${r.id}`}>Uitval melden</AppLink>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {lijst.data && <Bladeren antwoord={lijst.data} eerste={eerste} aantal={aantal} pagina={PAGINA} label="Bladeren door de nazorg" naar={(p) => naar(schoolId, p)} />}
    </>
  );
}
