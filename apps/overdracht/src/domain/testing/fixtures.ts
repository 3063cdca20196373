import { type Werkcontext } from '@pao/zaak/domein';
import { nieuweOverdracht, type NieuweOverdracht } from '../nieuw';
import { type Overdracht, type Overstapkalender, type Route, type VerzendendeSector } from '../typen';

/** Test data for the domain: a transfer calendar as the 2026 rules give it, ids, actors. */
export const SWV = 'PO';
export const VERZENDEND = '11111111-1111-4111-8111-111111111111';
export const VO_SCHOOL = '22222222-2222-4222-8222-222222222222';
export const PRO_SCHOOL = '33333333-3333-4333-8333-333333333333';
export const ANDERE_VO = '44444444-4444-4444-8444-444444444444';
export const DERDE_VO = '55555555-5555-4555-8555-555555555555';
export const MBO = '66666666-6666-4666-8666-666666666666';
export const LEERLING = '77777777-7777-4777-8777-777777777777';
export const COHORT = '88888888-8888-4888-8888-888888888888';
export const AANVRAAG = '99999999-9999-4999-8999-999999999999';

const v = (datum: string, regel: string) => ({ datum, regelVersie: `test-2026.1/${regel}` });

export const KALENDER_PO_VO: Overstapkalender = {
  definitiefAdvies: v('2026-03-24', 'po-vo-advies.24-maart'),
  aanmelding: v('2026-03-31', 'po-vo-aanmelding.eind-maart'),
  plaatsingsbevestiging: v('2026-04-30', 'po-vo-plaatsing'),
  dossierGereed: v('2026-04-01', 'overstapdossier-gereed'),
  dossierOpgehaald: v('2026-06-01', 'overstapdossier-opgehaald'),
  eersteSchooldag: v('2026-08-17', 'eerste-schooldag.2026'),
  startcontroleWeken: 4,
  uitvalMaanden: 3,
  nazorgRegelVersie: 'test-2026.1/nazorg',
  waarschuwingDagen: 7,
};

export const KALENDER_VO_MBO: Overstapkalender = {
  mboAanmelding: v('2026-04-01', 'mbo-aanmelding.1-april'),
  dossierGereed: v('2026-05-15', 'overstapdossier-gereed'),
  dossierOpgehaald: v('2026-07-01', 'overstapdossier-opgehaald'),
  eersteSchooldag: v('2026-08-31', 'eerste-schooldag.mbo'),
  startcontroleWeken: 4,
  uitvalMaanden: 3,
  nazorgRegelVersie: 'test-2026.1/nazorg',
  waarschuwingDagen: 7,
};

let volgnummer = 0;
export function teller(): () => string {
  return () => `00000000-0000-4000-8000-${String(++volgnummer).padStart(12, '0')}`;
}

export function w(rol: string, vandaag = '2026-01-15', organisatie: string = SWV): Werkcontext {
  return { actor: { id: 'a1', rol, organisatie }, vandaag, nieuwId: teller() };
}

export function nieuw(route: Route = 'po-vo', extra: Partial<NieuweOverdracht> = {}): Overdracht {
  const sector: VerzendendeSector = route === 'po-vo' ? 'po' : route === 'so-vo' ? 'so' : 'vo';
  const swv = route === 'po-vo' || route === 'so-vo' ? 'PO' : 'VO';
  return nieuweOverdracht(
    {
      id: '0a0a0a0a-0a0a-4a0a-8a0a-0a0a0a0a0a0a',
      swv,
      cohortId: COHORT,
      schooljaar: '2025-2026',
      sector,
      verzendendeSchoolId: VERZENDEND,
      leerlingId: LEERLING,
      kalender: route === 'vo-mbo' ? KALENDER_VO_MBO : KALENDER_PO_VO,
      route,
      ...extra,
    },
    w('consulent', '2026-01-15', swv),
  ).state;
}
