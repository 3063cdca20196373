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
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, uploadBestand } from '../api/client';
import { alsFormulierbody, type Formulierbody } from '../api/paden';
import { describeProblem, mapFieldErrors, nest } from '../api/problem';
import { type Aanvraag } from '../api/types';
import { type ActieDefinitie, type Context, type Veld, type Waarden, beginWaarden, ontbrekendeVelden, teVersturen } from '../acties';
import { DATUM_FOUT } from '../datum-invoer';
import { DatumVeld } from './DatumVeld';

const veldId = (commando: string, naam: string) => `${commando}-${naam.replace(/\./g, '-')}`;

export function VeldInvoer({ commando, veld, waarde, fout, onChange, onOngeldig, onBestand }: {
  commando: string;
  veld: Veld;
  waarde: string | string[];
  fout?: string;
  onChange: (w: string | string[]) => void;
  /** A date field holds text that is no date (yet). */
  onOngeldig?: (ongeldig: boolean) => void;
  /** A file field: the chosen file (uploaded when the form is sent). */
  onBestand?: (bestand: File | undefined) => void;
}) {
  const id = veldId(commando, veld.naam);
  const beschrijvingId = veld.beschrijving ? `${id}-uitleg` : undefined;
  const foutId = fout ? `${id}-fout` : undefined;
  const describedBy = [foutId, beschrijvingId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {veld.label}
      {!veld.verplicht && veld.soort !== 'vast' && <span className="niet-verplicht"> (niet verplicht)</span>}
    </>
  );

  if (veld.soort === 'vast') {
    return (
      <div className="vast-veld">
        <span className="vast-veld__label">{veld.label}</span>
        <span className="vast-veld__waarde">{veld.weergave ?? String(waarde)}</span>
      </div>
    );
  }

  if (veld.soort === 'keuzes') {
    const gekozen = Array.isArray(waarde) ? waarde : [];
    return (
      <Fieldset invalid={!!fout} aria-describedby={describedBy} id={id}>
        <FieldsetLegend>{label}</FieldsetLegend>
        {veld.beschrijving && <FormFieldDescription id={beschrijvingId}>{veld.beschrijving}</FormFieldDescription>}
        {fout && <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage>}
        {(veld.opties ?? []).map((o) => {
          const optieId = `${id}-${o.waarde}`;
          return (
            <FormField type="checkbox" key={o.waarde}>
              <div className="utrecht-form-field__input">
                <Checkbox
                  id={optieId}
                  name={veld.naam}
                  value={o.waarde}
                  checked={gekozen.includes(o.waarde)}
                  invalid={!!fout}
                  onChange={(e) => onChange(e.target.checked ? [...gekozen, o.waarde] : gekozen.filter((g) => g !== o.waarde))}
                />
              </div>
              <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
                <FormLabel htmlFor={optieId} type="checkbox">
                  {o.label}
                </FormLabel>
              </div>
            </FormField>
          );
        })}
      </Fieldset>
    );
  }

  const tekst = typeof waarde === 'string' ? waarde : '';
  const gemeen = {
    id,
    name: veld.naam,
    invalid: !!fout,
    'aria-invalid': fout ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': veld.verplicht ? true : undefined,
  } as const;
  let invoer;
  if (veld.soort === 'keuze') {
    const opties = veld.opties ?? [];
    const metLeeg = opties.some((o) => o.waarde === '') ? opties : [{ waarde: '', label: 'Maak een keuze' }, ...opties];
    invoer = (
      <Select {...gemeen} value={tekst} onChange={(e) => onChange(e.target.value)}>
        {metLeeg.map((o) => (
          <SelectOption key={o.waarde} value={o.waarde}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    );
  } else if (veld.soort === 'tekstvak') {
    invoer = <Textarea {...gemeen} rows={4} value={tekst} onChange={(e) => onChange(e.target.value)} />;
  } else if (veld.soort === 'bestand') {
    invoer = (
      <input
        {...gemeen}
        className="utrecht-textbox bestandveld"
        type="file"
        accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
        onChange={(e) => {
          const bestand = e.target.files?.[0];
          onBestand?.(bestand);
          onChange(bestand?.name ?? '');
        }}
      />
    );
  } else if (veld.soort === 'datum') {
    invoer = (
      <DatumVeld
        id={id}
        name={veld.naam}
        waarde={tekst}
        invalid={!!fout}
        aria-describedby={describedBy}
        aria-required={veld.verplicht ? true : undefined}
        kiesLabel="Open de kalender"
        onChange={(iso, ongeldig) => {
          onChange(iso);
          onOngeldig?.(ongeldig);
        }}
      />
    );
  } else {
    invoer = <Textbox {...gemeen} type="text" value={tekst} onChange={(e) => onChange(e.target.value)} autoComplete="off" />;
  }
  return (
    <FormField type={veld.soort === 'keuze' ? 'select' : 'text'} invalid={!!fout}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {veld.beschrijving && <FormFieldDescription id={beschrijvingId}>{veld.beschrijving}</FormFieldDescription>}
      {fout && <FormFieldErrorMessage id={foutId}>{fout}</FormFieldErrorMessage>}
      <div className="utrecht-form-field__input">{invoer}</div>
    </FormField>
  );
}

/**
 * One command as a form. Required fields are checked here first; the server's
 * problem+json field errors are shown next to their fields and summarised on top.
 * `verstuur` posts the body the fields make (a typed `api()` call of the screen); files of
 * `aanvraag` are uploaded first.
 */
export function ActieFormulier<C = Context, R = Aanvraag>({ aanvraag, verstuur: stuur, commando, definitie, ctx, onGelukt, onAnnuleer }: {
  aanvraag?: Aanvraag;
  verstuur: (body: Formulierbody) => Promise<R>;
  commando: string;
  definitie: ActieDefinitie<C>;
  ctx: C;
  onGelukt: (nieuw: R, melding: string) => void;
  onAnnuleer: () => void;
}) {
  const velden = useMemo(() => definitie.velden(ctx), [definitie, ctx]);
  const [waarden, setWaarden] = useState<Waarden>(() => beginWaarden(velden));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [bezig, setBezig] = useState(false);
  const [ongeldigeDatums, setOngeldigeDatums] = useState<Set<string>>(new Set());
  const [bestanden, setBestanden] = useState<Record<string, File | undefined>>({});
  const samenvattingRef = useRef<HTMLDivElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const zichtbaar = velden.filter((v) => !v.zichtbaar || v.zichtbaar(waarden));
  const labels = Object.fromEntries(velden.map((v) => [v.naam, v.label]));
  const heeftFouten = Object.keys(fouten).length > 0 || algemeen.length > 0;

  useEffect(() => {
    titelRef.current?.focus();
  }, []);
  useEffect(() => {
    if (heeftFouten) samenvattingRef.current?.focus();
  }, [heeftFouten, fouten, algemeen]);

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const ontbreekt = ontbrekendeVelden(velden, waarden);
    for (const naam of ongeldigeDatums) if (zichtbaar.some((v) => v.naam === naam)) ontbreekt[naam] = DATUM_FOUT;
    if (Object.keys(ontbreekt).length > 0) {
      setAlgemeen([]);
      setFouten(ontbreekt);
      return;
    }
    setBezig(true);
    try {
      // Files first (toeleiding documents of the aanvraag): each upload is stored with the case, its id goes into the command.
      const metDocumenten = { ...waarden };
      for (const v of zichtbaar.filter((x) => x.soort === 'bestand' && bestanden[x.naam] && x.document)) {
        if (!aanvraag) throw new Error('Een bestand hoort bij een aanvraag');
        const doc = await uploadBestand('/toeleiding/aanvragen/{id}/documenten', bestanden[v.naam]!, { params: { id: aanvraag.id }, query: { onderdeel: v.document!.onderdeel, soort: v.document!.soort } });
        metDocumenten[v.naam] = doc.id;
      }
      const nieuw = await stuur(alsFormulierbody(nest(teVersturen(velden, metDocumenten))));
      onGelukt(nieuw, definitie.gelukt);
    } catch (err) {
      setBezig(false);
      if (!(err instanceof ApiError)) {
        setFouten({});
        setAlgemeen(['Er ging iets mis. Probeer het opnieuw.']);
        return;
      }
      const mapped = mapFieldErrors(err.problem.errors, labels);
      const gemarkeerd = Object.keys(mapped.fields).length > 0;
      setFouten(mapped.fields);
      // "Controleer de gemarkeerde velden" only when a field is marked; otherwise the errors themselves, in words.
      setAlgemeen([...(!gemarkeerd || mapped.general.length ? [describeProblem(err.problem, gemarkeerd)] : []), ...mapped.general].filter((m, i, a) => a.indexOf(m) === i));
    }
  };

  return (
    <section className="actie-formulier" aria-labelledby={`${commando}-titel`}>
      <Heading3 id={`${commando}-titel`} ref={titelRef} tabIndex={-1}>
        {definitie.titel}
      </Heading3>
      {definitie.uitleg && <Paragraph>{definitie.uitleg}</Paragraph>}
      {heeftFouten && (
        <div className="fout-samenvatting" role="alert" tabIndex={-1} ref={samenvattingRef} aria-labelledby={`${commando}-fouten-titel`}>
          <p className="fout-samenvatting__titel" id={`${commando}-fouten-titel`}>
            <strong>Er {Object.keys(fouten).length + algemeen.length === 1 ? 'is een probleem' : 'zijn problemen'} met uw invoer</strong>
          </p>
          <UnorderedList>
            {algemeen.map((m) => (
              <UnorderedListItem key={m}>{m}</UnorderedListItem>
            ))}
            {Object.entries(fouten).map(([naam, m]) => (
              <UnorderedListItem key={naam}>
                <a className="utrecht-link" href={`#${veldId(commando, naam)}`} onClick={(e) => {
                  e.preventDefault();
                  const el = document.getElementById(veldId(commando, naam));
                  const doel = el?.matches('fieldset') ? el.querySelector('input') : el;
                  (doel as HTMLElement | null)?.focus();
                }}>
                  {m}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <form onSubmit={(e) => void verstuur(e)} noValidate className="formulier">
        {zichtbaar.map((v) => (
          <VeldInvoer
            key={v.naam}
            commando={commando}
            veld={v}
            waarde={waarden[v.naam] ?? ''}
            fout={fouten[v.naam]}
            onChange={(w) => setWaarden((oud) => ({ ...oud, [v.naam]: w }))}
            onBestand={(b) => setBestanden((oud) => ({ ...oud, [v.naam]: b }))}
            onOngeldig={(ongeldig) =>
              setOngeldigeDatums((oud) => {
                const nieuw = new Set(oud);
                if (ongeldig) nieuw.add(v.naam);
                else nieuw.delete(v.naam);
                return nieuw;
              })
            }
          />
        ))}
        <div className="knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {definitie.knop}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
            Annuleren
          </Button>
        </div>
      </form>
    </section>
  );
}
