import { GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang } from '@pao/zaak/domein';
import { beslisser } from './beslisser';
import { type OverdrachtCommando } from './commandos';
import { aantalAfwijzingen } from './handlers/overstap';
import { signalen, volgendeDatum } from './signalen';
import { controledatum, termijnen } from './termijnen';
import { AANVRAAG, ANDERE_VO, DERDE_VO, MBO, nieuw, PRO_SCHOOL, VERZENDEND, VO_SCHOOL, w } from './testing/fixtures';
import { type Overdracht } from './typen';

const doe = (s: Overdracht, c: OverdrachtCommando, rol = 'consulent', vandaag = '2026-03-30', organisatie?: string) =>
  beslisser.beslis(s, c, w(rol, vandaag, organisatie ?? s.swv));

function aangemeld(s: Overdracht, schoolId: string, vandaag = '2026-03-30'): Overdracht {
  return doe(s, { type: 'aanmelden', schoolId, schoolSoort: 'vo', datum: vandaag }, 'consulent', vandaag).state;
}
const open = (s: Overdracht) => s.aanmeldingen.find((a) => a.uitkomst === 'open')!.id;

describe('overdracht: rejections ("geen drie keer worden afgewezen")', () => {
  it('flags a pupil rejected twice and holds a third rejection for the Steunpunt', () => {
    let s = aangemeld(nieuw(), VO_SCHOOL);
    s = doe(s, { type: 'afwijzen', aanmeldingId: open(s), reden: 'geen-plaats' }).state;
    expect(signalen(s, '2026-03-30').map((x) => x.soort)).not.toContain('twee-keer-afgewezen');
    s = aangemeld(s, ANDERE_VO);
    const tweede = doe(s, { type: 'afwijzen', aanmeldingId: open(s), reden: 'ondersteuning-niet-te-bieden' });
    expect(tweede.events).toEqual([{ naam: 'afgewezen', data: expect.objectContaining({ aantal: 2 }) }]);
    s = tweede.state;
    expect(signalen(s, '2026-03-30').map((x) => x.soort)).toContain('twee-keer-afgewezen');

    s = aangemeld(s, DERDE_VO);
    const derdeId = open(s);
    const derde = doe(s, { type: 'afwijzen', aanmeldingId: derdeId, reden: 'geen-plaats' });
    expect(derde.state.status).toBe('steunpunt');
    expect(derde.state.aanmeldingen.find((a) => a.id === derdeId)!.uitkomst).toBe('voorgelegd');
    expect(aantalAfwijzingen(derde.state)).toBe(2);
    expect(derde.state.plaatsing).toBeUndefined();
    expect(derde.events).toEqual([{ naam: 'voorgelegdAanSteunpunt', data: { aanmeldingId: derdeId } }]);

    // While it lies with the Steunpunt, no school can place or reject.
    expect(() => doe(derde.state, { type: 'plaatsen', aanmeldingId: derdeId })).toThrow(OngeldigeOvergang);
    // A school may not decide for the Steunpunt.
    expect(() => doe(derde.state, { type: 'steunpuntBesluiten', uitkomst: 'afwijzing-bevestigd' }, 'school', '2026-04-02', DERDE_VO)).toThrow(GeenBevoegdheid);

    const bevestigd = doe(derde.state, { type: 'steunpuntBesluiten', uitkomst: 'afwijzing-bevestigd' }).state;
    expect(bevestigd).toMatchObject({ status: 'aanmelding', regie: 'steunpunt' });
    expect(aantalAfwijzingen(bevestigd)).toBe(3);

    const ingetrokken = doe(derde.state, { type: 'steunpuntBesluiten', uitkomst: 'afwijzing-ingetrokken' }).state;
    expect(ingetrokken.aanmeldingen.find((a) => a.id === derdeId)!.uitkomst).toBe('open');
    expect(doe(ingetrokken, { type: 'plaatsen', aanmeldingId: derdeId }).state.plaatsing?.schoolId).toBe(DERDE_VO);
  });

  it('refuses a second aanmelding while one is open, and a school that already rejected', () => {
    let s = aangemeld(nieuw(), VO_SCHOOL);
    expect(() => aangemeld(s, ANDERE_VO)).toThrow(/loopt al een aanmelding/);
    s = doe(s, { type: 'afwijzen', aanmeldingId: open(s), reden: 'geen-plaats' }).state;
    expect(() => aangemeld(s, VO_SCHOOL)).toThrow(/al afgewezen/);
    expect(() => doe(s, { type: 'aanmelden', schoolId: MBO, schoolSoort: 'mbo' })).toThrow(OngeldigeInvoer);
  });
});

