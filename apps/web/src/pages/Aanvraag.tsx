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
} from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { type Aanvraag, type Account, type PadCommando, type Termijn } from '../api/types';
import { Behandelaar } from '../components/Behandelaar';
import { BesluitbriefFormulier } from '../components/BesluitbriefFormulier';
import { Documenten } from '../components/Documenten';
import { LeerlingNaam, leerlingTekst } from '../components/LeerlingNaam';
import { ACTIE_VOOR_STAP } from '../volgende-actie';
import { laatsteWerkvoorraad } from '../zoeken';
import { ACTIES, type Context } from '../acties';
import { ActieFormulier } from '../components/ActieFormulier';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { SignaalLabel } from '../components/Signaal';
import { dagenTussen, datum, moment, vandaag, werkdagenTekst, werkdagenTot } from '../format';
import { useOphalen } from '../hooks';
import { rolLabel, tijdlijnLabel, soortLabel, stapLabel, statusLabel, termijnLabel, uitvoeringLabel, waardeLabel } from '../labels';
import { AppLink, useRouter } from '../router';
import { NietGevonden } from './NietGevonden';

const ONHERROEPELIJK_REGEL: Record<string, string> = {
  'bezwaartermijn-verstreken': 'Bezwaartermijn verstreken zonder tijdig bezwaar',
  'beroepstermijn-verstreken': 'Beroepstermijn verstreken zonder tijdig beroep',
  'hoger-beroepstermijn-verstreken': 'Termijn voor hoger beroep verstreken',
};

