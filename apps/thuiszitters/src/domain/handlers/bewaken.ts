import { plusDagen } from '@pao/zaak/domein';
import { niveauIndex, type EscalatieDoel } from '../begrippen';
import { dagenThuis, type Casus } from '../casus';
import { type Bewaken } from '../commandos';
import { ev, type CasusEvent } from '../events';
import { isVerstreken, lopendeKlokken, sleutel, type Lopend } from '../termijnen';
import { type ThuiszittersWerkcontext } from '../werkcontext';
import { escaleer, verder, zonderLeeg, type Uitkomst } from './gemeen';

/**
 * Deals with every clock of the case that has passed by today, oldest first. A passed
 * clock is never dropped quietly: the owner was warned before (the engine's warning), and
 * now the case escalates (one rung up, or the teamleider's attention) and the clock is
 * recorded as dealt with. The 4-week clock makes the pupil a thuiszitter.
 */
export function bewaak(s: Casus, w: ThuiszittersWerkcontext): { state: Casus; events: CasusEvent[] } {
  let state = s;
  const events: CasusEvent[] = [];
  // Each round deals with one clock and marks it; a bound guards against a rule that keeps re-arming the past.
  for (let ronde = 0; ronde < 100; ronde++) {
    const verstreken = lopendeKlokken(state)
      .filter((l) => isVerstreken(l.klok, w.vandaag))
      .sort((a, b) => (a.klok.vervaltOp < b.klok.vervaltOp ? -1 : a.klok.vervaltOp > b.klok.vervaltOp ? 1 : 0));
    if (verstreken.length === 0) break;
    const l = verstreken[0];
    const gemarkeerd = { ...state, afgehandeld: [...state.afgehandeld, sleutel(l.soort, l.klok)] };
    const r = gevolg(gemarkeerd, l, w);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

export function bewaken(s: Casus, _c: Bewaken, w: ThuiszittersWerkcontext): Uitkomst {
  const r = bewaak(s, w);
  return verder(r.state, {}, r.events, w);
}

/** Where an overdue clock escalates to when it is not the ladder's own moment. */
function doelBijOverschrijding(s: Casus): EscalatieDoel {
  return s.niveau === 'school' ? 'steunpunt' : 'teamleider';
}

function gevolg(s: Casus, l: Lopend, w: ThuiszittersWerkcontext): { state: Casus; events: CasusEvent[] } {
  const op = w.vandaag;
  const termijn = l.soort;
  const naar = (doel: EscalatieDoel) => {
    const r = escaleer(s, doel, 'termijn', op, w, { termijn });
    return { state: r.state, events: [r.event] };
  };

  if (l.soort === 'thuiszitter-vier-weken') {
    const sinds = plusDagen(l.klok.vervaltOp, 1);
    const thuiszitter: Casus = { ...s, status: 'thuiszitter', thuiszitterSinds: sinds };
    const events: CasusEvent[] = [ev('thuiszitter-geworden', { op, sinds, soort: s.soort, dagenThuis: dagenThuis(s, op) ?? 0 })];
    if (s.niveau !== 'school') return { state: thuiszitter, events };
    // A thuiszitter is the Steunpunt's case from now on.
    const r = escaleer(thuiszitter, 'steunpunt', 'thuiszitter', op, w, { termijn });
    return { state: r.state, events: [...events, r.event] };
  }
  if (l.soort === 'escalatie') {
    const doel = s.niveau === 'school' ? 'steunpunt' : s.niveau === 'steunpunt' ? 'actietafel' : 'teamleider';
    const r = naar(doel);
    // At the table the moment repeats: the teamleider is called in again after the same period.
    if (doel === 'teamleider') return { ...r, state: zonderLeeg({ ...r.state, escalatieKlok: w.regels.escalatie(s.swv, s.niveau, op) }) };
    return r;
  }
  if (l.soort === 'passend-aanbod') {
    const metPact = { ...s, pactVerstrekenOp: plusDagen(l.klok.vervaltOp, 1) };
    const r = escaleer(metPact, niveauIndex(s.niveau) < niveauIndex('actietafel') ? 'actietafel' : 'teamleider', 'termijn', op, w, { termijn });
    return { state: r.state, events: [r.event] };
  }
  if (l.soort.startsWith('actie-')) {
    const id = l.soort.slice('actie-'.length);
    const actie = s.acties.find((a) => a.id === id)!;
    const metActie = { ...s, acties: s.acties.map((a) => (a.id === id ? { ...a, status: 'verlopen' as const } : a)) };
    const r = escaleer(metActie, doelBijOverschrijding(s), 'termijn', op, w, { termijn });
    return { state: r.state, events: [ev('actie-verlopen', { op, actieId: id, eigenaar: actie.eigenaar, uiterlijkOp: actie.uiterlijkOp }), r.event] };
  }
  if (l.soort.startsWith('zorgplicht-')) {
    const id = l.soort.slice('zorgplicht-'.length);
    const metAanmelding = {
      ...s,
      aanmeldingen: s.aanmeldingen.map((a) => (a.id === id ? { ...a, status: 'termijn-verstreken' as const, afgerondOp: op } : a)),
    };
    const r = escaleer(metAanmelding, doelBijOverschrijding(s), 'termijn', op, w, { termijn });
    return { state: r.state, events: [ev('aanmelding-afgerond', { op, aanmeldingId: id, uitkomst: 'termijn-verstreken' }), r.event] };
  }
  if (l.soort === 'doorzettingskracht' || l.soort === 'doorzettingsmacht' || l.soort === 'signaal-beoordeling') return naar('teamleider');
  // crisis-overleg, aanbod-start
  return naar(doelBijOverschrijding(s));
}
