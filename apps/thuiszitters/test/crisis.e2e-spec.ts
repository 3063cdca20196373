import { testBsn } from '@pao/zaak';
import { waitFor } from '@pao/testing';
import { als, BETROKKEN, http, startOmgeving, verzuimMelding, type Omgeving } from './support';

jest.setTimeout(60_000);

/**
 * The crisis route through the service (001:1875-1887): the school director's
 * handelingsverlegenheid, the board informed, the SWV orthopedagoog consulted, an overleg,
 * and a crisis placement at a school found in the register by its expertise (SOP).
 */
describe('the crisis route: steps, the overleg, a crisis placement at a school with the expertise', () => {
  let o: Omgeving;
  const h = () => http(o.app);

  beforeAll(async () => {
    o = await startOmgeving('thuiszitters_crisis', new Date('2025-02-03T09:00:00+01:00'));
  });
  afterAll(() => o?.stop());

  it('runs from the melding to the placement; the overleg clock stops at the overleg', async () => {
    const id = await h().melden(verzuimMelding(testBsn(601), '2025-02-03', { soort: 'crisis', thuisSinds: undefined }));
    await waitFor(async () => o.events.van('thuiszitters.crisis-gemeld', id).length === 1, { what: 'crisis-gemeld on the exchange' });
    // A crisis is no verzuim: leerplicht is not told (no melding-gedaan) until the pupil is out of school.
    expect(o.events.van('thuiszitters.melding-gedaan', id)).toEqual([]);
    expect(JSON.stringify(o.events.van('thuiszitters.crisis-gemeld', id))).not.toContain(testBsn(601));
    let casus = (await h().lees(id)).body;
    expect(casus.termijnen.map((t: { soort: string }) => t.soort)).toContain('crisis-overleg');

    await h().ok(id, 'crisisstapVastleggen', { stap: 'bestuur-geinformeerd' });
    // The SWV orthopedagoog records the consultation; a gemeente may not.
    expect((await h().actie(id, 'crisisstapVastleggen', { stap: 'orthopedagoog-geraadpleegd' }, 'gemeente')).status).toBe(403);
    await h().ok(id, 'crisisstapVastleggen', { stap: 'orthopedagoog-geraadpleegd' }, 'orthopedagoog');
    const fout = await h().actie(id, 'crisisstapVastleggen', { stap: 'paniek' });
    expect({ status: fout.status, velden: fout.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, velden: ['stap'] });

    casus = await h().ok(id, 'overlegVastleggen', { deelnemers: ['school', 'ouders', 'steunpunt'], betrokkenheid: BETROKKEN, afspraken: 'Crisisplaatsing met opvang' });
    expect(casus.termijnen.map((t: { soort: string }) => t.soort)).not.toContain('crisis-overleg');

    // A school that can receive the pupil: searched in the register by expertise.
    const gezocht = await h().agent().get('/scholen?expertise=crisisopvang,kleine-groep').set(als('consulent'));
    expect(gezocht.status).toBe(200);
    const namen = gezocht.body.items.map((s: { naam: string }) => s.naam);
    expect(namen).toEqual(expect.arrayContaining(['Nautilus College (VSO)', 'Stg Almere Speciaal (VSO)']));
    expect(namen).not.toContain('Baken Stad');
    for (const s of gezocht.body.items) expect(s.expertise).toEqual(expect.arrayContaining(['crisisopvang', 'kleine-groep']));
    expect(gezocht.body.expertises).toContain('crisisopvang');
    // The PO register is not the VO one.
    const po = await h().agent().get('/scholen?expertise=crisisopvang').set(als('consulentPo'));
    expect(po.body.items.map((s: { naam: string }) => s.naam)).not.toContain('Nautilus College (VSO)');
    expect((await h().agent().get('/scholen?expertise=onbekend').set(als('consulent'))).body.items).toEqual([]);
    const teLang = await h().agent().get(`/scholen?expertise=${'x'.repeat(61)}`).set(als('consulent'));
    expect({ status: teLang.status, velden: teLang.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ status: 400, velden: [expect.stringMatching(/^expertise/)] });

    const gekozen = gezocht.body.items.find((s: { naam: string }) => s.naam === 'Nautilus College (VSO)');
    casus = await h().ok(id, 'uitkomstVastleggen', { uitkomst: 'plaatsing-onderwijs', schoolId: gekozen.id, startOp: '2025-02-05', crisisplaatsing: true, betrokkenheid: BETROKKEN });
    expect(casus.aanbod).toMatchObject({ uitkomst: 'plaatsing-onderwijs', crisisplaatsing: true, startOp: '2025-02-05' });
    expect(JSON.stringify(casus.aanbod)).toContain(gekozen.id);
    await waitFor(async () => o.events.van('thuiszitters.passend-aanbod-gevonden', id).length === 1, { what: 'passend-aanbod-gevonden' });
    // The route's steps are on the audit trail with who did them.
    const audit = await o.sql.query(`SELECT actie, rol FROM thuiszitters.audit_trail WHERE object_id = $1 ORDER BY id`, [id]);
    expect(audit).toEqual([
      { actie: 'melden', rol: 'consulent' },
      { actie: 'crisisstapVastleggen', rol: 'consulent' },
      { actie: 'crisisstapVastleggen', rol: 'orthopedagoog' },
      { actie: 'overlegVastleggen', rol: 'consulent' },
      { actie: 'uitkomstVastleggen', rol: 'consulent' },
    ]);
  });
});
