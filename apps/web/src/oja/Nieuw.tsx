import { Paragraph } from '@utrecht/component-library-react';
import { type Waarden } from '../acties';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { FoutMelding, Laden } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { useOphalen } from '../hooks';
import { AppLink, useRouter } from '../router';
import { Formulier } from './Formulier';
import { naarCenten } from './geld';

const tekst = (w: Waarden, naam: string) => (typeof w[naam] === 'string' ? (w[naam] as string).trim() : '');
const bedrag = (w: Waarden, naam: string) => (tekst(w, naam) ? (naarCenten(tekst(w, naam)) ?? tekst(w, naam)) : undefined);

/** A new individual arrangement: the pupil, the type, goals, plan, jeugdhulp provider and the requested period. */
export function NieuweAanvraag({ account }: { account: Account }) {
  const { navigeer } = useRouter();
  const config = useOphalen('/oja/configuratie');
  if (config.fout) return <FoutMelding fout={config.fout} />;
  if (!config.data) return <Laden />;
  const types = config.data.types.filter((t) => t.vorm === 'individueel');
  return (
    <>
      <Paragraph className="terug">
        <AppLink href="/oja">← Terug naar de arrangementen</AppLink>
      </Paragraph>
      <PaginaKop titel="Nieuwe aanvraag onderwijs-jeugdhulparrangement" />
      <Paragraph lead>Voor één leerling in SWV {account.swv}. Onderwijs en jeugdhulp beoordelen de aanvraag daarna allebei.</Paragraph>
      <Formulier
        naam="aanvragen"
        titel="Aanvraag"
        knop="Aanvraag indienen"
        verstuur={(body) => api('/oja/arrangementen', { method: 'POST', body })}
        velden={[
          { naam: 'leerling.bsn', label: 'BSN van de leerling', soort: 'tekst', verplicht: true, beschrijving: 'Wordt versleuteld bewaard en daarna alleen gemaskeerd getoond.' },
          { naam: 'gemeente', label: 'Woongemeente', soort: 'keuze', verplicht: true, opties: config.data.gemeenten.map((g) => ({ waarde: g.code, label: g.naam })) },
          { naam: 'typeCode', label: 'Arrangementtype', soort: 'keuze', verplicht: true, opties: types.map((t) => ({ waarde: t.code, label: `${t.naam} (${t.leiding}, ${t.voorziening})` })) },
          { naam: 'doelen', label: 'Doelen', soort: 'tekstvak', verplicht: true, beschrijving: 'Eén doel per regel.' },
          { naam: 'plan', label: 'Plan (één kind, één gezin, één plan)', soort: 'tekstvak', verplicht: true },
          { naam: 'jeugdhulpaanbieder', label: 'Jeugdhulpaanbieder', soort: 'tekst', verplicht: true },
          { naam: 'gevraagdePeriode.van', label: 'Gewenste ingangsdatum', soort: 'datum', verplicht: true },
          { naam: 'gevraagdePeriode.tot', label: 'Gewenste einddatum', soort: 'datum', verplicht: true, beschrijving: 'Een arrangement is altijd tijdelijk.' },
          { naam: 'begrootKostenCent', label: 'Begrote kosten', soort: 'tekst', beschrijving: 'In euro’s, voor de hele periode (niet verplicht).' },
        ]}
        bouw={(w) => ({
          leerling: { bsn: tekst(w, 'leerling.bsn') },
          gemeente: tekst(w, 'gemeente'),
          typeCode: tekst(w, 'typeCode'),
          doelen: tekst(w, 'doelen')
            .split('\n')
            .map((d) => d.trim())
            .filter(Boolean),
          plan: tekst(w, 'plan'),
          jeugdhulpaanbieder: tekst(w, 'jeugdhulpaanbieder'),
          gevraagdePeriode: { van: tekst(w, 'gevraagdePeriode.van'), tot: tekst(w, 'gevraagdePeriode.tot') || undefined },
          begrootKostenCent: bedrag(w, 'begrootKostenCent'),
        })}
        veldVan={(v) => (/^doelen\.\d+$/.test(v) ? 'doelen' : v)}
        onGelukt={(r) => navigeer(`/oja/arrangementen/${r.id}`)}
        onAnnuleer={() => navigeer('/oja')}
      />
    </>
  );
}

