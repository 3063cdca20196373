import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pao/contracts';
import { waitFor } from '@pao/testing';
import { abonneer, als, startOmgeving, TestOntvanger, tlvAfgegeven, tlvBeeindigd, Uitgever, type Omgeving } from './support';

jest.setTimeout(120_000);

/**
 * An event that waits behind an earlier one of its case (order per subject) goes out as
 * soon as that one is delivered, by the lane itself: never only when the sweeper comes by.
 * The sweeper is switched off here (an hour), so an event left waiting fails the test.
 */
describe('doorstroom: events of one case, one after the other, without the sweeper', () => {
  let o: Omgeving;
  let uitgever: Uitgever;
  let r: TestOntvanger;

  beforeAll(async () => {
    o = await startOmgeving('notif_doorstroom', { config: { BEZORG_VEEG_INTERVAL_MS: 3_600_000 } });
    uitgever = await Uitgever.start(o.vhost.url);
    r = await TestOntvanger.start();
  });

  afterAll(async () => {
    await uitgever?.stop();
    await r?.uit();
    await o?.stop();
  });

  it('delivers bursts of several events per case, each case in order, none left for the sweeper', async () => {
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    const alle: EventEnvelope[] = [];
    for (let ronde = 0; ronde < 5; ronde++) {
      r.gedrag = { status: 204, vertragingMs: ronde % 2 };
      const subjects = Array.from({ length: 40 }, () => randomUUID());
      // Per case: afgegeven, beëindigd, afgegeven: the second and third wait for the one before.
      const events = subjects.flatMap((s) => [tlvAfgegeven({ subject: s }), tlvBeeindigd({ subject: s }), tlvAfgegeven({ subject: s })]);
      await uitgever.publiceer(events);
      alle.push(...events);
      await waitFor(() => alle.every((e) => r.ids().has(e.id)), { timeoutMs: 20_000, what: `round ${ronde}: every event delivered without the sweeper` });
    }
    for (const s of new Set(alle.map((e) => e.subject))) {
      expect(r.ontvangen.filter((x) => x.subject === s).map((x) => x.id)).toEqual(alle.filter((e) => e.subject === s).map((e) => e.id));
    }
    await o.http().delete(`/abonnementen/${a.id}`).set(als('almereVo')).expect(204);
  });
});
