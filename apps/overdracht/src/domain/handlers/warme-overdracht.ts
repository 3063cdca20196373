import { OngeldigeInvoer, vereisDatum, vereisObject, type Werkcontext } from '@pao/zaak/domein';
import { type Commando } from '../commandos';
import { DEELNEMERS, type Checklist, type Deelnemer } from '../typen';
import { datum, optioneleTekst, vereisBoolean, volgende, type Uitkomst } from './gemeen';
import { type Overdracht } from '../typen';

export function warmeOverdrachtPlannen(s: Overdracht, c: Commando<'warmeOverdrachtPlannen'>): Uitkomst {
  const op = vereisDatum('datum', c.datum);
  const schoolId = s.plaatsing!.schoolId;
  return volgende(s, { warmeOverdracht: { schoolId, geplandOp: op } });
}

function deelnemers(waarde: unknown): readonly Deelnemer[] {
  if (!Array.isArray(waarde) || waarde.length === 0) throw new OngeldigeInvoer('deelnemers', 'noem wie aan tafel zaten');
  const uniek = new Set<Deelnemer>();
  for (const d of waarde) {
    if (typeof d !== 'string' || !(DEELNEMERS as readonly string[]).includes(d)) throw new OngeldigeInvoer('deelnemers', `moeten uit ${DEELNEMERS.join(', ')} komen`);
    uniek.add(d as Deelnemer);
  }
  if (!uniek.has('ontvangende-school')) throw new OngeldigeInvoer('deelnemers', 'de ontvangende school hoort aan tafel');
  return DEELNEMERS.filter((d) => uniek.has(d));
}

function checklist(waarde: unknown): Checklist {
  const c = vereisObject('checklist', waarde);
  const ondersteuningsafspraken = optioneleTekst('checklist.ondersteuningsafspraken', c.ondersteuningsafspraken, 4000);
  if (!ondersteuningsafspraken) throw new OngeldigeInvoer('checklist.ondersteuningsafspraken', 'is verplicht: wat is afgesproken over de ondersteuning?');
  const wieVolgtOp = optioneleTekst('checklist.wieVolgtOp', c.wieVolgtOp, 200);
  if (!wieVolgtOp) throw new OngeldigeInvoer('checklist.wieVolgtOp', 'is verplicht: wie volgt de afspraken op?');
  return {
    ondersteuningsafspraken,
    wieVolgtOp,
    evaluatieOp: vereisDatum('checklist.evaluatieOp', c.evaluatieOp),
    dossierBesproken: vereisBoolean('checklist.dossierBesproken', c.dossierBesproken),
    oppBesproken: vereisBoolean('checklist.oppBesproken', c.oppBesproken),
  };
}

/** The meeting was held: who sat at the table and the checklist of what was agreed. */
export function warmeOverdrachtVastleggen(s: Overdracht, c: Commando<'warmeOverdrachtVastleggen'>, w: Werkcontext): Uitkomst {
  const op = datum('datum', c.datum, w);
  const lijst = checklist(c.checklist);
  if (lijst.evaluatieOp < op) throw new OngeldigeInvoer('checklist.evaluatieOp', 'ligt vóór het gesprek');
  const schoolId = s.plaatsing!.schoolId;
  const gepland = s.warmeOverdracht?.schoolId === schoolId ? s.warmeOverdracht.geplandOp : undefined;
  return volgende(s, { warmeOverdracht: { schoolId, geplandOp: gepland, gehouden: { datum: op, deelnemers: deelnemers(c.deelnemers), checklist: lijst } } });
}
