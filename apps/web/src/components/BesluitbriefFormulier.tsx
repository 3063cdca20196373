import { Button, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError, api } from '../api/client';
import { describeProblem, mapFieldErrors } from '../api/problem';
import { type Aanvraag, type BesluitbriefOpgesteld as Opgesteld } from '../api/types';
import { DATUM_FOUT } from '../datum-invoer';
import { datum } from '../format';
import { DatumVeld } from './DatumVeld';
import { documentHref } from './Documenten';

/**
 * The besluit letter: choose the day it is sent (required: it is the bekendmaking, Awb
 * 3:41), draw it up, read it, send it. Sending records the bekendmaking on that day; the
 * bezwaartermijn runs from it, to the last day the letter names.
 */
export function BesluitbriefFormulier({ aanvraag, onGelukt, onAnnuleer }: { aanvraag: Aanvraag; onGelukt: (a: Aanvraag, melding: string) => void; onAnnuleer: () => void }) {
  const [verzenddatum, setVerzenddatum] = useState('');
  const [ongeldig, setOngeldig] = useState(false);
  const [fout, setFout] = useState<string>();
  const [opgesteld, setOpgesteld] = useState<Opgesteld>();
  const [bekeken, setBekeken] = useState(false);
  const [bezig, setBezig] = useState(false);
  const params = { id: aanvraag.id };

  const fouten = (e: unknown) => {
    if (!(e instanceof ApiError)) return setFout('Er ging iets mis. Probeer het opnieuw.');
    const m = mapFieldErrors(e.problem.errors, { verzenddatum: 'De verzenddatum' });
    setFout(m.fields.verzenddatum ?? [describeProblem(e.problem, false), ...m.general].join(' '));
  };

  const stelOp = async () => {
    if (ongeldig || !verzenddatum) return setFout(ongeldig ? DATUM_FOUT : 'Vul de datum van verzending in: de bezwaartermijn begint de dag erna');
    setBezig(true);
    setFout(undefined);
    try {
      setOpgesteld(await api('/toeleiding/aanvragen/{id}/besluitbrief', { method: 'POST', params, body: { verzenddatum } }));
      setBekeken(false);
    } catch (e) {
      fouten(e);
    } finally {
      setBezig(false);
    }
  };

  const verzend = async () => {
    if (!opgesteld) return;
    setBezig(true);
    setFout(undefined);
    try {
      const nieuw = await api('/toeleiding/aanvragen/{id}/besluitbrief/verzenden', { method: 'POST', params, body: { verzenddatum: opgesteld.verzenddatum } });
      onGelukt(nieuw, `De besluitbrief is verzonden op ${datum(opgesteld.verzenddatum)}: het besluit is bekendgemaakt. De bezwaartermijn loopt tot en met ${datum(opgesteld.bezwaarUiterlijk)}.`);
    } catch (e) {
      fouten(e);
      setBezig(false);
    }
  };

  return (
    <section className="actie-formulier" aria-labelledby="besluitbrief-titel">
      <Heading3 id="besluitbrief-titel" tabIndex={-1}>
        Besluitbrief opstellen en verzenden
      </Heading3>
      <Paragraph>Bekendmaken is het verzenden van de besluitbrief aan ouders en school (Awb 3:41). De bezwaartermijn van zes weken begint de dag na de verzending.</Paragraph>
      <div className="formulier">
        <FormField type="text" invalid={!!fout}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="besluitbrief-verzenddatum">Datum van verzending</FormLabel>
          </div>
          <FormFieldDescription id="besluitbrief-verzenddatum-uitleg">Als dd-mm-jjjj. Verzenden kan op of na deze dag.</FormFieldDescription>
          {fout && <FormFieldErrorMessage id="besluitbrief-verzenddatum-fout">{fout}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <DatumVeld
              id="besluitbrief-verzenddatum"
              name="verzenddatum"
              waarde={verzenddatum}
              invalid={!!fout}
              aria-required
              aria-describedby={[fout ? 'besluitbrief-verzenddatum-fout' : '', 'besluitbrief-verzenddatum-uitleg'].filter(Boolean).join(' ')}
              kiesLabel="Open de kalender"
              onChange={(iso, o) => {
                setVerzenddatum(iso);
                setOngeldig(o);
                if (opgesteld && iso !== opgesteld.verzenddatum) setOpgesteld(undefined);
              }}
            />
          </div>
        </FormField>
        {opgesteld && (
          <Paragraph className="brief-klaar" role="status">
            De brief is opgesteld (versie {opgesteld.document.versie}) voor verzending op {datum(opgesteld.verzenddatum)}; bezwaar kan tot en met {datum(opgesteld.bezwaarUiterlijk)}.{' '}
            <a className="utrecht-link" href={documentHref(aanvraag.id, opgesteld.document)} download onClick={() => setBekeken(true)}>
              Bekijk de brief (PDF)
            </a>
          </Paragraph>
        )}
        <div className="knoppen">
          {!opgesteld ? (
            <Button type="button" appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={() => void stelOp()}>
              Brief opstellen
            </Button>
          ) : (
            <Button type="button" appearance="primary-action-button" busy={bezig} disabled={bezig || !bekeken} onClick={() => void verzend()} aria-describedby={bekeken ? undefined : 'besluitbrief-eerst-bekijken'}>
              Brief verzenden
            </Button>
          )}
          <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
            Annuleren
          </Button>
        </div>
        {opgesteld && !bekeken && (
          <Paragraph id="besluitbrief-eerst-bekijken" className="sub">
            Bekijk de brief voordat u hem verzendt.
          </Paragraph>
        )}
      </div>
    </section>
  );
}
