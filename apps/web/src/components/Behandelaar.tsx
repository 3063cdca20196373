import { Button, FormField, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError, api } from '../api/client';
import { describeProblem } from '../api/problem';
import { type Aanvraag, type Account } from '../api/types';
import { useOphalen } from '../hooks';
import { FoutMelding } from './Melding';

/**
 * Who owns the case. A consulent takes it up (or hands their own case over); the teamleider
 * assigns it to anyone of the team (the gateway's directory, each entry signed). Audited.
 */
export function Behandelaar({ aanvraag, account, onGewijzigd }: { aanvraag: Aanvraag; account: Account; onGewijzigd: (a: Aanvraag, melding: string) => void }) {
  const magToewijzen = account.rol === 'teamleider' || account.rol === 'consulent';
  const team = useOphalen(magToewijzen ? '/medewerkers' : undefined);
  const [keuze, setKeuze] = useState('');
  const [fout, setFout] = useState<string>();
  const [bezig, setBezig] = useState(false);
  const huidig = aanvraag.behandelaar;
  const consulenten = (team.data?.items ?? []).filter((m) => m.rol === 'consulent');
  const ik = consulenten.find((m) => m.id === account.id);

  const wijs = async (kaart: string | null, melding: string) => {
    setBezig(true);
    setFout(undefined);
    try {
      const nieuw = await api('/toeleiding/aanvragen/{id}/behandelaar', { method: 'PUT', params: { id: aanvraag.id }, body: { kaart } });
      onGewijzigd(nieuw, melding);
      setKeuze('');
    } catch (e) {
      setFout(e instanceof ApiError ? describeProblem(e.problem) : 'Toewijzen is niet gelukt.');
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="sectie" aria-labelledby="behandelaar">
      <Heading2 id="behandelaar">Behandelaar</Heading2>
      <Paragraph>{huidig ? (huidig.id === account.id ? `U (${huidig.naam ?? 'consulent'})` : (huidig.naam ?? 'Een consulent')) : 'Nog niemand: deze aanvraag heeft geen behandelaar.'}</Paragraph>
      {team.fout && <FoutMelding fout={team.fout} />}
      {fout && (
        <Paragraph className="fout" role="alert">
          {fout}
        </Paragraph>
      )}
      {account.rol === 'consulent' && ik && huidig?.id !== account.id && (
        <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={() => void wijs(ik.kaart, 'U bent nu de behandelaar.')}>
          Zelf oppakken
        </Button>
      )}
      {(account.rol === 'teamleider' || huidig?.id === account.id) && consulenten.length > 0 && (
        <form
          className="toewijzen"
          onSubmit={(e) => {
            e.preventDefault();
            const m = consulenten.find((c) => c.id === keuze);
            if (m) void wijs(m.kaart, `${m.naam} is nu de behandelaar.`);
          }}
        >
          <FormField type="select" className="filter">
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="toewijzen-aan">{huidig ? 'Overdragen aan' : 'Toewijzen aan'}</FormLabel>
            </div>
            <div className="utrecht-form-field__input">
              <Select id="toewijzen-aan" value={keuze} onChange={(e) => setKeuze(e.target.value)}>
                <SelectOption value="">Kies een consulent</SelectOption>
                {consulenten
                  .filter((c) => c.id !== huidig?.id)
                  .map((c) => (
                    <SelectOption key={c.id} value={c.id}>
                      {c.naam}
                    </SelectOption>
                  ))}
              </Select>
            </div>
          </FormField>
          <Button type="submit" appearance="secondary-action-button" disabled={bezig || !keuze}>
            {huidig ? 'Overdragen' : 'Toewijzen'}
          </Button>
        </form>
      )}
    </section>
  );
}
