import { Button, DataList, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
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
import { NietGevonden } from '../pages/NietGevonden';
import { opVergadering, TAFEL_ACTIES, type TafelContext } from './acties';
import { dagenThuisTekst, Gegeven } from './gemeen';
import { niveauLabel, PARTIJ_LABELS, partijLabel, soortLabel, termijnLabel, vergaderingLabel } from './labels';
import { type AgendaPunt, type CasusCommando } from './types';

/** The meeting's agenda per page: the size of the first page the meeting itself carries (vergaderingen.controller). */
const PAGINA = 200;

const AFRONDEN: ActieDefinitie<unknown> = {
  titel: 'Vergadering afronden',
  knop: 'Afronden',
  gelukt: 'De vergadering is afgerond.',
  velden: () => [
    { naam: 'aanwezigen', label: 'Aanwezig', soort: 'keuzes', verplicht: true, opties: Object.entries(PARTIJ_LABELS).map(([waarde, label]) => ({ waarde, label })), standaard: ['steunpunt', 'leerplicht', 'jeugdhulp', 'school'] },
    { naam: 'notities', label: 'Notities', soort: 'tekstvak' },
  ],
};

/** What the table may record for a case on this rung (doorzettingskracht and going back only before doorzettingsmacht). */
function keuzesVoor(p: AgendaPunt): Array<keyof typeof TAFEL_ACTIES & CasusCommando> {
  if (p.niveau === 'doorzettingsmacht') return ['besprekingVastleggen', 'uitkomstVastleggen'];
  if (p.niveau === 'doorzettingskracht') return ['besprekingVastleggen', 'uitkomstVastleggen', 'terugNaarSteunpunt'];
  if (p.niveau === 'actietafel') return ['besprekingVastleggen', 'doorzettingskrachtInzetten', 'uitkomstVastleggen', 'terugNaarSteunpunt'];
  return [];
}

function Punt({ punt, vergaderingId, ctx, kanVastleggen, onGelukt }: { punt: AgendaPunt; vergaderingId: string; ctx: TafelContext; kanVastleggen: boolean; onGelukt: (tekst: string) => void }) {
  const [open, setOpen] = useState<CasusCommando>();
  const naam = punt.leerling?.weergave ?? 'Onbekende leerling';
  const kopId = `punt-${punt.id}`;
  return (
    <section className="agenda-punt sectie" aria-labelledby={kopId}>
      <Heading3 id={kopId}>
        <AppLink href={`/thuiszitters/casussen/${encodeURIComponent(punt.id)}`}>{naam}</AppLink>
        {punt.besproken && <span className="sub"> (besproken in deze vergadering)</span>}
      </Heading3>
      <DataList className="gegevens">
        <Gegeven naam="Soort">{soortLabel(punt.soort)}</Gegeven>
        <Gegeven naam="Trede">{niveauLabel(punt.niveau)}</Gegeven>
        <Gegeven naam="Thuis">{dagenThuisTekst(punt.dagenThuis)}</Gegeven>
        <Gegeven naam="School">{punt.school?.naam ?? '—'}</Gegeven>
        <Gegeven naam="Eerstvolgende termijn">{punt.volgendeTermijn ? `${termijnLabel(punt.volgendeTermijn.soort)}: ${datum(punt.volgendeTermijn.vervaltOp)}` : '—'}</Gegeven>
      </DataList>
      {kanVastleggen && keuzesVoor(punt).length > 0 && (
        <div className="actieknoppen" role="group" aria-label={`Vastleggen voor ${naam}`}>
          {keuzesVoor(punt).map((k) => (
            <Button key={k} type="button" appearance={open === k ? 'primary-action-button' : 'secondary-action-button'} aria-expanded={open === k} onClick={() => setOpen(open === k ? undefined : k)}>
              {TAFEL_ACTIES[k].titel}
            </Button>
          ))}
        </div>
      )}
      {open && (
        <ActieFormulier
          key={open}
          verstuur={(body) => api('/thuiszitters/casussen/{id}/acties/{commando}', { method: 'POST', params: { id: punt.id, commando: open }, body })}
          commando={`${open}-${punt.id}`}
          definitie={opVergadering(TAFEL_ACTIES[open], vergaderingId)}
          ctx={ctx}
          onGelukt={(_n, tekst) => {
            setOpen(undefined);
            onGelukt(`${naam}: ${tekst}`);
          }}
          onAnnuleer={() => setOpen(undefined)}
        />
      )}
    </section>
  );
}

/** A meeting of the Actietafel: its agenda, one block per case where members record agreements and outcomes. */
export function VergaderingPagina({ id, account }: { id: string; account: Account }) {
  const { zoek, navigeer } = useRouter();
  const positie = bladerPositie(zoek);
  const opgehaald = useOphalen('/thuiszitters/vergaderingen/{id}', { params: { id } });
  // The meeting carries its agenda's first page; a later one (a long agenda) comes from the agenda list by cursor.
  const gebladerd = Boolean(positie.query.na || positie.query.voor || positie.query.offset);
  const verder = useOphalen(gebladerd ? '/thuiszitters/actietafel/agenda' : undefined, { query: { vergaderingId: id, limit: PAGINA, ...positie.query } });
  const scholen = useOphalen('/thuiszitters/scholen');
  const [melding, setMelding] = useState<string>();
  const [afronden, setAfronden] = useState(false);
  const meldingRef = useRef<HTMLDivElement>(null);
  const nu = vandaag();
  const ctx = useMemo(() => ({ scholen: scholen.data?.items ?? [], vandaag: nu }), [scholen.data, nu]);
  const v = opgehaald.data;
  if (opgehaald.fout?.status === 404) return <NietGevonden titel="Vergadering niet gevonden" />;
  if (opgehaald.fout) return <FoutMelding fout={opgehaald.fout} />;
  if (!v) return <Laden />;
  const kanVastleggen = ['actietafel', 'consulent', 'teamleider'].includes(account.rol) && v.status !== 'geannuleerd';
  const agenda = gebladerd ? verder.data : v.agenda;
  const eerste = eerstePositie(positie, agenda);
  const naarPagina = (pagina: Pagina) => {
    const p = new URLSearchParams();
    zetPagina(p, pagina);
    const qs = p.toString();
    navigeer(`/actietafel/vergaderingen/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}`);
  };
  const gelukt = (tekst: string) => {
    setMelding(tekst);
    opgehaald.herlaad();
    if (gebladerd) verder.herlaad();
    requestAnimationFrame(() => meldingRef.current?.focus());
  };
  return (
    <>
      <Paragraph className="terug">
        <AppLink href="/actietafel">← Terug naar de Actietafel</AppLink>
      </Paragraph>
      <PaginaKop titel={`Vergadering Actietafel ${datum(v.datum)}`} />
      <Paragraph lead>
        {vergaderingLabel(v.status)}
        {v.locatie && ` · ${v.locatie}`}
        {v.aanwezigen.length > 0 && ` · aanwezig: ${v.aanwezigen.map(partijLabel).join(', ').toLowerCase()}`}
      </Paragraph>
      {melding && (
        <Melding type="ok" ref={meldingRef} focus>
          <Paragraph>{melding}</Paragraph>
        </Melding>
      )}
      <Heading2 id="agenda-kop">Agenda ({v.agenda.totaalBegrensd ? 'meer dan ' : ''}{getal(v.agenda.totaal)})</Heading2>
      {verder.fout && <FoutMelding fout={verder.fout} />}
      {!agenda ? (
        <Laden />
      ) : agenda.items.length === 0 ? (
        <Paragraph>Er liggen geen casussen aan tafel.</Paragraph>
      ) : (
        <>
          {(agenda.volgende || agenda.vorige) && (
            <Paragraph role="status" className="samenvatting">
              Casussen {eerste}–{eerste + agenda.items.length - 1} van de agenda getoond.
            </Paragraph>
          )}
          {agenda.items.map((p) => (
            <Punt key={p.id} punt={p} vergaderingId={v.id} ctx={ctx} kanVastleggen={kanVastleggen} onGelukt={gelukt} />
          ))}
          <Bladeren antwoord={agenda} eerste={eerste} aantal={agenda.items.length} pagina={PAGINA} label="Bladeren door de agenda" naar={naarPagina} />
        </>
      )}
      {v.toegestaneActies.includes('vergaderingAfronden') && v.datum <= nu && (
        <section className="sectie" aria-labelledby="afronden-kop">
          <Heading2 id="afronden-kop">Afronden</Heading2>
          {afronden ? (
            <ActieFormulier
              verstuur={(body) => api('/thuiszitters/vergaderingen/{id}/acties/{commando}', { method: 'POST', params: { id: v.id, commando: 'vergaderingAfronden' }, body })}
              commando="vergaderingAfronden"
              definitie={AFRONDEN}
              ctx={undefined}
              onGelukt={(_n, tekst) => {
                setAfronden(false);
                gelukt(tekst);
              }}
              onAnnuleer={() => setAfronden(false)}
            />
          ) : (
            <Button type="button" appearance="secondary-action-button" onClick={() => setAfronden(true)}>
              Vergadering afronden
            </Button>
          )}
        </section>
      )}
    </>
  );
}