describe('overdracht: VO→MBO and the right to admission (WEB: uiterlijk op 1 april)', () => {
  it('declares the aanmelding-mbo term to 1 April with a warning from 25 March', () => {
    const s = nieuw('vo-mbo');
    const t = termijnen(s).find((x) => x.soort === 'aanmelding-mbo')!;
    // The warning counts back from 00:00 on 2 April: 8 days = 00:00 on 25 March.
    expect(t).toMatchObject({ vervaltOp: '2026-04-01', bijVerstrijken: 'termijnVerstreken', waarschuwingen: [{ dagen: 8 }] });
    expect(signalen(s, '2026-03-24').map((x) => x.soort)).not.toContain('waarschuwing');
    expect(signalen(s, '2026-03-25')).toContainEqual({ soort: 'waarschuwing', termijn: 'aanmelding-mbo', vervaltOp: '2026-04-01' });
  });

  it('on 2 April, without an aanmelding, the right to admission is missed and the Steunpunt has regie', () => {
    const r = doe(nieuw('vo-mbo'), { type: 'termijnVerstreken' }, 'systeem', '2026-04-02', 'systeem');
    expect(r.state).toMatchObject({ toelatingsrecht: 'gemist', regie: 'steunpunt' });
    expect(signalen(r.state, '2026-04-02').map((x) => x.soort)).toEqual(expect.arrayContaining(['toelatingsrecht-gemist', 'regie-steunpunt']));
    expect(termijnen(r.state).map((t) => t.soort)).not.toContain('aanmelding-mbo');
  });

  it('an aanmelding on 1 April still gives the right, also when recorded later', () => {
    const s = doe(nieuw('vo-mbo'), { type: 'aanmelden', schoolId: MBO, schoolSoort: 'mbo', datum: '2026-04-01' }, 'consulent', '2026-04-03').state;
    expect(s.toelatingsrecht).toBe('verworven');
    expect(termijnen(s).map((t) => t.soort)).not.toContain('aanmelding-mbo');
  });

  it('the perspective belongs to VO→MBO only', () => {
    const c: OverdrachtCommando = { type: 'perspectiefVastleggen', perspectief: 'arbeid', warmeOverdrachtGemeente: true };
    expect(doe(nieuw('vo-mbo'), c).state.perspectief).toEqual({ perspectief: 'arbeid', warmeOverdrachtGemeente: true });
    expect(() => doe(nieuw(), c)).toThrow(OngeldigeOvergang);
  });
});

