import { waitFor } from '@pao/testing';
import { DEADLINE_QUEUE } from '../src/runtime';
import { DeadlineScheduler } from '@pao/deadlines';
import { als, BAKEN_STAD, http, NAUTILUS, startOmgeving, type Omgeving } from './support';

jest.setTimeout(120_000);

const TOELAATBAAR = {
  uitkomst: 'toelaatbaar',
  soort: 'VSO-midden',
  ingangsdatum: '2027-01-04',
  einddatum: '2028-07-31',
  motivering: 'Beide deskundigen adviseren VSO midden.',
};

describe('toeleiding over HTTP (real PostgreSQL, Redis, RabbitMQ)', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;

  beforeAll(async () => {
    o = await startOmgeving('toeleiding', new Date('2026-11-02T09:00:00Z'));
    h = http(o.app);
  });

  afterAll(async () => {
    await o?.stop();
  });

  /** Today's date in the app, as the clock says (Amsterdam). */
  const zet = (iso: string) => o.klok.set(new Date(`${iso}T09:00:00Z`));

  async function totBesluit(inhoud: object = TOELAATBAAR): Promise<string> {
    const id = await h.nieuw();
    await h.ok(id, 'indienen');
    await h.ok(id, 'inBehandelingNemen');
    await h.ok(id, 'adviesVastleggen', { deskundige: { rol: 'eerste', discipline: 'orthopedagoog' }, advies: 'toelaatbaar', soort: 'VSO-midden' }, 'orthopedagoog');
    await h.ok(id, 'adviesVastleggen', { deskundige: { rol: 'tweede', discipline: 'jeugdpsychiater', deskundigeId: 'extern-psychiater-1' }, advies: 'toelaatbaar' });
    await h.ok(id, 'besluitNemen', { inhoud }, 'teamleider');
    return id;
  }

  it('takes a request from concept to onherroepelijk; the bezwaartermijn expiry is fired by the deadline engine and published', async () => {
    zet('2026-11-02');
    const id = await totBesluit();
    const bekend = await h.ok(id, 'bekendmaken', {}, 'consulent');
    expect(bekend).toMatchObject({ status: 'bekendgemaakt', uitvoering: 'niet-geplaatst', bekendgemaaktOp: '2026-11-02' });
    expect(bekend.bezwaartermijn.eindigtOp).toBe('2026-12-14');
    expect(bekend.termijnen).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'bezwaartermijn', vervaltOp: '2026-12-14', status: 'armed' })]));

    // Time travel: past the last day of the term; the BullMQ job is promoted, not waited for.
    o.klok.set(new Date('2026-12-15T00:00:01+01:00'));
    const scheduler = o.app.get(DeadlineScheduler);
    const [deadline] = await o.sql.query(`SELECT id, generation FROM toeleiding.deadline WHERE subject_id = $1 AND kind = 'bezwaartermijn'`, [id]);
    const job = await scheduler.queue.getJob(`dl-${deadline.id}-${deadline.generation}`);
    expect(job).toBeDefined();
    await job!.promote();

    const na = await waitFor(async () => {
      const r = await h.lees(id);
      return r.body.status === 'onherroepelijk' && r.body;
    }, { timeoutMs: 20_000, what: 'onherroepelijk' });
    expect(na.onherroepelijkOp).toBe('2026-12-15');
    expect(na.tijdlijn.at(-1)).toMatchObject({ actie: 'onherroepelijkVerklaren', door: { rol: 'systeem' }, status: 'onherroepelijk' });
    const ontvangen = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', id)[0], { timeoutMs: 20_000, what: 'besluit-onherroepelijk at the consumer' });
    expect(ontvangen.data).toMatchObject({ aanvraagId: id, onherroepelijkOp: '2026-12-15' });
    expect(o.events.van('nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', id).map((e) => e.data.soort)).toContain('bezwaartermijn');
    expect(DEADLINE_QUEUE).toBe('toeleiding-termijnen');
  });

  it('answers 401 without a signed actor', async () => {
    await h.agent().get('/aanvragen').expect(401);
    await h.agent().post('/aanvragen').send({}).expect(401);
  });

  it('lists the schools of the SWV', async () => {
    const res = await h.agent().get('/scholen').set(als('consulent')).expect(200);
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([BAKEN_STAD.schoolId, NAUTILUS.schoolId]));
  });
});
