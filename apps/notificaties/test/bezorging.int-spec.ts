import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { catalogue } from '@pao/contracts';
import { waitFor } from '@pao/testing';
import { GEMEENTE_TYPE_NAMEN, GEMEENTE_TYPEN } from '../src/application/catalogus';
import { AdresBeleid } from '../src/domain/adresbeleid';
import { HttpVerzender } from '../src/bezorging/http-verzender';
import { abonneer, als, startOmgeving, TestOntvanger, tlvAfgegeven, tlvBeeindigd, Uitgever, type Omgeving } from './support';

jest.setTimeout(120_000);

/** Delivery: the message on the wire, order, isolation, failures and back-off, replay, a day offline. */
describe('bezorging', () => {
  let o: Omgeving;
  let uitgever: Uitgever;
  const ontvangers: TestOntvanger[] = [];

  const ontvanger = async () => {
    const r = await TestOntvanger.start();
    ontvangers.push(r);
    return r;
  };
  const pogingen = (abonnementId: string) =>
    o.sql.query(`SELECT nummer, uitkomst, statuscode, antwoord_fragment, volgende_poging_op FROM notificaties.poging WHERE abonnement_id = $1 ORDER BY id`, [abonnementId]);
  const abonnement = async (id: string) => (await o.sql.query(`SELECT * FROM notificaties.abonnement WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    o = await startOmgeving('notif_bezorging', { app: { random: () => 0.5 } });
    uitgever = await Uitgever.start(o.vhost.url);
  });

  afterAll(async () => {
    await uitgever?.stop();
    for (const r of ontvangers) await r.uit();
    await o?.stop();
  });

  it('POSTs the gemeente view as a structured CloudEvent, signed per Standard Webhooks, with the auth header', async () => {
    const r = await ontvanger();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, auth: 'Bearer sleutel-van-almere', kanalen: [{ naam: 'toeleiding' }] });
    r.geheimen = [a.geheim];
    const event = tlvAfgegeven();
    await uitgever.publiceer([event]);
    const [ontvangen] = await waitFor(() => (r.ontvangen.length > 0 ? r.ontvangen : undefined), { timeoutMs: 20_000, what: 'delivery' });
    expect(ontvangen.geldig).toBe(true);
    expect(ontvangen.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
    expect(ontvangen.headers.authorization).toBe('Bearer sleutel-van-almere');
    expect(ontvangen.headers['webhook-id']).toBe(event.id);
    expect(Number(ontvangen.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -2);
    const { leerlingId: _weg, ...gemeenteData } = event.data as Record<string, unknown>;
    expect(ontvangen.body).toEqual({ ...event, data: gemeenteData, dataref: `https://pao.example/api/notificaties/gebeurtenissen/${event.id}` });
    expect(JSON.stringify(ontvangen.body)).not.toContain((event.data as { leerlingId: string }).leerlingId);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('delivers only within the SWV and gemeenten of each subscription', async () => {
    const [almere, dronten, almerePo] = [await ontvanger(), await ontvanger(), await ontvanger()];
    const subs = [
      await abonneer(o, 'almereVo', { callbackUrl: almere.url, kanalen: [{ naam: 'toeleiding' }] }),
      await abonneer(o, 'drontenVo', { callbackUrl: dronten.url, kanalen: [{ naam: 'toeleiding' }] }),
      await abonneer(o, 'almerePo', { callbackUrl: almerePo.url, kanalen: [{ naam: 'toeleiding', filters: { type: 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1' } }] }),
    ];
    const events = [
      tlvAfgegeven({ swv: 'VO', gemeente: 'GM0034' }),
      tlvAfgegeven({ swv: 'VO', gemeente: 'GM0303' }),
      tlvAfgegeven({ swv: 'PO', gemeente: 'GM0034' }),
      tlvAfgegeven({ swv: 'PO', gemeente: 'GM0050' }),
      tlvBeeindigd({ swv: 'PO', gemeente: 'GM0034', subject: randomUUID() }),
    ];
    await uitgever.publiceer(events);
    await waitFor(() => almere.ontvangen.length >= 1 && dronten.ontvangen.length >= 1 && almerePo.ontvangen.length >= 1, { timeoutMs: 20_000, what: 'deliveries' });
    await o.verdeler.veeg();
    await waitFor(() => o.verdeler.rustig);
    expect([...almere.ids()]).toEqual([events[0].id]);
    expect([...dronten.ids()]).toEqual([events[1].id]);
    expect([...almerePo.ids()]).toEqual([events[2].id]);
    for (const s of subs) await o.sql.query(`UPDATE notificaties.abonnement SET status = 'opgezegd' WHERE id = $1`, [s.id]);
  });

  it('delivers every event type the catalogue marks for gemeenten, each only to the gemeente it is for', async () => {
    const [almere, dronten] = [await ontvanger(), await ontvanger()];
    const kanalen = [...new Set(GEMEENTE_TYPEN.map((t) => t.kanaal))].map((naam) => ({ naam }));
    const subs = [await abonneer(o, 'almereVo', { callbackUrl: almere.url, kanalen }), await abonneer(o, 'drontenVo', { callbackUrl: dronten.url, kanalen })];
    // The catalogue's own example of each type (another service's events included), for one gemeente or the other.
    const voorbeeld = (type: string, gemeente: string) =>
      catalogue.createEvent(type as never, { subject: randomUUID(), swv: 'VO', correlationid: randomUUID(), data: { ...(catalogue.get(type)!.example.data as object), gemeente } as never });
    const voorAlmere = GEMEENTE_TYPE_NAMEN.map((t) => voorbeeld(t, 'GM0034'));
    const voorDronten = GEMEENTE_TYPE_NAMEN.map((t) => voorbeeld(t, 'GM0303'));
    await uitgever.publiceer([...voorAlmere, ...voorDronten]);
    await waitFor(() => almere.ids().size >= voorAlmere.length && dronten.ids().size >= voorDronten.length, { timeoutMs: 30_000, what: 'every type delivered' });
    await o.verdeler.veeg();
    await waitFor(() => o.verdeler.rustig);
    expect([...almere.ids()].sort()).toEqual(voorAlmere.map((e) => e.id).sort());
    expect([...dronten.ids()].sort()).toEqual(voorDronten.map((e) => e.id).sort());
    expect(new Set(almere.ontvangen.map((r) => r.type))).toEqual(new Set(GEMEENTE_TYPE_NAMEN));
    for (const r of [...almere.ontvangen, ...dronten.ontvangen]) {
      for (const veld of Object.keys(r.body.data as object)) expect(catalogue.get(r.type)!.gemeenteFields).toContain(veld);
    }
    for (const s of subs) await o.sql.query(`UPDATE notificaties.abonnement SET status = 'opgezegd' WHERE id = $1`, [s.id]);
  });

  it('keeps the order per subject, with several subjects in flight at once', async () => {
    const r = await ontvanger();
    r.gedrag = { status: 200, vertragingMs: 5 };
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const subjects = Array.from({ length: 5 }, () => randomUUID());
    const events = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? tlvAfgegeven({ subject: subjects[i % 5] }) : tlvBeeindigd({ subject: subjects[i % 5] })));
    await uitgever.publiceer(events);
    await waitFor(() => r.ids().size === events.length, { timeoutMs: 30_000, what: 'all 60 delivered' });
    for (const s of subjects) {
      const verwacht = events.filter((e) => e.subject === s).map((e) => e.id);
      const gekregen = r.ontvangen.filter((x) => x.subject === s).map((x) => x.id);
      expect(gekregen).toEqual(verwacht);
    }
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('never lets a slow subscriber delay another one', async () => {
    const [traag, snel] = [await ontvanger(), await ontvanger()];
    traag.gedrag = { status: 204, vertragingMs: 1_500 };
    const subs = [
      await abonneer(o, 'almereVo', { callbackUrl: traag.url, kanalen: [{ naam: 'toeleiding' }] }),
      await abonneer(o, 'almereVo', { callbackUrl: snel.url, kanalen: [{ naam: 'toeleiding' }] }),
    ];
    const events = Array.from({ length: 40 }, () => tlvAfgegeven());
    const start = Date.now();
    await uitgever.publiceer(events);
    await waitFor(() => snel.ids().size === events.length, { timeoutMs: 30_000, what: 'fast subscriber has everything' });
    const duur = Date.now() - start;
    // The slow one answers 4 at a time (its concurrency) every 1.5 s: it is far from done.
    expect(traag.ids().size).toBeLessThanOrEqual(Math.ceil(duur / 1_500) * 4 + 4);
    expect(traag.ids().size).toBeLessThan(events.length);
    for (const s of subs) await o.http().delete(`/abonnementen/${s.id}`).set(als('almereVo')).expect(204);
  });

  it('logs every failed attempt with status, excerpt and next try; backs off; delivers once the subscriber answers', async () => {
    const r = await ontvanger();
    r.gedrag = { status: 503, vertragingMs: 0, antwoord: `onderhoud ${'x'.repeat(5_000)}` };
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const event = tlvAfgegeven();
    await uitgever.publiceer([event]);
    await waitFor(async () => (await pogingen(a.id)).length >= 1, { timeoutMs: 20_000, what: 'first attempt logged' });
    const [eerste] = await pogingen(a.id);
    expect(eerste).toMatchObject({ nummer: 1, uitkomst: 'http-fout', statuscode: 503 });
    expect(eerste.antwoord_fragment).toMatch(/^onderhoud x+…$/);
    expect(eerste.antwoord_fragment.length).toBe(200);
    // full jitter with random 0.5: pause 2.5 s, delivery again after 2.5 s
    expect(new Date(eerste.volgende_poging_op).getTime() - o.klok.now().getTime()).toBeGreaterThanOrEqual(2_500);
    const log = await o.http().get(`/pogingen?abonnementId=${a.id}`).set(als('almereVo')).expect(200);
    expect(log.body.items[0]).toMatchObject({ eventId: event.id, poging: 1, uitkomst: 'http-fout', statuscode: 503, duurMs: expect.any(Number), volgendePogingOp: expect.any(String) });
    // nothing happens before the back-off ends, whatever the sweeper does
    await o.verdeler.veeg();
    expect((await pogingen(a.id)).length).toBe(1);
    r.gedrag = { status: 204, vertragingMs: 0 };
    o.klok.advance({ seconds: 3 });
    await waitFor(() => r.ids().has(event.id), { timeoutMs: 10_000, what: 'delivered after the back-off' });
    await waitFor(async () => (await abonnement(a.id)).opeenvolgende_fouten === 0, { what: 'circuit closed' });
    expect((await pogingen(a.id)).map((p: { uitkomst: string }) => p.uitkomst)).toEqual(['http-fout', 'bezorgd']);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('does not follow redirects', async () => {
    const doel = await ontvanger();
    const omleider = http.createServer((_req, res) => res.writeHead(307, { location: doel.url }).end());
    await new Promise<void>((res) => omleider.listen(0, '127.0.0.1', res));
    const port = (omleider.address() as { port: number }).port;
    const a = await abonneer(o, 'almereVo', { callbackUrl: `http://127.0.0.1:${port}/hook`, kanalen: [{ naam: 'toeleiding' }] });
    await uitgever.publiceer([tlvAfgegeven()]);
    await waitFor(async () => (await pogingen(a.id)).length >= 1, { timeoutMs: 20_000 });
    expect((await pogingen(a.id))[0]).toMatchObject({ uitkomst: 'http-fout', statuscode: 307 });
    expect(doel.ontvangen).toHaveLength(0);
    omleider.close();
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('refuses at connect time an address that is not allowed (the name may have changed since subscribing)', async () => {
    const doel = await ontvanger();
    const streng = new HttpVerzender(new AdresBeleid(''));
    const r = await streng.verstuur({ url: doel.url, body: Buffer.from('{}'), headers: {} }, 2_000);
    expect(r).toMatchObject({ uitkomst: 'geweigerd', fout: 'adres van soort loopback niet toegestaan' });
    const viaNaam = await streng.verstuur({ url: `http://localhost:${doel.port}/x`, body: Buffer.from('{}'), headers: {} }, 2_000);
    expect(viaNaam).toMatchObject({ uitkomst: 'geweigerd' });
    expect(doel.ontvangen).toHaveLength(0);
    streng.close();
  });

  it('replays one event, or everything from a moment, with the same ids', async () => {
    const r = await ontvanger();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const eerst = [tlvAfgegeven(), tlvAfgegeven()];
    await uitgever.publiceer(eerst);
    await waitFor(() => r.ids().size === 2, { timeoutMs: 20_000 });
    o.klok.advance({ minutes: 10 });
    const moment = o.klok.now();
    const daarna = [tlvAfgegeven(), tlvAfgegeven()];
    await uitgever.publiceer(daarna);
    await waitFor(() => r.ids().size === 4, { timeoutMs: 20_000 });
    r.ontvangen.length = 0;

    const een = await o.http().post(`/abonnementen/${a.id}/opnieuw-bezorgen`).set(als('almereVo')).send({ eventId: eerst[0].id }).expect(200);
    expect(een.body).toEqual({ aantal: 1 });
    await waitFor(() => r.ontvangen.length === 1, { timeoutMs: 10_000 });
    expect(r.ontvangen[0].id).toBe(eerst[0].id);

    const vanaf = await o.http().post(`/abonnementen/${a.id}/opnieuw-bezorgen`).set(als('beheerderVo')).send({ vanaf: moment.toISOString() }).expect(200);
    expect(vanaf.body).toEqual({ aantal: 2 });
    await waitFor(() => r.ontvangen.length === 3, { timeoutMs: 10_000 });
    expect(new Set(r.ontvangen.slice(1).map((x) => x.id))).toEqual(new Set(daarna.map((e) => e.id)));

    const fout = await o.http().post(`/abonnementen/${a.id}/opnieuw-bezorgen`).set(als('almereVo')).send({ eventId: eerst[0].id, vanaf: moment.toISOString() });
    expect(JSON.parse(fout.text).errors[0].field).toBe('vanaf');
    await o.http().post(`/abonnementen/${a.id}/opnieuw-bezorgen`).set(als('almereVo')).send({ eventId: randomUUID() }).expect(404);
    await o.http().post(`/abonnementen/${a.id}/opnieuw-bezorgen`).set(als('drontenVo')).send({ eventId: eerst[0].id }).expect(404);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('signs with both secrets during a rotation, so a receiver with either one accepts', async () => {
    const r = await ontvanger();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const nieuw = (await o.http().post(`/abonnementen/${a.id}/geheim-roteren`).set(als('almereVo')).send({ overlapUren: 1 }).expect(200)).body.geheim as string;
    r.geheimen = [a.geheim];
    await uitgever.publiceer([tlvAfgegeven()]);
    await waitFor(() => r.ontvangen.length === 1, { timeoutMs: 20_000 });
    expect(r.ontvangen[0].geldig).toBe(true);
    expect(String(r.ontvangen[0].headers['webhook-signature']).split(' ')).toHaveLength(2);
    o.klok.advance({ hours: 1, seconds: 1 });
    r.geheimen = [a.geheim];
    await uitgever.publiceer([tlvAfgegeven()]);
    await waitFor(() => r.ontvangen.length === 2, { timeoutMs: 20_000 });
    expect(r.ontvangen[1].geldig).toBe(false); // the old secret has expired
    r.geheimen = [nieuw];
    const { verifieer } = await import('../src/domain/handtekening');
    const h = r.ontvangen[1].headers;
    expect(verifieer([nieuw], { id: String(h['webhook-id']), timestamp: String(h['webhook-timestamp']), signature: String(h['webhook-signature']) }, JSON.stringify(r.ontvangen[1].body), Math.floor(Date.now() / 1000)).ok).toBe(true);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('after a day without success marks the subscription failing, warns the beheerder, keeps every delivery; resuming delivers them', async () => {
    const r = await ontvanger();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    await r.uit();
    const events = Array.from({ length: 5 }, () => tlvAfgegeven());
    await uitgever.publiceer(events);
    await waitFor(async () => (await pogingen(a.id)).length >= 1, { timeoutMs: 20_000 });
    // Move through 25 hours, an hour at a time; each time the due probe fails.
    for (let uur = 1; uur <= 25; uur++) {
      const voor = (await pogingen(a.id)).length;
      o.klok.advance({ hours: 1 });
      await o.verdeler.veeg();
      await waitFor(async () => (await abonnement(a.id)).status === 'falend' || (await pogingen(a.id)).length > voor, { timeoutMs: 10_000, what: `an attempt in hour ${uur}` });
      const s = await abonnement(a.id);
      if (uur < 24) expect(s.status).toBe('actief');
      if (s.status === 'falend') break;
    }
    const falend = await abonnement(a.id);
    expect(falend.status).toBe('falend');
    const aantal = (await pogingen(a.id)).length;
    expect(aantal).toBeLessThan(40); // one probe per back-off, not one per waiting event
    const audit = await o.sql.query(`SELECT actie, rol FROM notificaties.audit_trail WHERE object_id = $1 AND actie = 'abonnement-falend'`, [a.id]);
    expect(audit).toEqual([{ actie: 'abonnement-falend', rol: 'systeem' }]);
    const lijst = (await o.http().get('/abonnementen').set(als('beheerderVo')).expect(200)).body.items.find((x: { id: string }) => x.id === a.id);
    expect(lijst).toMatchObject({ status: 'falend', wachtend: 5, falendGemeldOp: expect.any(String) });
    // nothing is sent while failing
    await r.aan();
    o.klok.advance({ hours: 2 });
    await o.verdeler.veeg();
    expect(r.ontvangen).toHaveLength(0);
    await o.http().post(`/abonnementen/${a.id}/hervatten`).set(als('beheerderVo')).expect(200);
    await waitFor(() => r.ids().size === 5, { timeoutMs: 20_000, what: 'all five after resuming' });
    expect((await abonnement(a.id)).status).toBe('actief');
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('gives up one event the subscriber keeps refusing while others succeed, and the events behind it move on', async () => {
    const r = await ontvanger();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const subject = randomUUID();
    const gif = tlvAfgegeven({ subject });
    const achter = tlvBeeindigd({ subject });
    r.weiger.add(gif.id); // a receiver that refuses exactly one event
    await uitgever.publiceer([gif, achter]);
    await waitFor(async () => (await pogingen(a.id)).length >= 1, { timeoutMs: 20_000 });
    for (let i = 0; i < 30; i++) {
      await uitgever.publiceer([tlvAfgegeven()]); // others keep succeeding
      o.klok.advance({ hours: 1 });
      await o.verdeler.veeg();
      const [b] = await o.sql.query(`SELECT status FROM notificaties.bezorging WHERE gebeurtenis_id = $1`, [gif.id]);
      if (b.status === 'opgegeven') break;
      await waitFor(() => o.verdeler.rustig, { timeoutMs: 10_000 });
    }
    const [b] = await o.sql.query(`SELECT status, pogingen FROM notificaties.bezorging WHERE gebeurtenis_id = $1`, [gif.id]);
    expect(b.status).toBe('opgegeven');
    await waitFor(() => r.ids().has(achter.id), { timeoutMs: 10_000, what: 'the event behind it' });
    expect((await abonnement(a.id)).status).toBe('actief');
    r.weiger.clear();
    await o.http().post(`/abonnementen/${a.id}/opnieuw-bezorgen`).set(als('almereVo')).send({ eventId: gif.id }).expect(200);
    await waitFor(() => r.ids().has(gif.id), { timeoutMs: 10_000, what: 'the given-up event after a replay' });
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });

  it('prunes delivered deliveries and their attempts after the retention period, never a waiting one', async () => {
    const r = await ontvanger();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const [oud, wacht] = [tlvAfgegeven(), tlvAfgegeven()];
    await uitgever.publiceer([oud, wacht]);
    await waitFor(() => r.ids().size === 2, { timeoutMs: 20_000 });
    await waitFor(async () => (await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.bezorging WHERE abonnement_id = $1 AND status = 'bezorgd'`, [a.id]))[0].n === 2);
    // Both 40 days old; one is still owed (its subscription failing since).
    await o.sql.query(`UPDATE notificaties.abonnement SET status = 'falend' WHERE id = $1`, [a.id]);
    await o.sql.query(`UPDATE notificaties.bezorging SET aangemaakt_op = now() - interval '40 days' WHERE abonnement_id = $1`, [a.id]);
    await o.sql.query(`UPDATE notificaties.gebeurtenis SET ontvangen_op = now() - interval '40 days' WHERE id = ANY($1::uuid[])`, [[oud.id, wacht.id]]);
    await o.sql.query(`UPDATE notificaties.bezorging SET status = 'wachtend' WHERE gebeurtenis_id = $1 AND abonnement_id = $2`, [wacht.id, a.id]);
    const { BezorgingenRepository } = await import('../src/persistence/bezorgingen.repository');
    const weg = await o.app.get(BezorgingenRepository).ruimOp(new Date(Date.now() - 30 * 86_400_000));
    expect(weg).toBeGreaterThanOrEqual(1);
    const over = await o.sql.query(`SELECT gebeurtenis_id, status FROM notificaties.bezorging WHERE abonnement_id = $1`, [a.id]);
    expect(over).toEqual([{ gebeurtenis_id: wacht.id, status: 'wachtend' }]);
    expect((await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.poging WHERE gebeurtenis_id = $1`, [oud.id]))[0].n).toBe(0);
    expect((await o.sql.query(`SELECT id FROM notificaties.gebeurtenis WHERE id = ANY($1::uuid[])`, [[oud.id, wacht.id]])).map((g: { id: string }) => g.id)).toEqual([wacht.id]);
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });
});
