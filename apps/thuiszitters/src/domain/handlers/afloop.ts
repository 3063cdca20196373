import { feitdatum, OngeldigeInvoer, optioneelId, vereisDatum, vereisEen } from '@pao/zaak/domein';
import { HANDMATIGE_AFSLUIT_REDENEN, UITKOMSTEN } from '../begrippen';
import { dagenThuis, type Aanbod, type Casus } from '../casus';
import { type Afsluiten, type UitkomstVastleggen, type VrijstellingBeeindigen } from '../commandos';
import { ev, type CasusEvent } from '../events';
import { feitNa, LANGE_TEKST, nietTeVer, optioneleTekst, vereisBetrokkenheid } from '../invoer';
import { type ThuiszittersWerkcontext } from '../werkcontext';
import { verder, zonderLeeg, type Uitkomst } from './gemeen';

/**
 * Passend aanbod gevonden: plaatsing onderwijs, plaatsing jeugdhulp or project
 * arbeidstoeleiding (001:1961-1963), at any rung; at the table it is how the case leaves
 * it. The 3-month clock stops at the start date; the start itself is checked.
 */
export function uitkomstVastleggen(s: Casus, c: UitkomstVastleggen, w: ThuiszittersWerkcontext): Uitkomst {
  const uitkomst = vereisEen('uitkomst', c.uitkomst, UITKOMSTEN);
  const schoolId = optioneelId('schoolId', c.schoolId);
  if (uitkomst === 'plaatsing-onderwijs' && !schoolId) throw new OngeldigeInvoer('schoolId', 'is verplicht bij plaatsing onderwijs');
  const startOp = nietTeVer('startOp', vereisDatum('startOp', c.startOp), w.vandaag);
  if (startOp < s.aangemaaktOp) throw new OngeldigeInvoer('startOp', 'ligt vóór de melding');
  const crisisplaatsing = c.crisisplaatsing === true;
  if (crisisplaatsing && s.soort !== 'crisis') throw new OngeldigeInvoer('crisisplaatsing', 'alleen bij een crisismelding');
  const aanbod: Aanbod = zonderLeeg({
    uitkomst,
    schoolId,
    omschrijving: optioneleTekst('omschrijving', c.omschrijving),
    startOp,
    vastgelegdOp: w.vandaag,
    niveau: s.niveau,
    crisisplaatsing,
    vergaderingId: optioneelId('vergaderingId', c.vergaderingId),
    betrokkenheid: vereisBetrokkenheid('betrokkenheid', c.betrokkenheid),
    startKlok: w.regels.aanbodStart(s.swv, startOp),
  });
  // Decided at a meeting: the meeting's record of the case (how it left the table).
  const besprekingen = aanbod.vergaderingId
    ? [...s.besprekingen, { vergaderingId: aanbod.vergaderingId, op: w.vandaag, afspraken: `Passend aanbod: ${uitkomst}${aanbod.omschrijving ? ` (${aanbod.omschrijving})` : ''}, start ${startOp}`, betrokkenheid: aanbod.betrokkenheid }]
    : s.besprekingen;
  const na: Casus = { ...s, status: 'aanbod', aanbod, besprekingen };
  const dagen = dagenThuis(na, w.vandaag);
  const event: CasusEvent = ev('passend-aanbod-gevonden', {
    op: w.vandaag,
    uitkomst,
    schoolId,
    startOp,
    niveau: s.niveau,
    dagenThuis: dagen,
  });
  return verder(na, {}, [event], w);
}

/**
 * Closing: after an aanbod, once the pupil started; otherwise with a reason (back at the
 * own school, moved away, other). Nothing is armed any more.
 */
export function afsluiten(s: Casus, c: Afsluiten, w: ThuiszittersWerkcontext): Uitkomst {
  const op = feitNa('op', c.op, w.vandaag, s.aangemaaktOp, 'de melding');
  const toelichting = optioneleTekst('toelichting', c.toelichting, LANGE_TEKST);
  if (s.status === 'aanbod') {
    const aanbod = s.aanbod!;
    if (c.reden !== undefined) throw new OngeldigeInvoer('reden', 'na een passend aanbod is de reden altijd passend-aanbod');
    const gestartOp = feitdatum('gestartOp', vereisDatum('gestartOp', c.gestartOp), w.vandaag);
    if (gestartOp < aanbod.vastgelegdOp && gestartOp < aanbod.startOp) throw new OngeldigeInvoer('gestartOp', 'ligt vóór het aanbod');
    const na: Casus = { ...s, status: 'afgesloten', aanbod: { ...aanbod, startOp: gestartOp }, afsluiting: zonderLeeg({ op, reden: 'passend-aanbod' as const, toelichting, gestartOp }) };
    const event: CasusEvent = ev('afgesloten', { op, reden: 'passend-aanbod' as const, uitkomst: aanbod.uitkomst, dagenThuis: dagenThuis(na, op) });
    return verder(na, {}, [event], w);
  }
  const reden = vereisEen('reden', c.reden, HANDMATIGE_AFSLUIT_REDENEN);
  if (c.gestartOp !== undefined) throw new OngeldigeInvoer('gestartOp', 'alleen na een passend aanbod');
  const na: Casus = { ...s, status: 'afgesloten', afsluiting: zonderLeeg({ op, reden, toelichting }) };
  const event: CasusEvent = ev('afgesloten', { op, reden, dagenThuis: dagenThuis(na, op) });
  return verder(na, {}, [event], w);
}

export function vrijstellingBeeindigen(s: Casus, c: VrijstellingBeeindigen, w: ThuiszittersWerkcontext): Uitkomst {
  const v = s.vrijstelling!;
  const op = feitNa('op', c.op, w.vandaag, v.ingangsdatum, 'de ingangsdatum');
  return verder(s, { status: 'afgesloten', vrijstelling: { ...v, einddatum: op }, afsluiting: { op, reden: 'vrijstelling-beeindigd' } }, [
    ev('afgesloten', { op, reden: 'vrijstelling-beeindigd' }),
  ], w);
}
