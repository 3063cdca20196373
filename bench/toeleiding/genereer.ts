// Synthetic TLV cases for the toeleiding benchmark: states reached by running the real
// domain commands (never hand-written state), cloned with fresh ids, pupils and schools.
import { randomUUID } from 'node:crypto';
import { kalenderTermijnrekenaar } from '../../apps/toeleiding/src/application/kalender-termijnrekenaar';
import { maakAan, onherroepelijkNa, plusDagen, voerUit, eersteVolledigSchooljaarEinde, standaardBeleid, type Actor, type TlvAanvraag, type TlvCommando, type TlvSoort } from '../../apps/toeleiding/src/domain';

const REKENAAR = kalenderTermijnrekenaar();
/** A bench case is of the demo SWV of its sector ('PO' or 'VO'; bench:toeleiding uses VO only). */
export type Sector = 'PO' | 'VO';
export const BELEIDEN = { PO: standaardBeleid('PO', 'PO'), VO: standaardBeleid('VO', 'VO') };
export const BELEID = BELEIDEN.VO;
const ACTOREN = (sector: Sector): Record<string, Actor> => ({
  consulent: { id: 'bench-consulent', rol: 'consulent', organisatie: sector },
  orthopedagoog: { id: 'bench-ortho', rol: 'orthopedagoog', organisatie: sector },
  teamleider: { id: 'bench-teamleider', rol: 'teamleider', organisatie: sector },
  systeem: { id: 'termijnmotor', rol: 'systeem', organisatie: 'systeem' },
});

export { rng } from '../rng';

function ctx(datum: string, actor: Actor, sector: Sector) {
  return { nu: new Date(`${datum}T10:00:00Z`), actor, termijnen: REKENAAR, nieuwId: randomUUID, beleid: BELEIDEN[sector] };
}

export type Einde = 'procedure' | 'tlv';

/** A pupil who meets the national PrO criteria (the eerste deskundige's toetsing). */
const PRO_GEGEVENS = { iq: 70, leerachterstanden: { 'inzichtelijk-rekenen': 60, 'begrijpend-lezen': 55 } };

/**
 * One case: a request made on `start`, run to a random point. `tlv` cases always end with
 * a bekendgemaakt toelaatbaar besluit whose TLV is valid on `peildatum`, then maybe
 * placed or bridged, and final once the bezwaartermijn has passed by `vandaag`;
 * `procedure` cases stop somewhere before the besluit.
 */
