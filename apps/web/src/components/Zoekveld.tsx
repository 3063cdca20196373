import { Button, FormLabel, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useRouter } from '../router';

/**
 * The one search field on every screen: kenmerk, pupil name, date of birth (dd-mm-jjjj),
 * BSN or onderwijsnummer, or school. The text travels outside the URL (it may be a BSN or
 * a name): no browser history entry, no server log, no referrer holds it.
 */
export function Zoekveld() {
  const { navigeer, pad, staat } = useRouter();
  const [tekst, setTekst] = useState(pad === '/zoeken' && typeof staat.q === 'string' ? staat.q : '');
  const zoek = (e: FormEvent) => {
    e.preventDefault();
    const q = tekst.trim();
    if (q.length < 2) return;
    navigeer('/zoeken', { staat: { q } });
  };
  return (
    <div className="zoekveld">
      <form onSubmit={zoek} role="search" aria-label="Zoeken in dossiers">
        <FormLabel htmlFor="zoekveld" className="visueel-verborgen">
          Zoekterm
        </FormLabel>
        <Textbox
          id="zoekveld"
          name="zoek"
          type="search"
          value={tekst}
          onChange={(e) => setTekst(e.target.value)}
          placeholder="Kenmerk, naam, geboortedatum, BSN of school"
          autoComplete="off"
          spellCheck={false}
          className="zoekveld__tekst"
        />
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </form>
    </div>
  );
}
