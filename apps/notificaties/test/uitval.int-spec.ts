import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@pao/contracts';
import { waitFor } from '@pao/testing';
import { abonneer, startOmgeving, TestOntvanger, tlvAfgegeven, tlvBeeindigd, Uitgever, type Omgeving } from './support';

jest.setTimeout(600_000);

/** Events that first arrived after a later event of their case (empty: in order per case). */
function inVolgordePerZaak(ontvangen: ReadonlyArray<{ id: string; subject: string }>, gepubliceerd: readonly EventEnvelope[]): string[] {
  const volgorde = new Map(gepubliceerd.map((e, i) => [e.id, i]));
  const gezien = new Set<string>();
  const laatste = new Map<string, number>();
  const fout: string[] = [];
  for (const x of ontvangen) {
    if (gezien.has(x.id)) continue;
    gezien.add(x.id);
    const plek = volgorde.get(x.id)!;
    if (plek < (laatste.get(x.subject) ?? -1)) fout.push(`${x.id} (case ${x.subject}) after a later one`);
    laatste.set(x.subject, plek);
  }
  return fout;
}

/**
 * Issue 12 acceptance: a subscriber that is down for an hour (time moved on an injected
 * clock) while 10,000 events for it are published receives all of them once it is back,
 * each at least once, none for another gemeente or SWV, duplicates only with the same id,
 * and per subject in order. Two other subscribers, of another gemeente and another SWV,
 * are up the whole time and get exactly theirs.
 */
