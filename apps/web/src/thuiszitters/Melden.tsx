import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { type ActieDefinitie } from '../acties';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { ActieFormulier } from '../components/ActieFormulier';
import { PaginaKop } from '../components/PaginaKop';
import { vandaag } from '../format';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { betrokkenheidVelden, type TafelContext } from './acties';

/** A new melding: leerplicht, the school board and the SWV are told at once (an event); the pupil is identified by BSN or onderwijsnummer. */
const MELDING: ActieDefinitie<TafelContext> = {
  titel: 'Gegevens van de melding',
  uitleg: 'Leerplicht, het schoolbestuur en het samenwerkingsverband worden direct geïnformeerd. De naam van de leerling wordt niet gevraagd.',
  knop: 'Melding maken',
  gelukt: 'De melding is gemaakt.',
  velden: (ctx) => [
    { naam: 'leerling.bsn', label: 'BSN van de leerling', soort: 'tekst', verplicht: true, beschrijving: '9 cijfers; wordt versleuteld opgeslagen en nergens getoond.' },
    {
      naam: 'soort',
      label: 'Soort melding',
      soort: 'keuze',
      verplicht: true,
      opties: [
        { waarde: 'langdurig-relatief-verzuim', label: 'Langdurig relatief verzuim (ingeschreven, thuis zonder geldige reden)' },
        { waarde: 'absoluut-verzuim', label: 'Absoluut verzuim (niet ingeschreven)' },
        { waarde: 'dreigend', label: 'Dreigend thuiszitter' },
        { waarde: 'crisis', label: 'Crisis (dringende handelingsverlegenheid)' },
      ],
    },
    {
      naam: 'melder.soort',
      label: 'Gemeld door',
      soort: 'keuze',
      verplicht: true,
      opties: [
        { waarde: 'school', label: 'School' },
        { waarde: 'steunpunt', label: 'Steunpunt' },
        { waarde: 'leerplicht', label: 'Leerplicht' },
        { waarde: 'jeugdhulp', label: 'Jeugdhulp / wijkteam' },
      ],
    },
    { naam: 'schoolId', label: 'School van inschrijving', soort: 'keuze', opties: [{ waarde: '', label: 'Niet ingeschreven' }, ...ctx.scholen.map((s) => ({ waarde: s.id, label: s.naam }))] },
    { naam: 'thuisSinds', label: 'Thuis sinds', soort: 'datum', beschrijving: 'Eerste dag zonder onderwijs; verplicht bij verzuim.', zichtbaar: (w) => w.soort !== 'crisis' },
    { naam: 'onderwijsNog', label: 'Onderwijs dat nog gegeven wordt', soort: 'tekst' },
    ...betrokkenheidVelden(),
    { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak' },
    { naam: 'gemeldOp', label: 'Gemeld op', soort: 'datum', standaard: ctx.vandaag },
  ],
};

export function Melden({ account }: { account: Account }) {
  const scholen = useOphalen('/thuiszitters/scholen');
  const { navigeer } = useRouter();
  const nu = vandaag();
  const ctx = useMemo(() => ({ scholen: scholen.data?.items ?? [], vandaag: nu }), [scholen.data, nu]);
  return (
    <>
      <Paragraph className="terug">
        <AppLink href="/thuiszitters">← Terug naar de thuiszitters</AppLink>
      </Paragraph>
      <PaginaKop titel="Nieuwe melding" />
      <Paragraph lead>Een (dreigende) thuiszitter of een crisis melden bij het samenwerkingsverband {account.swv}.</Paragraph>
      {scholen.data && (
        <ActieFormulier
          verstuur={(body) => api('/thuiszitters/meldingen', { method: 'POST', body })}
          commando="melden"
          definitie={MELDING}
          ctx={ctx}
          onGelukt={(nieuw) => navigeer(`/thuiszitters/casussen/${encodeURIComponent(nieuw.id)}`)}
          onAnnuleer={() => navigeer('/thuiszitters')}
        />
      )}
    </>
  );
}
