import pino from 'pino';
import { freePort, waitFor } from '@pao/testing';
import { nieuwGeheim } from '../src/domain/handtekening';
import { abonneer, als, startOmgeving, tlvAfgegeven, Uitgever, type Omgeving } from './support';
import { startDemoOntvanger } from '../src/demo/gemeente/ontvanger';

jest.setTimeout(60_000);

/**
 * Issue 12 acceptance: a wrong signature secret in the demo subscriber is detected (it
 * answers 401) and shows in the delivery log; once the receiver has the right secret the
 * retry gets through.
 */
describe('demo gemeente receiver', () => {
  let o: Omgeving;

  beforeAll(async () => {
    o = await startOmgeving('notif_demo', { app: { random: () => 0.5 } });
  });

  afterAll(async () => {
    await o?.stop();
  });

  it('detects a wrong secret; the attempt is in the delivery log; with the right secret the retry is delivered', async () => {
    const port = await freePort();
    const logger = pino({ level: 'silent' });
    const fout = await startDemoOntvanger({ host: '127.0.0.1', port, geheimen: [nieuwGeheim()], logger });
    const a = await abonneer(o, 'almereVo', { callbackUrl: `http://127.0.0.1:${port}/notificaties`, kanalen: [{ naam: 'toeleiding' }] });
    const uitgever = await Uitgever.start(o.vhost.url);
    const event = tlvAfgegeven();
    await uitgever.publiceer([event]);
    await uitgever.stop();

    const log = await waitFor(
      async () => {
        const res = await o.http().get(`/pogingen?abonnementId=${a.id}`).set(als('beheerderVo')).expect(200);
        return res.body.items.length > 0 ? res.body.items : undefined;
      },
      { timeoutMs: 20_000, what: 'the refused attempt in the log' },
    );
    expect(log[0]).toMatchObject({ eventId: event.id, uitkomst: 'http-fout', statuscode: 401, antwoord: '{"fout":"handtekening ongeldig"}', volgendePogingOp: expect.any(String) });
    expect(fout.meldingen).toHaveLength(0);
    await new Promise((r) => fout.server.close(r));

    const goed = await startDemoOntvanger({ host: '127.0.0.1', port, geheimen: [a.geheim], logger });
    o.klok.advance({ minutes: 5 });
    await o.verdeler.veeg();
    await waitFor(() => goed.meldingen.length === 1, { timeoutMs: 20_000, what: 'delivered with the right secret' });
    expect(goed.meldingen[0]).toMatchObject({ id: event.id, type: event.type, swv: 'VO', gemeente: 'GM0034', dubbel: false });
    await new Promise((r) => goed.server.close(r));
  });
});
