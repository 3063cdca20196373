import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import { describeProblem } from '../api/problem';
import { type Abonnement, STATUS_LABELS, hostVan, typeLabel } from '../api/notificaties';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { moment } from '../format';
import { useOphalen } from '../hooks';
import { AppLink } from '../router';
import { NietGevonden } from './NietGevonden';
import './notificaties.css';

function Kanalen({ a }: { a: Abonnement }) {
  return (
    <ul className="kaal">
      {a.kanalen.map((k, i) => (
        <li key={i}>
          {k.naam.charAt(0).toUpperCase() + k.naam.slice(1)}
          {k.filters.type && <span className="sub">alleen {typeLabel(k.filters.type).split(': ')[1]}</span>}
          {k.filters.gemeente && <span className="sub">alleen {k.filters.gemeente}</span>}
        </li>
      ))}
    </ul>
  );
}

function Status({ a }: { a: Abonnement }) {
  if (a.status === 'falend') {
    return (
      <span className="status-falend">
        <span aria-hidden="true">⚠ </span>
        <strong>Falend</strong>
        <span className="sub">geen geslaagde bezorging sinds {moment(a.falendSinds)}</span>
      </span>
    );
  }
  if (a.status === 'actief' && a.opeenvolgendeFouten > 0) {
    return (
      <>
        Actief
        <span className="sub">
          {a.opeenvolgendeFouten} {a.opeenvolgendeFouten === 1 ? 'fout' : 'fouten'} op rij; volgende poging {moment(a.gepauzeerdTot)}
        </span>
      </>
    );
  }
  return <>{STATUS_LABELS[a.status]}</>;
}

/** "Opnieuw bezorgen vanaf": everything a subscription received since a moment goes again (same ids). */
function OpnieuwVanaf({ abonnementen, klaar }: { abonnementen: Abonnement[]; klaar: (tekst: string) => void }) {
  const [abonnementId, setAbonnementId] = useState(abonnementen[0]?.id ?? '');
  const [waarde, setWaarde] = useState('');
  const [fout, setFout] = useState<string>();
  const [bezig, setBezig] = useState(false);
  const invoer = useRef<HTMLInputElement>(null);
  const gekozen = abonnementen.find((a) => a.id === abonnementId) ?? abonnementen[0];
  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const vanaf = new Date(waarde);
    if (!waarde || Number.isNaN(vanaf.getTime())) {
      setFout('Vul een datum en tijd in.');
      invoer.current?.focus();
      return;
    }
    if (!gekozen) return;
    setBezig(true);
    try {
      const res = await api('/notificaties/abonnementen/{id}/opnieuw-bezorgen', { method: 'POST', params: { id: gekozen.id }, body: { vanaf: vanaf.toISOString() } });
      setFout(undefined);
      klaar(`${res.aantal} ${res.aantal === 1 ? 'notificatie wordt' : 'notificaties worden'} opnieuw bezorgd aan ${gekozen.organisatie} (${hostVan(gekozen.callbackUrl)}).`);
    } catch (err) {
      setFout(err instanceof ApiError ? describeProblem(err.problem) : 'Opnieuw bezorgen is mislukt.');
    } finally {
      setBezig(false);
    }
  };
  return (
    <form onSubmit={verstuur} className="filters" aria-labelledby="kop-opnieuw" noValidate>
      <FormField type="select" className="filter">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="opnieuw-abonnement">Gemeentesysteem</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Select id="opnieuw-abonnement" value={gekozen?.id ?? ''} onChange={(e) => setAbonnementId(e.target.value)}>
            {abonnementen.map((a) => (
              <SelectOption key={a.id} value={a.id}>
                {`${a.organisatie} – ${hostVan(a.callbackUrl)}`}
              </SelectOption>
            ))}
          </Select>
        </div>
      </FormField>
      <FormField type="text" className="filter" invalid={!!fout}>
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="opnieuw-vanaf">Vanaf</FormLabel>
        </div>
        {fout && <FormFieldErrorMessage id="opnieuw-vanaf-fout">{fout}</FormFieldErrorMessage>}
        <div className="utrecht-form-field__input">
          <Textbox
            id="opnieuw-vanaf"
            ref={invoer}
            type="datetime-local"
            value={waarde}
            invalid={!!fout}
            aria-describedby={fout ? 'opnieuw-vanaf-fout opnieuw-uitleg' : 'opnieuw-uitleg'}
            onChange={(e) => setWaarde(e.target.value)}
          />
        </div>
        <FormFieldDescription id="opnieuw-uitleg">Alles wat sinds dit moment is ontvangen.</FormFieldDescription>
      </FormField>
      <div className="filters__knoppen">
        <Button type="submit" appearance="secondary-action-button" disabled={bezig || !gekozen}>
          Opnieuw bezorgen
        </Button>
      </div>
    </form>
  );
}