export function genereerZaak(r: () => number, start: string, peildatum: string, vandaag: string, einde: Einde, schoolId: string, plaatsSchoolId: string, sector: Sector = 'VO'): TlvAanvraag {
  const SOORTEN = BELEIDEN[sector].soorten as TlvSoort[];
  const ACTOR = ACTOREN(sector);
  const soort = SOORTEN[Math.floor(r() * SOORTEN.length)];
  const aanvrager = { bevoegdGezagId: randomUUID(), schoolId };
  let s = maakAan(
    { type: 'aanmaken', swv: sector, leerlingRef: randomUUID(), aanvrager, dossier: { gevraagdeSoort: soort, ondersteuningsbehoefte: 'Geprobeerd: arrangement in de klas. Nodig: kleine groep.', oppRef: 'opp', tloVerslagRef: 'tlo' } },
    ctx(start, ACTOR.consulent, sector),
  ).state;
  let dag = start;
  // Omit over the union keeps each command's own fields.
  type ZonderSwv<C> = C extends TlvCommando ? Omit<C, 'swv'> : never;
  const stap = (n: number, rol: keyof typeof ACTOR, c: ZonderSwv<TlvCommando>) => {
    dag = plusDagen(dag, n);
    s = voerUit(s, { ...c, swv: sector } as TlvCommando, ctx(dag, ACTOR[rol], sector)).state;
  };
  const kans = (p: number) => r() < p;
  const procedureStop = Math.floor(r() * 5);
  if (einde === 'procedure' && procedureStop === 0) return s;
  stap(1, 'consulent', { type: 'indienen' });
  if (einde === 'procedure' && procedureStop === 1) {
    if (kans(0.3)) stap(2, 'consulent', { type: 'aanvullingVragen', aanvullenVoor: plusDagen(dag, 16), ontbrekend: ['opp'] });
    return s;
  }
  stap(2, 'consulent', { type: 'inBehandelingNemen' });
  if (einde === 'procedure' && procedureStop === 2) return s;
  stap(5, 'orthopedagoog', { type: 'adviesVastleggen', deskundige: { rol: 'eerste', discipline: 'orthopedagoog', deskundigeId: ACTOR.orthopedagoog.id }, advies: 'toelaatbaar', ...(soort === 'PrO' ? { proGegevens: PRO_GEGEVENS } : {}) });
  stap(3, 'consulent', { type: 'adviesVastleggen', deskundige: { rol: 'tweede', discipline: 'arts', deskundigeId: 'extern-arts' }, advies: 'toelaatbaar' });
  if (einde === 'procedure' && procedureStop === 3) return s;
  // The TLV starts on the besluit's day at the latest so it is valid on the peildatum.
  const ingangsdatum = plusDagen(dag, 7) < peildatum ? plusDagen(dag, 7) : peildatum;
  const minimaal = eersteVolledigSchooljaarEinde(ingangsdatum);
  const einddatum = kans(0.3) ? `${Number(minimaal.slice(0, 4)) + 1}-07-31` : minimaal;
  stap(7, 'teamleider', { type: 'besluitNemen', inhoud: { uitkomst: 'toelaatbaar', soort, ingangsdatum, einddatum, motivering: 'Beide deskundigen adviseren toelaatbaarheid.' } });
  if (einde === 'procedure') return s;
  stap(1, 'consulent', { type: 'bekendmaken' });
  // Most pupils with a TLV are placed; some wait, bridged or not (003:232-245).
  const keuze = r();
  if (keuze < 0.8) {
    const datum = plusDagen(dag, 10) > ingangsdatum ? plusDagen(dag, 10) : ingangsdatum;
    stap(Math.max(0, daysBetween(dag, datum)), 'consulent', { type: 'plaatsingRegistreren', schoolId: plaatsSchoolId, datum });
  } else if (keuze < 0.88) {
    stap(3, 'consulent', { type: 'overbruggingStarten' });
  }
  // What the deadline engine does once the bezwaartermijn has passed.
  // After the nazendtermijn (Awb 6:9 lid 2), as the engine does.
  const onherroepelijkOp = plusDagen(onherroepelijkNa(s, REKENAAR)!.nazendtermijn.datum, 1);
  if (onherroepelijkOp <= vandaag) {
    dag = onherroepelijkOp > dag ? onherroepelijkOp : dag;
    s = voerUit(s, { type: 'onherroepelijkVerklaren', swv: sector }, ctx(dag, ACTOR.systeem, sector)).state;
  }
  return s;
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A copy of a state as another pupil's case: new ids throughout, another school. */
export function kloon(s: TlvAanvraag, schoolId: string, plaatsSchoolId: string): TlvAanvraag {
  const tlvId = randomUUID();
  const c = structuredClone(s) as { -readonly [K in keyof TlvAanvraag]: TlvAanvraag[K] };
  c.id = randomUUID();
  c.leerlingRef = randomUUID();
  c.aanvrager = { ...c.aanvrager, schoolId };
  if (c.besluit) c.besluit = { ...c.besluit, besluitId: randomUUID(), ...(c.besluit.tlvId ? { tlvId } : {}) };
  if (c.uitvoering) {
    c.uitvoering = { ...c.uitvoering, tlvId, ...(c.uitvoering.plaatsing ? { plaatsing: { ...c.uitvoering.plaatsing, schoolId: plaatsSchoolId } } : {}) };
  }
  return c;
}
