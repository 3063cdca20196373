import { testBsn } from '@pao/zaak';
import { waitFor } from '@pao/testing';
import { als, BAKEN_STAD, BETROKKEN, http, NAUTILUS, startOmgeving, verzuimMelding, type Omgeving } from './support';

jest.setTimeout(60_000);

describe('thuiszitters service: melding → thuiszitter → Actietafel → doorzettingsmacht → plaatsing', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;

  beforeAll(async () => {
    o = await startOmgeving('thuiszitters_casus', new Date('2025-01-20T09:00:00+01:00'));
    h = http(o.app);
  });
  afterAll(() => o?.stop());

  it('runs the acceptance story against the service', async () => {
    const id = await h.melden(verzuimMelding(testBsn(101), '2024-12-30'));
    await waitFor(async () => o.events.van('thuiszitters.melding-gedaan', id).length === 1, { what: 'melding-gedaan on the exchange' });
    const gedaan = o.events.van('thuiszitters.melding-gedaan', id)[0];
    expect(gedaan.data).toMatchObject({ soort: 'langdurig-relatief-verzuim', thuisSinds: '2024-12-30', gemeente: 'GM0034' });
    expect(gedaan.dataref).toContain(id);
    expect(JSON.stringify(gedaan)).not.toContain(testBsn(101));

    let casus = (await h.lees(id)).body;
    expect(casus).toMatchObject({ status: 'gemeld', niveau: 'school', leerling: { weergave: expect.stringMatching(/^\*\*\*-\*\*-\d{3}$/) } });
    expect(casus.termijnen.map((t: { soort: string }) => t.soort)).toEqual(['thuiszitter-vier-weken', 'escalatie', 'passend-aanbod']);

    // The clock moves past 4 weeks (the last day is 26 January): the engine makes the pupil a thuiszitter.
    o.klok.set(new Date('2025-01-27T00:00:05+01:00'));
    await o.termijnenBijwerken();
    casus = (await h.lees(id)).body;
    expect(casus).toMatchObject({ status: 'thuiszitter', thuiszitterSinds: '2025-01-27', niveau: 'steunpunt' });
    await waitFor(async () => o.events.van('thuiszitters.thuiszitter-geworden', id).length === 1, { what: 'thuiszitter-geworden on the exchange' });
    expect(o.events.van('thuiszitters.termijn-verstreken', id).map((e) => e.data.soort)).toEqual(['thuiszitter-vier-weken']);

    // The Actietafel does not see it yet.
    expect((await h.lees(id, 'actietafel')).status).toBe(404);
    await h.ok(id, 'escaleren', { toelichting: 'School en Steunpunt vinden geen plek' });
    const agenda = await h.agent().get('/actietafel/agenda').set(als('actietafel'));
    expect(agenda.body.items.map((p: { id: string }) => p.id)).toContain(id);

    const vergadering = await h.agent().post('/vergaderingen').set(als('actietafel')).send({ datum: '2025-01-27' });
    expect(vergadering.status).toBe(201);
    const vId = vergadering.body.id;
    await h.ok(id, 'besprekingVastleggen', { vergaderingId: vId, afspraken: 'School B onderzoekt plaatsing', betrokkenheid: BETROKKEN }, 'actietafel');
    await h.ok(
      id,
      'doorzettingskrachtInzetten',
      { afspraak: 'Plaatsing op Nautilus', schoolId: NAUTILUS.schoolId, partijen: ['school', 'ouders', 'leerplicht'], plaatsingUiterlijk: '2025-02-10', betrokkenheid: BETROKKEN, vergaderingId: vId },
      'actietafel',
    );
    expect((await h.actie(id, 'doorzettingsmachtInzetten', { aangewezenSchoolId: BAKEN_STAD.schoolId, motivering: 'x', kaders: 'y' }, 'actietafel')).status).toBe(403);
    const macht = await h.ok(id, 'doorzettingsmachtInzetten', { aangewezenSchoolId: BAKEN_STAD.schoolId, motivering: 'Afspraak niet nagekomen', kaders: 'Binnen regio en expertise' }, 'teamleider');
    expect(macht.doorzettingsmacht).toMatchObject({ aangewezenSchool: { naam: 'Baken Stad' }, motivering: 'Afspraak niet nagekomen' });

    await h.ok(id, 'uitkomstVastleggen', { uitkomst: 'plaatsing-onderwijs', schoolId: BAKEN_STAD.schoolId, startOp: '2025-02-03', betrokkenheid: BETROKKEN, vergaderingId: vId }, 'actietafel');
    o.klok.set(new Date('2025-02-03T10:00:00+01:00'));
    const slot = await h.ok(id, 'afsluiten', { gestartOp: '2025-02-03' }, 'consulent');
    expect(slot).toMatchObject({ status: 'afgesloten', afsluiting: { reden: 'passend-aanbod' }, termijnen: [] });
    await waitFor(async () => o.events.van('thuiszitters.casus-afgesloten', id).length === 1, { what: 'casus-afgesloten' });

    const cijfers = await h.agent().get('/figuren?jaar=2025&kwartaal=1').set(als('teamleider'));
    expect(cijfers.body.uitkomsten).toEqual([{ uitkomst: 'plaatsing-onderwijs', aantal: 1 }]);
    expect(cijfers.body.duurThuis).toMatchObject({ aantal: 1, mediaan: 35 });
  });
});
