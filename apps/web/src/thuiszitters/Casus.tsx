import {
  Button,
  DataList,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { ActieFormulier } from '../components/ActieFormulier';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, vandaag } from '../format';
import { useOphalen } from '../hooks';
import { rolLabel } from '../labels';
import { AppLink } from '../router';
import { NietGevonden } from '../pages/NietGevonden';
import { CASUS_ACTIES, type CasusContext } from './acties';
import { dagenThuisTekst, Gegeven, Sectie, Termijn } from './gemeen';
import {
  actieStatusLabel,
  betrokkenheidLabel,
  crisisLabel,
  niveauLabel,
  partijLabel,
  soortLabel,
  statusLabel,
  uitkomstLabel,
  vrijstellingLabel,
} from './labels';
import { type Casus, type CasusCommando } from './types';

/** Commands done from elsewhere: a bespreking is recorded in the meeting view. */
const ELDERS = ['besprekingVastleggen'];

/** Commands the tables allow that make no sense for this case now (the service would refuse them with a reason). */
const ZINVOL: Record<string, (c: Casus) => boolean> = {
  crisisstapVastleggen: (c) => c.crisis !== null && c.crisis.stappen.length < 3,
  actieAfronden: (c) => c.acties.some((a) => a.status !== 'afgerond'),
  actieBijstellen: (c) => c.acties.some((a) => a.status !== 'afgerond'),
  zorgplichtVerlengen: (c) => c.aanmeldingen.some((a) => a.status === 'loopt' && !a.verlengd),
  aanmeldingAfronden: (c) => c.aanmeldingen.some((a) => a.status === 'loopt'),
  verzuimVastleggen: (c) => c.soort === 'dreigend' || c.soort === 'crisis',
};

