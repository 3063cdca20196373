import { datumVolgensRegel, schooljaarUitLabel, volgendSchooljaar, type Regelset, type Sector, type Swv as KalenderSwv } from '@pao/deadlines';
import { isPoRoute, type Kalenderdatum, type Overstapkalender, type Route, type VerzendendeSector } from '../domain';

/**
 * The transfer calendar of one pupil from the versioned rules (per SWV and sector of the
 * sending school): the dates of the school year of departure, the first school day of the
 * next one, and the nazorg settings. Each date carries the rule version that produced it;
 * the domain stores the calendar in the case, so a later rule change never moves a
 * deadline silently.
 */
export function overstapkalender(regels: Regelset, swv: KalenderSwv, sector: VerzendendeSector, route: Route, schooljaar: string): Overstapkalender {
  const vertrek = schooljaarUitLabel(schooljaar);
  const start = volgendSchooljaar(vertrek);
  const s = sector as Sector;
  const datum = (sleutel: Parameters<typeof datumVolgensRegel>[2], sj = vertrek): Kalenderdatum => {
    const m = datumVolgensRegel(regels, swv, sleutel, sj, s);
    return { datum: m.datum, regelVersie: m.versie };
  };
  const getal = (sleutel: 'nazorgStartcontroleWeken' | 'nazorgUitvalMaanden' | 'overstapWaarschuwingDagen') => regels.regelOp(swv, sleutel, vertrek.start, s);
  const startcontrole = getal('nazorgStartcontroleWeken');
  const uitval = getal('nazorgUitvalMaanden');
  const poData = () => {
    const aanmeldperiode = regels.regelOp(swv, 'poVoAanmeldperiode', vertrek.start, s);
    return {
      definitiefAdvies: datum('poVoDefinitiefAdvies'),
      aanmelding: { datum: datumInJaar(aanmeldperiode.waarde.tot, vertrek.beginjaar + 1), regelVersie: aanmeldperiode.versie },
      plaatsingsbevestiging: datum('poVoPlaatsingsbevestiging'),
    };
  };
  return {
    ...(isPoRoute(route) ? poData() : {}),
    ...(route === 'vo-mbo' ? { mboAanmelding: datum('mboAanmelding') } : {}),
    dossierGereed: datum('overstapdossierGereed'),
    dossierOpgehaald: datum('overstapdossierOpgehaald'),
    eersteSchooldag: datum('eersteSchooldag', start),
    startcontroleWeken: startcontrole.waarde,
    uitvalMaanden: uitval.waarde,
    nazorgRegelVersie: `${startcontrole.versie}+${uitval.regelId}`,
    waarschuwingDagen: getal('overstapWaarschuwingDagen').waarde,
  };
}

function datumInJaar(jd: { maand: number; dag: number }, jaar: number): string {
  return `${jaar}-${String(jd.maand).padStart(2, '0')}-${String(jd.dag).padStart(2, '0')}`;
}
