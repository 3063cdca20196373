import { waitFor } from '@pao/testing';
import { abonneer, als, MELDING_GEDAAN, startOmgeving, TestOntvanger, TLV_AFGEGEVEN, type Omgeving } from './support';

jest.setTimeout(60_000);

/** The subscription API: shape, scoping per organisation and SWV, bad input named by field, SSRF refusal. */
describe('abonnementen API', () => {
  let o: Omgeving;
  let ontvanger: TestOntvanger;

  beforeAll(async () => {
    o = await startOmgeving('notif_api');
    ontvanger = await TestOntvanger.start();
  });

  afterAll(async () => {
    await ontvanger?.uit();
    await o?.stop();
  });

  it('creates a subscription in the Notificaties API shape and shows the secret once', async () => {
    const res = await o
      .http()
      .post('/abonnementen')
      .set(als('almereVo'))
      .send({ callbackUrl: ontvanger.url, auth: 'Bearer jeugdhulp-almere-123', kanalen: [{ naam: 'toeleiding', filters: { type: TLV_AFGEGEVEN } }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      url: `https://pao.example/api/notificaties/abonnementen/${res.body.id}`,
      callbackUrl: ontvanger.url,
      auth: '********',
      kanalen: [{ naam: 'toeleiding', filters: { type: TLV_AFGEGEVEN } }],
      gemeenten: ['GM0034'],
      swv: 'VO',
      organisatie: 'gemeente-almere',
      status: 'actief',
    });
    expect(res.body.geheim).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    const gelezen = await o.http().get(`/abonnementen/${res.body.id}`).set(als('almereVo')).expect(200);
    expect(gelezen.body).not.toHaveProperty('geheim');
    expect(JSON.stringify(gelezen.body)).not.toContain('jeugdhulp-almere-123');
    const opgeslagen = await o.sql.query(`SELECT auth_versleuteld, geheim_versleuteld FROM notificaties.abonnement WHERE id = $1`, [res.body.id]);
    expect(opgeslagen[0].auth_versleuteld).not.toContain('jeugdhulp');
    expect(opgeslagen[0].geheim_versleuteld).not.toContain(res.body.geheim.slice(6, 20));
  });

  it('answers bad input with 400 naming each field, and changes nothing', async () => {
    const voor = await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.abonnement`);
    const cases: Array<[string, object, string[]]> = [
      ['invalid callback URL', { callbackUrl: 'geen url', kanalen: [{ naam: 'toeleiding' }] }, ['callbackUrl']],
      ['ftp callback', { callbackUrl: 'ftp://gemeente.example/x', kanalen: [{ naam: 'toeleiding' }] }, ['callbackUrl']],
      ['unknown event type', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding', filters: { type: 'nl.passend-onderwijs.toeleiding.bestaat-niet.v1' } }] }, ['kanalen.0.filters.type']],
      ['type of another kanaal', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding', filters: { type: MELDING_GEDAAN } }] }, ['kanalen.0.filters.type']],
      ['unknown kenmerk', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding', filters: { leerling: 'x' } }] }, ['kanalen.0.filters.leerling']],
      ['unknown kanaal', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'zaken' }] }, ['kanalen.0.naam']],
      ["another SWV's gemeente", { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding', filters: { gemeente: 'GM0050' } }] }, ['kanalen.0.filters.gemeente']],
      ["another SWV's gemeente in gemeenten", { callbackUrl: ontvanger.url, gemeenten: ['GM0050'], kanalen: [{ naam: 'toeleiding' }] }, ['gemeenten.0']],
      ['no kanalen', { callbackUrl: ontvanger.url, kanalen: [] }, ['kanalen']],
      ['unknown field', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding' }], notificatieType: 'x' }, ['']],
      ['header injection in auth', { callbackUrl: ontvanger.url, auth: 'Bearer x\r\nX-Evil: 1', kanalen: [{ naam: 'toeleiding' }] }, ['auth']],
    ];
    for (const [wat, body, velden] of cases) {
      const res = await o.http().post('/abonnementen').set(als('almereVo')).send(body);
      expect({ wat, status: res.status, type: res.headers['content-type'] }).toEqual({ wat, status: 400, type: expect.stringMatching(/problem\+json/) });
      expect({ wat, velden: JSON.parse(res.text).errors.map((e: { field: string }) => e.field) }).toEqual({ wat, velden });
    }
    const fout = JSON.parse((await o.http().post('/abonnementen').set(als('almereVo')).send(cases[6][1])).text);
    expect(fout.errors[0].message).toBe('gemeente GM0050 hoort niet bij samenwerkingsverband VO');
    const na = await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.abonnement`);
    expect(na[0].n).toBe(voor[0].n);
  });

  it('refuses callbacks that resolve to loopback, link-local or private addresses outside the allow-list', async () => {
    for (const callbackUrl of ['https://10.0.0.8/hook', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hook', 'https://192.168.1.20/x', 'https://[fd00::1]/x', 'https://0.0.0.0/x']) {
      const res = await o.http().post('/abonnementen').set(als('almereVo')).send({ callbackUrl, kanalen: [{ naam: 'toeleiding' }] });
      expect({ callbackUrl, status: res.status }).toEqual({ callbackUrl, status: 400 });
      const fout = JSON.parse(res.text).errors[0];
      expect(fout.field).toBe('callbackUrl');
      expect(fout.message).toMatch(/(loopback|link-local|privé|gereserveerd)-adres/);
    }
    // plain http is only for allow-listed (local) receivers
    const http = await o.http().post('/abonnementen').set(als('almereVo')).send({ callbackUrl: 'http://145.12.1.9/x', kanalen: [{ naam: 'toeleiding' }] });
    expect(JSON.parse(http.text).errors).toEqual([{ field: 'callbackUrl', message: 'moet met https:// beginnen' }]);
  });

  it('lets a partner see and change only its own, a beheerder all of its SWV, nobody another SWV’s', async () => {
    const dronten = await abonneer(o, 'drontenVo', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'thuiszitters' }] });
    const almerePo = await abonneer(o, 'almerePo', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'oja' }] });
    const almere = (await o.http().get('/abonnementen').set(als('almereVo')).expect(200)).body.items.map((a: { organisatie: string }) => a.organisatie);
    expect(new Set(almere)).toEqual(new Set(['gemeente-almere']));
    await o.http().get(`/abonnementen/${dronten.id}`).set(als('almereVo')).expect(404);
    await o.http().patch(`/abonnementen/${dronten.id}`).set(als('almereVo')).send({ auth: 'x' }).expect(404);
    const beheerder = (await o.http().get('/abonnementen').set(als('beheerderVo')).expect(200)).body.items.map((a: { id: string; swv: string }) => a);
    expect(beheerder.map((a: { id: string }) => a.id)).toContain(dronten.id);
    expect(beheerder.every((a: { swv: string }) => a.swv === 'VO')).toBe(true);
    await o.http().get(`/abonnementen/${almerePo.id}`).set(als('beheerderVo')).expect(404);
    await o.http().get('/abonnementen').set(als('consulentVo')).expect(403);
    await o.http().post('/abonnementen').set(als('beheerderVo')).send({ callbackUrl: ontvanger.url, kanalen: [{ naam: 'oja' }] }).expect(403);
    await o.http().get('/abonnementen').expect(401);
  });

  it('changes, rotates with overlap, and cancels, each in the audit trail', async () => {
    const a = await abonneer(o, 'almereVo', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding' }] });
    const gewijzigd = await o.http().patch(`/abonnementen/${a.id}`).set(als('almereVo')).send({ kanalen: [{ naam: 'toeleiding', filters: { type: TLV_AFGEGEVEN } }], auth: null }).expect(200);
    expect(gewijzigd.body).toMatchObject({ kanalen: [{ naam: 'toeleiding', filters: { type: TLV_AFGEGEVEN } }], auth: null, gemeenten: ['GM0034'] });
    const rotatie = await o.http().post(`/abonnementen/${a.id}/geheim-roteren`).set(als('almereVo')).send({ overlapUren: 2 }).expect(200);
    expect(rotatie.body.geheim).not.toBe(a.geheim);
    expect(new Date(rotatie.body.vorigGeheimGeldigTot).getTime() - o.klok.now().getTime()).toBe(2 * 3_600_000);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('beheerderVo')).expect(204);
    expect((await o.http().get(`/abonnementen/${a.id}`).set(als('almereVo'))).body.status).toBe('opgezegd');
    await o.http().post(`/abonnementen/${a.id}/hervatten`).set(als('almereVo')).expect(409);
    const audit = await o.sql.query(`SELECT actie, rol FROM notificaties.audit_trail WHERE object_id = $1 ORDER BY id`, [a.id]);
    expect(audit.map((r: { actie: string }) => r.actie)).toEqual(['abonnement-aangemaakt', 'abonnement-gewijzigd', 'geheim-geroteerd', 'abonnement-opgezegd']);
    expect(JSON.stringify(await o.sql.query(`SELECT oud, nieuw FROM notificaties.audit_trail`))).not.toMatch(/whsec_/);
  });

  it('lists the kanalen with their gemeente event types', async () => {
    const res = await o.http().get('/kanalen').set(als('almereVo')).expect(200);
    const toeleiding = res.body.items.find((k: { naam: string }) => k.naam === 'toeleiding');
    expect(toeleiding.filters).toEqual(['type', 'gemeente']);
    expect(toeleiding.typen.map((t: { type: string }) => t.type)).toContain(TLV_AFGEGEVEN);
    expect(toeleiding.typen.find((t: { type: string }) => t.type === TLV_AFGEGEVEN).velden).not.toContain('leerlingId');
  });

  it('serves the dataref of a delivered event to the partner only, and logs the read', async () => {
    const { tlvAfgegeven, Uitgever } = await import('./support');
    const a = await abonneer(o, 'almereVo', { callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding' }] });
    const uitgever = await Uitgever.start(o.vhost.url);
    const event = tlvAfgegeven();
    await uitgever.publiceer([event]);
    await uitgever.stop();
    const ontvangen = await waitFor(() => ontvanger.ontvangen.find((r) => r.id === event.id), { timeoutMs: 20_000, what: 'delivery' });
    expect(ontvangen.body.dataref).toBe(`https://pao.example/api/notificaties/gebeurtenissen/${event.id}`);
    const res = await o.http().get(`/gebeurtenissen/${event.id}`).set(als('almereVo')).expect(200);
    expect(res.headers['content-type']).toMatch(/application\/cloudevents\+json/);
    expect(JSON.parse(res.text)).toEqual(ontvangen.body);
    await o.http().get(`/gebeurtenissen/${event.id}`).set(als('drontenVo')).expect(404);
    await o.http().get(`/gebeurtenissen/${event.id}`).set(als('beheerderPo')).expect(404);
    const log = await o.sql.query(`SELECT rol, organisatie, handeling, object_type, object_id, doel FROM notificaties.toegangslog`);
    expect(log).toEqual([{ rol: 'gemeente', organisatie: 'gemeente-almere', handeling: 'raadplegen', object_type: 'gebeurtenis', object_id: event.id, doel: 'opvolging-notificatie' }]);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });
});
