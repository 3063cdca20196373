import {
  Button,
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
import { type ReactNode, useRef, useState } from 'react';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum } from '../format';
import { useOphalen } from '../hooks';
import { rolLabel } from '../labels';
import { AppLink } from '../router';
import { ACTIES } from './acties';
import { Formulier } from './Formulier';
import {
  actieLabel,
  adviesLabel,
  deelnemerLabel,
  nietGestartLabel,
  perspectiefLabel,
  redenLabel,
  routeLabel,
  signaalTekst,
  statusLabel,
  termijnLabel,
  uitkomstLabel,
  vertrekLabel,
  voorzieningLabel,
  voorzieningStatusLabel,
} from './labels';
import { OverdrachtNavigatie } from './Navigatie';
import { type Overdracht, type OverdrachtCommando } from './types';

function Gegeven({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Samenvatting({ z }: { z: Overdracht }) {
  return (
    <dl className="ov-gegevens">
      <Gegeven term="Overstap">
        {routeLabel(z.route)}, vertrek in {z.schooljaar}, start in {z.startSchooljaar}
      </Gegeven>
      <Gegeven term="Verzendende school">{z.verzendendeSchool.naam}</Gegeven>
      <Gegeven term="Stand">{statusLabel(z.status)}</Gegeven>
      {z.plaatsing && (
        <Gegeven term="Ontvangende school">
          {z.plaatsing.schoolNaam}, geplaatst op {datum(z.plaatsing.geplaatstOp)}, start {datum(z.plaatsing.startdatum)}
        </Gegeven>
      )}
      {z.advies.definitief && <Gegeven term="Definitief schooladvies">{adviesLabel(z.advies.bijgesteld?.niveau ?? z.advies.definitief.niveau)}{z.advies.bijgesteld && ` (bijgesteld van ${adviesLabel(z.advies.bijgesteld.van)} na de doorstroomtoets)`}</Gegeven>}
      {!z.advies.definitief && z.advies.voorlopig && <Gegeven term="Voorlopig schooladvies">{adviesLabel(z.advies.voorlopig.niveau)}</Gegeven>}
      {z.ondersteuningsbehoefte && <Gegeven term="Ondersteuningsbehoefte">{z.ondersteuningsbehoefte}</Gegeven>}
      <Gegeven term="Kwetsbaar">{z.kwetsbaar ? 'Ja: warme overdracht nodig' : 'Nee'}</Gegeven>
      {z.toelatingsrecht && <Gegeven term="Toelatingsrecht mbo">{z.toelatingsrecht === 'verworven' ? 'Verworven (aangemeld uiterlijk 1 april)' : z.toelatingsrecht === 'gemist' ? 'Gemist' : 'Nog open'}</Gegeven>}
      {z.achttienPlus !== undefined && <Gegeven term="18 jaar bij de start">{z.achttienPlus ? 'Ja: let op de continuïteit van ondersteuning na 18' : 'Nee'}</Gegeven>}
      {z.perspectief && (
        <Gegeven term="Perspectief">
          {perspectiefLabel(z.perspectief.perspectief)}
          {z.perspectief.warmeOverdrachtGemeente ? ', warme overdracht naar mbo of gemeente geregeld' : ''}
          {z.perspectief.continuiteit ? `. ${z.perspectief.continuiteit}` : ''}
        </Gegeven>
      )}
      {z.dossier && (
        <Gegeven term="Overstapdossier">
          {z.dossier.systeem === 'oso' ? 'OSO' : 'Digidoor'} {z.dossier.referentie}: {z.dossier.status} op {datum(z.dossier.bijgewerktOp)}
        </Gegeven>
      )}
      {z.regie === 'steunpunt' && <Gegeven term="Regie">Het Steunpunt</Gegeven>}
      {z.afloop && (
        <Gegeven term="Afloop">
          {statusLabel(z.status)} op {datum(z.afloop.op)}
          {z.afloop.nietGestart ? `: ${nietGestartLabel(z.afloop.nietGestart)}` : ''}
          {z.afloop.vertrek ? `: ${vertrekLabel(z.afloop.vertrek)}` : ''}
          {z.uitgevallenOp ? `; uitgevallen op ${datum(z.uitgevallenOp)} (voortijdig schoolverlaten)` : ''}
        </Gegeven>
      )}
    </dl>
  );
}

/** The pupil page: where the transfer stands, what needs attention, the calendar, and the timeline. */
export function LeerlingPagina({ id, account }: { id: string; account: Account }) {
  const zaak = useOphalen('/overdracht/overdrachten/{id}', { params: { id } });
  const scholen = useOphalen('/overdracht/scholen');
  const [actie, setActie] = useState<OverdrachtCommando>();
  const [melding, setMelding] = useState<string>();
  const meldingRef = useRef<HTMLDivElement>(null);
  if (zaak.fout) return <FoutMelding fout={zaak.fout} />;
  if (!zaak.data) return <Laden />;
  const z = zaak.data;
  // The tables allow these on every route; the domain refuses them where they do not belong, so do not offer them.
  const poRoute = z.route === 'po-vo' || z.route === 'so-vo';
  const nietHier = new Set([...(poRoute ? [] : ['adviesVastleggen', 'adviesBijstellen']), ...(z.route === 'vo-mbo' ? [] : ['perspectiefVastleggen']), ...(z.route === 'vo-mbo' ? ['voorzieningVastleggen', 'voorzieningGeregeld', 'toeleidingKoppelen'] : [])]);
  const acties = z.acties.filter((a) => ACTIES[a] && !nietHier.has(a));
  const definitie = actie ? ACTIES[actie] : undefined;

  return (
    <>
      <PaginaKop titel={`Overdracht leerling ${z.leerling.weergave}`} />
      <OverdrachtNavigatie />
      <Paragraph>
        <AppLink href={`/overdracht/cohorten/${z.cohortId}`}>Naar het cohortbord van {z.verzendendeSchool.naam}</AppLink>
      </Paragraph>
      {melding && (
        <Melding type="ok" ref={meldingRef} focus>
          <Paragraph>{melding}</Paragraph>
        </Melding>
      )}
      {z.signalen.length > 0 && (
        <section className="sectie" aria-labelledby="kop-aandacht">
          <Heading2 id="kop-aandacht">Aandacht</Heading2>
          <UnorderedList>
            {z.signalen.map((s, i) => (
              <UnorderedListItem key={i}>{signaalTekst(s, datum)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      <section className="sectie" aria-labelledby="kop-stand">
        <Heading2 id="kop-stand">Stand van de overdracht</Heading2>
        <Samenvatting z={z} />
      </section>
      {acties.length > 0 && ['consulent', 'orthopedagoog', 'teamleider'].includes(account.rol) && (
        <section className="sectie" aria-labelledby="kop-acties">
          <Heading2 id="kop-acties">Acties</Heading2>
          {!definitie && (
            <div className="acties">
              {acties.map((a) => (
                <Button key={a} type="button" appearance="secondary-action-button" onClick={() => setActie(a)}>
                  {actieLabel(a)}
                </Button>
              ))}
            </div>
          )}
          {definitie && actie && scholen.data && (
            <Formulier
              key={actie}
              vorm={actie}
              titel={definitie.titel}
              uitleg={definitie.uitleg}
              knop={definitie.knop}
              velden={definitie.velden(z, scholen.data.items)}
              verstuur={(body) => api('/overdracht/overdrachten/{id}/acties/{commando}', { method: 'POST', params: { id, commando: actie }, body })}
              onGelukt={(nieuw) => {
                zaak.zet(nieuw);
                setActie(undefined);
                setMelding(definitie.gelukt);
              }}
              onAnnuleer={() => setActie(undefined)}
            />
          )}
        </section>
      )}
      <section className="sectie" aria-labelledby="kop-kalender">
        <Heading2 id="kop-kalender">Overstapkalender</Heading2>
        {z.termijnen.length === 0 ? (
          <Paragraph>Er lopen geen termijnen meer.</Paragraph>
        ) : (
          <div className="tabel-container" role="region" aria-labelledby="tabel-kalender" tabIndex={0}>
            <Table>
              <TableCaption id="tabel-kalender">Lopende termijnen (regels per SWV en sector, met hun versie)</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Termijn</TableHeaderCell>
                  <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
                  <TableHeaderCell scope="col">Regel</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {z.termijnen.map((t) => (
                  <TableRow key={t.soort}>
                    <TableHeaderCell scope="row">{termijnLabel(t.soort)}</TableHeaderCell>
                    <TableCell>{datum(t.vervaltOp)}</TableCell>
                    <TableCell>{t.regelVersie}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      {z.voorzieningen.length > 0 && (
        <section className="sectie" aria-labelledby="kop-voorzieningen">
          <Heading2 id="kop-voorzieningen">Voorzieningen</Heading2>
          <UnorderedList>
            {z.voorzieningen.map((v) => (
              <UnorderedListItem key={v.soort}>
                {voorzieningLabel(v.soort)}: {voorzieningStatusLabel(v.status).toLowerCase()} sinds {datum(v.sinds)}
                {v.aanvraagId ? ` (toeleidingsaanvraag ${v.aanvraagId.slice(0, 8)})` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      {z.aanmeldingen.length > 0 && (
        <section className="sectie" aria-labelledby="kop-aanmeldingen">
          <Heading2 id="kop-aanmeldingen">Aanmeldingen</Heading2>
          <div className="tabel-container" role="region" aria-labelledby="tabel-aanmeldingen" tabIndex={0}>
            <Table>
              <TableCaption id="tabel-aanmeldingen">Aanmeldingen en hun uitkomst ({z.afwijzingen} keer afgewezen)</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">School</TableHeaderCell>
                  <TableHeaderCell scope="col">Aangemeld</TableHeaderCell>
                  <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
                  <TableHeaderCell scope="col">Reden</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {z.aanmeldingen.map((a) => (
                  <TableRow key={a.id}>
                    <TableHeaderCell scope="row">{a.schoolNaam}</TableHeaderCell>
                    <TableCell>{datum(a.aangemeldOp)}</TableCell>
                    <TableCell>
                      {uitkomstLabel(a.uitkomst)}
                      {a.besluitOp ? ` op ${datum(a.besluitOp)}` : ''}
                    </TableCell>
                    <TableCell>{a.reden ? redenLabel(a.reden) : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
      {z.warmeOverdracht?.gehouden && (
        <section className="sectie" aria-labelledby="kop-warm">
          <Heading2 id="kop-warm">Warme overdracht</Heading2>
          <dl className="ov-gegevens">
            <Gegeven term="Gesprek">{datum(z.warmeOverdracht.gehouden.datum)}</Gegeven>
            <Gegeven term="Aan tafel">{z.warmeOverdracht.gehouden.deelnemers.map(deelnemerLabel).join(', ')}</Gegeven>
            <Gegeven term="Afspraken over ondersteuning">{z.warmeOverdracht.gehouden.checklist.ondersteuningsafspraken}</Gegeven>
            <Gegeven term="Volgt op">{z.warmeOverdracht.gehouden.checklist.wieVolgtOp}</Gegeven>
            <Gegeven term="Evaluatie">{datum(z.warmeOverdracht.gehouden.checklist.evaluatieOp)}</Gegeven>
            <Gegeven term="Besproken">
              {[z.warmeOverdracht.gehouden.checklist.dossierBesproken && 'overstapdossier', z.warmeOverdracht.gehouden.checklist.oppBesproken && 'OPP'].filter(Boolean).join(' en ') || 'geen dossier of OPP'}
            </Gegeven>
          </dl>
        </section>
      )}
      <section className="sectie" aria-labelledby="kop-tijdlijn">
        <Heading2 id="kop-tijdlijn">Tijdlijn</Heading2>
        <OrderedList className="tijdlijn">
          {z.tijdlijn.map((t, i) => (
            <OrderedListItem key={i}>
              {datum(t.tijdstip.slice(0, 10))} {t.tijdstip.slice(11, 16)}: {actieLabel(t.actie)} door {t.rol === 'systeem' ? 'het systeem' : rolLabel(t.rol).toLowerCase()}
              {t.status ? ` (${statusLabel(t.status).toLowerCase()})` : ''}
            </OrderedListItem>
          ))}
        </OrderedList>
      </section>
    </>
  );
}
