import { testBsn } from '@pao/zaak';
import { als, BAKEN_STAD, BETROKKEN, http, startOmgeving, verzuimMelding, type Omgeving } from './support';

jest.setTimeout(60_000);

describe('bad input, tenants, roles and the access log', () => {
  let o: Omgeving;
  const h = () => http(o.app);
  let id: string;

  beforeAll(async () => {
    o = await startOmgeving('thuiszitters_toegang', new Date('2025-03-03T09:00:00+01:00'));
    id = await h().melden(verzuimMelding(testBsn(301), '2025-02-24'));
  });
  afterAll(() => o?.stop());

  const problem = (res: { status: number; headers: Record<string, string>; body: { errors?: Array<{ field: string }> } }) => ({
    status: res.status,
    json: res.headers['content-type'],
    fields: res.body.errors?.map((e) => e.field),
  });

  it('answers every bad body with problem+json naming the field, and changes nothing', async () => {
    const voor = await o.sql.query(`SELECT count(*) FROM thuiszitters.casus`);
    const cases: Array<[object, string]> = [
      [{ ...verzuimMelding(testBsn(302), '2025-02-24'), leerling: { bsn: '123456789' } }, 'leerling.bsn'],
      [{ ...verzuimMelding(testBsn(302), '2025-02-24'), thuisSinds: '24-02-2025' }, 'thuisSinds'],
      [{ ...verzuimMelding(testBsn(302), '2025-03-10') }, 'thuisSinds'],
      [{ ...verzuimMelding(testBsn(302), '2025-02-24'), soort: 'spijbelen' }, 'soort'],
      [{ ...verzuimMelding(testBsn(302), '2025-02-24'), betrokkenheid: { ouders: 'soms', leerling: 'betrokken' } }, 'betrokkenheid.ouders'],
      [{ ...verzuimMelding(testBsn(302), '2025-02-24'), schoolId: undefined }, 'schoolId'],
      [{ ...verzuimMelding(testBsn(302), '2025-02-24'), schoolId: '6c1d3e5f-7b9c-4d2e-8f10-2a4c6e8b0d13' }, 'schoolId'],
    ];
    for (const [body, veld] of cases) {
      const res = await h().agent().post('/meldingen').set(als('consulent')).send(body);
      expect({ veld, ...problem(res) }).toEqual({ veld, status: 400, json: expect.stringMatching(/^application\/problem\+json/), fields: expect.arrayContaining([veld]) });
      expect(res.text).not.toContain('123456789');
    }
    const actie = await h().actie(id, 'actieToevoegen', { omschrijving: 'Bellen', eigenaar: 'school', uiterlijkOp: '2025-01-01' });
    expect(problem(actie)).toMatchObject({ status: 400, fields: ['uiterlijkOp'] });
    const onbekend = await h().actie(id, 'actieAfronden', { actieId: BAKEN_STAD.schoolId, resultaat: 'x' });
    expect(problem(onbekend)).toMatchObject({ status: 400, fields: ['actieId'] });
    expect(await o.sql.query(`SELECT count(*) FROM thuiszitters.casus`)).toEqual(voor);
  });

  it('pages the werkvoorraad by cursor; a bad cursor, or one of the other sort, is problem+json naming the parameter', async () => {
    await h().melden(verzuimMelding(testBsn(303), '2025-02-25'));
    const eerste = await h().agent().get('/casussen?limit=1').set(als('consulent')).expect(200);
    expect(eerste.body).toMatchObject({ vorige: null, volgende: expect.any(String) });
    const tweede = await h().agent().get(`/casussen?limit=1&na=${eerste.body.volgende}`).set(als('consulent')).expect(200);
    expect(tweede.body.items[0].id).not.toBe(eerste.body.items[0].id);
    const terug = await h().agent().get(`/casussen?limit=1&voor=${tweede.body.vorige}`).set(als('consulent')).expect(200);
    expect(terug.body.items.map((i: { id: string }) => i.id)).toEqual(eerste.body.items.map((i: { id: string }) => i.id));
    for (const [query, veld] of [
      ['na=geen-cursor', 'na'],
      [`sorteer=termijn&voor=${eerste.body.volgende}`, 'voor'],
    ]) {
      const res = await h().agent().get(`/casussen?${query}`).set(als('consulent'));
      expect(problem(res)).toEqual({ status: 400, json: expect.stringMatching(/^application\/problem\+json/), fields: [veld] });
    }
    // The Actietafel's agenda pages the same way; the werkvoorraad's cursor is not one of its own.
    const agenda = await h().agent().get('/actietafel/agenda?limit=1').set(als('actietafel')).expect(200);
    expect(agenda.body).toMatchObject({ totaalBegrensd: false, vorige: null });
    for (const [query, veld] of [
      ['na=geen-cursor', 'na'],
      [`voor=${eerste.body.volgende}`, 'voor'],
    ]) {
      const res = await h().agent().get(`/actietafel/agenda?${query}`).set(als('actietafel'));
      expect(problem(res)).toEqual({ status: 400, json: expect.stringMatching(/^application\/problem\+json/), fields: [veld] });
    }
  });

  it('refuses a command the state does not allow with 409, a role that may not with 403', async () => {
    const res = await h().actie(id, 'doorzettingsmachtInzetten', { aangewezenSchoolId: BAKEN_STAD.schoolId, motivering: 'x', kaders: 'y' }, 'teamleider');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ huidigeStatus: 'gemeld', commando: 'doorzettingsmachtInzetten' });
    expect((await h().actie(id, 'escaleren', { toelichting: 'x' }, 'gemeente')).status).toBe(403);
    expect((await h().agent().get(`/casussen/${id}`).set(als('gemeente'))).status).toBe(403);
  });

  it("another SWV's casus is 404, for reading and for commands; a non-uuid is 404 too", async () => {
    expect((await h().lees(id, 'consulentPo')).status).toBe(404);
    expect((await h().actie(id, 'escaleren', { toelichting: 'x' }, 'consulentPo')).status).toBe(404);
    expect((await h().agent().get('/casussen/niet-een-id').set(als('consulent'))).status).toBe(404);
    const lijst = await h().agent().get('/casussen').set(als('consulentPo'));
    expect(lijst.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('an actietafel account cannot read, list or act on a casus that was never escalated to its table', async () => {
    expect((await h().lees(id, 'actietafel')).status).toBe(404);
    expect((await h().actie(id, 'actieToevoegen', { omschrijving: 'x', eigenaar: 'school', uiterlijkOp: '2025-03-20' }, 'actietafel')).status).toBe(404);
    const lijst = await h().agent().get('/casussen').set(als('actietafel'));
    expect(lijst.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    // Escalated (by hand, twice: school → Steunpunt → Actietafel), the table sees it; the PO table does not.
    await h().ok(id, 'escaleren', { toelichting: 'naar het Steunpunt' });
    await h().ok(id, 'escaleren', { toelichting: 'naar de Actietafel' });
    expect((await h().lees(id, 'actietafel')).status).toBe(200);
    expect((await h().lees(id, 'actietafelPo')).status).toBe(404);
    expect((await h().agent().get('/casussen').set(als('actietafel'))).body.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('leerplicht gets the pupil through the dataref view, nothing of the plan; every read is in the access log', async () => {
    const res = await h().agent().get(`/casussen/${id}/leerplicht`).set(als('gemeente'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ casusId: id, soort: 'langdurig-relatief-verzuim', leerling: { soort: 'bsn', nummer: testBsn(301) }, school: { brin: '01FP00' } });
    expect(res.body).not.toHaveProperty('acties');
    expect((await h().agent().get(`/casussen/${id}/leerplicht`).set(als('consulent'))).status).toBe(403);
    const log = await o.sql.query(`SELECT rol, handeling, doel FROM thuiszitters.toegangslog WHERE object_id = $1 ORDER BY id`, [id]);
    expect(log).toEqual(expect.arrayContaining([{ rol: 'actietafel', handeling: 'raadplegen', doel: 'behandeling' }, { rol: 'gemeente', handeling: 'raadplegen', doel: 'leerplicht' }]));
    const audit = await o.sql.query(`SELECT actie, rol FROM thuiszitters.audit_trail WHERE object_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a: { actie: string }) => a.actie)).toEqual(['melden', 'escaleren', 'escaleren']);
  });

  it('If-Match guards against a stale version', async () => {
    const res = await h().agent().post(`/casussen/${id}/acties/actieToevoegen`).set(als('consulent')).set('if-match', '"1"').send({ omschrijving: 'x', eigenaar: 'school', uiterlijkOp: '2025-03-20' });
    expect(res.status).toBe(409);
  });

  it('the betrokkenheid of parents is required at every step where the case is discussed', async () => {
    const vergadering = (await h().agent().post('/vergaderingen').set(als('actietafel')).send({ datum: '2025-03-03' })).body.id;
    const res = await h().actie(id, 'besprekingVastleggen', { vergaderingId: vergadering, afspraken: 'x' }, 'actietafel');
    expect(problem(res)).toMatchObject({ status: 400, fields: ['betrokkenheid'] });
    const onbekend = await h().actie(id, 'besprekingVastleggen', { vergaderingId: BAKEN_STAD.schoolId, afspraken: 'x', betrokkenheid: BETROKKEN }, 'actietafel');
    expect(problem(onbekend)).toMatchObject({ status: 400, fields: ['vergaderingId'] });
    expect((await h().actie(id, 'besprekingVastleggen', { vergaderingId: vergadering, afspraken: 'x', betrokkenheid: BETROKKEN }, 'actietafel')).status).toBe(200);
  });
});
