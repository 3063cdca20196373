import { plusDagen, type TermijnIntentie } from '@pao/zaak/domein';
import { type Arrangement } from './arrangement';
import { type OjaCommandoType } from './commandos';
import { type OjaRegelset } from './regels';

/**
 * The deadlines an arrangement has in its current state, from the deadline rules of its
 * own rule version. The kit keeps the deadline rows equal to this list after every
 * command, so an ended or closed arrangement arms nothing.
 *   beoordeling        both sides assess within N weeks (reminder)
 *   evaluatie          the next evaluation, with a warning N days before; overdue is shown
 *   arrangement-einde  the einddatum, warned N weeks before; then the arrangement ends
 *   afsluiting         an ended arrangement is closed with its result within N weeks
 */
export function ojaTermijnen(s: Arrangement, regelset: OjaRegelset): TermijnIntentie<OjaCommandoType>[] {
  const regels = regelset.versie(s.regelVersie);
  if (!regels) throw new Error(`OJA-regelversie ${s.regelVersie} is niet (meer) geconfigureerd`);
  const t = regels.termijnen;
  const versie = (soort: string) => `${regels.versie}/${soort}`;
  const uit: TermijnIntentie<OjaCommandoType>[] = [];
  switch (s.status) {
    case 'in-beoordeling':
      if (s.aanvraag) uit.push({ soort: 'beoordeling', vervaltOp: plusDagen(s.aanvraag.aangevraagdOp, t.beoordelingWeken * 7), regelVersie: versie('beoordeling') });
      break;
    case 'toegekend':
    case 'lopend':
      if (s.status === 'lopend' && s.volgendeEvaluatie) {
        uit.push({ soort: 'evaluatie', vervaltOp: s.volgendeEvaluatie, regelVersie: versie('evaluatie'), waarschuwingen: [{ dagen: t.evaluatieWaarschuwingDagen }] });
      }
      uit.push({
        soort: 'arrangement-einde',
        vervaltOp: s.periode.tot,
        regelVersie: versie('arrangement-einde'),
        bijVerstrijken: 'einddatumBereikt',
        waarschuwingen: [{ dagen: t.einddatumWaarschuwingWeken * 7 }],
      });
      break;
    case 'beeindigd':
      if (s.einde) uit.push({ soort: 'afsluiting', vervaltOp: plusDagen(s.einde.datum, t.afsluitenWeken * 7), regelVersie: versie('afsluiting') });
      break;
    default:
      break;
  }
  return uit;
}
