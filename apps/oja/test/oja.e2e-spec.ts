import { waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import { AANVRAAG, ACTOREN, als, http, type Omgeving, startOmgeving } from './support';

jest.setTimeout(90_000);

/** 09:00 in Amsterdam on a day (winter or summer time). */
const om = (dag: string, uur = '09:00') => new Date(new Date(`${dag}T${uur}:00Z`).getTime() - (dag >= '2025-03-30' && dag < '2025-10-26' ? 2 : 1) * 3_600_000);

describe('oja: an OJA at School2Care from aanvraag to the quarter report', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;
  let id: string;

  beforeAll(async () => {
    o = await startOmgeving('oja_e2e', om('2025-02-03'));
    h = http(o.app);
    await h.budget('swv-vo-onderwijs', '2025', 10_000_000);
    await h.budget('swv-vo-onderwijs', '2026', 10_000_000);
    await h.budget('almere-jeugdwet', '2025', 3_000_000, 'gemeente');
    await h.budget('almere-jeugdwet', '2026', 3_000_000, 'gemeente');
  });

  afterAll(async () => {
    await o?.stop();
  });

  it('the Steunpunt requests, both sides assess, the teamleider grants: both budgets committed', async () => {
    id = await h.aanvragen();
    let a = (await h.lees(id)).body;
    expect(a).toMatchObject({ status: 'in-beoordeling', vorm: 'individueel', voorziening: { code: 'School2Care' }, periode: { van: '2025-03-01', tot: '2026-02-28' } });
    expect(a.leerling.weergave).toMatch(/^\*\*\*-\*\*-\d{3}$/);
    expect(a.voorstel.verdeling).toEqual([
      expect.objectContaining({ betaler: 'swv-vo-onderwijs', bedragCent: 2_400_000 }),
      expect.objectContaining({ betaler: 'almere-jeugdwet', bedragCent: 2_400_000 }),
    ]);
    expect(a.toegestaneActies).toEqual(['intrekken']);
    expect((await h.lees(id, 'orthopedagoog')).body.toegestaneActies).toEqual(['onderwijsBeoordelen']);

    await h.ok(id, 'onderwijsBeoordelen', { oordeel: 'akkoord' }, 'orthopedagoog');
    // The gemeente sees its part: the plan and the proposed split, not the pupil's number.
    const gemeenteZicht = await h.lees(id, 'gemeente');
    expect(gemeenteZicht.status).toBe(200);
    expect(gemeenteZicht.body.toegestaneActies).toEqual(['jeugdhulpBeoordelen']);
    expect(JSON.stringify(gemeenteZicht.body)).not.toContain(AANVRAAG.leerling.bsn);
    a = await h.ok(
      id,
      'jeugdhulpBeoordelen',
      { oordeel: 'akkoord', referentie: { soort: 'beschikking', kenmerk: 'JZ-2025-0117' }, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 2_400_000 }] },
      'gemeente',
    );
    expect(a.status).toBe('beoordeeld');
    expect(a.beoordeling.jeugdhulp.referentie).toEqual({ soort: 'beschikking', kenmerk: 'JZ-2025-0117' });

    a = await h.ok(id, 'toekennen', { periode: { van: '2025-03-01', tot: '2026-02-28' }, kostenCent: 4_800_000 }, 'teamleider');
    expect(a.status).toBe('toegekend');
    expect(a.toekenningen[0].verdeling.map((r: { betaler: string; bedragCent: number }) => [r.betaler, r.bedragCent])).toEqual([
      ['swv-vo-onderwijs', 2_400_000],
      ['almere-jeugdwet', 2_400_000],
    ]);
    const budget = (await h.agent().get('/budgetten?jaar=2025').set(als('teamleider'))).body.items as Array<{ betaler: string; budgetperiode: string; vastgelegdCent: number; resterendCent: number }>;
    expect(budget.find((b) => b.betaler === 'almere-jeugdwet' && b.budgetperiode === '2025')).toMatchObject({ vastgelegdCent: 2_012_055, resterendCent: 987_945 });
    expect(budget.find((b) => b.betaler === 'swv-vo-onderwijs' && b.budgetperiode === '2025')).toMatchObject({ vastgelegdCent: 2_012_055 });
    // The ledger rows equal the state's entries, and the database refuses to change them.
    const [{ n, som }] = await o.sql.query(`SELECT count(*)::int AS n, sum(bedrag_cent)::bigint AS som FROM oja.boeking WHERE arrangement_id = $1`, [id]);
    expect({ n, som: Number(som) }).toEqual({ n: 4, som: 4_800_000 });
    await expect(o.sql.query(`UPDATE oja.boeking SET bedrag_cent = 1 WHERE arrangement_id = $1`, [id])).rejects.toThrow(/alleen aan te vullen/);
    await expect(o.sql.query(`DELETE FROM oja.boeking WHERE arrangement_id = $1`, [id])).rejects.toThrow(/alleen aan te vullen/);

    await waitFor(async () => o.events.van('arrangement-toegekend', id).length === 1, { what: 'toegekend published' });
    const toegekend = o.events.van('arrangement-toegekend', id)[0];
    expect(toegekend.data).toMatchObject({ kostenCent: 4_800_000, gemeente: 'GM0034', bovenBudget: false });
    expect(o.events.van('arrangement-aangevraagd', id)).toHaveLength(1);
    expect(o.events.van('arrangement-beoordeeld', id).map((e) => e.data.kant)).toEqual(['onderwijs', 'jeugdhulp']);
  });

  it('starts, and on the report date the quarter report is fixed, published and downloadable', async () => {
    o.klok.set(om('2025-03-03'));
    await h.ok(id, 'starten', { datum: '2025-03-03' });
    o.klok.set(om('2025-04-15', '06:30'));
    await o.scheduler.reconcile();
    const lijst = (await h.agent().get('/kwartaalrapportages').set(als('teamleider'))).body.items;
    expect(lijst).toEqual([expect.objectContaining({ jaar: 2025, kwartaal: 1, vastgesteldOp: '2025-04-15' })]);
    const rapport = (await h.agent().get(`/kwartaalrapportages/${lijst[0].id}`).set(als('teamleider'))).body;
    expect(rapport.inhoud.leerlingen).toEqual([{ typeCode: 'school2care', voorziening: 'School2Care', gemeente: 'GM0034', instroom: 1, uitstroom: 0, lopend: 1 }]);
    expect(rapport.inhoud.geld).toEqual([
      { gemeente: 'GM0034', betaler: 'almere-jeugdwet', budgetperiode: '2025', vastgelegdCent: 2_012_055, gerealiseerdCent: 0, gerealiseerdKwartaalCent: 0 },
      { gemeente: 'GM0034', betaler: 'swv-vo-onderwijs', budgetperiode: '2025', vastgelegdCent: 2_012_055, gerealiseerdCent: 0, gerealiseerdKwartaalCent: 0 },
    ]);
    await waitFor(async () => o.events.van('kwartaalrapportage-vastgesteld').filter((e) => e.swv === 'VO').length === 2, { what: 'report published per gemeente' });
    const almere = o.events.van('kwartaalrapportage-vastgesteld').find((e) => e.swv === 'VO' && e.data.gemeente === 'GM0034')!;
    expect(almere.subject).toBe(lijst[0].id);
    expect(almere.data).toMatchObject({ jaar: 2025, kwartaal: 1, instroom: 1, lopend: 1, uitstroom: 0 });
    expect(almere.data.kosten).toEqual(expect.arrayContaining([expect.objectContaining({ betaler: 'almere-jeugdwet', vastgelegdCent: 2_012_055 })]));

    const csv = await h.agent().get(`/kwartaalrapportages/${lijst[0].id}/csv`).set(als('gemeente'));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('School2Care');
    expect(csv.text).toContain('20120,55');
    const xlsx = await h.agent().get(`/kwartaalrapportages/${lijst[0].id}/xlsx`).set(als('teamleider')).buffer(true).parse((res, cb) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => cb(null, Buffer.concat(delen)));
    });
    expect(xlsx.status).toBe(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');

    // Fixed: later bookings do not change it, and the database refuses to.
    o.klok.set(om('2025-04-20'));
    await h.ok(id, 'realisatieBoeken', { periode: { van: '2025-03-01', tot: '2025-03-31' }, bedragen: [{ betaler: 'almere-jeugdwet', bedragCent: 190_000 }] });
    const weer = (await h.agent().get(`/kwartaalrapportages/${lijst[0].id}`).set(als('teamleider'))).body;
    expect(weer.inhoud).toEqual(rapport.inhoud);
    await expect(o.sql.query(`UPDATE oja.kwartaalrapportage SET inhoud = '{}'`)).rejects.toThrow(/alleen aan te vullen/);
    const opnieuw = await h.agent().post('/kwartaalrapportages').set(als('teamleider')).send({ datum: '2025-04-15' });
    expect(opnieuw.status).toBe(409);
  });

  it('the evaluation comes due: a warning two weeks before, then overdue in the werkvoorraad', async () => {
    const a = (await h.lees(id)).body;
    expect(a.volgendeEvaluatie).toBe('2025-09-03');
    expect(a.termijnen.map((t: { soort: string }) => t.soort).sort()).toEqual(['arrangement-einde', 'evaluatie']);
    o.klok.set(om('2025-08-21'));
    await o.scheduler.reconcile();
    await waitFor(async () => o.events.van('termijn-waarschuwing', id).some((e) => e.data.soort === 'evaluatie'), { what: 'evaluation warning' });
    o.klok.set(om('2025-09-05'));
    await o.scheduler.reconcile();
    await waitFor(async () => o.events.van('termijn-verstreken', id).some((e) => e.data.soort === 'evaluatie'), { what: 'evaluation overdue' });
    const lijst = (await h.agent().get('/arrangementen?lijst=evaluatie').set(als('consulent'))).body;
    expect(lijst.items).toEqual([expect.objectContaining({ id, signalen: ['evaluatie-verlopen'] })]);
    expect(lijst.tellers.evaluatie).toBe(1);
    expect(lijst.tellersBegrensd).toEqual({ beoordeling: false, evaluatie: false, einde: false, budget: false });
    // Evaluating moves the next one (at least yearly; School2Care every 6 months, but the einddatum comes first).
    const na = await h.ok(id, 'evalueren', { uitkomst: 'voortzetten', verslag: 'Gaat elke dag naar school; gezinsbehandeling loopt.' }, 'orthopedagoog');
    expect(na.volgendeEvaluatie).toBeNull();
    expect(na.termijnen.map((t: { soort: string }) => t.soort)).toEqual(['arrangement-einde']);
  });

  it('bad input is refused with 400 naming the field, and nothing changes', async () => {
    o.klok.set(om('2025-09-10'));
    const ander = await h.aanvragen({ ...AANVRAAG, leerling: { bsn: testBsn(102) } });
    await h.ok(ander, 'onderwijsBeoordelen', { oordeel: 'akkoord' }, 'orthopedagoog');
    await h.ok(ander, 'jeugdhulpBeoordelen', { oordeel: 'akkoord', referentie: { soort: 'toewijzing', kenmerk: 'T-2025-88' }, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 5_000_000 }] }, 'gemeente');
    const voor = (await h.lees(ander)).body;
    const gevallen: Array<[object, string]> = [
      [{ periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: 1_000_000.5 }, 'kostenCent'],
      [{ periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: -500 }, 'kostenCent'],
      [{ periode: { van: '2025-10-01', tot: '2025-09-30' }, kostenCent: 1_000 }, 'periode.tot'],
      [{ periode: { van: '2025-10-01' }, kostenCent: 1_000 }, 'periode.tot'],
      [{ periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: 1_000, verdeling: [{ betaler: 'onbekende-pot', bedragCent: 1_000 }] }, 'verdeling.0.betaler'],
      [{ periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: 1_000, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: 999.9 }, { betaler: 'almere-jeugdwet', bedragCent: 0.1 }] }, 'verdeling.0.bedragCent'],
      [{ periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: 1_000, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: 1_500 }, { betaler: 'almere-jeugdwet', bedragCent: -500 }] }, 'verdeling.1.bedragCent'],
      [{ periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: '1000' }, 'kostenCent'],
    ];
    for (const [body, veld] of gevallen) {
      const res = await h.actie(ander, 'toekennen', body, 'teamleider');
      expect({ veld, status: res.status, type: res.headers['content-type'] }).toEqual({ veld, status: 400, type: expect.stringMatching(/problem\+json/) });
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(veld);
    }
    expect((await h.lees(ander)).body.versie).toBe(voor.versie);
    expect((await o.sql.query(`SELECT count(*)::int AS n FROM oja.boeking WHERE arrangement_id = $1`, [ander]))[0].n).toBe(0);
    const zonderEinde = await h.agent().post('/arrangementen').set(als('consulent')).send({ ...AANVRAAG, leerling: { bsn: testBsn(103) }, gevraagdePeriode: { van: '2025-10-01' } });
    expect(zonderEinde.status).toBe(400);
    expect(zonderEinde.body.errors[0].field).toBe('gevraagdePeriode.tot');
  });

  it('a toekenning past a payer budget is refused naming the payer; the teamleider may override with reasons', async () => {
    const ander = (await h.agent().get('/arrangementen?lijst=beoordeling').set(als('consulent'))).body.items.find((i: { status: string }) => i.status === 'beoordeeld').id;
    const body = { periode: { van: '2025-10-01', tot: '2026-06-30' }, kostenCent: 6_000_000, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: 1_000_000 }, { betaler: 'almere-jeugdwet', bedragCent: 5_000_000 }] };
    const geweigerd = await h.actie(ander, 'toekennen', body, 'teamleider');
    expect(geweigerd.status).toBe(400);
    expect(geweigerd.body.errors.map((e: { field: string }) => e.field)).toEqual(['verdeling.almere-jeugdwet', 'verdeling.almere-jeugdwet']);
    expect(geweigerd.body.errors[0].message).toMatch(/overschrijdt het budget van almere-jeugdwet in 2025/);
    const reden = 'Crisisplaatsing; dekking uit de reserve jeugdhulp (besluit wethouder).';
    const a = await h.ok(ander, 'toekennen', { ...body, overschrijding: { reden } }, 'teamleider');
    expect(a.toekenningen[0].overschrijding).toEqual({ reden, betalers: ['almere-jeugdwet'] });
    const [audit] = await o.sql.query(`SELECT actie, reden, rol FROM oja.audit_trail WHERE object_id = $1 AND actie = 'budget-overschreden'`, [ander]);
    expect(audit).toEqual({ actie: 'budget-overschreden', reden, rol: 'teamleider' });
    const lijst = (await h.agent().get('/arrangementen?lijst=budget').set(als('consulent'))).body;
    expect(lijst.items.map((i: { id: string }) => i.id)).toEqual([ander]);
    const overzicht = (await h.agent().get('/budgetten?jaar=2025').set(als('gemeente'))).body.items;
    expect(overzicht.every((r: { betaler: string }) => r.betaler.startsWith('almere-'))).toBe(true);
    expect(overzicht.find((r: { betaler: string }) => r.betaler === 'almere-jeugdwet')).toMatchObject({ overschreden: true });
  });

  it('a gemeente sees and decides only for its own gemeente; another SWV sees nothing', async () => {
    expect((await h.lees(id, 'zeewolde')).status).toBe(404);
    expect((await h.actie(id, 'jeugdhulpBeoordelen', { oordeel: 'akkoord' }, 'zeewolde')).status).toBe(404);
    expect((await h.agent().get('/arrangementen').set(als('zeewolde'))).body.items).toEqual([]);
    expect((await h.lees(id, 'consulentPo')).status).toBe(404);
    const gemeente = (await h.agent().get('/arrangementen').set(als('gemeente'))).body;
    expect(gemeente.items.every((i: { leerling: unknown }) => i.leerling === null)).toBe(true);
    expect(gemeente.items.map((i: { id: string }) => i.id)).toContain(id);
    const zicht = (await h.lees(id, 'gemeente')).body;
    expect(zicht.evaluaties[0]).not.toHaveProperty('verslag');
    expect(zicht.geld.boekingen.every((b: { betaler: string }) => b.betaler === 'almere-jeugdwet')).toBe(true);
    expect(ACTOREN.gemeente.organisatie).toBe('gemeente-almere');
  });
});
