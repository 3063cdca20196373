import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { alsFormulierbody, type Formulierbody } from '../api/paden';
import { describeProblem, mapFieldErrors, nest } from '../api/problem';
import { DatumVeld } from '../components/DatumVeld';
import { type Veld } from './acties';

export type Waarden = Record<string, string | string[]>;

const veldId = (vorm: string, naam: string) => `${vorm}-${naam.replace(/\./g, '-')}`;

function Invoer({ vorm, veld, waarde, fout, onChange }: { vorm: string; veld: Veld; waarde: string | string[]; fout?: string; onChange: (w: string | string[]) => void }) {
  const id = veldId(vorm, veld.naam);
  const uitlegId = veld.beschrijving ? `${id}-uitleg` : undefined;
  const foutId = fout ? `${id}-fout` : undefined;
  const beschreven = [foutId, uitlegId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {veld.label}
      {!veld.verplicht && veld.soort !== 'janee' && <span className="niet-verplicht"> (niet verplicht)</span>}
    </>
  );
  if (veld.soort === 'keuzes' || veld.soort === 'janee') {
    const lijst = veld.soort === 'janee' ? [{ waarde: 'ja', label: veld.label }] : (veld.opties ?? []);
    const gekozen = Array.isArray(waarde) ? waarde : waarde ? [waarde] : [];
    const zet = (w: string, aan: boolean) => {
      if (veld.soort === 'janee') onChange(aan ? 'ja' : '');
      else onChange(aan ? [...gekozen, w] : gekozen.filter((g) => g !== w));
    };
    const vakjes = lijst.map((o) => {
      const optieId = veld.soort === 'janee' ? id : `${id}-${o.waarde}`;
      return (
        <FormField type="checkbox" key={o.waarde} invalid={!!fout}>
          <div className="utrecht-form-field__input">
            <Checkbox id={optieId} name={veld.naam} value={o.waarde} checked={gekozen.includes(o.waarde)} invalid={!!fout} aria-describedby={beschreven} onChange={(e) => zet(o.waarde, e.target.checked)} />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor={optieId} type="checkbox">
              {o.label}
            </FormLabel>
          </div>
        </FormField>
      );
    });
    if (veld.soort === 'janee') return <div className="janee">{fout && <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage>}{vakjes}</div>;
    return (
      <Fieldset invalid={!!fout} aria-describedby={beschreven} id={id}>
        <FieldsetLegend>{label}</FieldsetLegend>
        {veld.beschrijving && <FormFieldDescription id={uitlegId}>{veld.beschrijving}</FormFieldDescription>}
        {fout && <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage>}
        {vakjes}
      </Fieldset>
    );
  }
  const tekst = typeof waarde === 'string' ? waarde : '';
  const gemeen = { id, name: veld.naam, invalid: !!fout, 'aria-invalid': fout ? true : undefined, 'aria-describedby': beschreven, 'aria-required': veld.verplicht ? true : undefined } as const;
  let invoer: ReactNode;
  if (veld.soort === 'keuze') {
    invoer = (
      <Select {...gemeen} value={tekst} onChange={(e) => onChange(e.target.value)}>
        <SelectOption value="">Maak een keuze</SelectOption>
        {(veld.opties ?? []).map((o) => (
          <SelectOption key={o.waarde} value={o.waarde}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    );
  } else if (veld.soort === 'tekstvak') {
    invoer = <Textarea {...gemeen} rows={3} value={tekst} onChange={(e) => onChange(e.target.value)} />;
  } else if (veld.soort === 'datum') {
    // The shared Dutch date field (dd-mm-jjjj) as on every other screen; text that is no date yet sends '' and the server names the field.
    invoer = <DatumVeld id={id} name={veld.naam} waarde={tekst} invalid={!!fout} aria-describedby={beschreven} aria-required={veld.verplicht ? true : undefined} kiesLabel="Open de kalender" onChange={(iso) => onChange(iso)} />;
  } else {
    invoer = <Textbox {...gemeen} type="text" value={tekst} onChange={(e) => onChange(e.target.value)} autoComplete="off" />;
  }
  return (
    <FormField type={veld.soort === 'keuze' ? 'select' : 'text'} invalid={!!fout}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {veld.beschrijving && <FormFieldDescription id={uitlegId}>{veld.beschrijving}</FormFieldDescription>}
      {fout && <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{invoer}</div>
    </FormField>
  );
}

function beginwaarden(velden: Veld[]): Waarden {
  return Object.fromEntries(velden.map((v) => [v.naam, v.standaard ?? (v.soort === 'keuzes' ? [] : '')]));
}

/** The body: checkboxes as booleans, empty optional fields left out, dotted names nested. */
export function teVersturen(velden: Veld[], w: Waarden): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const v of velden) {
    const x = w[v.naam];
    if (v.soort === 'janee') uit[v.naam] = x === 'ja';
    else if (v.soort === 'keuzes') uit[v.naam] = x;
    else if (typeof x === 'string' && x.trim() !== '') uit[v.naam] = x.trim();
  }
  return nest(uit);
}

/**
 * A form of fields that posts to the API. Required fields are checked here first; the
 * server's problem+json field errors appear next to their fields and in a summary on top.
 */
export function Formulier<T>({ vorm, titel, uitleg, velden, knop, verstuur, onGelukt, onAnnuleer }: {
  vorm: string;
  titel: string;
  uitleg?: string;
  velden: Veld[];
  knop: string;
  verstuur: (body: Formulierbody) => Promise<T>;
  onGelukt: (uitkomst: T) => void;
  onAnnuleer?: () => void;
}) {
  const [waarden, setWaarden] = useState<Waarden>(() => beginwaarden(velden));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [bezig, setBezig] = useState(false);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const labels = Object.fromEntries(velden.map((v) => [v.naam, v.label]));
  const heeftFouten = Object.keys(fouten).length > 0 || algemeen.length > 0;

  useEffect(() => titelRef.current?.focus(), []);
  useEffect(() => {
    if (heeftFouten) samenvattingRef.current?.focus();
  }, [heeftFouten, fouten, algemeen]);

  const versturen = async (e: FormEvent) => {
    e.preventDefault();
    const ontbreekt = Object.fromEntries(
      velden.filter((v) => v.verplicht && (Array.isArray(waarden[v.naam]) ? waarden[v.naam].length === 0 : String(waarden[v.naam] ?? '').trim() === '')).map((v) => [v.naam, `${v.label}: vul dit in`]),
    );
    if (Object.keys(ontbreekt).length > 0) {
      setAlgemeen([]);
      setFouten(ontbreekt);
      return;
    }
    setBezig(true);
    try {
      const uitkomst = await verstuur(alsFormulierbody(teVersturen(velden, waarden)));
      setBezig(false);
      onGelukt(uitkomst);
    } catch (err) {
      setBezig(false);
      if (!(err instanceof ApiError)) {
        setFouten({});
        setAlgemeen(['Er ging iets mis. Probeer het opnieuw.']);
        return;
      }
      const mapped = mapFieldErrors(err.problem.errors, labels);
      setFouten(mapped.fields);
      const reden =
        typeof err.problem.reden === 'string'
          ? `Dit kan nu niet: ${err.problem.reden}.`
          : err.status === 409
            ? 'Dit kan niet in de huidige stand van de overdracht. Vernieuw de pagina.'
            : describeProblem(err.problem);
      setAlgemeen([...(Object.keys(mapped.fields).length === 0 || mapped.general.length ? [reden] : []), ...mapped.general].filter((m, i, a) => a.indexOf(m) === i));
    }
  };

  return (
    <section className="actie-formulier" aria-labelledby={`${vorm}-titel`}>
      <Heading3 id={`${vorm}-titel`} ref={titelRef} tabIndex={-1}>
        {titel}
      </Heading3>
      {uitleg && <Paragraph>{uitleg}</Paragraph>}
      {heeftFouten && (
        <div className="fout-samenvatting" role="alert" tabIndex={-1} ref={samenvattingRef} aria-labelledby={`${vorm}-fouten-titel`}>
          <p className="fout-samenvatting__titel" id={`${vorm}-fouten-titel`}>
            <strong>Er {Object.keys(fouten).length + algemeen.length === 1 ? 'is een probleem' : 'zijn problemen'} met uw invoer</strong>
          </p>
          <UnorderedList>
            {algemeen.map((m) => (
              <UnorderedListItem key={m}>{m}</UnorderedListItem>
            ))}
            {Object.entries(fouten).map(([naam, m]) => (
              <UnorderedListItem key={naam}>
                <a
                  className="utrecht-link"
                  href={`#${veldId(vorm, naam)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const el = document.getElementById(veldId(vorm, naam));
                    ((el?.matches('fieldset') ? el.querySelector('input') : el) as HTMLElement | null)?.focus();
                  }}
                >
                  {m}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <form onSubmit={(e) => void versturen(e)} noValidate className="formulier">
        {velden.map((v) => (
          <Invoer key={v.naam} vorm={vorm} veld={v} waarde={waarden[v.naam] ?? ''} fout={fouten[v.naam]} onChange={(w) => setWaarden((oud) => ({ ...oud, [v.naam]: w }))} />
        ))}
        <div className="knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {knop}
          </Button>
          {onAnnuleer && (
            <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
              Annuleren
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