function Gegeven({ naam, children }: { naam: string; children: React.ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{naam}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/**
 * The deadline that matters now: the one the API marks, else the earliest running one
 * ('armed'; 'fired' ones are done). The signal mirrors the werkvoorraad's: past, or at
 * most 5 working days left.
 */
function lopendeTermijn(a: Aanvraag, nu: string): Termijn | undefined {
  const lopend = (a.termijnen ?? []).filter((t) => !t.status || t.status === 'armed');
  const eerste = [...lopend].sort((x, y) => x.vervaltOp.localeCompare(y.vervaltOp))[0];
  if (!eerste) return undefined;
  const dagen = dagenTussen(nu, eerste.vervaltOp);
  const signaal = dagen < 0 ? 'verlopen' : werkdagenTot(nu, eerste.vervaltOp) <= 5 ? 'risico' : 'op-tijd';
  return { ...eerste, dagenResterend: eerste.dagenResterend ?? dagen, signaal: eerste.signaal ?? signaal };
}

function Sectie({ titel, id, children }: { titel: string; id: string; children: React.ReactNode }) {
  return (
    <section className="sectie" aria-labelledby={id}>
      <Heading2 id={id}>{titel}</Heading2>
      {children}
    </section>
  );
}

/**
 * After an action: when the step that waited for me is done, the next case that waits for
 * me (my own cases first for a consulent), with its form open; none left: the werkvoorraad.
 */
async function volgendeZaak(account: Account, huidig: string): Promise<{ href: string; kenmerk: string } | undefined> {
  for (const wie of account.rol === 'consulent' ? (['mij', 'aan-zet'] as const) : (['aan-zet'] as const)) {
    const lijst = await api('/toeleiding/aanvragen', { query: { wie, limit: 20, sorteer: 'termijn' } });
    const volgende = lijst.items.find((i) => i.id !== huidig && i.volgendeStap?.wie === account.rol && (!i.behandelaar || i.behandelaar.id === account.id || account.rol !== 'consulent'));
    if (volgende) {
      const actie = ACTIE_VOOR_STAP[volgende.volgendeStap?.actie ?? ''];
      return { href: `/aanvragen/${encodeURIComponent(volgende.id)}${actie && !actie.direct ? `?actie=${actie.commando}` : ''}`, kenmerk: volgende.kenmerk };
    }
  }
  return undefined;
}

export function AanvraagPagina({ id, account }: { id: string; account: Account }) {
  const { zoek, staat, navigeer } = useRouter();
  const opgehaald = useOphalen('/toeleiding/aanvragen/{id}', { params: { id }, doel: 'behandeling' });
  const scholen = useOphalen('/toeleiding/scholen');
  const [open, setOpen] = useState<string | undefined>(zoek.get('actie') ?? undefined);
  const [melding, setMelding] = useState<string | undefined>(typeof staat.melding === 'string' ? staat.melding : undefined);
  const meldingRef = useRef<HTMLDivElement>(null);
  const nu = vandaag();
  const aanvraag = opgehaald.data;
  const ctx: Context | undefined = useMemo(
    () => (aanvraag ? { account, aanvraag, scholen: scholen.data?.items ?? [], vandaag: nu } : undefined),
    [account, aanvraag, scholen.data, nu],
  );

  if (opgehaald.fout?.status === 404) {
    return <NietGevonden titel="Aanvraag niet gevonden" tekst="Deze aanvraag bestaat niet, of hoort bij een ander samenwerkingsverband." />;
  }
  if (opgehaald.fout) {
    return (
      <>
        <PaginaKop titel="Aanvraag" />
        <FoutMelding fout={opgehaald.fout} />
      </>
    );
  }
  if (!aanvraag || !ctx) {
    return (
      <>
        <PaginaKop titel="Aanvraag" />
        <Laden />
      </>
    );
  }

  const schoolNaam = (schoolId: string) => scholen.data?.items.find((s) => s.id === schoolId)?.naam ?? 'Onbekende school';
  const termijn = lopendeTermijn(aanvraag, nu);
  const besluit = aanvraag.besluit;
  // Bekendmaken is sending the letter: the letter's form takes the place of the bare command.
  const acties = aanvraag.toegestaneActies.map((a) => (a === 'bekendmaken' ? 'besluitbrief' : a)).filter((a) => ACTIES[a]);
  const gelukt = (nieuw: Aanvraag, tekst: string) => {
    const wasMijnBeurt = aanvraag.volgendeStap?.wie === account.rol;
    opgehaald.zet(nieuw);
    setOpen(undefined);
    setMelding(tekst);
    requestAnimationFrame(() => meldingRef.current?.focus());
    if (!wasMijnBeurt || nieuw.volgendeStap?.wie === account.rol) return;
    // My step is done: straight on to the next case that waits for me.
    void volgendeZaak(account, nieuw.id).then(
      (v) =>
        v
          ? navigeer(v.href, { staat: { melding: `${nieuw.kenmerk}: ${tekst} Hieronder de volgende aanvraag die op u wacht.` } })
          : navigeer(laatsteWerkvoorraad(), { staat: { melding: `${nieuw.kenmerk}: ${tekst} Er wachten geen andere aanvragen op u.` } }),
      () => undefined,
    );
  };

  return (
    <>
      <Paragraph className="terug">
        <AppLink href={laatsteWerkvoorraad()}>← Terug naar de werkvoorraad</AppLink>
      </Paragraph>
      <PaginaKop titel={`Aanvraag ${aanvraag.kenmerk}`}>
        Aanvraag <span className="nowrap">{aanvraag.kenmerk}</span>
      </PaginaKop>
      <Paragraph lead>
        {leerlingTekst(aanvraag.leerling)} · {aanvraag.school.naam} · {statusLabel(aanvraag.status)}
        {aanvraag.uitvoering && ` · ${uitvoeringLabel(aanvraag.uitvoering)}`}
      </Paragraph>
      {(aanvraag.andereOpenAanvragen ?? []).length > 0 && (
        <Melding type="warning">
          <Paragraph>
            Let op: voor deze leerling loopt nog een andere aanvraag:{' '}
            {(aanvraag.andereOpenAanvragen ?? []).map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <AppLink href={`/aanvragen/${encodeURIComponent(a.id)}`}>{a.kenmerk}</AppLink> ({statusLabel(a.status).toLowerCase()})
              </span>
            ))}
            .
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
          <Sectie titel="Volgende stap" id="volgende-stap">
            <DataList className="gegevens">
              <Gegeven naam="Wie is aan zet">
                {aanvraag.volgendeStap ? (
                  <>
                    <strong>{rolLabel(aanvraag.volgendeStap.wie)}</strong>
                    {aanvraag.volgendeStap.wie === account.rol && ' (u)'}: {stapLabel(aanvraag.volgendeStap.wat)}
                  </>
                ) : (
                  'Niemand: de procedure is afgerond.'
                )}
              </Gegeven>
              <Gegeven naam="Termijn">
                {termijn ? (
                  <span className="termijn">
                    {termijn.signaal && <SignaalLabel signaal={termijn.signaal} />}
                    <span>
                      {termijnLabel(termijn.soort)} tot en met <time dateTime={termijn.vervaltOp}>{datum(termijn.vervaltOp)}</time>
                      {termijn.dagenResterend !== undefined && ` (${werkdagenTekst(termijn.werkdagenResterend, termijn.dagenResterend)})`}
                    </span>
                  </span>
                ) : (
                  'Geen lopende termijn'
                )}
              </Gegeven>
            </DataList>
          </Sectie>

          <Behandelaar aanvraag={aanvraag} account={account} onGewijzigd={(nieuw, tekst) => { opgehaald.zet(nieuw); setMelding(tekst); }} />

          <Sectie titel="Acties" id="acties">
            {acties.length === 0 ? (
              <Paragraph>Er zijn nu geen acties die u met uw rol ({rolLabel(account.rol)}) op deze aanvraag kunt uitvoeren.</Paragraph>
            ) : (
              <div className="actieknoppen" role="group" aria-label="Acties voor deze aanvraag">
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
                    {ACTIES[a].titel}
                  </Button>
                ))}
              </div>
            )}
            {open === 'besluitbrief' && acties.includes('besluitbrief') && (
              <div id="formulier-besluitbrief">
                <BesluitbriefFormulier aanvraag={aanvraag} onGelukt={gelukt} onAnnuleer={() => setOpen(undefined)} />
              </div>
            )}
            {open && open !== 'besluitbrief' && ACTIES[open] && (acties as readonly string[]).includes(open) && (
              <div id={`formulier-${open}`}>
                <ActieFormulier
                  key={open}
                  aanvraag={aanvraag}
                  // `open` is one of the case's toegestaneActies (checked above).
                  verstuur={(body) => api('/toeleiding/aanvragen/{id}/acties/{commando}', { method: 'POST', params: { id: aanvraag.id, commando: open as PadCommando }, body })}
                  commando={open}
                  definitie={ACTIES[open]}
                  ctx={ctx}
                  onGelukt={gelukt}
                  onAnnuleer={() => setOpen(undefined)}
                />
              </div>
            )}
          </Sectie>

          {besluit && (
            <Sectie titel="Besluit" id="besluit">
              <DataList className="gegevens">
                <Gegeven naam="Uitkomst">{waardeLabel(besluit.uitkomst)}</Gegeven>
                {besluit.uitkomst === 'toelaatbaar' && (
                  <>
                    <Gegeven naam="Soort TLV">{soortLabel(besluit.soort)}</Gegeven>
                    <Gegeven naam="Geldig van">{datum(besluit.ingangsdatum)}</Gegeven>
                    <Gegeven naam="Geldig tot en met">{besluit.einddatum === 'onbepaald' ? 'Onbepaalde tijd' : datum(besluit.einddatum)}</Gegeven>
                  </>
                )}
                {besluit.genomenOp && <Gegeven naam="Genomen op">{datum(besluit.genomenOp)}</Gegeven>}
                {besluit.bestuursorgaan && <Gegeven naam="Genomen door">{besluit.bestuursorgaan.naam}</Gegeven>}
                {besluit.motivering && <Gegeven naam="Motivering">{besluit.motivering}</Gegeven>}
                {aanvraag.bekendgemaaktOp && <Gegeven naam="Bekendgemaakt op">{datum(aanvraag.bekendgemaaktOp)}</Gegeven>}
                {aanvraag.bezwaartermijn && (
                  <Gegeven naam="Einde bezwaartermijn">
                    <time dateTime={aanvraag.bezwaartermijn.eindigtOp} className="bezwaartermijn-einde">
                      {datum(aanvraag.bezwaartermijn.eindigtOp)}
                    </time>
                    {(aanvraag.bezwaartermijn.verschoven ?? []).map((v) => (
                      <span key={`${v.van}-${v.naar}`} className="sub">
                        Verschoven van {datum(v.van)} naar {datum(v.naar)}: {v.reden}
                      </span>
                    ))}
                  </Gegeven>
                )}
              </DataList>
            </Sectie>
          )}

          {aanvraag.bezwaar && (
            <Sectie titel="Bezwaar" id="bezwaar">
              <DataList className="gegevens">
                {aanvraag.bezwaar.indiener && <Gegeven naam="Ingediend door">{waardeLabel(aanvraag.bezwaar.indiener)}</Gegeven>}
                {aanvraag.bezwaar.verzondenOp && <Gegeven naam="Poststempel">{datum(aanvraag.bezwaar.verzondenOp)}</Gegeven>}
                {aanvraag.bezwaar.ontvangenOp && (
                  <Gegeven naam="Ontvangen op">
                    {datum(aanvraag.bezwaar.ontvangenOp)}
                    {aanvraag.bezwaar.telaat && <strong> (na afloop van de bezwaartermijn)</strong>}
                    {aanvraag.bezwaar.tijdigheid === 'awb-6:9-lid-2' && ' (op tijd: per post verzonden binnen de termijn, Awb 6:9 lid 2)'}
                  </Gegeven>
                )}
                {aanvraag.bezwaar.verschoonbaarheid && (
                  <Gegeven naam="Te late indiening">
                    {aanvraag.bezwaar.verschoonbaarheid.verschoonbaar ? 'Verschoonbaar' : 'Niet verschoonbaar'} ({datum(aanvraag.bezwaar.verschoonbaarheid.datum)}): {aanvraag.bezwaar.verschoonbaarheid.reden}
                  </Gegeven>
                )}
                {aanvraag.bezwaar.doorgestuurdNaarLbtOp && <Gegeven naam="Naar LBT op">{datum(aanvraag.bezwaar.doorgestuurdNaarLbtOp)}</Gegeven>}
                {aanvraag.bezwaar.lbtAdvies && (
                  <Gegeven naam="Advies LBT">
                    {waardeLabel(aanvraag.bezwaar.lbtAdvies.advies)} ({datum(aanvraag.bezwaar.lbtAdvies.datum)})
                  </Gegeven>
                )}
                {aanvraag.bezwaar.verdaagdOp && <Gegeven naam="Verdaagd op">{datum(aanvraag.bezwaar.verdaagdOp)}</Gegeven>}
                {aanvraag.bezwaar.beslissing && (
                  <Gegeven naam="Beslissing op bezwaar">
                    {waardeLabel(aanvraag.bezwaar.beslissing.uitkomst)} ({datum(aanvraag.bezwaar.beslissing.datum)})
                  </Gegeven>
                )}
              </DataList>
            </Sectie>
          )}

          {(aanvraag.beroepen ?? []).length > 0 && (
            <Sectie titel="Beroep" id="beroep">
              {(aanvraag.beroepen ?? []).map((b, i) => (
                <DataList className="gegevens" key={b.beroepId}>
                  <Gegeven naam={`Beroep ${i + 1} ingesteld door`}>{waardeLabel(b.indiener)}</Gegeven>
                  <Gegeven naam="Ontvangen door de rechtbank">
                    {datum(b.ontvangenOp)}
                    {b.tijdigheid === 'te-laat' && <strong> (na afloop van de beroepstermijn)</strong>}
                  </Gegeven>
                  {b.uitspraak && (
                    <Gegeven naam="Uitspraak">
                      {waardeLabel(b.uitspraak.uitkomst)} ({datum(b.uitspraak.datum)})
                      {b.uitspraak.uitkomst === 'gegrond' ? '; de beslissing op bezwaar is vernietigd' : `; hoger beroep tot en met ${datum(b.uitspraak.hogerBeroepstermijn.datum)}`}
                    </Gegeven>
                  )}
                </DataList>
              ))}
            </Sectie>
          )}

          {aanvraag.onherroepelijkheid && (
            <Sectie titel="Onherroepelijk" id="onherroepelijk">
              <DataList className="gegevens">
                <Gegeven naam="Grond">{ONHERROEPELIJK_REGEL[aanvraag.onherroepelijkheid.regel] ?? aanvraag.onherroepelijkheid.regel}</Gegeven>
                <Gegeven naam="Termijn eindigde op">{datum(aanvraag.onherroepelijkheid.termijnEindigdeOp)}</Gegeven>
                <Gegeven naam="Vastgesteld op">
                  {datum(aanvraag.onherroepelijkheid.vastgesteldOp)} (na de week voor per post verzonden stukken, tot en met {datum(aanvraag.onherroepelijkheid.nazendtermijnEindigdeOp)})
                </Gegeven>
              </DataList>
            </Sectie>
          )}

          {aanvraag.plaatsing && (
            <Sectie titel="Plaatsing" id="plaatsing">
              <DataList className="gegevens">
                <Gegeven naam="School">{aanvraag.plaatsing.schoolNaam ?? schoolNaam(aanvraag.plaatsing.schoolId)}</Gegeven>
                <Gegeven naam="Geplaatst op">{datum(aanvraag.plaatsing.datum)}</Gegeven>
                {aanvraag.plaatsing.wachtdagen !== undefined && <Gegeven naam="Wachttijd na besluit">{aanvraag.plaatsing.wachtdagen} kalenderdagen</Gegeven>}
              </DataList>
            </Sectie>
          )}

          <Documenten zaakId={aanvraag.id} documenten={aanvraag.documenten ?? []} account={account} onToegevoegd={opgehaald.herlaad} />

          <Sectie titel="Tijdlijn" id="tijdlijn">
            {(aanvraag.tijdlijn ?? []).length === 0 ? (
              <Paragraph>Nog geen stappen.</Paragraph>
            ) : (
              <OrderedList className="tijdlijn">
                {(aanvraag.tijdlijn ?? []).map((r, i) => (
                  <OrderedListItem key={`${r.tijdstip}-${i}`}>
                    <time dateTime={r.tijdstip}>{moment(r.tijdstip)}</time>: <strong>{tijdlijnLabel(r.actie)}</strong>
                    {r.door?.naam ? (
                      <>
                        {' '}
                        door {r.door.naam} ({rolLabel(r.door.rol).toLowerCase()})
                      </>
                    ) : (
                      r.door?.rol && <> door {r.door.rol === 'systeem' ? 'het systeem (termijn verstreken)' : `een ${rolLabel(r.door.rol).toLowerCase()}`}</>
                    )}
                    {r.status && <> → {statusLabel(r.status)}</>}
                    {r.toelichting && <span className="sub">{r.toelichting}</span>}
                  </OrderedListItem>
                ))}
              </OrderedList>
            )}
          </Sectie>
        </div>

        <aside className="aanvraag-zij" aria-labelledby="gegevens">
          <Heading2 id="gegevens">Gegevens</Heading2>
          <DataList className="gegevens">
            <Gegeven naam="Kenmerk">{aanvraag.kenmerk}</Gegeven>
            <Gegeven naam="Leerling">
              <LeerlingNaam leerling={aanvraag.leerling} />
            </Gegeven>
            <Gegeven naam="School">{aanvraag.school.naam}</Gegeven>
            <Gegeven naam="Samenwerkingsverband">SWV {aanvraag.swv}</Gegeven>
            <Gegeven naam="Status">{statusLabel(aanvraag.status)}</Gegeven>
            {aanvraag.uitvoering && <Gegeven naam="Uitvoering">{uitvoeringLabel(aanvraag.uitvoering)}</Gegeven>}
            <Gegeven naam="Ingediend op">{datum(aanvraag.ingediendOp)}</Gegeven>
          </DataList>
          <Heading2 id="inhoud">Inhoud aanvraag</Heading2>
          <DataList className="gegevens">
            <Gegeven naam="Gevraagde soort">{soortLabel(aanvraag.dossier?.gevraagdeSoort)}</Gegeven>
            <Gegeven naam="Ondersteuningsbehoefte">{aanvraag.dossier?.ondersteuningsbehoefte ?? '—'}</Gegeven>
            <Gegeven naam="Gewenste duur">
              {aanvraag.dossier?.gewensteDuur
                ? `${aanvraag.dossier.gewensteDuur.einddatum === 'onbepaald' ? 'Onbepaalde tijd' : `Tot en met ${datum(aanvraag.dossier.gewensteDuur.einddatum)}`}: ${aanvraag.dossier.gewensteDuur.onderbouwing}`
                : '—'}
            </Gegeven>
            <Gegeven naam="OPP en verslag TLO">
              {[aanvraag.dossier?.oppRef && 'OPP', aanvraag.dossier?.tloVerslagRef && 'verslag TLO'].filter(Boolean).join(' en ') || 'Nog niet aangeleverd'}
              {(aanvraag.dossier?.oppRef || aanvraag.dossier?.tloVerslagRef) && <span className="sub">zie Documenten</span>}
            </Gegeven>
          </DataList>
          <Heading2 id="adviezen">Deskundigenadviezen</Heading2>
          {(aanvraag.adviezen ?? []).length === 0 ? (
            <Paragraph>Nog geen advies.</Paragraph>
          ) : (
            <DataList className="gegevens">
              {(aanvraag.adviezen ?? []).map((a) => (
                <Gegeven key={a.deskundige.rol} naam={waardeLabel(a.deskundige.rol)}>
                  {waardeLabel(a.advies)}
                  {a.soort && `, ${soortLabel(a.soort)}`} ({a.deskundige.discipline}
                  {a.datum && `, ${datum(a.datum)}`})
                  {a.motivering && <span className="sub">{a.motivering}</span>}
                </Gegeven>
              ))}
            </DataList>
          )}
        </aside>
      </div>
    </>
  );
}
