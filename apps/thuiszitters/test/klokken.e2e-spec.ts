import { testBsn } from '@pao/zaak';
import { waitFor } from '@pao/testing';
import { als, http, startOmgeving, verzuimMelding, type Omgeving } from './support';

jest.setTimeout(60_000);

describe('an overdue timer warns its owner, then escalates; it never disappears quietly', () => {
  let o: Omgeving;
  const h = () => http(o.app);

  beforeAll(async () => {
    o = await startOmgeving('thuiszitters_klokken', new Date('2025-03-03T09:00:00+01:00'));
  });
  afterAll(() => o?.stop());

  it('an action due on 14 March: warned on 12 March, escalated on 15 March (school → Steunpunt), then gone from the clocks', async () => {
    const id = await h().melden(verzuimMelding(testBsn(401), '2025-02-24'));
    const met = await h().ok(id, 'actieToevoegen', { omschrijving: 'Huisbezoek met leerplicht', eigenaar: 'leerplicht', uiterlijkOp: '2025-03-14' });
    const actieId = met.acties[0].id;
    expect(met.termijnen).toContainEqual(expect.objectContaining({ soort: 'actie', actieId, vervaltOp: '2025-03-14', waarschuwOp: '2025-03-12' }));

    o.klok.set(new Date('2025-03-11T23:00:00+01:00'));
    await o.termijnenBijwerken();
    expect(o.events.van('thuiszitters.termijn-waarschuwing', id).filter((e) => e.data.soort === `actie-${actieId}`)).toEqual([]);
    o.klok.set(new Date('2025-03-12T00:00:10+01:00'));
    await o.termijnenBijwerken();
    await waitFor(async () => o.events.van('thuiszitters.termijn-waarschuwing', id).some((e) => e.data.soort === `actie-${actieId}`), { what: 'the warning' });
    expect((await h().lees(id)).body.niveau).toBe('school');

    o.klok.set(new Date('2025-03-15T00:00:10+01:00'));
    await o.termijnenBijwerken();
    const na = (await h().lees(id)).body;
    expect(na.niveau).toBe('steunpunt');
    expect(na.acties[0].status).toBe('verlopen');
    expect(na.termijnen.map((t: { soort: string }) => t.soort)).not.toContain('actie');
    await waitFor(async () => o.events.van('thuiszitters.casus-geescaleerd', id).length === 1, { what: 'the escalation event' });
    expect(o.events.van('thuiszitters.casus-geescaleerd', id)[0].data).toMatchObject({ naar: 'steunpunt', reden: 'termijn', termijnSoort: 'actie' });
    // The werkvoorraad shows it among the cases that need attention.
    const aandacht = await h().agent().get('/casussen?aandacht=ja').set(als('consulent'));
    expect(aandacht.body.items).toContainEqual(expect.objectContaining({ id, verlopenActies: 1 }));

    // Re-planned, the action's clock runs again.
    const bijgesteld = await h().ok(id, 'actieBijstellen', { actieId, uiterlijkOp: '2025-03-21', toelichting: 'Leerplicht was ziek' });
    expect(bijgesteld.termijnen).toContainEqual(expect.objectContaining({ soort: 'actie', actieId, vervaltOp: '2025-03-21' }));
  });

  it('a closed case arms nothing: every deadline row is cancelled or fired', async () => {
    const id = await h().melden(verzuimMelding(testBsn(402), '2025-03-10'));
    await h().ok(id, 'actieToevoegen', { omschrijving: 'Gesprek', eigenaar: 'school', uiterlijkOp: '2025-03-28' });
    await h().ok(id, 'afsluiten', { reden: 'teruggekeerd', toelichting: 'Weer naar school sinds maandag' });
    expect(await o.sql.query(`SELECT kind FROM thuiszitters.deadline WHERE subject_id = $1 AND state = 'armed'`, [id])).toEqual([]);
    expect((await o.sql.query(`SELECT count(*)::int AS n FROM thuiszitters.deadline WHERE subject_id = $1`, [id]))[0].n).toBeGreaterThan(0);
  });
});
