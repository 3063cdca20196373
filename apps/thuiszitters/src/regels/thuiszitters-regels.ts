import { civilDate, metSwvRegels, plusDagen, STANDAARD_REGELSET, termijnVolgensRegel, zorgplichttermijn, type CivilDate, type Regelset } from '@pao/deadlines';
import { swvRegister, type SwvRegister } from '@pao/swv';
import { type Klok, type Niveau, type ThuiszittersRegels, type VerzuimSoort } from '../domain';
import { STANDAARD_BELEID, type Schoolvakantie, type ThuiszittersBeleid, type ThuiszittersBeleidset } from './beleid';

/**
 * The domain's rules port on the versioned configuration: lengths from the shared
 * regelset (4 weeks, 3 months, zorgplicht 6 + 4 weeks with the Algemene termijnenwet;
 * national rules of the SWV's sector plus its own rules from the SWV register), the
 * SWV's thuiszitters policy from the beleidset, the default woongemeente from the
 * register. Every clock carries the version(s) that set it. Pure: no clock, no I/O.
 */
export function thuiszittersRegels(beleid: ThuiszittersBeleidset = STANDAARD_BELEID, register: SwvRegister = swvRegister(), basis: Regelset = STANDAARD_REGELSET): ThuiszittersRegels {
  const regelset = metSwvRegels(basis, register.all(), `swv-register-${register.versie}`);
  const swvVan = (swv: string) => register.get(swv);
  const waarschuwing = (swv: string, soort: keyof ThuiszittersBeleid['waarschuwingDagen'], op: CivilDate) => {
    const w = beleid.waarde(swv, 'waarschuwingDagen', op);
    return { dagen: w.waarde[soort], versie: w.versie };
  };
  // The version names the rules that computed the date (the warning only moves the reminder); an agreed date has none but the policy's.
  const klok = (vervaltOp: CivilDate, versies: readonly string[], w: { dagen: number; versie: string }): Klok => ({
    vervaltOp,
    regelVersie: versieTekst(versies.length > 0 ? versies : [w.versie]),
    waarschuwingDagen: w.dagen,
  });
  const naDagen = (swv: string, sleutel: 'crisisOverlegDagen' | 'signaalBeoordelingDagen' | 'aanbodStartDagen', vanaf: string, soort: 'crisisOverleg' | 'signaal' | 'aanbodStart') => {
    const dag = civilDate(vanaf);
    const n = beleid.waarde(swv, sleutel, dag);
    return klok(plusDagen(dag, n.waarde), [n.versie], waarschuwing(swv, soort, dag));
  };

  return {
    thuiszitterGrens(swv, soort: VerzuimSoort, thuisSinds) {
      const start = civilDate(thuisSinds);
      const w = waarschuwing(swv, 'thuiszitter', start);
      if (soort === 'absoluut-verzuim') {
        const weken = beleid.waarde(swv, 'absoluutVerzuimWeken', start);
        const vanaf = plusDagen(start, 7 * weken.waarde);
        return { vanaf, klok: klok(plusDagen(vanaf, -1), [weken.versie], w) };
      }
      const duur = regelset.regelOp(swvVan(swv), 'thuiszitterSignaal', start);
      const wijze = beleid.waarde(swv, 'relatiefVerzuim', start);
      const vakanties = wijze.waarde.telling === 'lesweken' ? beleid.waarde(swv, 'schoolvakanties', start) : undefined;
      const weken = 'weken' in duur.waarde.duur ? duur.waarde.duur.weken : 4;
      const vanaf = grensDag(start, weken, wijze.waarde.vergelijking, vakanties?.waarde ?? []);
      return { vanaf, klok: klok(plusDagen(vanaf, -1), [duur.versie, wijze.versie, ...(vakanties ? [vakanties.versie] : [])], w) };
    },
    passendAanbod(swv, thuisSinds) {
      const start = civilDate(thuisSinds);
      // "No child longer than 3 months at home": the last allowed day is the day before the same date 3 months on.
      const t = termijnVolgensRegel(regelset, swvVan(swv), 'thuiszitterPassendAanbod', { ingang: start });
      return klok(plusDagen(t.einddatum, -1), [t.regelversie], waarschuwing(swv, 'passendAanbod', start));
    },
    escalatie(swv, niveau: Niveau, vanaf) {
      const dag = civilDate(vanaf);
      const e = beleid.waarde(swv, 'escalatieWeken', dag);
      const weken = (e.waarde as Partial<Record<Niveau, number>>)[niveau];
      if (weken === undefined) return undefined;
      return klok(plusDagen(dag, 7 * weken), [e.versie], waarschuwing(swv, 'escalatie', dag));
    },
    actie: (swv, uiterlijkOp, peildatum) => klok(civilDate(uiterlijkOp), [], waarschuwing(swv, 'actie', civilDate(peildatum))),
    zorgplicht(swv, aanmeldingOp, verlengd) {
      const t = zorgplichttermijn(regelset, swvVan(swv), { aanmelding: civilDate(aanmeldingOp), verlengd });
      return klok(t.einddatum, [t.regelversie], waarschuwing(swv, 'zorgplicht', civilDate(aanmeldingOp)));
    },
    crisisOverleg: (swv, gemeldOp) => naDagen(swv, 'crisisOverlegDagen', gemeldOp, 'crisisOverleg'),
    signaalBeoordeling: (swv, ontvangenOp) => naDagen(swv, 'signaalBeoordelingDagen', ontvangenOp, 'signaal'),
    afspraak: (swv, uiterlijkOp, peildatum) => klok(civilDate(uiterlijkOp), [], waarschuwing(swv, 'afspraak', civilDate(peildatum))),
    doorzettingsmachtAanbod(swv, besluitOp) {
      const dag = civilDate(besluitOp);
      return plusDagen(dag, beleid.waarde(swv, 'doorzettingsmachtAanbodDagen', dag).waarde);
    },
    aanbodStart: (swv, startOp) => naDagen(swv, 'aanbodStartDagen', startOp, 'aanbodStart'),
    // The first gemeente the SWV serves (register); the peildatum is for a future register with dates.
    standaardGemeente: (swv) => register.get(swv).gemeenten[0].code,
  };
}

/** Versions joined, at most 100 characters (what the termijn events carry): 'set/a+set/b'. */
export function versieTekst(versies: readonly string[]): string {
  const tekst = [...new Set(versies)].join('+');
  if (tekst.length > 100) throw new RangeError(`regelversie te lang voor een termijn: ${tekst}`);
  return tekst;
}

function inVakantie(d: CivilDate, vakanties: readonly Schoolvakantie[]): boolean {
  return vakanties.some((v) => v.van <= d && d <= v.tot);
}

/**
 * The first day the pupil counts as a thuiszitter: once the absence spans `weken` weeks
 * (7 days each, holidays not counted when lesweken apply), on that day (≥) or the next
 * counting day (>).
 */
export function grensDag(thuisSinds: CivilDate, weken: number, vergelijking: '>' | '≥', vakanties: readonly Schoolvakantie[]): CivilDate {
  const nodig = 7 * weken;
  let d = thuisSinds;
  let geteld = 0;
  // Bounded: a year of holidays cannot hold the count back forever.
  for (let i = 0; i < 800; i++) {
    if (!inVakantie(d, vakanties)) geteld++;
    if (geteld >= nodig) break;
    d = plusDagen(d, 1);
  }
  if (vergelijking === '≥') return d;
  let volgende = plusDagen(d, 1);
  while (inVakantie(volgende, vakanties)) volgende = plusDagen(volgende, 1);
  return volgende;
}