describe('a subscriber down for an hour while 10,000 events are published', () => {
  let o: Omgeving;
  let uitgever: Uitgever;
  const [almereVo, drontenVo, almerePo] = [undefined, undefined, undefined] as unknown as TestOntvanger[];
  const ontvangers: { almereVo: TestOntvanger; drontenVo: TestOntvanger; almerePo: TestOntvanger } = { almereVo, drontenVo, almerePo };

  beforeAll(async () => {
    o = await startOmgeving('notif_uitval');
    uitgever = await Uitgever.start(o.vhost.url);
    ontvangers.almereVo = await TestOntvanger.start();
    ontvangers.drontenVo = await TestOntvanger.start();
    ontvangers.almerePo = await TestOntvanger.start();
  });

  afterAll(async () => {
    await uitgever?.stop();
    for (const r of Object.values(ontvangers)) await r?.uit();
    await o?.stop();
  });

  it('delivers all 10,000 after it comes back, and nothing that is not its own', async () => {
    const a = await abonneer(o, 'almereVo', { callbackUrl: ontvangers.almereVo.url, kanalen: [{ naam: 'toeleiding' }] });
    await abonneer(o, 'drontenVo', { callbackUrl: ontvangers.drontenVo.url, kanalen: [{ naam: 'toeleiding' }] });
    await abonneer(o, 'almerePo', { callbackUrl: ontvangers.almerePo.url, kanalen: [{ naam: 'toeleiding' }] });
    await ontvangers.almereVo.uit();

    // 2,000 cases of Almere (VO) with five events each, interleaved; plus others' events.
    const zaken = Array.from({ length: 2_000 }, () => randomUUID());
    const voorAlmereVo: EventEnvelope[] = [];
    for (let ronde = 0; ronde < 5; ronde++) for (const z of zaken) voorAlmereVo.push(ronde % 2 === 0 ? tlvAfgegeven({ subject: z }) : tlvBeeindigd({ subject: z }));
    const voorDronten = Array.from({ length: 300 }, () => tlvAfgegeven({ swv: 'VO', gemeente: 'GM0303' }));
    const voorAlmerePo = Array.from({ length: 300 }, () => tlvAfgegeven({ swv: 'PO', gemeente: 'GM0034' }));
    const voorNiemand = Array.from({ length: 100 }, () => tlvAfgegeven({ swv: 'PO', gemeente: 'GM0050' }));
    const alles = [...voorAlmereVo, ...voorDronten, ...voorAlmerePo, ...voorNiemand];
    const verdeeld = alles.map((e, i) => ({ e, k: i < voorAlmereVo.length ? i : Math.floor(Math.random() * voorAlmereVo.length) })).sort((x, y) => x.k - y.k).map((x) => x.e);

    // Published over the hour of the outage: ten bursts, six minutes apart.
    const start = o.klok.now().getTime();
    const perBurst = Math.ceil(verdeeld.length / 10);
    for (let i = 0; i < 10; i++) {
      await uitgever.publiceer(verdeeld.slice(i * perBurst, (i + 1) * perBurst));
      o.klok.advance({ minutes: 6 });
      await o.verdeler.veeg();
    }
    const t0 = Date.now();
    await waitFor(async () => (await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.inbox`))[0].n === alles.length, { timeoutMs: 180_000, intervalMs: 500, what: 'every event taken in' });
    const inname = Date.now() - t0;
    expect(o.klok.now().getTime() - start).toBe(3_600_000);
    const tijdensUitval = (await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.poging WHERE abonnement_id = $1`, [a.id]))[0].n;
    expect(ontvangers.almereVo.ontvangen).toHaveLength(0);
    const [status] = await o.sql.query(`SELECT status, opeenvolgende_fouten FROM notificaties.abonnement WHERE id = $1`, [a.id]);
    expect(status.status).toBe('actief');

    // Back after an hour; the circuit's pause (at most an hour) ends, the sweeper finds the work.
    await ontvangers.almereVo.aan();
    o.klok.advance({ hours: 1, seconds: 1 });
    await o.verdeler.veeg();
    const t1 = Date.now();
    await waitFor(() => ontvangers.almereVo.ids().size >= voorAlmereVo.length, { timeoutMs: 300_000, intervalMs: 500, what: 'all 10,000 delivered' });
    const inhalen = Date.now() - t1;

    const r = ontvangers.almereVo;
    const verwacht = new Set(voorAlmereVo.map((e) => e.id));
    expect(r.ids()).toEqual(verwacht);
    expect(r.ontvangen.every((x) => x.swv === 'VO' && x.gemeente === 'GM0034')).toBe(true);
    // duplicates only as the same event (same id, same content)
    const eerste = new Map<string, string>();
    for (const x of r.ontvangen) {
      const inhoud = JSON.stringify(x.body);
      expect(eerste.get(x.id) ?? inhoud).toBe(inhoud);
      eerste.set(x.id, inhoud);
    }
    // in order per case, each event counted at its first arrival (a repeat is recognised by its id,
    // and under load a lease can run out while a success is still being written: at least once)
    expect(inVolgordePerZaak(r.ontvangen, voorAlmereVo)).toEqual([]);
    expect(ontvangers.drontenVo.ids()).toEqual(new Set(voorDronten.map((e) => e.id)));
    expect(ontvangers.almerePo.ids()).toEqual(new Set(voorAlmerePo.map((e) => e.id)));
    // a dead subscriber costs a probe per back-off, not an attempt per waiting event
    expect(tijdensUitval).toBeLessThan(50);
    console.log(`uitval: ${tijdensUitval} attempts during the hour, ${r.ontvangen.length} messages for ${verwacht.size} events after it (${r.ontvangen.length - verwacht.size} repeats); intake ${inname} ms (after publishing), catching up ${inhalen} ms`);
  });
  it('survives a subscriber offline for most of a day: everything published meanwhile arrives when it is back, without anyone acting', async () => {
    const r = await TestOntvanger.start();
    const a = await abonneer(o, 'almereVo', { callbackUrl: r.url, kanalen: [{ naam: 'toeleiding' }] });
    await r.uit();
    // 23 hours down (the subscription turns `falend` only after 24 hours without success),
    // 100 events an hour for it and 10 for Dronten, while the clock moves an hour at a time.
    const voorHem: EventEnvelope[] = [];
    const zaken = Array.from({ length: 100 }, () => randomUUID());
    for (let uur = 0; uur < 23; uur++) {
      const deze = zaken.map((z) => (uur % 2 === 0 ? tlvAfgegeven({ subject: z }) : tlvBeeindigd({ subject: z })));
      voorHem.push(...deze);
      await uitgever.publiceer([...deze, ...Array.from({ length: 10 }, () => tlvAfgegeven({ swv: 'VO', gemeente: 'GM0303' }))]);
      await waitFor(async () => (await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.bezorging WHERE abonnement_id = $1`, [a.id]))[0].n === voorHem.length, {
        timeoutMs: 60_000,
        what: `hour ${uur}: taken in`,
      });
      o.klok.advance({ hours: 1 });
      await o.verdeler.veeg();
    }
    expect(r.ontvangen).toHaveLength(0);
    const [tijdens] = await o.sql.query(`SELECT status FROM notificaties.abonnement WHERE id = $1`, [a.id]);
    expect(tijdens.status).toBe('actief');
    const pogingenTijdens = (await o.sql.query(`SELECT count(*)::int AS n FROM notificaties.poging WHERE abonnement_id = $1`, [a.id]))[0].n;

    await r.aan();
    o.klok.advance({ hours: 1, seconds: 1 });
    await o.verdeler.veeg();
    await waitFor(() => r.ids().size >= voorHem.length, { timeoutMs: 120_000, intervalMs: 500, what: `all ${voorHem.length} after a day` });
    expect(r.ids()).toEqual(new Set(voorHem.map((e) => e.id)));
    expect(r.ontvangen.every((x) => x.swv === 'VO' && x.gemeente === 'GM0034')).toBe(true);
    expect(inVolgordePerZaak(r.ontvangen, voorHem)).toEqual([]);
    // a day of probing, not an attempt per waiting event
    expect(pogingenTijdens).toBeLessThan(60);
    await r.uit();
  });
});