describe('overdracht: advice and support', () => {
  it('raises the advice after the doorstroomtoets, never lowers it', () => {
    let s = doe(nieuw(), { type: 'adviesVastleggen', soort: 'definitief', niveau: 'vmbo-k' }, 'consulent', '2026-03-01').state;
    expect(() => doe(s, { type: 'adviesBijstellen', niveau: 'vmbo-b', toetsniveau: 'havo' })).toThrow(/naar boven/);
    expect(() => doe(s, { type: 'adviesBijstellen', niveau: 'vmbo-gt', toetsniveau: 'vmbo-k' })).toThrow(/toetsniveau/);
    s = doe(s, { type: 'adviesBijstellen', niveau: 'vmbo-gt', toetsniveau: 'havo' }).state;
    expect(s.advies.bijgesteld).toMatchObject({ van: 'vmbo-k', niveau: 'vmbo-gt', toetsniveau: 'havo' });
    expect(termijnen(s).map((t) => t.soort)).not.toContain('definitief-advies');
  });

  it('a TLV PrO is settled only through toeleiding\'s events', () => {
    let s = doe(nieuw(), { type: 'voorzieningVastleggen', soort: 'tlv-pro', nodig: true }).state;
    expect(() => doe(s, { type: 'voorzieningGeregeld', soort: 'tlv-pro' })).toThrow(/toeleiding/);
    s = doe(s, { type: 'toeleidingKoppelen', soort: 'tlv-pro', aanvraagId: AANVRAAG }).state;
    expect(s.voorzieningen).toEqual([expect.objectContaining({ soort: 'tlv-pro', status: 'aangevraagd', aanvraagId: AANVRAAG })]);
    expect(() => doe(s, { type: 'toeleidingBijgewerkt', aanvraagId: AANVRAAG, stand: 'afgegeven', tlvId: AANVRAAG, datum: '2026-04-10' })).toThrow(GeenBevoegdheid);
    s = doe(s, { type: 'toeleidingBijgewerkt', aanvraagId: AANVRAAG, stand: 'afgegeven', tlvId: VO_SCHOOL, datum: '2026-04-10' }, 'systeem', '2026-04-10', 'systeem').state;
    expect(s.voorzieningen[0]).toMatchObject({ status: 'geregeld', tlvId: VO_SCHOOL, geregeldOp: '2026-04-10' });
  });

  it('links an aanvraag whose events arrived first, and refuses a leerwegarrangement for MBO', () => {
    const s = doe(nieuw(), { type: 'toeleidingKoppelen', soort: 'tlv-pro', aanvraagId: AANVRAAG, bekend: { stand: 'afgegeven', tlvId: VO_SCHOOL, datum: '2026-04-10' } }).state;
    expect(s.voorzieningen[0]).toMatchObject({ status: 'geregeld', tlvId: VO_SCHOOL });
    expect(() => doe(nieuw('vo-mbo'), { type: 'voorzieningVastleggen', soort: 'lwoo', nodig: true })).toThrow(OngeldigeInvoer);
  });

  it('stores only the OSO/Digidoor reference of the dossier', () => {
    const s = doe(nieuw(), { type: 'dossierVastleggen', systeem: 'oso', referentie: 'OSO-2026-00042', status: 'klaargezet' }).state;
    expect(s.dossier).toEqual({ systeem: 'oso', referentie: 'OSO-2026-00042', status: 'klaargezet', bijgewerktOp: '2026-03-30' });
    expect(() => doe(nieuw(), { type: 'dossierVastleggen', systeem: 'oso', referentie: 'een heel verhaal over de leerling', status: 'klaargezet' })).toThrow(OngeldigeInvoer);
    expect(() => doe(s, { type: 'dossierVastleggen', systeem: 'oso', referentie: 'OSO-2026-00042', status: 'opgehaald' })).toThrow(/ontvangende school/);
  });
});

