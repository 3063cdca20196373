import { Button, FormField, FormFieldErrorMessage, FormLabel, Heading2, Paragraph, Select, SelectOption, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { ApiError, uploadBestand } from '../api/client';
import { describeProblem } from '../api/problem';
import { type Account, type DocumentInfo, type DocumentSoort } from '../api/types';
import { datum } from '../format';

export const DOCUMENT_SOORTEN: Record<string, string> = {
  opp: 'Ontwikkelingsperspectiefplan (OPP)',
  'tlo-verslag': 'Verslag toelaatbaarheidsoverleg',
  advies: 'Deskundigenadvies',
  besluitbrief: 'Besluitbrief',
  overig: 'Overig document',
};

const grootte = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} kB` : `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);

/** Where a document of a case is downloaded (each download is in the access log). */
export const documentHref = (zaakId: string, d: Pick<DocumentInfo, 'id'>) => `/api/toeleiding/aanvragen/${encodeURIComponent(zaakId)}/documenten/${encodeURIComponent(d.id)}`;

/** The documents of a case: download links (roles that read the case) and an upload for those who work it. */
export function Documenten({ zaakId, documenten, account, onToegevoegd }: { zaakId: string; documenten: DocumentInfo[]; account: Account; onToegevoegd: () => void }) {
  const [soort, setSoort] = useState<DocumentSoort>('opp');
  const [bestand, setBestand] = useState<File>();
  const [fout, setFout] = useState<string>();
  const [melding, setMelding] = useState<string>();
  const [bezig, setBezig] = useState(false);
  const magToevoegen = ['consulent', 'orthopedagoog', 'teamleider'].includes(account.rol);

  const voegToe = async (e: FormEvent) => {
    e.preventDefault();
    if (!bestand) return setFout('Kies een bestand');
    setBezig(true);
    setFout(undefined);
    try {
      await uploadBestand('/toeleiding/aanvragen/{id}/documenten', bestand, { params: { id: zaakId }, query: { onderdeel: 'aanvraag', soort } });
      setMelding(`${DOCUMENT_SOORTEN[soort]} is toegevoegd.`);
      setBestand(undefined);
      (e.target as HTMLFormElement).reset();
      onToegevoegd();
    } catch (err) {
      setFout(err instanceof ApiError ? describeProblem(err.problem) : 'Toevoegen is niet gelukt.');
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="sectie" aria-labelledby="documenten">
      <Heading2 id="documenten">Documenten</Heading2>
      {documenten.length === 0 ? (
        <Paragraph>Nog geen documenten.</Paragraph>
      ) : (
        <UnorderedList className="documenten">
          {documenten.map((d) => (
            <UnorderedListItem key={d.id}>
              <a className="utrecht-link" href={documentHref(zaakId, d)} download>
                {DOCUMENT_SOORTEN[d.soort] ?? d.soort}
              </a>{' '}
              <span className="sub">
                {d.bestandsnaam} · {grootte(d.grootte)} · versie {d.versie} · {datum(d.toegevoegdOp.slice(0, 10))}
              </span>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {melding && (
        <Paragraph role="status" className="ok">
          {melding}
        </Paragraph>
      )}
      {magToevoegen && (
        <form className="toewijzen" onSubmit={(e) => void voegToe(e)} noValidate>
          <FormField type="select" className="filter">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="document-soort">Soort document</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select id="document-soort" value={soort} onChange={(e) => setSoort(e.target.value as DocumentSoort)}>
                {(['opp', 'tlo-verslag', 'overig'] as const).map((s) => (
                  <SelectOption key={s} value={s}>
                    {DOCUMENT_SOORTEN[s]}
                  </SelectOption>
                ))}
              </Select>
            </div>
          </FormField>
          <FormField type="text" className="filter" invalid={!!fout}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="document-bestand">Bestand (PDF, Word, PNG of JPEG)</FormLabel>
            </div>
            {fout && <FormFieldErrorMessage id="document-bestand-fout">{fout}</FormFieldErrorMessage>}
            <div className="utrecht-form-field__input">
              <input
                id="document-bestand"
                className="utrecht-textbox bestandveld"
                type="file"
                aria-invalid={fout ? true : undefined}
                aria-describedby={fout ? 'document-bestand-fout' : undefined}
                accept=".pdf,.docx,.png,.jpg,.jpeg"
                onChange={(e) => setBestand(e.target.files?.[0])}
              />
            </div>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" disabled={bezig}>
            Document toevoegen
          </Button>
        </form>
      )}
    </section>
  );
}
