import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { type ActieDefinitie } from '../acties';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { ActieFormulier } from '../components/ActieFormulier';
import { Bladeren, bladerPositie, eerstePositie, zetPagina, type Pagina } from '../components/Bladeren';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, getal, vandaag } from '../format';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { dagenThuisTekst, Sectie } from './gemeen';
import { niveauLabel, soortLabel, termijnLabel, vergaderingLabel } from './labels';
import { type AgendaPunt } from './types';

/** Cases per page of the agenda: a meeting's table rarely holds more. */
const PAGINA = 100;

const PLANNEN: ActieDefinitie<{ vandaag: string }> = {
  titel: 'Vergadering plannen',
  knop: 'Plannen',
  gelukt: 'De vergadering is gepland.',
  velden: (ctx) => [
    { naam: 'datum', label: 'Datum', soort: 'datum', verplicht: true, standaard: ctx.vandaag },
    { naam: 'locatie', label: 'Locatie', soort: 'tekst' },
  ],
};

/** The agenda as a table: every case at the table, longest at home first. */
export function AgendaTabel({ punten, titel, id }: { punten: AgendaPunt[]; titel: string; id: string }) {
  return (
    <div className="tabel-container" role="region" aria-labelledby={id} tabIndex={0}>
      <Table className="werkvoorraad">
        <TableCaption id={id}>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leerling</TableHeaderCell>
            <TableHeaderCell scope="col">Thuis</TableHeaderCell>
            <TableHeaderCell scope="col">Trede</TableHeaderCell>
            <TableHeaderCell scope="col">School</TableHeaderCell>
            <TableHeaderCell scope="col">Eerstvolgende termijn</TableHeaderCell>
            <TableHeaderCell scope="col">Open acties</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {punten.map((p) => (
            <TableRow key={p.id}>
              <TableHeaderCell scope="row">
                <AppLink href={`/thuiszitters/casussen/${encodeURIComponent(p.id)}`}>{p.leerling?.weergave ?? 'Onbekende leerling'}</AppLink>
                <span className="sub">{soortLabel(p.soort)}</span>
              </TableHeaderCell>
              <TableCell>{dagenThuisTekst(p.dagenThuis)}</TableCell>
              <TableCell>{niveauLabel(p.niveau)}</TableCell>
              <TableCell>{p.school?.naam ?? '—'}</TableCell>
              <TableCell>{p.volgendeTermijn ? `${termijnLabel(p.volgendeTermijn.soort)}: ${datum(p.volgendeTermijn.vervaltOp)}` : '—'}</TableCell>
              <TableCell>{p.openActies}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The Actietafel Thuiszitters: the agenda of escalated cases and the meetings. */
export function Actietafel({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const positie = bladerPositie(zoek);
  const agenda = useOphalen('/thuiszitters/actietafel/agenda', { query: { limit: PAGINA, ...positie.query } });
  const vergaderingen = useOphalen('/thuiszitters/vergaderingen');
  const [plannen, setPlannen] = useState(false);
  const naarPagina = (pagina: Pagina) => {
    const p = new URLSearchParams();
    zetPagina(p, pagina);
    const qs = p.toString();
    navigeer(qs ? `/actietafel?${qs}` : '/actietafel');
  };
  const eerste = eerstePositie(positie, agenda.data);
  const nu = vandaag();
  const ctx = useMemo(() => ({ vandaag: nu }), [nu]);
  const magPlannen = ['actietafel', 'consulent', 'teamleider'].includes(account.rol);
  return (
    <>
      <PaginaKop titel="Actietafel Thuiszitters" />
      <Paragraph lead>
        Casussen van SWV {account.swv} die naar de Actietafel zijn geëscaleerd. Elke casus verlaat de tafel met een uitkomst: plaatsing onderwijs, plaatsing jeugdhulp, project arbeidstoeleiding, of terug naar het
        Steunpunt met nieuwe acties.
      </Paragraph>
      <Sectie titel="Vergaderingen" id="vergaderingen">
        {vergaderingen.fout && <FoutMelding fout={vergaderingen.fout} />}
        {vergaderingen.data &&
          (vergaderingen.data.items.length === 0 ? (
            <Paragraph>Nog geen vergaderingen gepland.</Paragraph>
          ) : (
            <UnorderedList>
              {vergaderingen.data.items.map((v) => (
                <UnorderedListItem key={v.id}>
                  <AppLink href={`/actietafel/vergaderingen/${encodeURIComponent(v.id)}`}>Vergadering van {datum(v.datum)}</AppLink> ({vergaderingLabel(v.status).toLowerCase()}
                  {v.locatie ? `, ${v.locatie}` : ''})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          ))}
        {magPlannen &&
          (plannen ? (
            <ActieFormulier
              verstuur={(body) => api('/thuiszitters/vergaderingen', { method: 'POST', body })}
              commando="vergaderingPlannen"
              definitie={PLANNEN}
              ctx={ctx}
              onGelukt={(v) => navigeer(`/actietafel/vergaderingen/${encodeURIComponent(v.id)}`)}
              onAnnuleer={() => setPlannen(false)}
            />
          ) : (
            <Paragraph>
              <Button type="button" appearance="secondary-action-button" onClick={() => setPlannen(true)}>
                Vergadering plannen
              </Button>
            </Paragraph>
          ))}
      </Sectie>
      <Sectie titel="Agenda" id="agenda">
        {agenda.fout && <FoutMelding fout={agenda.fout} />}
        {agenda.laden && <Laden />}
        {agenda.data &&
          (agenda.data.items.length === 0 ? (
            <Melding type="info">
              <Paragraph>Er liggen geen casussen aan tafel.</Paragraph>
            </Melding>
          ) : (
            <>
              <Paragraph role="status" className="samenvatting">
                {agenda.data.totaalBegrensd ? 'Meer dan ' : ''}
                {getal(agenda.data.totaal)} {agenda.data.totaal === 1 ? 'casus' : 'casussen'} aan tafel
                {(agenda.data.volgende || agenda.data.vorige) && ` (${eerste}–${eerste + agenda.data.items.length - 1} getoond)`}.
              </Paragraph>
              <AgendaTabel punten={agenda.data.items} titel="Casussen aan tafel, langst thuis eerst" id="agenda-tabel" />
              <Bladeren antwoord={agenda.data} eerste={eerste} aantal={agenda.data.items.length} pagina={PAGINA} label="Bladeren door de agenda" naar={naarPagina} />
            </>
          ))}
      </Sectie>
    </>
  );
}
