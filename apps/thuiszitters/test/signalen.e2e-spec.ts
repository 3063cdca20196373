import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import { createEvent, type EventEnvelope } from '@pao/contracts';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';
import { waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import { als, BAKEN_STAD, BETROKKEN, http, NAUTILUS, startOmgeving, type Omgeving } from './support';

jest.setTimeout(60_000);

/** Publishes an event on pao.events as another service would (persistent, message-id = event id). */
async function publiceer(url: string, events: EventEnvelope[] | Buffer[]): Promise<void> {
  const conn = await amqp.connect(url);
  const ch = await conn.createConfirmChannel();
  await assertEventExchange(ch);
  for (const e of events) {
    const body = Buffer.isBuffer(e) ? e : Buffer.from(JSON.stringify(e));
    const type = Buffer.isBuffer(e) ? 'nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1' : e.type;
    ch.publish(EVENTS_EXCHANGE, type, body, { persistent: true, contentType: 'application/cloudevents+json', messageId: Buffer.isBuffer(e) ? randomUUID() : e.id, type });
  }
  await ch.waitForConfirms();
  await conn.close();
}

/** The overdracht contract's data: the receiving school (null when none was settled), the nazorg check date. */
const nietGestart = (overdrachtId: string, ontvangendeSchoolId: string | null) => ({
  overdrachtId,
  leerlingId: randomUUID(),
  route: 'po-vo' as const,
  schooljaar: '2025-2026',
  verzendendeSchoolId: randomUUID(),
  ontvangendeSchoolId,
  reden: ontvangendeSchoolId ? ('niet-bevestigd' as const) : ('geen-ontvangende-school' as const),
  verwachteStartdatum: '2025-09-01',
  controledatum: '2025-09-29',
  gemeente: 'GM0034',
});

describe('signals from other services, idempotent through the inbox', () => {
  let o: Omgeving;
  const h = () => http(o.app);

  beforeAll(async () => {
    o = await startOmgeving('thuiszitters_signalen', new Date('2025-10-01T09:00:00+02:00'), { consumeren: true });
  });
  afterAll(() => o?.stop());

  const aantal = async (bron: string) => Number((await o.sql.query(`SELECT count(*) AS n FROM thuiszitters.casus WHERE bron = $1`, [bron]))[0].n);

  it('an overdracht "niet gestart" event opens exactly one melding, even when delivered twice (and when re-sent with a new id)', async () => {
    const overdrachtId = randomUUID();
    const event = createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', {
      subject: overdrachtId,
      swv: 'VO',
      correlationid: 'test-niet-gestart',
      data: nietGestart(overdrachtId, NAUTILUS.schoolId),
    });
    const opnieuw = { ...event, id: randomUUID() };
    await publiceer(o.vhost.url, [event, event, opnieuw]);
    await waitFor(async () => Number((await o.sql.query(`SELECT count(*) AS n FROM thuiszitters.inbox WHERE consumer = 'thuiszitters.leerling-niet-gestart'`))[0].n) === 2, {
      what: 'both distinct events in the inbox',
    });
    expect(await aantal('overdracht')).toBe(1);
    const [casus] = await o.sql.query(`SELECT id, status, soort, school_id, versie FROM thuiszitters.casus WHERE bron = 'overdracht' AND bron_id = $1`, [overdrachtId]);
    expect(casus).toMatchObject({ status: 'signaal', soort: 'dreigend', school_id: NAUTILUS.schoolId, versie: 1 });

    // The Steunpunt sees it in the werkvoorraad, identifies the pupil and turns it into a melding.
    const lijst = await h().agent().get('/casussen?status=signaal').set(als('consulent'));
    expect(lijst.body.items.map((i: { id: string }) => i.id)).toContain(casus.id);
    const beoordeeld = await h().ok(casus.id, 'signaalBeoordelen', {
      leerling: { bsn: testBsn(202) },
      soort: 'langdurig-relatief-verzuim',
      melder: { soort: 'steunpunt' },
      schoolId: NAUTILUS.schoolId,
      thuisSinds: '2025-09-01',
      betrokkenheid: BETROKKEN,
    });
    // Absent since 1 September: more than 4 weeks already, a thuiszitter at once.
    expect(beoordeeld).toMatchObject({ status: 'thuiszitter', niveau: 'steunpunt', bron: { bron: 'overdracht', bronId: overdrachtId } });
    await waitFor(async () => o.events.van('thuiszitters.melding-gedaan', casus.id).length === 1, { what: 'melding-gedaan after assessment' });
  });

  it('a pupil without a receiving school, or with a school this SWV does not know, still opens one signal (without a school)', async () => {
    const zonder = randomUUID();
    const onbekend = randomUUID();
    const ev = (overdrachtId: string, school: string | null) =>
      createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', { subject: overdrachtId, swv: 'VO', correlationid: `test-${overdrachtId}`, data: nietGestart(overdrachtId, school) });
    await publiceer(o.vhost.url, [ev(zonder, null), ev(onbekend, randomUUID())]);
    await waitFor(async () => (await o.sql.query(`SELECT 1 FROM thuiszitters.casus WHERE bron_id = ANY($1::uuid[])`, [[zonder, onbekend]])).length === 2, { what: 'both signals' });
    expect(await o.sql.query(`SELECT status, soort, school_id FROM thuiszitters.casus WHERE bron_id = ANY($1::uuid[])`, [[zonder, onbekend]])).toEqual([
      { status: 'signaal', soort: 'dreigend', school_id: null },
      { status: 'signaal', soort: 'dreigend', school_id: null },
    ]);
  });

  it('a PO→VO pupil who did not start is the VO SWV\'s: the melding opens there, with the school by name; the PO SWV sees nothing', async () => {
    const overdrachtId = randomUUID();
    const viaPo = createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', {
      subject: overdrachtId,
      swv: 'PO',
      correlationid: 'test-po-vo',
      data: { ...nietGestart(overdrachtId, BAKEN_STAD.schoolId), swvNaOverstap: 'VO' },
    });
    await publiceer(o.vhost.url, [viaPo]);
    await waitFor(async () => (await o.sql.query(`SELECT 1 FROM thuiszitters.casus WHERE bron_id = $1`, [overdrachtId])).length === 1, { what: 'the signal' });
    expect(await o.sql.query(`SELECT swv, school_id FROM thuiszitters.casus WHERE bron_id = $1`, [overdrachtId])).toEqual([{ swv: 'VO', school_id: BAKEN_STAD.schoolId }]);
    const [{ id }] = await o.sql.query(`SELECT id FROM thuiszitters.casus WHERE bron_id = $1`, [overdrachtId]);
    const gelezen = await h().lees(id, 'consulent').expect(200);
    expect(gelezen.body.bron).toMatchObject({ bron: 'overdracht', bronId: overdrachtId, school: { id: BAKEN_STAD.schoolId, naam: 'Baken Stad' } });
    const werkvoorraad = await h().agent().get('/casussen?status=signaal').set(als('consulent')).expect(200);
    expect(werkvoorraad.body.items.find((i: { id: string }) => i.id === id)).toMatchObject({ school: { naam: 'Baken Stad' } });
    await h().lees(id, 'consulentPo').expect(404);
    const poLijst = await h().agent().get('/casussen?status=signaal').set(als('consulentPo')).expect(200);
    expect(poLijst.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('a VO→MBO pupil who did not start is no SWV\'s (null): no melding; an SWV this deployment does not serve is parked', async () => {
    const mbo = randomUUID();
    const onbekend = randomUUID();
    const ev = (overdrachtId: string, swvNaOverstap: string | null) =>
      createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', {
        subject: overdrachtId,
        swv: 'VO',
        correlationid: `test-${overdrachtId}`,
        data: { ...nietGestart(overdrachtId, randomUUID()), route: 'vo-mbo', swvNaOverstap } as never,
      });
    const conn = await amqp.connect(o.vhost.url);
    const ch = await conn.createChannel();
    const geparkeerd = (await ch.checkQueue('thuiszitters.parking')).messageCount;
    const naarMbo = ev(mbo, null);
    await publiceer(o.vhost.url, [naarMbo, ev(onbekend, 'ZZ')]);
    await waitFor(async () => (await o.sql.query(`SELECT 1 FROM thuiszitters.inbox WHERE event_id = $1`, [naarMbo.id])).length === 1, { what: 'the MBO event handled' });
    await waitFor(async () => (await ch.checkQueue('thuiszitters.parking')).messageCount > geparkeerd, { what: 'the unknown SWV parked' });
    await conn.close();
    expect(await o.sql.query(`SELECT 1 FROM thuiszitters.casus WHERE bron_id = ANY($1::uuid[])`, [[mbo, onbekend]])).toEqual([]);
  });

  it('a TLV beëindigd without a new placement becomes a dreigend signal; one with a follow-up does not', async () => {
    const ev = (reden: 'herroepen' | 'overplaatsing') => {
      const aanvraagId = randomUUID();
      return createEvent('nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1', {
        subject: aanvraagId,
        swv: 'VO',
        correlationid: `test-tlv-${reden}`,
        data: { aanvraagId, tlvId: randomUUID(), leerlingId: randomUUID(), reden, einddatum: '2025-09-30', gemeente: 'GM0034' },
      });
    };
    const zonder = ev('herroepen');
    const met = ev('overplaatsing');
    await publiceer(o.vhost.url, [zonder, met, zonder]);
    await waitFor(async () => Number((await o.sql.query(`SELECT count(*) AS n FROM thuiszitters.inbox WHERE consumer = 'thuiszitters.tlv-beeindigd'`))[0].n) === 2, { what: 'both TLV events handled' });
    expect(await o.sql.query(`SELECT soort, status, bron_id FROM thuiszitters.casus WHERE bron = 'toeleiding'`)).toEqual([
      { soort: 'dreigend', status: 'signaal', bron_id: (zonder.data as { tlvId: string }).tlvId },
    ]);
  });

  it('parks a malformed message instead of crashing the consumer', async () => {
    await publiceer(o.vhost.url, [Buffer.from('{"niet":"een event"}')]);
    const conn = await amqp.connect(o.vhost.url);
    const ch = await conn.createChannel();
    await waitFor(async () => (await ch.checkQueue('thuiszitters.parking')).messageCount >= 1, { what: 'the message parked' });
    await conn.close();
    // The consumer still works.
    const overdrachtId = randomUUID();
    await publiceer(o.vhost.url, [
      createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', {
        subject: overdrachtId,
        swv: 'PO',
        correlationid: 'test-na-vergif',
        data: nietGestart(overdrachtId, NAUTILUS.schoolId),
      }),
    ]);
    await waitFor(async () => (await o.sql.query(`SELECT 1 FROM thuiszitters.casus WHERE bron_id = $1 AND swv = 'PO'`, [overdrachtId])).length === 1, { what: 'a PO signal after the poison' });
  });
});