/** A collective arrangement at a voorziening: places, period, cost and the gemeente's decision, decided at once. */
export function NieuwCollectief({ account }: { account: Account }) {
  const { navigeer } = useRouter();
  const config = useOphalen('/oja/configuratie');
  if (config.fout) return <FoutMelding fout={config.fout} />;
  if (!config.data) return <Laden />;
  const types = config.data.types.filter((t) => t.vorm === 'collectief');
  return (
    <>
      <Paragraph className="terug">
        <AppLink href="/oja">← Terug naar de arrangementen</AppLink>
      </Paragraph>
      <PaginaKop titel="Collectief arrangement inrichten" />
      <Paragraph lead>Een groepsaanbod met plaatsen bij een voorziening van SWV {account.swv}; het geld wordt meteen vastgelegd.</Paragraph>
      <Formulier
        naam="inrichten"
        titel="Inrichting"
        knop="Inrichten"
        verstuur={(body) => api('/oja/arrangementen/collectief', { method: 'POST', body })}
        velden={[
          { naam: 'typeCode', label: 'Arrangementtype', soort: 'keuze', verplicht: true, opties: types.map((t) => ({ waarde: t.code, label: `${t.naam} (${t.voorziening}, ${t.plaatsen} plaatsen)` })) },
          { naam: 'gemeente', label: 'Cofinancierende gemeente', soort: 'keuze', verplicht: true, opties: config.data.gemeenten.map((g) => ({ waarde: g.code, label: g.naam })) },
          { naam: 'periode.van', label: 'Ingangsdatum', soort: 'datum', verplicht: true },
          { naam: 'periode.tot', label: 'Einddatum', soort: 'datum', verplicht: true },
          { naam: 'plaatsen', label: 'Aantal plaatsen', soort: 'tekst', beschrijving: 'Leeg: het aantal van het type.' },
          { naam: 'kostenCent', label: 'Kosten voor de hele periode', soort: 'tekst', verplicht: true, beschrijving: 'In euro’s.' },
          { naam: 'referentie.soort', label: 'Soort besluit van de gemeente', soort: 'keuze', verplicht: true, opties: [{ waarde: 'beschikking', label: 'Beschikking' }, { waarde: 'toewijzing', label: 'Toewijzing' }] },
          { naam: 'referentie.kenmerk', label: 'Kenmerk van het besluit', soort: 'tekst', verplicht: true },
          { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', beschrijving: 'Verplicht als de periode langer is dan de normduur.' },
          { naam: 'overschrijding.reden', label: 'Motivering om boven het budget te beslissen', soort: 'tekstvak', beschrijving: 'Alleen invullen als u bewust boven het budget beslist.' },
        ]}
        bouw={(w) => ({
          typeCode: tekst(w, 'typeCode'),
          gemeente: tekst(w, 'gemeente'),
          periode: { van: tekst(w, 'periode.van'), tot: tekst(w, 'periode.tot') || undefined },
          plaatsen: tekst(w, 'plaatsen') ? Number(tekst(w, 'plaatsen')) : undefined,
          kostenCent: bedrag(w, 'kostenCent'),
          referentie: { soort: tekst(w, 'referentie.soort'), kenmerk: tekst(w, 'referentie.kenmerk') },
          motivering: tekst(w, 'motivering') || undefined,
          overschrijding: tekst(w, 'overschrijding.reden') ? { reden: tekst(w, 'overschrijding.reden') } : undefined,
        })}
        onGelukt={(r) => navigeer(`/oja/arrangementen/${r.id}`)}
        onAnnuleer={() => navigeer('/oja')}
      />
    </>
  );
}
