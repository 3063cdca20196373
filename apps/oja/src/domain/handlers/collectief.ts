import { OngeldigeInvoer, vereisDatum, vereisEen, vereisId } from '@pao/zaak/domein';
import { type Arrangement, RESULTATEN } from '../arrangement';
import { type LeerlingPlaatsen, type LeerlingUitschrijven } from '../commandos';
import { type OjaWerkcontext } from '../context';
import { eigenRegels, type Resultaat, volgende } from './gemeen';

/** A pupil takes a place in a collective arrangement (refused when all places are taken: the table). */
export function leerlingPlaatsen(s: Arrangement, c: LeerlingPlaatsen, w: OjaWerkcontext): Resultaat {
  const leerlingRef = vereisId('leerlingRef', c.leerlingRef);
  const regels = eigenRegels(s, w);
  if (typeof c.gemeente !== 'string' || !regels.gemeenten.some((g) => g.code === c.gemeente)) throw new OngeldigeInvoer('gemeente', 'onbekende gemeente');
  const datum = c.datum === undefined ? w.vandaag : vereisDatum('datum', c.datum);
  if (datum < s.periode.van || datum > s.periode.tot) throw new OngeldigeInvoer('datum', 'valt buiten de looptijd van het arrangement');
  if (s.deelnames.some((d) => d.leerlingRef === leerlingRef && d.tot === undefined)) throw new OngeldigeInvoer('leerlingRef', 'deze leerling heeft hier al een plaats');
  const deelname = { id: w.nieuwId(), leerlingRef, gemeente: c.gemeente, van: datum };
  return { state: volgende(s, { deelnames: [...s.deelnames, deelname] }), events: [{ naam: 'LeerlingGeplaatst', data: { deelnameId: deelname.id, datum } }] };
}

export function leerlingUitschrijven(s: Arrangement, c: LeerlingUitschrijven, w: OjaWerkcontext): Resultaat {
  const deelname = s.deelnames.find((d) => d.id === c.deelnameId && d.tot === undefined);
  if (!deelname) throw new OngeldigeInvoer('deelnameId', 'geen lopende plaats in dit arrangement');
  const resultaat = vereisEen('resultaat', c.resultaat, RESULTATEN);
  const datum = c.datum === undefined ? w.vandaag : vereisDatum('datum', c.datum);
  if (datum < deelname.van) throw new OngeldigeInvoer('datum', 'ligt vóór de plaatsing');
  if (datum > s.periode.tot) throw new OngeldigeInvoer('datum', 'ligt na de einddatum van het arrangement');
  return {
    state: volgende(s, { deelnames: s.deelnames.map((d) => (d.id === deelname.id ? { ...d, tot: datum, resultaat, resultaatOp: w.vandaag } : d)) }),
    events: [{ naam: 'LeerlingUitgeschreven', data: { deelnameId: deelname.id, datum, resultaat } }],
  };
}
