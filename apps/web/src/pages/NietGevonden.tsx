import { Paragraph } from '@utrecht/component-library-react';
import { PaginaKop } from '../components/PaginaKop';
import { AppLink } from '../router';

export function NietGevonden({ titel = 'Pagina niet gevonden', tekst }: { titel?: string; tekst?: string }) {
  return (
    <>
      <PaginaKop titel={titel} />
      <Paragraph>{tekst ?? 'Deze pagina bestaat niet (meer), of u heeft er geen toegang toe.'}</Paragraph>
      <Paragraph>
        <AppLink href="/">Naar de werkvoorraad</AppLink>
      </Paragraph>
    </>
  );
}
