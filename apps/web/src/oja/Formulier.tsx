import { Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { alsFormulierbody, type Formulierbody } from '../api/paden';
import { describeProblem, mapFieldErrors, type FieldErrorEntry } from '../api/problem';
import { type Veld, type Waarden, beginWaarden, ontbrekendeVelden } from '../acties';
import { VeldInvoer } from '../components/ActieFormulier';

export interface FormulierDefinitie<T> {
  /** Used for element ids. */
  readonly naam: string;
  readonly titel: string;
  readonly uitleg?: string;
  readonly knop: string;
  readonly velden: Veld[];
  /** Sends the body `bouw` made: a typed `api()` call of the screen. */
  readonly verstuur: (body: Formulierbody) => Promise<T>;
  /** The request body from the form values (amounts in cents, lists, nested objects). */
  readonly bouw: (w: Waarden) => unknown;
  /** Server field names the form shows under another name (`verdeling.1.bedragCent` → `verdeling.almere-jeugdwet`). */
  readonly veldVan?: (serverVeld: string) => string;
  readonly onGelukt: (antwoord: T) => void;
  readonly onAnnuleer?: () => void;
}

const veldId = (naam: string, veld: string) => `${naam}-${veld.replace(/\./g, '-')}`;

/**
 * A form of the oja screens: required fields checked here first; the server's
 * problem+json field errors shown next to their fields and summarised on top, with links
 * that move focus to the field.
 */
export function Formulier<T>(d: FormulierDefinitie<T>) {
  const [waarden, setWaarden] = useState<Waarden>(() => beginWaarden(d.velden));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [bezig, setBezig] = useState(false);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const zichtbaar = d.velden.filter((v) => !v.zichtbaar || v.zichtbaar(waarden));
  const labels = Object.fromEntries(d.velden.map((v) => [v.naam, v.label]));
  const heeftFouten = Object.keys(fouten).length > 0 || algemeen.length > 0;

  useEffect(() => {
    titelRef.current?.focus();
  }, []);
  useEffect(() => {
    if (heeftFouten) samenvattingRef.current?.focus();
  }, [heeftFouten, fouten, algemeen]);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const ontbreekt = ontbrekendeVelden(zichtbaar, waarden);
    if (Object.keys(ontbreekt).length > 0) {
      setAlgemeen([]);
      setFouten(ontbreekt);
      return;
    }
    setBezig(true);
    try {
      const antwoord = await d.verstuur(alsFormulierbody(d.bouw(waarden)));
      d.onGelukt(antwoord);
    } catch (err) {
      setBezig(false);
      if (!(err instanceof ApiError)) {
        setFouten({});
        setAlgemeen(['Er ging iets mis. Probeer het opnieuw.']);
        return;
      }
      const errors: FieldErrorEntry[] = (err.problem.errors ?? []).map((f) => ({ ...f, field: d.veldVan ? d.veldVan(f.field) : f.field }));
      const mapped = mapFieldErrors(errors, labels);
      const veldloos = Object.keys(mapped.fields).length === 0;
      setFouten(mapped.fields);
      setAlgemeen([...(veldloos || mapped.general.length ? [describeProblem(err.problem)] : []), ...mapped.general].filter((m, i, a) => a.indexOf(m) === i));
    }
  };

  return (
    <section className="actie-formulier" aria-labelledby={`${d.naam}-titel`}>
      <Heading3 id={`${d.naam}-titel`} ref={titelRef} tabIndex={-1}>
        {d.titel}
      </Heading3>
      {d.uitleg && <Paragraph>{d.uitleg}</Paragraph>}
      {heeftFouten && (
        <div className="fout-samenvatting" role="alert" tabIndex={-1} ref={samenvattingRef} aria-labelledby={`${d.naam}-fouten-titel`}>
          <p className="fout-samenvatting__titel" id={`${d.naam}-fouten-titel`}>
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
                  href={`#${veldId(d.naam, naam)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const el = document.getElementById(veldId(d.naam, naam));
                    const doel = el?.matches('fieldset') ? el.querySelector('input') : el;
                    (doel as HTMLElement | null)?.focus();
                  }}
                >
                  {m}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <form onSubmit={(e) => void verstuur(e)} noValidate className="formulier">
        {zichtbaar.map((v) => (
          <VeldInvoer key={v.naam} commando={d.naam} veld={v} waarde={waarden[v.naam] ?? ''} fout={fouten[v.naam]} onChange={(w) => setWaarden((oud) => ({ ...oud, [v.naam]: w }))} />
        ))}
        <div className="knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {d.knop}
          </Button>
          {d.onAnnuleer && (
            <Button type="button" appearance="secondary-action-button" onClick={d.onAnnuleer}>
              Annuleren
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