export function CasusPagina({ id, account }: { id: string; account: Account }) {
  const opgehaald = useOphalen('/thuiszitters/casussen/{id}', { params: { id }, doel: 'behandeling' });
  const scholen = useOphalen('/thuiszitters/scholen');
  const [open, setOpen] = useState<CasusCommando>();
  const [melding, setMelding] = useState<string>();
  const meldingRef = useRef<HTMLDivElement>(null);
  const nu = vandaag();
  const casus = opgehaald.data;
  const ctx: CasusContext | undefined = useMemo(() => (casus ? { casus, scholen: scholen.data?.items ?? [], vandaag: nu } : undefined), [casus, scholen.data, nu]);

  if (opgehaald.fout?.status === 404) {
    return <NietGevonden titel="Casus niet gevonden" tekst="Deze casus bestaat niet, hoort bij een ander samenwerkingsverband, of is niet naar de Actietafel geëscaleerd." />;
  }
  if (opgehaald.fout) {
    return (
      <>
        <PaginaKop titel="Casus" />
        <FoutMelding fout={opgehaald.fout} />
      </>
    );
  }
  if (!casus || !ctx) {
    return (
      <>
        <PaginaKop titel="Casus" />
        <Laden />
      </>
    );
  }

  const naam = casus.leerling?.weergave ?? 'onbekende leerling';
  const acties = casus.toegestaneActies.filter((a) => CASUS_ACTIES[a] && !ELDERS.includes(a) && (ZINVOL[a]?.(casus) ?? true));
  const gelukt = (nieuw: Casus | { id: string; versie: number }, tekst: string) => {
    // Leerplicht gets only id and versie back (the API's answer): read the case again.
    if ('toegestaneActies' in nieuw) opgehaald.zet(nieuw);
    else opgehaald.herlaad();
    setOpen(undefined);
    setMelding(tekst);
    requestAnimationFrame(() => meldingRef.current?.focus());
  };
  const m = casus.melding;

  return (
    <>
      <Paragraph className="terug">
        <AppLink href={account.rol === 'actietafel' ? '/actietafel' : '/thuiszitters'}>← Terug naar {account.rol === 'actietafel' ? 'de Actietafel' : 'de thuiszitters'}</AppLink>
      </Paragraph>
      <PaginaKop titel={`Casus ${naam}`}>
        Casus <span className="nowrap">{naam}</span>
      </PaginaKop>
      <Paragraph lead>
        {soortLabel(casus.soort)} · {statusLabel(casus.status)} · {niveauLabel(casus.niveau)}
        {casus.dagenThuis !== null && ` · ${dagenThuisTekst(casus.dagenThuis)} thuis`}
      </Paragraph>
      {(casus.pactVerstrekenOp || casus.aandachtTeamleiderSinds) && (
        <Melding type="warning">
          <Paragraph>
            {casus.pactVerstrekenOp && `Langer dan 3 maanden thuis zonder passend aanbod (sinds ${datum(casus.pactVerstrekenOp)}). `}
            {casus.aandachtTeamleiderSinds && `Een verlopen termijn heeft de teamleider ingeschakeld (${datum(casus.aandachtTeamleiderSinds)}).`}
          </Paragraph>
        </Melding>
      )}
      {melding && (
        <Melding type="ok" ref={meldingRef} focus>
          <Paragraph>{melding}</Paragraph>
        </Melding>
      )}

      <div className="aanvraag-raster">
        <div className="aanvraag-hoofd">
          <Sectie titel="Termijnen" id="termijnen">
            {casus.termijnen.length === 0 ? (
              <Paragraph>Er lopen geen termijnen.</Paragraph>
            ) : (
              <OrderedList className="termijnen">
                {casus.termijnen.map((t) => (
                  <OrderedListItem key={`${t.soort}-${t.actieId ?? t.aanmeldingId ?? ''}`}>
                    <Termijn {...t} extra={t.actieId ? casus.acties.find((a) => a.id === t.actieId)?.omschrijving : t.aanmeldingId ? (casus.aanmeldingen.find((a) => a.id === t.aanmeldingId)?.school?.naam ?? undefined) : undefined} />
                    <span className="sub">
                      Waarschuwing op {datum(t.waarschuwOp)}; daarna escaleert de casus. Regel: {t.regelVersie}
                    </span>
                  </OrderedListItem>
                ))}
              </OrderedList>
            )}
          </Sectie>

          <Sectie titel="Acties" id="acties">
            {acties.length === 0 ? (
              <Paragraph>Er zijn nu geen acties die u met uw rol ({rolLabel(account.rol)}) op deze casus kunt uitvoeren.</Paragraph>
            ) : (
              <div className="actieknoppen" role="group" aria-label="Acties voor deze casus">
                {acties.map((a) => (
                  <Button
                    key={a}
                    type="button"
                    appearance={open === a ? 'primary-action-button' : 'secondary-action-button'}
                    aria-expanded={open === a}
                    aria-controls={open === a ? `formulier-${a}` : undefined}
                    onClick={() => {
                      setMelding(undefined);
                      setOpen(open === a ? undefined : a);
                    }}
                  >
                    {CASUS_ACTIES[a].titel}
                  </Button>
                ))}
              </div>
            )}
            {open && CASUS_ACTIES[open] && (
              <div id={`formulier-${open}`}>
                <ActieFormulier
                  key={open}
                  verstuur={(body) => api('/thuiszitters/casussen/{id}/acties/{commando}', { method: 'POST', params: { id: casus.id, commando: open }, body })}
                  commando={open}
                  definitie={CASUS_ACTIES[open]}
                  ctx={ctx}
                  onGelukt={gelukt}
                  onAnnuleer={() => setOpen(undefined)}
                />
              </div>
            )}
          </Sectie>

          <Sectie titel="Plan van aanpak" id="plan">
            {casus.acties.length === 0 ? (
              <Paragraph>Nog geen afgesproken acties.</Paragraph>
            ) : (
              <div className="tabel-container" role="region" aria-labelledby="plan-tabel" tabIndex={0}>
                <Table>
                  <TableCaption id="plan-tabel">Afgesproken acties met eigenaar, uiterste datum en resultaat</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">Actie</TableHeaderCell>
                      <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
                      <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                      <TableHeaderCell scope="col">Status</TableHeaderCell>
                      <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {casus.acties.map((a) => (
                      <TableRow key={a.id} className={a.status === 'verlopen' ? 'rij rij--verlopen' : 'rij'}>
                        <TableHeaderCell scope="row">
                          {a.omschrijving}
                          {a.ouderBetrokken && <span className="sub">Ouders betrokken</span>}
                        </TableHeaderCell>
                        <TableCell>{partijLabel(a.eigenaar)}</TableCell>
                        <TableCell>{datum(a.uiterlijkOp)}</TableCell>
                        <TableCell>{a.status === 'verlopen' ? <strong>{actieStatusLabel(a.status)}</strong> : actieStatusLabel(a.status)}</TableCell>
                        <TableCell>{a.resultaat ? `${a.resultaat} (${datum(a.afgerondOp)})` : '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </Sectie>

          {(casus.besprekingen.length > 0 || casus.doorzettingskracht || casus.doorzettingsmacht || casus.aanbod) && (
            <Sectie titel="Actietafel en uitkomst" id="tafel">
              <DataList className="gegevens">
                {casus.actietafelSinds && <Gegeven naam="Aan de Actietafel sinds">{datum(casus.actietafelSinds)}</Gegeven>}
                {casus.besprekingen.map((b, i) => (
                  <Gegeven key={`${b.vergaderingId}-${i}`} naam={`Besproken op ${datum(b.op)}`}>
                    {b.afspraken}
                    <span className="sub">
                      Ouders: {betrokkenheidLabel(b.betrokkenheid.ouders).toLowerCase()}, leerling: {betrokkenheidLabel(b.betrokkenheid.leerling).toLowerCase()}
                    </span>
                  </Gegeven>
                ))}
                {casus.doorzettingskracht && (
                  <Gegeven naam="Doorzettingskracht">
                    {casus.doorzettingskracht.afspraak}
                    <span className="sub">
                      {casus.doorzettingskracht.school?.naam ? `${casus.doorzettingskracht.school.naam}, ` : ''}plaatsing uiterlijk {datum(casus.doorzettingskracht.plaatsingUiterlijk)}; afgesproken door{' '}
                      {casus.doorzettingskracht.partijen.map(partijLabel).join(', ').toLowerCase()} ({datum(casus.doorzettingskracht.op)})
                    </span>
                  </Gegeven>
                )}
                {casus.doorzettingsmacht && (
                  <Gegeven naam="Doorzettingsmacht">
                    <strong>{casus.doorzettingsmacht.aangewezenSchool?.naam ?? 'Onbekende school'}</strong> moet uiterlijk {datum(casus.doorzettingsmacht.uiterlijkAanbodOp)} een plek bieden (besluit van{' '}
                    {datum(casus.doorzettingsmacht.op)}).
                    <span className="sub">Motivering: {casus.doorzettingsmacht.motivering}</span>
                    <span className="sub">Kaders: {casus.doorzettingsmacht.kaders}</span>
                  </Gegeven>
                )}
                {casus.aanbod && (
                  <Gegeven naam="Passend aanbod">
                    {uitkomstLabel(casus.aanbod.uitkomst)}
                    {casus.aanbod.school?.naam && ` op ${casus.aanbod.school.naam}`}
                    {casus.aanbod.omschrijving && ` (${casus.aanbod.omschrijving})`}, start {datum(casus.aanbod.startOp)}
                    {casus.aanbod.crisisplaatsing && ' — crisisplaatsing'}
                  </Gegeven>
                )}
                {casus.afsluiting && (
                  <Gegeven naam="Afgesloten">
                    {datum(casus.afsluiting.op)}: {uitkomstLabel(casus.afsluiting.reden)}
                    {casus.afsluiting.toelichting && <span className="sub">{casus.afsluiting.toelichting}</span>}
                  </Gegeven>
                )}
              </DataList>
            </Sectie>
          )}

          {casus.crisis && (
            <Sectie titel="Crisisroute" id="crisis">
              <DataList className="gegevens">
                {casus.crisis.stappen.map((s) => (
                  <Gegeven key={s.stap} naam={crisisLabel(s.stap)}>
                    {datum(s.op)}
                  </Gegeven>
                ))}
                <Gegeven naam="Overleg school, ouders en deskundigen">{casus.crisis.overlegOp ? datum(casus.crisis.overlegOp) : 'Nog niet gehouden'}</Gegeven>
              </DataList>
            </Sectie>
          )}

          {casus.aanmeldingen.length > 0 && (
            <Sectie titel="Aanmeldingen en zorgplicht" id="aanmeldingen">
              <DataList className="gegevens">
                {casus.aanmeldingen.map((a) => (
                  <Gegeven key={a.id} naam={a.school?.naam ?? 'Onbekende school'}>
                    Aangemeld op {datum(a.aanmeldingOp)}; zorgplicht tot en met {datum(a.klok.vervaltOp)}
                    {a.verlengd && ' (verlengd)'} — {a.status === 'loopt' ? 'loopt' : `${a.status} (${datum(a.afgerondOp)})`}
                  </Gegeven>
                ))}
              </DataList>
            </Sectie>
          )}

          {casus.overleggen.length > 0 && (
            <Sectie titel="Overleggen" id="overleggen">
              <DataList className="gegevens">
                {casus.overleggen.map((o) => (
                  <Gegeven key={o.id} naam={datum(o.op)}>
                    {o.afspraken}
                    <span className="sub">Met {o.deelnemers.map(partijLabel).join(', ').toLowerCase()}</span>
                  </Gegeven>
                ))}
              </DataList>
            </Sectie>
          )}

          <Sectie titel="Tijdlijn" id="tijdlijn">
            <OrderedList className="tijdlijn">
              {casus.tijdlijn.map((r, i) => (
                <OrderedListItem key={`${r.op}-${i}`}>
                  <time dateTime={r.op}>{datum(r.op)}</time>: {r.tekst}
                </OrderedListItem>
              ))}
            </OrderedList>
          </Sectie>
        </div>

        <aside className="aanvraag-zij" aria-labelledby="gegevens">
          <Heading2 id="gegevens">Gegevens</Heading2>
          <DataList className="gegevens">
            <Gegeven naam="Leerling">{naam}</Gegeven>
            <Gegeven naam="Soort">{soortLabel(casus.soort)}</Gegeven>
            <Gegeven naam="Status">{statusLabel(casus.status)}</Gegeven>
            <Gegeven naam="Trede">
              {niveauLabel(casus.niveau)} (sinds {datum(casus.niveauSinds)})
            </Gegeven>
            {casus.thuiszitterSinds && <Gegeven naam="Thuiszitter sinds">{datum(casus.thuiszitterSinds)}</Gegeven>}
            {m && (
              <>
                <Gegeven naam="Gemeld op">
                  {datum(m.gemeldOp)} door {partijLabel(m.melder.soort).toLowerCase()}
                </Gegeven>
                <Gegeven naam="School">{m.school?.naam ?? 'Niet ingeschreven'}</Gegeven>
                <Gegeven naam="Thuis sinds">{m.thuisSinds ? datum(m.thuisSinds) : '—'}</Gegeven>
                <Gegeven naam="Onderwijs dat nog gegeven wordt">{m.onderwijsNog ?? '—'}</Gegeven>
                <Gegeven naam="Ouders">{betrokkenheidLabel(m.betrokkenheid.ouders)}</Gegeven>
                <Gegeven naam="Leerling betrokken">{betrokkenheidLabel(m.betrokkenheid.leerling)}</Gegeven>
                <Gegeven naam="Betrokken partijen">{m.betrokkenen.length ? m.betrokkenen.map((b) => (b.omschrijving ? `${partijLabel(b.partij)} (${b.omschrijving})` : partijLabel(b.partij))).join(', ') : '—'}</Gegeven>
                {m.toelichting && <Gegeven naam="Toelichting">{m.toelichting}</Gegeven>}
              </>
            )}
            {casus.bron && (
              <>
                <Gegeven naam="Signaal uit">
                  {casus.bron.bron === 'overdracht' ? 'Overdracht: leerling niet gestart' : 'Toeleiding: TLV beëindigd zonder plaatsing'} (sinds {datum(casus.bron.sinds)})
                </Gegeven>
                {!m && <Gegeven naam={casus.bron.bron === 'overdracht' ? 'Ontvangende school' : 'School'}>{casus.bron.school?.naam ?? 'Onbekend'}</Gegeven>}
              </>
            )}
            {casus.vrijstelling && (
              <Gegeven naam="Vrijstelling">
                {vrijstellingLabel(casus.vrijstelling.grond)}, vanaf {datum(casus.vrijstelling.ingangsdatum)}
                {casus.vrijstelling.einddatum && ` tot en met ${datum(casus.vrijstelling.einddatum)}`}
              </Gegeven>
            )}
            <Gegeven naam="Woongemeente">{casus.gemeente}</Gegeven>
          </DataList>
        </aside>
      </div>
    </>
  );
}
