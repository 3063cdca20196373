import { Button, FormField, FormFieldErrorMessage, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { describeProblem } from '../api/problem';
import { Melding } from '../components/Melding';
import { PaginaKop, focusOpVolgendePagina } from '../components/PaginaKop';
import { useSessie } from '../sessie';

export function Inloggen({ reden }: { reden?: 'verlopen' | 'uitgelogd' }) {
  const [gebruikersnaam, setGebruikersnaam] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fouten, setFouten] = useState<{ gebruikersnaam?: string; wachtwoord?: string; algemeen?: string }>({});
  const [viaOrganisatie, setViaOrganisatie] = useState(false);
  const [bezig, setBezig] = useState(false);
  const naamRef = useRef<HTMLInputElement>(null);
  const wachtwoordRef = useRef<HTMLInputElement>(null);
  const { inloggen } = useSessie();

  const verstuur = async (e: FormEvent) => {
    e.preventDefault();
    const nieuw: typeof fouten = {};
    if (!gebruikersnaam.trim()) nieuw.gebruikersnaam = 'Vul uw gebruikersnaam in';
    if (!wachtwoord) nieuw.wachtwoord = 'Vul uw wachtwoord in';
    setFouten(nieuw);
    if (nieuw.gebruikersnaam) return naamRef.current?.focus();
    if (nieuw.wachtwoord) return wachtwoordRef.current?.focus();
    setBezig(true);
    try {
      focusOpVolgendePagina();
      await inloggen(gebruikersnaam.trim(), wachtwoord);
    } catch (err) {
      const problem = err instanceof ApiError ? err.problem : undefined;
      if (problem?.status === 404) {
        // The gateway signs in through OpenID Connect (AUTH_MODE=oidc): no passwords here.
        setViaOrganisatie(true);
        setFouten({});
        setBezig(false);
        return;
      }
      setFouten({ algemeen: problem?.status === 401 ? 'Gebruikersnaam of wachtwoord is onjuist.' : problem ? describeProblem(problem) : 'Inloggen is niet gelukt.' });
      setWachtwoord('');
      setBezig(false);
      wachtwoordRef.current?.focus();
    }
  };

  return (
    <div className="smal">
      <PaginaKop titel="Inloggen" />
      {reden === 'verlopen' && (
        <Melding type="warning">
          <Paragraph>Uw sessie is verlopen. Log opnieuw in om verder te werken.</Paragraph>
        </Melding>
      )}
      {reden === 'uitgelogd' && (
        <Melding type="ok">
          <Paragraph>U bent uitgelogd.</Paragraph>
        </Melding>
      )}
      {viaOrganisatie && (
        <Melding type="info">
          <Paragraph>
            Inloggen met een wachtwoord is uitgeschakeld. <a className="utrecht-link" href="/api/oidc/login">Log in via uw organisatie</a>.
          </Paragraph>
        </Melding>
      )}
      {fouten.algemeen && (
        <Melding type="error">
          <Paragraph>{fouten.algemeen}</Paragraph>
        </Melding>
      )}
      <form onSubmit={(e) => void verstuur(e)} noValidate className="formulier">
        <FormField type="text" invalid={!!fouten.gebruikersnaam}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="gebruikersnaam">Gebruikersnaam</FormLabel>
          </div>
          {fouten.gebruikersnaam && <FormFieldErrorMessage id="gebruikersnaam-fout">{fouten.gebruikersnaam}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <Textbox
              id="gebruikersnaam"
              name="gebruikersnaam"
              ref={naamRef}
              autoComplete="username"
              value={gebruikersnaam}
              onChange={(e) => setGebruikersnaam(e.target.value)}
              invalid={!!fouten.gebruikersnaam}
              aria-describedby={fouten.gebruikersnaam ? 'gebruikersnaam-fout' : undefined}
              required
            />
          </div>
        </FormField>
        <FormField type="text" invalid={!!fouten.wachtwoord}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="wachtwoord">Wachtwoord</FormLabel>
          </div>
          {fouten.wachtwoord && <FormFieldErrorMessage id="wachtwoord-fout">{fouten.wachtwoord}</FormFieldErrorMessage>}
          <div className="utrecht-form-field__input">
            <Textbox
              id="wachtwoord"
              name="wachtwoord"
              type="password"
              ref={wachtwoordRef}
              autoComplete="current-password"
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
              invalid={!!fouten.wachtwoord}
              aria-describedby={fouten.wachtwoord ? 'wachtwoord-fout' : undefined}
              required
            />
          </div>
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Inloggen
        </Button>
      </form>
    </div>
  );
}