function Rij({ a, klaar, fout }: { a: Abonnement; klaar: (tekst: string) => void; fout: (tekst: string) => void }) {
  const [bezig, setBezig] = useState(false);
  const hervat = async () => {
    setBezig(true);
    try {
      await api('/notificaties/abonnementen/{id}/hervatten', { method: 'POST', params: { id: a.id }, body: {} });
      klaar(`Het abonnement van ${a.organisatie} (${hostVan(a.callbackUrl)}) is hervat; wat wachtte, wordt nu bezorgd.`);
    } catch (err) {
      fout(err instanceof ApiError ? describeProblem(err.problem) : 'Hervatten is mislukt.');
    } finally {
      setBezig(false);
    }
  };
  return (
    <TableRow className={a.status === 'falend' ? 'rij rij--verlopen' : 'rij'} data-id={a.id}>
      <TableHeaderCell scope="row">
        {a.organisatie}
        <span className="sub breek">{a.callbackUrl}</span>
      </TableHeaderCell>
      <TableCell>
        <Kanalen a={a} />
        <span className="sub">{a.gemeenten.length === 1 ? 'gemeente' : 'gemeenten'} {a.gemeenten.join(', ')}</span>
      </TableCell>
      <TableCell className="status-cel">
        <Status a={a} />
      </TableCell>
      <TableCell className="getal">{a.wachtend}</TableCell>
      <TableCell className="getal">{a.opgegeven}</TableCell>
      <TableCell className="moment-cel">{moment(a.laatstBezorgdOp)}</TableCell>
      <TableCell>
        <div className="acties-cel">
          <AppLink href={`/notificaties/bezorglog?abonnementId=${a.id}`} aria-label={`Bezorglog van ${a.organisatie}, ${hostVan(a.callbackUrl)}`}>
            Bezorglog
          </AppLink>
          {a.status === 'falend' && (
            <Button type="button" appearance="primary-action-button" disabled={bezig} onClick={() => void hervat()}>
              Hervatten
            </Button>
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}

export function GeenToegangNotificaties() {
  return <NietGevonden titel="Geen toegang" tekst="Alleen een beheerder kan de abonnementen van gemeentesystemen en het bezorglog bekijken." />;
}

/** The beheerder's view of every gemeente subscription of the SWV. */
export function Notificaties({ account }: { account: Account }) {
  const lijst = useOphalen('/notificaties/abonnementen');
  const [melding, setMelding] = useState<{ soort: 'ok' | 'error'; tekst: string }>();
  const items = lijst.data?.items ?? [];
  const falend = items.filter((a) => a.status === 'falend');
  const klaar = (tekst: string) => {
    setMelding({ soort: 'ok', tekst });
    lijst.herlaad();
  };
  return (
    <>
      <PaginaKop titel="Notificaties: abonnementen">Notificaties</PaginaKop>
      <Paragraph lead>Gemeentesystemen die gebeurtenissen van SWV {account.swv} ontvangen, en hoe de bezorging loopt.</Paragraph>
      <nav className="tabs" aria-label="Onderdelen van notificaties">
        <ul className="tabs__lijst">
          <li>
            <AppLink href="/notificaties" className="tabs__link" aria-current="page">
              Abonnementen
            </AppLink>
          </li>
          <li>
            <AppLink href="/notificaties/bezorglog" className="tabs__link">
              Bezorglog
            </AppLink>
          </li>
        </ul>
      </nav>
      {falend.length > 0 && (
        <Melding type="warning">
          <Paragraph>
            <strong>
              {falend.length === 1 ? 'Eén abonnement bezorgt' : `${falend.length} abonnementen bezorgen`} al een dag niet:{' '}
            </strong>
            {falend.map((a) => `${a.organisatie} (${hostVan(a.callbackUrl)})`).join(', ')}. Er gaat niets verloren: de notificaties wachten. Neem contact op met de
            gemeente en kies daarna Hervatten.
          </Paragraph>
        </Melding>
      )}
      {melding && (
        <Melding type={melding.soort}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Melding>
      )}
      <section className="sectie" aria-labelledby="kop-abonnementen">
        <Heading2 id="kop-abonnementen">Abonnementen van gemeentesystemen</Heading2>
        {lijst.fout && <FoutMelding fout={lijst.fout} />}
        {lijst.laden && !lijst.data && <Laden />}
        {lijst.data && items.length === 0 && <Paragraph>Er zijn nog geen abonnementen. Een gemeentesysteem abonneert zich zelf met zijn API-sleutel.</Paragraph>}
        {items.length > 0 && (
          <div className="tabel-container" role="region" aria-labelledby="tabel-abonnementen" tabIndex={0}>
            <Table className="logboek abonnementen">
              <TableCaption id="tabel-abonnementen" className="visueel-verborgen">Abonnementen van gemeentesystemen</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Gemeentesysteem</TableHeaderCell>
                  <TableHeaderCell scope="col">Ontvangt</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Wachtend</TableHeaderCell>
                  <TableHeaderCell scope="col">Opgegeven</TableHeaderCell>
                  <TableHeaderCell scope="col">Laatst bezorgd</TableHeaderCell>
                  <TableHeaderCell scope="col">Acties</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((a) => (
                  <Rij key={a.id} a={a} klaar={klaar} fout={(tekst) => setMelding({ soort: 'error', tekst })} />
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      {items.length > 0 && (
        <section className="sectie" aria-labelledby="kop-opnieuw">
          <Heading2 id="kop-opnieuw">Opnieuw bezorgen</Heading2>
          <Paragraph>Na een storing bij de gemeente: alle notificaties vanaf een moment nog eens, met dezelfde id's (de ontvanger herkent wat hij al had). Eén gebeurtenis opnieuw bezorgen kan in het bezorglog.</Paragraph>
          <OpnieuwVanaf abonnementen={items} klaar={klaar} />
        </section>
      )}
    </>
  );
}
