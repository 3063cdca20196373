import { feitdatum, OngeldigeInvoer, optioneelId, vereisDatum, vereisEen, vereisId, vereisObject, vereisTekst, type IsoDatum } from '@pao/zaak/domein';
import { MELDER_SOORTEN, MELDING_SOORTEN, SIGNAAL_BRONNEN, VERZUIM_SOORTEN, VRIJSTELLING_GRONDEN, type Niveau, type VerzuimSoort } from '../begrippen';
import { type Casus, type Melding } from '../casus';
import {
  type MeldingInhoud,
  type Melden,
  type SignaalAfwijzen,
  type SignaalBeoordelen,
  type SignaalOntvangen,
  type VerzuimVastleggen,
  type VrijstellingRegistreren,
} from '../commandos';
import { ev, type CasusEvent } from '../events';
import { LANGE_TEKST, nietTeVer, optioneleTekst, vereisBetrokkenen, vereisBetrokkenheid, vereisGemeente } from '../invoer';
import { type ThuiszittersWerkcontext } from '../werkcontext';
import { bewaak } from './bewaken';
import { verder, zonderLeeg, type Uitkomst } from './gemeen';

/** A casus before its first fact: the shape every creating command fills in. */
function leeg(id: string, swv: string, gemeente: string, vandaag: IsoDatum): Casus {
  return {
    id,
    swv,
    soort: 'dreigend',
    status: 'gemeld',
    niveau: 'steunpunt',
    gemeente,
    aangemaaktOp: vandaag,
    niveauSinds: vandaag,
    laatsteVoortgangOp: vandaag,
    acties: [],
    overleggen: [],
    aanmeldingen: [],
    escalaties: [],
    besprekingen: [],
    afgehandeld: [],
    versie: 0,
  };
}

function isVerzuim(soort: string): soort is VerzuimSoort {
  return (VERZUIM_SOORTEN as readonly string[]).includes(soort);
}

/**
 * The melding's rules (Leerplichtwet): verzuim has a first day at home, a pupil who is
 * enrolled has a school, nothing lies in the future. The clocks start here, by the rules
 * of the day: 4 weeks to thuiszitter, 3 months to a passend aanbod, the crisis overleg.
 */
function pasMeldingToe(basis: Casus, c: MeldingInhoud, leerlingRef: string, w: ThuiszittersWerkcontext): { state: Casus; events: CasusEvent[] } {
  const soort = vereisEen('soort', c.soort, MELDING_SOORTEN);
  const gemeldOp = feitdatum('gemeldOp', c.gemeldOp, w.vandaag);
  const melderObject = vereisObject('melder', c.melder);
  const melder = zonderLeeg({
    soort: vereisEen('melder.soort', melderObject.soort, MELDER_SOORTEN),
    organisatieId: optioneelId('melder.organisatieId', melderObject.organisatieId),
  });
  const schoolId = optioneelId('schoolId', c.schoolId);
  if (!schoolId && soort !== 'absoluut-verzuim') throw new OngeldigeInvoer('schoolId', 'is verplicht: de leerling staat ingeschreven');
  let thuisSinds: IsoDatum | undefined;
  if (isVerzuim(soort)) thuisSinds = feitdatum('thuisSinds', vereisDatum('thuisSinds', c.thuisSinds), w.vandaag);
  else if (c.thuisSinds !== undefined) thuisSinds = feitdatum('thuisSinds', c.thuisSinds, w.vandaag);
  if (thuisSinds && thuisSinds > gemeldOp) throw new OngeldigeInvoer('thuisSinds', 'ligt na de datum van de melding');

  const melding: Melding = zonderLeeg({
    gemeldOp,
    melder,
    schoolId,
    bevoegdGezagId: optioneelId('bevoegdGezagId', c.bevoegdGezagId),
    thuisSinds,
    onderwijsNog: optioneleTekst('onderwijsNog', c.onderwijsNog),
    toelichting: optioneleTekst('toelichting', c.toelichting, LANGE_TEKST),
    betrokkenen: vereisBetrokkenen('betrokkenen', c.betrokkenen),
    betrokkenheid: vereisBetrokkenheid('betrokkenheid', c.betrokkenheid),
  });
  // The school keeps the case while it is enrolled and reports; otherwise (and for a signal the Steunpunt assessed) the Steunpunt holds it.
  const niveau: Niveau = basis.status !== 'signaal' && melder.soort === 'school' && schoolId ? 'school' : 'steunpunt';
  const swv = basis.swv;
  const grens = thuisSinds && isVerzuim(soort) ? w.regels.thuiszitterGrens(swv, soort, thuisSinds) : undefined;
  const state: Casus = zonderLeeg({
    ...basis,
    soort,
    status: 'gemeld' as const,
    niveau,
    niveauSinds: gemeldOp,
    laatsteVoortgangOp: gemeldOp,
    leerlingRef,
    gemeente: vereisGemeente('gemeente', c.gemeente, basis.gemeente),
    melding,
    thuiszitterKlok: grens?.klok,
    passendAanbodKlok: thuisSinds ? w.regels.passendAanbod(swv, thuisSinds) : undefined,
    escalatieKlok: w.regels.escalatie(swv, niveau, gemeldOp),
    crisis: soort === 'crisis' ? { stappen: [], overlegKlok: w.regels.crisisOverleg(swv, gemeldOp) } : undefined,
  });
  const gemeld: CasusEvent = ev('gemeld', { op: gemeldOp, soort, thuisSinds, schoolId, bevoegdGezagId: melding.bevoegdGezagId });
  // A clock that already passed (a pupil reported after 6 weeks at home) is dealt with at once.
  const bewaakt = bewaak(state, w);
  return { state: bewaakt.state, events: [gemeld, ...bewaakt.events] };
}

