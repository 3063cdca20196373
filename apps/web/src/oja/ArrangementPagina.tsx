import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, moment } from '../format';
import { useOphalen } from '../hooks';
import { rolLabel } from '../labels';
import { NietGevonden } from '../pages/NietGevonden';
import { AppLink } from '../router';
import { type Context, heeftStap, STAPPEN } from './acties';
import { Formulier } from './Formulier';
import { euro } from './geld';
import {
  aanZetLabel,
  actieLabel,
  boekingLabel,
  oordeelLabel,
  redenLabel,
  referentieLabel,
  resultaatLabel,
  soortBetalerLabel,
  statusLabel,
  termijnLabel,
  tijdlijnLabel,
  uitkomstLabel,
  vervolgLabel,
  vormLabel,
} from './labels';
import { type Arrangement, type OjaPadCommando } from './types';

function Gegeven({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{naam}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function Sectie({ titel, id, children }: { titel: string; id: string; children: ReactNode }) {
  return (
    <section className="sectie" aria-labelledby={id}>
      <Heading2 id={id}>{titel}</Heading2>
      {children}
    </section>
  );
}

const periodeTekst = (p: { van: string; tot: string }) => `${datum(p.van)} tot en met ${datum(p.tot)}`;

function Geld({ a }: { a: Arrangement }) {
  return (
    <>
      {a.toekenningen.length === 0 && a.voorstel && (
        <Paragraph>
          Begroot: {euro(a.voorstel.kostenCent)}; standaardverdeling:{' '}
          {a.voorstel.verdeling.map((r) => `${r.naam ?? r.betaler} ${euro(r.bedragCent)}`).join(', ')}.
        </Paragraph>
      )}
      {a.toekenningen.map((t) => (
        <div className="tabel-container" key={t.id} role="region" aria-labelledby={`toekenning-${t.id}`} tabIndex={0}>
          <Table>
            <TableCaption id={`toekenning-${t.id}`}>
              {t.soort === 'verlenging' ? 'Verlenging' : 'Toekenning'} van {datum(t.datum)}: {periodeTekst(t.periode)}, {euro(t.kostenCent)} (regels {t.regelVersie})
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Betaler</TableHeaderCell>
                <TableHeaderCell scope="col">Soort</TableHeaderCell>
                <TableHeaderCell scope="col" className="bedrag">
                  Bedrag
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {t.verdeling.map((r) => (
                <TableRow key={r.betaler}>
                  <TableHeaderCell scope="row">{r.naam ?? r.betaler}</TableHeaderCell>
                  <TableCell>{soortBetalerLabel(r.soort)}</TableCell>
                  <TableCell className="bedrag">{euro(r.bedragCent)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {t.overschrijding && (
            <Paragraph className="boven-budget">
              <strong>Boven budget besloten</strong> ({t.overschrijding.betalers.join(', ')}){t.overschrijding.reden ? `: ${t.overschrijding.reden}` : ''}
            </Paragraph>
          )}
        </div>
      ))}
      {a.geld.perBetaler.length > 0 && (
        <div className="tabel-container" role="region" aria-labelledby="geld-per-betaler" tabIndex={0}>
          <Table>
            <TableCaption id="geld-per-betaler">Vastgelegd en gerealiseerd per betaler en budgetperiode</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Betaler</TableHeaderCell>
                <TableHeaderCell scope="col">Budgetperiode</TableHeaderCell>
                <TableHeaderCell scope="col" className="bedrag">
                  Vastgelegd
                </TableHeaderCell>
                <TableHeaderCell scope="col" className="bedrag">
                  Gerealiseerd
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {a.geld.perBetaler.map((r) => (
                <TableRow key={`${r.betaler}-${r.budgetperiode}`}>
                  <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
                  <TableCell>{r.budgetperiode}</TableCell>
                  <TableCell className="bedrag">{euro(r.vastgelegdCent)}</TableCell>
                  <TableCell className="bedrag">{euro(r.gerealiseerdCent)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {a.geld.boekingen.length > 0 && (
        <details className="boekingen">
          <summary>Alle boekingen ({a.geld.boekingen.length})</summary>
          <div className="tabel-container" role="region" aria-labelledby="boekingen-titel" tabIndex={0}>
            <Table>
              <TableCaption id="boekingen-titel">Grootboek van dit arrangement (boekingen worden nooit gewijzigd)</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Geboekt</TableHeaderCell>
                  <TableHeaderCell scope="col">Soort</TableHeaderCell>
                  <TableHeaderCell scope="col">Betaler</TableHeaderCell>
                  <TableHeaderCell scope="col">Periode</TableHeaderCell>
                  <TableHeaderCell scope="col" className="bedrag">
                    Bedrag
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {a.geld.boekingen.map((b) => (
                  <TableRow key={b.id}>
                    <TableCell>{datum(b.geboektOp)}</TableCell>
                    <TableCell>
                      {boekingLabel(b.soort)}
                      {b.toelichting && <span className="sub">{b.toelichting}</span>}
                    </TableCell>
                    <TableCell>{b.naam}</TableCell>
                    <TableCell>{b.periode ? periodeTekst(b.periode) : b.budgetperiode}</TableCell>
                    <TableCell className="bedrag">{euro(b.bedragCent)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </details>
      )}
    </>
  );
}

/** One arrangement: plan, assessments, money, evaluations, places, deadlines, timeline and the steps this role may take. */
export function ArrangementPagina({ id, account }: { id: string; account: Account }) {
  const opgehaald = useOphalen('/oja/arrangementen/{id}', { params: { id }, doel: 'behandeling' });
  const config = useOphalen('/oja/configuratie');
  const [open, setOpen] = useState<OjaPadCommando>();
  const [melding, setMelding] = useState<string>();
  const meldingRef = useRef<HTMLDivElement>(null);
  const a = opgehaald.data;
  // Dates the form starts with come from the service's clock (the same day the service will check against).
  const ctx: Context | undefined = useMemo(() => (a && config.data ? { account, arrangement: a, configuratie: config.data, vandaag: config.data.vandaag } : undefined), [account, a, config.data]);

  if (opgehaald.fout?.status === 404) return <NietGevonden titel="Arrangement niet gevonden" tekst="Dit arrangement bestaat niet, of u heeft er geen toegang toe." />;
  if (opgehaald.fout) {
    return (
      <>
        <PaginaKop titel="Arrangement" />
        <FoutMelding fout={opgehaald.fout} />
      </>
    );
  }
  if (!a || !ctx) return <Laden />;

  const titel = a.vorm === 'collectief' ? `${a.type.naam} ${datum(a.periode.van)}` : `${a.type.naam}${a.leerling?.weergave ? `, leerling ${a.leerling.weergave}` : ''}`;
  const acties = a.toegestaneActies.filter(heeftStap);

  return (
    <>
      <Paragraph className="terug">
        <AppLink href="/oja">← Terug naar de arrangementen</AppLink>
      </Paragraph>
      <PaginaKop titel={titel} />
      <Paragraph lead>
        {a.type.leiding} · {vormLabel(a.vorm)} · {a.voorziening.naam} · {statusLabel(a.status)}
      </Paragraph>
      {melding && (
        <Melding type="ok" ref={meldingRef} focus>
          <Paragraph>{melding}</Paragraph>
        </Melding>
      )}
      <div className="aanvraag-raster">
        <div className="aanvraag-hoofd">
          <Sectie titel="Volgende stap" id="volgende-stap">
            <DataList className="gegevens">
              <Gegeven naam="Wie is aan zet">{aanZetLabel(a.aanZet)}</Gegeven>
              <Gegeven naam="Termijnen">
                {a.termijnen.length === 0 ? (
                  'Geen lopende termijn'
                ) : (
                  <UnorderedList>
                    {a.termijnen.map((t) => (
                      <UnorderedListItem key={t.soort}>
                        {termijnLabel(t.soort)}: <time dateTime={t.vervaltOp}>{datum(t.vervaltOp)}</time>
                        {config.data && t.vervaltOp < config.data.vandaag && <strong> (verlopen)</strong>}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </Gegeven>
            </DataList>
          </Sectie>

          <Sectie titel="Acties" id="acties">
            {acties.length === 0 ? (
              <Paragraph>Er zijn nu geen stappen die u met uw rol ({rolLabel(account.rol)}) op dit arrangement kunt zetten.</Paragraph>
            ) : (
              <div className="actieknoppen" role="group" aria-label="Acties voor dit arrangement">
                {acties.map((k) => (
                  <Button
                    key={k}
                    type="button"
                    appearance={open === k ? 'primary-action-button' : 'secondary-action-button'}
                    aria-expanded={open === k}
                    aria-controls={open === k ? `formulier-${k}` : undefined}
                    onClick={() => {
                      setMelding(undefined);
                      setOpen(open === k ? undefined : k);
                    }}
                  >
                    {actieLabel(k)}
                  </Button>
                ))}
              </div>
            )}
            {open && STAPPEN[open] && (
              <div id={`formulier-${open}`}>
                <Formulier
                  key={open}
                  naam={open}
                  titel={STAPPEN[open].titel}
                  uitleg={STAPPEN[open].uitleg}
                  knop={STAPPEN[open].knop}
                  velden={STAPPEN[open].velden(ctx)}
                  verstuur={(body) => api('/oja/arrangementen/{id}/acties/{commando}', { method: 'POST', params: { id: a.id, commando: open }, body })}
                  bouw={(w) => STAPPEN[open].bouw(w, ctx)}
                  veldVan={STAPPEN[open].veldVan ? (v) => STAPPEN[open].veldVan!(v, ctx) : undefined}
                  onGelukt={(nieuw) => {
                    const tekst = STAPPEN[open].gelukt;
                    opgehaald.zet(nieuw);
                    setOpen(undefined);
                    setMelding(tekst);
                    requestAnimationFrame(() => meldingRef.current?.focus());
                  }}
                  onAnnuleer={() => setOpen(undefined)}
                />
              </div>
            )}
          </Sectie>

          {a.aanvraag && (
            <Sectie titel="Plan" id="plan">
              <DataList className="gegevens">
                <Gegeven naam="Doelen">
                  <UnorderedList>
                    {a.aanvraag.doelen.map((d) => (
                      <UnorderedListItem key={d}>{d}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                </Gegeven>
                <Gegeven naam="Plan">{a.aanvraag.plan}</Gegeven>
                <Gegeven naam="Jeugdhulpaanbieder">{a.aanvraag.jeugdhulpaanbieder}</Gegeven>
                <Gegeven naam="Gevraagde periode">{periodeTekst(a.aanvraag.gevraagdePeriode)}</Gegeven>
                <Gegeven naam="Aangevraagd">
                  {datum(a.aanvraag.aangevraagdOp)} door {a.aanvraag.aanvrager.soort === 'school' ? 'de school' : 'het Steunpunt'}
                </Gegeven>
              </DataList>
            </Sectie>
          )}

          {a.vorm === 'individueel' && (
            <Sectie titel="Beoordeling" id="beoordeling">
              <DataList className="gegevens">
                <Gegeven naam="Onderwijs (SWV)">
                  {a.beoordeling.onderwijs ? `${oordeelLabel(a.beoordeling.onderwijs.oordeel)} op ${datum(a.beoordeling.onderwijs.datum)}${a.beoordeling.onderwijs.toelichting ? `: ${a.beoordeling.onderwijs.toelichting}` : ''}` : 'Nog niet beoordeeld'}
                </Gegeven>
                <Gegeven naam="Jeugdhulp">
                  {a.beoordeling.jeugdhulp ? (
                    <>
                      {oordeelLabel(a.beoordeling.jeugdhulp.oordeel)} op {datum(a.beoordeling.jeugdhulp.datum)}
                      {a.beoordeling.jeugdhulp.referentie && (
                        <span className="sub">
                          {referentieLabel(a.beoordeling.jeugdhulp.referentie.soort)} {a.beoordeling.jeugdhulp.referentie.kenmerk}
                        </span>
                      )}
                      {a.beoordeling.jeugdhulp.toegezegd.map((t) => (
                        <span className="sub" key={t.betaler}>
                          Toegezegd uit {t.naam}: {euro(t.bedragCent)}
                        </span>
                      ))}
                      {a.beoordeling.jeugdhulp.toelichting && <span className="sub">{a.beoordeling.jeugdhulp.toelichting}</span>}
                    </>
                  ) : (
                    'Nog niet beoordeeld'
                  )}
                </Gegeven>
              </DataList>
            </Sectie>
          )}

          <Sectie titel="Geld" id="geld">
            {a.toekenningen.length === 0 && !a.voorstel ? <Paragraph>Er is nog geen geld vastgelegd.</Paragraph> : <Geld a={a} />}
          </Sectie>

          {a.vorm === 'collectief' && (
            <Sectie titel="Plaatsen en leerlingen" id="plaatsen">
              <Paragraph>
                {a.bezetting ?? 0} van {a.plaatsen ?? 0} plaatsen bezet.
              </Paragraph>
              {a.deelnames.length > 0 && (
                <div className="tabel-container" role="region" aria-labelledby="deelnames-titel" tabIndex={0}>
                  <Table>
                    <TableCaption id="deelnames-titel">Leerlingen in dit arrangement</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Leerling</TableHeaderCell>
                        <TableHeaderCell scope="col">Vanaf</TableHeaderCell>
                        <TableHeaderCell scope="col">Tot en met</TableHeaderCell>
                        <TableHeaderCell scope="col">Resultaat</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {a.deelnames.map((d) => (
                        <TableRow key={d.id}>
                          <TableHeaderCell scope="row">{d.leerling ?? '—'}</TableHeaderCell>
                          <TableCell>{datum(d.van)}</TableCell>
                          <TableCell>{datum(d.tot)}</TableCell>
                          <TableCell>{d.resultaat ? resultaatLabel(d.resultaat) : '—'}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </Sectie>
          )}

          <Sectie titel="Evaluaties" id="evaluaties">
            {a.evaluaties.length === 0 ? (
              <Paragraph>Nog geen evaluaties.</Paragraph>
            ) : (
              <OrderedList className="tijdlijn">
                {a.evaluaties.map((e) => (
                  <OrderedListItem key={e.id}>
                    <strong>{datum(e.datum)}</strong>: {uitkomstLabel(e.uitkomst)}
                    {e.verslag && <span className="sub">{e.verslag}</span>}
                  </OrderedListItem>
                ))}
              </OrderedList>
            )}
            <Paragraph>Volgende evaluatie: {a.volgendeEvaluatie ? datum(a.volgendeEvaluatie) : a.status === 'lopend' ? 'bij de afsluiting' : '—'}</Paragraph>
          </Sectie>

          <Sectie titel="Tijdlijn" id="tijdlijn">
            <OrderedList className="tijdlijn">
              {a.tijdlijn.map((r, i) => (
                <OrderedListItem key={`${r.tijdstip}-${i}`}>
                  <strong>{tijdlijnLabel(r.actie)}</strong> · {moment(r.tijdstip)} · {rolLabel(r.door.rol)}
                  {r.status && <span className="sub">Status: {statusLabel(r.status)}</span>}
                  {r.reden && <span className="sub">{r.reden}</span>}
                </OrderedListItem>
              ))}
            </OrderedList>
          </Sectie>
        </div>

        <aside className="aanvraag-zij" aria-labelledby="gegevens">
          <Heading2 id="gegevens">Gegevens</Heading2>
          <DataList className="gegevens">
            <Gegeven naam="Status">{statusLabel(a.status)}</Gegeven>
            {a.leerling && <Gegeven naam="Leerling">{a.leerling.weergave ?? '—'}</Gegeven>}
            <Gegeven naam="Gemeente">{a.gemeente.naam}</Gegeven>
            <Gegeven naam="Voorziening">{a.voorziening.naam}</Gegeven>
            <Gegeven naam="Periode">{periodeTekst(a.periode)}</Gegeven>
            {a.startdatum && <Gegeven naam="Gestart">{datum(a.startdatum)}</Gegeven>}
            {a.einde && (
              <Gegeven naam="Beëindigd">
                {datum(a.einde.datum)} ({redenLabel(a.einde.reden)})
              </Gegeven>
            )}
            {a.afsluiting && (
              <Gegeven naam="Resultaat">
                {resultaatLabel(a.afsluiting.resultaat)}, vervolg: {vervolgLabel(a.afsluiting.vervolg)}
              </Gegeven>
            )}
            <Gegeven naam="Evaluatie-interval">{a.type.evaluatieIntervalMaanden ? `${a.type.evaluatieIntervalMaanden} maanden` : '—'}</Gegeven>
            <Gegeven naam="Regels">{a.regelVersie}</Gegeven>
          </DataList>
        </aside>
      </div>
    </>
  );
}