describe('overdracht: placement, warme overdracht and nazorg', () => {
  function geplaatst(): Overdracht {
    const s = aangemeld(nieuw(), PRO_SCHOOL);
    return doe(s, { type: 'plaatsen', aanmeldingId: open(s), datum: '2026-04-15' }, 'consulent', '2026-04-15').state;
  }

  it('records the warme overdracht with its checklist, then the start publishes overdracht-afgerond (warm)', () => {
    let s = geplaatst();
    expect(s.plaatsing).toMatchObject({ schoolId: PRO_SCHOOL, startdatum: '2026-08-17' });
    expect(() => doe(s, { type: 'warmeOverdrachtVastleggen', deelnemers: ['ouders'], checklist: { ondersteuningsafspraken: 'x', wieVolgtOp: 'mentor', evaluatieOp: '2026-10-01', dossierBesproken: true, oppBesproken: true } }, 'consulent', '2026-06-10')).toThrow(/ontvangende school/);
    s = doe(s, { type: 'warmeOverdrachtPlannen', datum: '2026-06-10' }, 'consulent', '2026-05-01').state;
    s = doe(
      s,
      {
        type: 'warmeOverdrachtVastleggen',
        deelnemers: ['ouders', 'leerling', 'ontvangende-school', 'verzendende-school'],
        checklist: { ondersteuningsafspraken: 'Time-out plek, vaste mentor', wieVolgtOp: 'mentor klas 1', evaluatieOp: '2026-10-01', dossierBesproken: true, oppBesproken: true },
      },
      'consulent',
      '2026-06-10',
    ).state;
    expect(s.warmeOverdracht?.gehouden?.deelnemers).toEqual(['verzendende-school', 'ontvangende-school', 'ouders', 'leerling']);
    expect(() => doe(s, { type: 'startBevestigen' }, 'consulent', '2026-08-16')).toThrow(/startdatum/);
    const start = doe(s, { type: 'startBevestigen' }, 'school', '2026-08-18', PRO_SCHOOL);
    expect(start.state.status).toBe('gestart');
    expect(start.events).toEqual([{ naam: 'gestart', data: { schoolId: PRO_SCHOOL, gestartOp: '2026-08-18', warm: true } }]);
    expect(termijnen(start.state)).toEqual([]);
  });

  it('the check date passes without confirmation: niet gestart, once, with the facts thuiszitters needs', () => {
    const s = geplaatst();
    expect(controledatum(s)).toBe('2026-09-14');
    expect(termijnen(s).find((t) => t.soort === 'startcontrole')).toMatchObject({ vervaltOp: '2026-09-14', bijVerstrijken: 'startControle' });
    expect(() => doe(s, { type: 'startControle' }, 'systeem', '2026-09-14', 'systeem')).toThrow(/nog niet voorbij/);
    const r = doe(s, { type: 'startControle' }, 'systeem', '2026-09-15', 'systeem');
    expect(r.state).toMatchObject({ status: 'niet-gestart', afloop: { op: '2026-09-15', nietGestart: 'niet-bevestigd' } });
    expect(r.events).toEqual([{ naam: 'nietGestart', data: { reden: 'niet-bevestigd', verwachteStartdatum: '2026-08-17', controledatum: '2026-09-14', ontvangendeSchoolId: PRO_SCHOOL } }]);
    expect(() => doe(r.state, { type: 'startControle' }, 'systeem', '2026-09-16', 'systeem')).toThrow(OngeldigeOvergang);
  });

  it('a drop-out in the first months counts (vsv); later it does not', () => {
    const gestart = doe(geplaatst(), { type: 'startBevestigen', datum: '2026-08-17' }, 'consulent', '2026-08-17').state;
    expect(doe(gestart, { type: 'uitvalMelden', datum: '2026-10-20' }, 'consulent', '2026-10-21').state.uitgevallenOp).toBe('2026-10-20');
    expect(() => doe(gestart, { type: 'uitvalMelden', datum: '2026-11-18' }, 'consulent', '2026-11-20')).toThrow(/nazorgperiode/);
  });

  it('a school acts only for its own pupils: sender for its facts, receiver for placement and start', () => {
    const s = aangemeld(nieuw(), VO_SCHOOL);
    expect(() => doe(s, { type: 'plaatsen', aanmeldingId: open(s) }, 'school', '2026-04-01', VERZENDEND)).toThrow(/ontvangende school/);
    expect(doe(s, { type: 'plaatsen', aanmeldingId: open(s) }, 'school', '2026-04-01', VO_SCHOOL).state.status).toBe('geplaatst');
    expect(doe(s, { type: 'adviesVastleggen', soort: 'definitief', niveau: 'havo' }, 'school', '2026-03-20', VERZENDEND).state.advies.definitief?.niveau).toBe('havo');
    expect(() => doe(s, { type: 'adviesVastleggen', soort: 'definitief', niveau: 'havo' }, 'school', '2026-03-20', VO_SCHOOL)).toThrow(/verzendende school/);
  });

  it('shows the next date of the calendar with its warning day', () => {
    expect(volgendeDatum(nieuw())).toEqual({ termijn: 'definitief-advies', datum: '2026-03-24', waarschuwingVanaf: '2026-03-17' });
  });
});