export function melden(c: Melden, id: string, w: ThuiszittersWerkcontext): Uitkomst {
  const leerlingRef = vereisId('leerlingRef', c.leerlingRef);
  const basis = leeg(id, w.swv, w.regels.standaardGemeente(w.swv, w.vandaag), w.vandaag);
  const r = pasMeldingToe(basis, c, leerlingRef, w);
  return verder(r.state, {}, r.events, w);
}

export function vrijstellingRegistreren(c: VrijstellingRegistreren, id: string, w: ThuiszittersWerkcontext): Uitkomst {
  const leerlingRef = vereisId('leerlingRef', c.leerlingRef);
  const grond = vereisEen('grond', c.grond, VRIJSTELLING_GRONDEN);
  const ingangsdatum = nietTeVer('ingangsdatum', vereisDatum('ingangsdatum', c.ingangsdatum), w.vandaag);
  const einddatum = c.einddatum === undefined ? undefined : nietTeVer('einddatum', vereisDatum('einddatum', c.einddatum), w.vandaag);
  if (einddatum && einddatum < ingangsdatum) throw new OngeldigeInvoer('einddatum', 'ligt vóór de ingangsdatum');
  const schoolId = optioneelId('schoolId', c.schoolId);
  const basis = leeg(id, w.swv, vereisGemeente('gemeente', c.gemeente, w.regels.standaardGemeente(w.swv, w.vandaag)), w.vandaag);
  const state: Casus = {
    ...basis,
    soort: 'vrijstelling',
    status: 'vrijstelling',
    leerlingRef,
    vrijstelling: zonderLeeg({ grond, ingangsdatum, einddatum, schoolId }),
  };
  return verder(state, {}, [ev('vrijstelling-geregistreerd', { op: w.vandaag, grond, ingangsdatum, einddatum })], w);
}

export function signaalOntvangen(c: SignaalOntvangen, id: string, w: ThuiszittersWerkcontext): Uitkomst {
  const bron = vereisEen('bron', c.bron, SIGNAAL_BRONNEN);
  const bronId = vereisId('bronId', c.bronId);
  const sinds = nietTeVer('sinds', vereisDatum('sinds', c.sinds), w.vandaag);
  const basis = leeg(id, w.swv, vereisGemeente('gemeente', c.gemeente, w.regels.standaardGemeente(w.swv, w.vandaag)), w.vandaag);
  const state: Casus = {
    ...basis,
    soort: 'dreigend',
    status: 'signaal',
    bron: zonderLeeg({
      bron,
      bronId,
      bronLeerlingId: vereisId('bronLeerlingId', c.bronLeerlingId),
      ontvangenOp: w.vandaag,
      schoolId: optioneelId('schoolId', c.schoolId),
      sinds,
      klok: w.regels.signaalBeoordeling(w.swv, w.vandaag),
    }),
  };
  return verder(state, {}, [ev('signaal-ontvangen', { op: w.vandaag, bron, bronId })], w);
}

/** The Steunpunt identified the pupil of a signal and turns it into a melding. */
export function signaalBeoordelen(s: Casus, c: SignaalBeoordelen, w: ThuiszittersWerkcontext): Uitkomst {
  const leerlingRef = vereisId('leerlingRef', c.leerlingRef);
  const r = pasMeldingToe(s, c, leerlingRef, w);
  return verder(r.state, {}, r.events, w);
}

export function signaalAfwijzen(s: Casus, c: SignaalAfwijzen, w: ThuiszittersWerkcontext): Uitkomst {
  const toelichting = vereisTekst('toelichting', c.toelichting, LANGE_TEKST);
  return verder(s, { status: 'afgesloten', afsluiting: { op: w.vandaag, reden: 'geen-thuiszitter', toelichting } }, [
    ev('signaal-afgewezen', { op: w.vandaag }),
    ev('afgesloten', { op: w.vandaag, reden: 'geen-thuiszitter' }),
  ], w);
}

/** A dreigend or crisis melding turns into verzuim: the thuiszitter clocks start, leerplicht is told. */
export function verzuimVastleggen(s: Casus, c: VerzuimVastleggen, w: ThuiszittersWerkcontext): Uitkomst {
  const soort = vereisEen('soort', c.soort, VERZUIM_SOORTEN);
  const thuisSinds = feitdatum('thuisSinds', vereisDatum('thuisSinds', c.thuisSinds), w.vandaag);
  if (s.melding?.thuisSinds && (VERZUIM_SOORTEN as readonly string[]).includes(s.soort)) {
    throw new OngeldigeInvoer('soort', 'het verzuim is al vastgelegd');
  }
  const grens = w.regels.thuiszitterGrens(s.swv, soort, thuisSinds);
  const state: Casus = {
    ...s,
    soort,
    melding: { ...s.melding!, thuisSinds },
    thuiszitterKlok: grens.klok,
    passendAanbodKlok: w.regels.passendAanbod(s.swv, thuisSinds),
  };
  const bewaakt = bewaak(state, w);
  return verder(bewaakt.state, {}, [ev('verzuim-vastgelegd', { op: w.vandaag, soort, thuisSinds }), ...bewaakt.events], w);
}
