import { GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang, plusDagen } from '@pao/zaak/domein';
import { maakCasus } from './aanmaken';
import { casusBeslisser } from './beslisser';
import { type Casus } from './casus';
import { type CasusCommando } from './commandos';
import { termijnen } from './termijnen';
import { BETROKKEN, CASUS_ID, SCHOOL, ANDERE_SCHOOL, VERGADERING, verzuimMelding, werk } from './testing/fixtures';
import { type Rol } from './begrippen';

const stap = (s: Casus, c: CasusCommando, rol: Rol, vandaag: string) => casusBeslisser.beslis(s, c, werk(rol, vandaag));

describe('a thuiszitter from melding to plaatsing onderwijs', () => {
  const meldOp = '2025-01-20';
  const thuisSinds = plusDagen(meldOp, -21); // absent for 3 weeks

  it('runs the acceptance story: 3 weeks → 4 weeks thuiszitter → Actietafel → doorzettingskracht → -macht → plaatsing', () => {
    const m = maakCasus(verzuimMelding(thuisSinds), CASUS_ID, werk('consulent', meldOp));
    let s = m.state;
    expect(s.status).toBe('gemeld');
    expect(s.niveau).toBe('school');
    expect(m.events.map((e) => e.naam)).toEqual(['gemeld']);
    const vierWeken = termijnen(s).find((t) => t.soort === 'thuiszitter-vier-weken')!;
    expect(vierWeken.vervaltOp).toBe(plusDagen(thuisSinds, 27));
    expect(termijnen(s).map((t) => t.soort).sort()).toEqual(['escalatie', 'passend-aanbod', 'thuiszitter-vier-weken']);

    // The clock moves: the day after the last day of 4 weeks, the engine gives 'bewaken'.
    const r1 = stap(s, { type: 'bewaken' }, 'systeem', plusDagen(vierWeken.vervaltOp, 1));
    s = r1.state;
    expect(s.status).toBe('thuiszitter');
    expect(s.thuiszitterSinds).toBe(plusDagen(thuisSinds, 28));
    expect(s.niveau).toBe('steunpunt');
    expect(r1.events.map((e) => e.naam)).toEqual(['thuiszitter-geworden', 'geescaleerd']);

    const dag = plusDagen(vierWeken.vervaltOp, 3);
    s = stap(s, { type: 'escaleren', toelichting: 'geen school gevonden' }, 'consulent', dag).state;
    expect(s.niveau).toBe('actietafel');
    expect(s.actietafelSinds).toBe(dag);

    s = stap(s, { type: 'besprekingVastleggen', vergaderingId: VERGADERING, afspraken: 'school zoekt plek', betrokkenheid: BETROKKEN }, 'actietafel', dag).state;
    s = stap(
      s,
      { type: 'doorzettingskrachtInzetten', afspraak: 'plaatsing op school B', schoolId: ANDERE_SCHOOL, partijen: ['school', 'ouders', 'leerplicht'], plaatsingUiterlijk: plusDagen(dag, 14), betrokkenheid: BETROKKEN, vergaderingId: VERGADERING },
      'actietafel',
      dag,
    ).state;
    expect(s.niveau).toBe('doorzettingskracht');

    expect(() => stap(s, { type: 'doorzettingsmachtInzetten', aangewezenSchoolId: SCHOOL, motivering: 'x', kaders: 'y' }, 'actietafel', dag)).toThrow(GeenBevoegdheid);
    const macht = stap(s, { type: 'doorzettingsmachtInzetten', aangewezenSchoolId: SCHOOL, motivering: 'afspraak niet nagekomen', kaders: 'binnen regio, expertise aanwezig' }, 'teamleider', plusDagen(dag, 15));
    s = macht.state;
    expect(s.niveau).toBe('doorzettingsmacht');
    expect(s.doorzettingsmacht).toMatchObject({ aangewezenSchoolId: SCHOOL, motivering: 'afspraak niet nagekomen', genomenDoor: 'teamleider-1' });
    expect(macht.events[0]).toMatchObject({ naam: 'doorzettingsmacht-ingezet', data: { aangewezenSchoolId: SCHOOL } });

    const start = plusDagen(dag, 20);
    s = stap(s, { type: 'uitkomstVastleggen', uitkomst: 'plaatsing-onderwijs', schoolId: SCHOOL, startOp: start, betrokkenheid: BETROKKEN, vergaderingId: VERGADERING }, 'actietafel', plusDagen(dag, 16)).state;
    expect(s.status).toBe('aanbod');
    expect(termijnen(s).map((t) => t.soort)).toEqual(['aanbod-start']);

    const slot = stap(s, { type: 'afsluiten', gestartOp: start }, 'consulent', start);
    expect(slot.state.status).toBe('afgesloten');
    expect(slot.events).toEqual([{ naam: 'afgesloten', data: { op: start, reden: 'passend-aanbod', uitkomst: 'plaatsing-onderwijs', dagenThuis: 50 } }]);
    expect(termijnen(slot.state)).toEqual([]);
  });

  it('a pupil reported after 6 weeks at home is a thuiszitter at once', () => {
    const r = maakCasus(verzuimMelding(plusDagen(meldOp, -42)), CASUS_ID, werk('consulent', meldOp));
    expect(r.state.status).toBe('thuiszitter');
    expect(r.events.map((e) => e.naam)).toEqual(['gemeld', 'thuiszitter-geworden', 'geescaleerd']);
  });

  it('absoluut verzuim counts from day 0 where the SWV says so', () => {
    const c = verzuimMelding(meldOp, { soort: 'absoluut-verzuim', schoolId: undefined, melder: { soort: 'leerplicht' } });
    const r = maakCasus(c, CASUS_ID, werk('gemeente', plusDagen(meldOp, 1), { absoluutDirect: true }));
    expect(r.state.status).toBe('thuiszitter');
    expect(r.state.niveau).toBe('steunpunt');
  });

  it('refuses bad input naming the field', () => {
    const fout = (c: Parameters<typeof maakCasus>[0]) => {
      try {
        maakCasus(c, CASUS_ID, werk('consulent', meldOp));
      } catch (e) {
        return e as OngeldigeInvoer;
      }
      throw new Error('geen fout');
    };
    expect(fout(verzuimMelding(plusDagen(meldOp, 1))).veld).toBe('thuisSinds');
    expect(fout(verzuimMelding(thuisSinds, { schoolId: undefined })).veld).toBe('schoolId');
    expect(fout(verzuimMelding(thuisSinds, { betrokkenheid: { ouders: 'soms' } as never })).veld).toBe('betrokkenheid.ouders');
    expect(fout(verzuimMelding(thuisSinds, { gemeente: 'Almere' })).veld).toBe('gemeente');
    expect(fout(verzuimMelding(thuisSinds, { leerlingRef: '123456782' })).veld).toBe('leerlingRef');
  });

  it('doorzettingsmacht only after doorzettingskracht; doorzettingskracht only with the parents', () => {
    let s = maakCasus(verzuimMelding(plusDagen(meldOp, -42)), CASUS_ID, werk('consulent', meldOp)).state;
    expect(() => stap(s, { type: 'doorzettingsmachtInzetten', aangewezenSchoolId: SCHOOL, motivering: 'x', kaders: 'y' }, 'teamleider', meldOp)).toThrow(OngeldigeOvergang);
    s = stap(s, { type: 'escaleren', toelichting: 'x' }, 'consulent', meldOp).state;
    expect(() =>
      stap(
        s,
        { type: 'doorzettingskrachtInzetten', afspraak: 'x', partijen: ['school', 'leerplicht'], plaatsingUiterlijk: plusDagen(meldOp, 7), betrokkenheid: { ouders: 'geinformeerd', leerling: 'betrokken' } },
        'actietafel',
        meldOp,
      ),
    ).toThrow(/ouders/);
  });

  it('the Actietafel cannot act on a case that never came to its table', () => {
    const s = maakCasus(verzuimMelding(thuisSinds), CASUS_ID, werk('consulent', meldOp)).state;
    expect(() => stap(s, { type: 'actieToevoegen', omschrijving: 'x', eigenaar: 'school', uiterlijkOp: plusDagen(meldOp, 7) }, 'actietafel', meldOp)).toThrow(GeenBevoegdheid);
  });

  it('the table hands a case back with new actions; back at the Steunpunt the ladder starts again', () => {
    let s = maakCasus(verzuimMelding(plusDagen(meldOp, -42)), CASUS_ID, werk('consulent', meldOp)).state;
    s = stap(s, { type: 'escaleren', toelichting: 'x' }, 'consulent', meldOp).state;
    expect(() => stap(s, { type: 'terugNaarSteunpunt', afspraken: 'x', acties: [], betrokkenheid: BETROKKEN }, 'actietafel', meldOp)).toThrow(OngeldigeInvoer);
    const r = stap(
      s,
      { type: 'terugNaarSteunpunt', afspraken: 'eerst onderzoek', acties: [{ omschrijving: 'onderzoek', eigenaar: 'jeugdhulp', uiterlijkOp: plusDagen(meldOp, 10) }], betrokkenheid: BETROKKEN, vergaderingId: VERGADERING },
      'actietafel',
      meldOp,
    );
    expect(r.state.niveau).toBe('steunpunt');
    expect(r.state.actietafelSinds).toBe(meldOp);
    expect(r.state.acties).toHaveLength(1);
    expect(termijnen(r.state).map((t) => t.soort)).toContain(`actie-${r.state.acties[0].id}`);
  });

  it('the zorgplicht clock: 6 weeks, once 4 more, then escalation', () => {
    let s = maakCasus(verzuimMelding(plusDagen(meldOp, -42)), CASUS_ID, werk('consulent', meldOp)).state;
    s = stap(s, { type: 'aanmeldingVastleggen', schoolId: ANDERE_SCHOOL, aanmeldingOp: meldOp }, 'consulent', meldOp).state;
    const id = s.aanmeldingen[0].id;
    expect(s.aanmeldingen[0].klok.vervaltOp).toBe(plusDagen(meldOp, 42));
    s = stap(s, { type: 'zorgplichtVerlengen', aanmeldingId: id }, 'consulent', meldOp).state;
    expect(s.aanmeldingen[0].klok.vervaltOp).toBe(plusDagen(meldOp, 70));
    expect(() => stap(s, { type: 'zorgplichtVerlengen', aanmeldingId: id }, 'consulent', meldOp)).toThrow(/eenmaal/);
    const r = stap(s, { type: 'bewaken' }, 'systeem', plusDagen(meldOp, 71));
    expect(r.state.aanmeldingen[0].status).toBe('termijn-verstreken');
    expect(r.events).toEqual(expect.arrayContaining([expect.objectContaining({ naam: 'geescaleerd', data: expect.objectContaining({ termijn: `zorgplicht-${id}` }) })]));
  });

  it('a crisis: steps, the overleg, a crisis placement at a school with the expertise', () => {
    const c = verzuimMelding(meldOp, { soort: 'crisis', thuisSinds: undefined, melder: { soort: 'school', organisatieId: SCHOOL } });
    let s = maakCasus(c, CASUS_ID, werk('consulent', meldOp)).state;
    expect(termijnen(s).map((t) => t.soort)).toContain('crisis-overleg');
    s = stap(s, { type: 'crisisstapVastleggen', stap: 'bestuur-geinformeerd' }, 'consulent', meldOp).state;
    s = stap(s, { type: 'crisisstapVastleggen', stap: 'orthopedagoog-geraadpleegd' }, 'orthopedagoog', meldOp).state;
    s = stap(s, { type: 'overlegVastleggen', deelnemers: ['school', 'ouders', 'steunpunt'], betrokkenheid: BETROKKEN, afspraken: 'crisisplaatsing' }, 'consulent', meldOp).state;
    expect(termijnen(s).map((t) => t.soort)).not.toContain('crisis-overleg');
    s = stap(s, { type: 'uitkomstVastleggen', uitkomst: 'plaatsing-onderwijs', schoolId: ANDERE_SCHOOL, startOp: plusDagen(meldOp, 2), crisisplaatsing: true, betrokkenheid: BETROKKEN }, 'consulent', meldOp).state;
    expect(s.aanbod).toMatchObject({ crisisplaatsing: true, schoolId: ANDERE_SCHOOL });
  });
});
