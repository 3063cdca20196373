// The TLV procedure over HTTP against the real servers: the whole path with the deadline
// engine closing the bezwaartermijn, the Algemene termijnenwet, illegal transitions, the
// two deskundigen, a verlenging, an overbrugging and an early end reaching a consumer.
import { DeadlineScheduler } from '@pao/deadlines';
import { waitFor } from '@pao/testing';
import { datumInAmsterdam } from '@pao/zaak';
import { toegestaneCommandos, type TlvAanvraag } from '../src/domain';
import { HTTP_COMMANDOS } from '../src/http/schemas';
import { DOSSIER, http, NAUTILUS, startOmgeving, type ActorNaam, type Omgeving } from './support';

jest.setTimeout(120_000);

const TOELAATBAAR = {
  uitkomst: 'toelaatbaar',
  soort: 'VSO-midden',
  ingangsdatum: '2027-01-04',
  einddatum: '2028-07-31',
  motivering: 'Beide deskundigen adviseren VSO midden.',
};

const EERSTE_ADVIES = { deskundige: { rol: 'eerste', discipline: 'orthopedagoog' }, advies: 'toelaatbaar', soort: 'VSO-midden' };
const TWEEDE_ADVIES = { deskundige: { rol: 'tweede', discipline: 'jeugdpsychiater', deskundigeId: 'extern-psychiater-1' }, advies: 'toelaatbaar' };

describe('toeleiding: the TLV procedure over HTTP (real PostgreSQL, Redis, RabbitMQ)', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;

  beforeAll(async () => {
    o = await startOmgeving('toeleiding', new Date('2026-11-02T09:00:00Z'));
    h = http(o.app);
  });

  afterAll(async () => {
    await o?.stop();
  });

  /** Today in the app (the clock is Amsterdam-dated by the app; 09:00 UTC is the same day). */
  const zet = (iso: string) => o.klok.set(new Date(`${iso}T09:00:00Z`));
  const telling = async (sql: string, params: unknown[]) => Number((await o.sql.query(sql, params))[0].n);

  async function tot(stap: 'ingediend' | 'in-behandeling' | 'advies-compleet' | 'besluit-genomen', inhoud: object = TOELAATBAAR): Promise<string> {
    const id = await h.nieuw();
    await h.ok(id, 'indienen');
    if (stap === 'ingediend') return id;
    await h.ok(id, 'inBehandelingNemen');
    if (stap === 'in-behandeling') return id;
    await h.ok(id, 'adviesVastleggen', EERSTE_ADVIES, 'orthopedagoog');
    await h.ok(id, 'adviesVastleggen', TWEEDE_ADVIES);
    if (stap === 'advies-compleet') return id;
    await h.ok(id, 'besluitNemen', { inhoud }, 'teamleider');
    return id;
  }

  it('takes a request from concept to onherroepelijk; the bezwaartermijn expiry is fired by the deadline engine and reaches a consumer', async () => {
    zet('2026-11-02');
    const id = await h.nieuw();
    expect((await h.lees(id)).body).toMatchObject({ status: 'concept', leerling: { weergave: '***-**-990' }, toegestaneActies: expect.arrayContaining(['indienen']) });
    const ingediend = await h.ok(id, 'indienen');
    expect(ingediend.termijnen).toEqual([expect.objectContaining({ soort: 'beslistermijn', vervaltOp: '2026-12-14', status: 'armed' })]);
    await h.ok(id, 'inBehandelingNemen');
    await h.ok(id, 'adviesVastleggen', EERSTE_ADVIES, 'orthopedagoog');
    await h.ok(id, 'adviesVastleggen', TWEEDE_ADVIES);
    const besluit = await h.ok(id, 'besluitNemen', { inhoud: TOELAATBAAR }, 'teamleider');
    expect(besluit.besluit).toMatchObject({ uitkomst: 'toelaatbaar', soort: 'VSO-midden', einddatum: '2028-07-31', genomenOp: '2026-11-02' });
    // Bekendmaking is the sending of the letter: its date is never assumed (Awb 3:41).
    const zonderDatum = await h.actie(id, 'bekendmaken', {});
    expect(zonderDatum.status).toBe(400);
    expect(zonderDatum.body.errors.map((e: { field: string }) => e.field)).toEqual(['datum']);
    const bekend = await h.ok(id, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    expect(bekend).toMatchObject({ status: 'bekendgemaakt', uitvoering: 'niet-geplaatst', bekendgemaaktOp: '2026-11-02', bezwaartermijn: { eindigtOp: '2026-12-14' } });
    // The beslistermijn is done with; the bezwaartermijn, the week after it (Awb 6:9 lid 2) and the TLV's own terms run.
    expect(bekend.termijnen.map((t: { soort: string }) => t.soort).sort()).toEqual(['bezwaartermijn', 'herbeoordeling', 'laatste-schooljaar', 'nazendtermijn', 'plaatsing-peildatum', 'tlv-einde']);
    // Not yet placed: place by the first teldatum/peildatum on or after the start (4 January 2027 → 1 February).
    expect(bekend.termijnen).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'plaatsing-peildatum', vervaltOp: '2027-02-01' })]));
    expect(bekend.termijnen).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'nazendtermijn', vervaltOp: '2026-12-21' })]));
    expect(await telling(`SELECT count(*) AS n FROM toeleiding.deadline WHERE subject_id = $1 AND kind = 'beslistermijn' AND state = 'cancelled'`, [id])).toBe(1);

    // Time travel: just past the last day of the term; the BullMQ wake-up job is promoted, not waited for.
    o.klok.set(new Date('2026-12-15T00:00:01+01:00'));
    const scheduler = o.app.get(DeadlineScheduler);
    const [deadline] = await o.sql.query(`SELECT id, generation FROM toeleiding.deadline WHERE subject_id = $1 AND kind = 'bezwaartermijn' AND state = 'armed'`, [id]);
    const job = await scheduler.queue.getJob(`dl-${deadline.id}-${deadline.generation}`);
    expect(job).toBeDefined();
    await job!.promote();
    await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', id).length === 1, { what: 'termijn-verstreken of the bezwaartermijn' });
    // The night after the term a bezwaar posted on its last day may still arrive (Awb 6:9 lid 2): not yet onherroepelijk.
    expect((await h.lees(id)).body.status).toBe('bekendgemaakt');
    expect(o.events.van('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', id)).toEqual([]);

    // A week later nothing came in: the nazendtermijn fires the consequence.
    o.klok.set(new Date('2026-12-22T00:00:01+01:00'));
    const [nazend] = await o.sql.query(`SELECT id, generation FROM toeleiding.deadline WHERE subject_id = $1 AND kind = 'nazendtermijn' AND state = 'armed'`, [id]);
    await (await scheduler.queue.getJob(`dl-${nazend.id}-${nazend.generation}`))!.promote();

    const na = await waitFor(async () => {
      const r = await h.lees(id);
      return r.body.status === 'onherroepelijk' && r.body;
    }, { timeoutMs: 20_000, what: 'onherroepelijk' });
    expect(na.onherroepelijkOp).toBe('2026-12-15');
    expect(na.tijdlijn.map((t: { actie: string }) => t.actie)).toEqual([
      'aanmaken', 'indienen', 'inBehandelingNemen', 'adviesVastleggen', 'adviesVastleggen', 'besluitNemen', 'bekendmaken', 'onherroepelijkVerklaren',
    ]);
    expect(na.tijdlijn.at(-1)).toMatchObject({ door: { rol: 'systeem' }, status: 'onherroepelijk' });

    const ontvangen = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', id)[0], { timeoutMs: 20_000, what: 'besluit-onherroepelijk at the consumer' });
    expect(ontvangen.data).toEqual({
      aanvraagId: id,
      besluitId: besluit.besluit.besluitId,
      tlvId: besluit.besluit.tlvId,
      onherroepelijkOp: '2026-12-15',
      regel: 'bezwaartermijn-verstreken',
      termijnEindigdeOp: '2026-12-14',
      nazendtermijnEindigdeOp: '2026-12-21',
      vastgesteldOp: '2026-12-22',
    });
    expect(na.onherroepelijkheid).toMatchObject({ regel: 'bezwaartermijn-verstreken', vastgesteldOp: '2026-12-22' });
    await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', id).length === 2, { what: 'termijn-verstreken' });
    const typen = new Set(o.events.ontvangen.filter((e) => e.subject === id).map((e) => e.type.split('.')[3]));
    expect([...typen].sort()).toEqual(['aanvraag-ingediend', 'besluit-bekendgemaakt', 'besluit-genomen', 'besluit-onherroepelijk', 'termijn-verstreken', 'tlv-afgegeven']);
    // Firing again (a redelivered job, a second reconciler) changes nothing.
    expect(await scheduler.fireDeadline(nazend.id, nazend.generation)).toEqual({ outcome: 'stale' });
  });

  it('gives a besluit bekendgemaakt on 16 March 2027 a bezwaartermijn to 28 April: the 6 weeks end on Koningsdag', async () => {
    zet('2027-03-16');
    const id = await tot('besluit-genomen');
    const zaak = await h.ok(id, 'bekendmaken', { datum: '2027-03-16' });
    expect(zaak.bezwaartermijn).toMatchObject({ eindigtOp: '2027-04-28', verschoven: [{ van: '2027-04-27', naar: '2027-04-28', reden: expect.stringContaining('Koningsdag') }] });
    expect(zaak.termijnen).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'bezwaartermijn', vervaltOp: '2027-04-28', status: 'armed' })]));
    const [row] = await o.sql.query(`SELECT due_at FROM toeleiding.deadline WHERE subject_id = $1 AND kind = 'bezwaartermijn'`, [id]);
    expect((row.due_at as Date).toISOString()).toBe('2027-04-28T22:00:00.000Z'); // 00:00 on 29 April in Amsterdam
  });

  it('answers every illegal transition with 409 problem+json naming the current state, and changes nothing', async () => {
    zet('2026-11-09');
    const zaken: Record<string, string> = {
      concept: await h.nieuw(),
      ingediend: await tot('ingediend'),
      'in-behandeling': await tot('in-behandeling'),
      'advies-compleet': await tot('advies-compleet'),
      'besluit-genomen': await tot('besluit-genomen'),
    };
    zaken.bekendgemaakt = await tot('besluit-genomen');
    await h.ok(zaken.bekendgemaakt, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    zaken.ingetrokken = await tot('ingediend');
    await h.ok(zaken.ingetrokken, 'intrekken');

    const body: Record<string, object> = {
      conceptWijzigen: { dossier: { oppRef: 'opp-2' } },
      aanvullingVragen: { aanvullenVoor: '2026-11-23', ontbrekend: ['opp'] },
      adviesVastleggen: { deskundige: { rol: 'tweede', discipline: 'pedagoog', deskundigeId: 'extern-2' }, advies: 'toelaatbaar' },
      besluitNemen: { inhoud: TOELAATBAAR },
      bekendmaken: { datum: '2026-11-09' },
      bezwaarRegistreren: { indiener: 'ouders', ontvangenOp: '2026-11-09' },
      lbtAdviesRegistreren: { advies: 'ongegrond' },
      beslissenOpBezwaar: { uitkomst: 'ongegrond', motivering: 'Het besluit blijft.' },
      plaatsingRegistreren: { schoolId: NAUTILUS.schoolId, datum: '2026-11-09' },
      einddatumWijzigen: { einddatum: '2029-07-31', motivering: 'Langer nodig.' },
      beeindigen: { reden: 'verhuizing' },
      verlengingAanvragen: { bevoegdGezagId: NAUTILUS.bevoegdGezagId },
      buitenBehandelingStellen: { motivering: 'Niet aangevuld.' },
      termijnoverschrijdingBeoordelen: { verschoonbaar: true, reden: 'Poststaking.' },
      beroepRegistreren: { indiener: 'ouders', ontvangenOp: '2026-11-09' },
      uitspraakRegistreren: { uitkomst: 'ongegrond' },
      jaarlijkseEvaluatieVastleggen: { uitkomst: 'voortzetten', oppGeevalueerd: true },
    };
    const door = (c: string): ActorNaam => (c === 'adviesVastleggen' ? 'consulent' : 'teamleider');

    let pogingen = 0;
    for (const [status, id] of Object.entries(zaken)) {
      const [voor] = await o.sql.query(`SELECT versie, state FROM toeleiding.aanvraag WHERE id = $1`, [id]);
      const voorAudit = await telling(`SELECT count(*) AS n FROM toeleiding.audit_trail WHERE object_id = $1`, [id]);
      const voorOutbox = await telling(`SELECT count(*) AS n FROM toeleiding.outbox WHERE aggregate_id = $1`, [id]);
      const voorTermijnen = await o.sql.query(`SELECT id, state, generation FROM toeleiding.deadline WHERE subject_id = $1 ORDER BY id`, [id]);
      expect((voor.state as TlvAanvraag).status).toBe(status);
      const toegestaan = toegestaneCommandos(voor.state as TlvAanvraag);
      for (const commando of HTTP_COMMANDOS.filter((c) => !toegestaan.includes(c))) {
        const res = await h.actie(id, commando, body[commando] ?? {}, door(commando));
        expect({ commando, status: res.status }).toEqual({ commando, status: 409 });
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        const problem = JSON.parse(res.text);
        expect(problem).toMatchObject({ type: 'urn:pao:problem:invalid-state-transition', status: 409, huidigeStatus: status, commando });
        expect(problem.detail).toContain(status);
        pogingen++;
      }
      const [na] = await o.sql.query(`SELECT versie, state FROM toeleiding.aanvraag WHERE id = $1`, [id]);
      expect(na).toEqual(voor);
      expect(await telling(`SELECT count(*) AS n FROM toeleiding.audit_trail WHERE object_id = $1`, [id])).toBe(voorAudit);
      expect(await telling(`SELECT count(*) AS n FROM toeleiding.outbox WHERE aggregate_id = $1`, [id])).toBe(voorOutbox);
      expect(await o.sql.query(`SELECT id, state, generation FROM toeleiding.deadline WHERE subject_id = $1 ORDER BY id`, [id])).toEqual(voorTermijnen);
    }
    expect(pogingen).toBeGreaterThan(100);
  });

  it('cannot reach a besluit without the advice of both deskundigen', async () => {
    zet('2026-11-10');
    const id = await tot('in-behandeling');
    const zonder = await h.actie(id, 'besluitNemen', { inhoud: TOELAATBAAR }, 'teamleider');
    expect(zonder.status).toBe(409);
    expect(JSON.parse(zonder.text)).toMatchObject({ huidigeStatus: 'in-behandeling', commando: 'besluitNemen', reden: 'deskundigenadvies ontbreekt (eerste en tweede deskundige)' });

    await h.ok(id, 'adviesVastleggen', EERSTE_ADVIES, 'orthopedagoog');
    const eenAdvies = await h.actie(id, 'besluitNemen', { inhoud: TOELAATBAAR }, 'teamleider');
    expect(JSON.parse(eenAdvies.text)).toMatchObject({ status: 409, huidigeStatus: 'in-behandeling', reden: 'deskundigenadvies ontbreekt (tweede deskundige)' });

    // One person cannot be both deskundigen; the orthopedagoog cannot decide.
    const zelfde = await h.actie(id, 'adviesVastleggen', { deskundige: { rol: 'tweede', discipline: 'pedagoog', deskundigeId: (await h.lees(id)).body.adviezen[0].deskundige.deskundigeId }, advies: 'toelaatbaar' });
    expect(zelfde.status).toBe(400);
    expect(JSON.parse(zelfde.text).errors).toEqual([{ field: 'deskundige.deskundigeId', message: expect.any(String) }]);
    await h.ok(id, 'adviesVastleggen', TWEEDE_ADVIES);
    expect((await h.actie(id, 'besluitNemen', { inhoud: TOELAATBAAR }, 'orthopedagoog')).status).toBe(403);
    expect((await h.ok(id, 'besluitNemen', { inhoud: TOELAATBAAR }, 'teamleider')).status).toBe('besluit-genomen');
  });

  it('decides a PrO aanvraag on one deskundige and the PrO criteria, for half a school year; a VSO TLV that short is refused naming the rule', async () => {
    zet('2026-11-10');
    const id = await h.nieuw('consulent', '999999990', { ...DOSSIER, gevraagdeSoort: 'PrO' });
    await h.ok(id, 'indienen');
    await h.ok(id, 'inBehandelingNemen');
    const advies = await h.ok(id, 'adviesVastleggen', {
      ...EERSTE_ADVIES,
      soort: 'PrO',
      proGegevens: { iq: 66, leerachterstanden: { 'inzichtelijk-rekenen': 58, 'begrijpend-lezen': 52 } },
    }, 'orthopedagoog');
    expect(advies).toMatchObject({ status: 'advies-compleet', toegestaneActies: expect.arrayContaining(['adviesVastleggen']) });
    const pro = await h.ok(id, 'besluitNemen', { inhoud: { ...TOELAATBAAR, soort: 'PrO', ingangsdatum: '2027-02-01', einddatum: '2027-07-31' } }, 'teamleider');
    expect(pro).toMatchObject({ status: 'besluit-genomen', besluit: { soort: 'PrO', ingangsdatum: '2027-02-01', einddatum: '2027-07-31' } });

    const vso = await tot('advies-compleet');
    const kort = await h.actie(vso, 'besluitNemen', { inhoud: { ...TOELAATBAAR, ingangsdatum: '2027-02-01', einddatum: '2027-07-31' } }, 'teamleider');
    expect(kort.status).toBe(400);
    expect(JSON.parse(kort.text).errors).toEqual([{ field: 'inhoud.einddatum', message: expect.stringContaining('een TLV VSO-midden geldt ten minste één volledig schooljaar') }]);
  });

  it('warns a week before the beslistermijn ends, and publishes it when it passes without a besluit', async () => {
    zet('2026-11-02');
    const id = await tot('in-behandeling');
    const scheduler = o.app.get(DeadlineScheduler);
    o.klok.set(new Date('2026-12-08T00:00:01+01:00')); // 7 days before 00:00 on 15 December
    await scheduler.reconcile();
    const waarschuwing = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.termijn-waarschuwing.v1', id)[0], { what: 'termijn-waarschuwing' });
    expect(waarschuwing.data).toMatchObject({ soort: 'beslistermijn', onderwerpId: id, vervaltOp: '2026-12-14' });
    o.klok.set(new Date('2026-12-15T00:00:01+01:00'));
    await scheduler.reconcile();
    const verstreken = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.termijn-verstreken.v1', id)[0], { what: 'termijn-verstreken' });
    expect(verstreken.data).toMatchObject({ soort: 'beslistermijn', vervaltOp: '2026-12-14', regelVersie: 'pao-regels-2026.1/beslistermijn-tlv.standaard' });
    // The case still waits for its besluit; the passed term is not armed again by the next command.
    zet('2026-12-15');
    const zaak = await h.ok(id, 'adviesVastleggen', EERSTE_ADVIES, 'orthopedagoog');
    expect(zaak.termijnen).toEqual([expect.objectContaining({ soort: 'beslistermijn', status: 'fired' })]);
  });

  it('suspends the beslistermijn while an aanvulling is outstanding (Awb 4:15)', async () => {
    zet('2026-11-02');
    const id = await tot('ingediend');
    await h.ok(id, 'aanvullingVragen', { aanvullenVoor: '2026-11-16', ontbrekend: ['opp'] });
    zet('2026-11-09');
    const aangevuld = await h.ok(id, 'aanvullen', { dossier: { oppRef: 'opp-nieuw' } }, 'consulent');
    // 6 weeks from 2 November (14 December) plus the 6 days it stood still (3-8 November)
    // is Sunday 20 December: the Algemene termijnenwet moves it to Monday.
    expect(aangevuld.termijnen).toEqual([expect.objectContaining({ soort: 'beslistermijn', vervaltOp: '2026-12-21', status: 'armed' })]);
  });

  it('records a late bezwaar, marked late, instead of refusing it', async () => {
    zet('2026-09-01');
    const id = await tot('besluit-genomen');
    await h.ok(id, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    zet('2026-11-20'); // the term ended on 13 October
    await o.app.get(DeadlineScheduler).reconcile();
    expect((await h.lees(id)).body.status).toBe('onherroepelijk');
    const laat = await h.ok(id, 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: '2026-11-20' });
    expect(laat).toMatchObject({ status: 'bezwaar-ingediend', bezwaar: { telaat: true } });
    expect(laat.termijnen.map((t: { soort: string }) => t.soort)).toEqual(expect.arrayContaining(['doorzending-lbt', 'beslissing-op-bezwaar']));
  });

  it('follows the bezwaar procedure through the LBT to a beslissing, and a plaatsing with wait days', async () => {
    zet('2026-11-02');
    const id = await tot('besluit-genomen');
    await h.ok(id, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    zet('2026-11-20');
    await h.ok(id, 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: '2026-11-19' });
    await h.ok(id, 'doorsturenNaarLbt');
    await h.ok(id, 'beslissingOpBezwaarVerdagen', {}, 'teamleider');
    await h.ok(id, 'lbtAdviesRegistreren', { advies: 'ongegrond' });
    const bob = await h.ok(id, 'beslissenOpBezwaar', { uitkomst: 'ongegrond', motivering: 'Het besluit blijft in stand.' }, 'teamleider');
    expect(bob).toMatchObject({ status: 'beslist-op-bezwaar', bezwaar: { beslissing: { uitkomst: 'ongegrond' } } });
    expect(bob.termijnen).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'beroepstermijn', status: 'armed' })]));
    zet('2027-01-04');
    const geplaatst = await h.ok(id, 'plaatsingRegistreren', { schoolId: NAUTILUS.schoolId, datum: '2027-01-04' });
    expect(geplaatst).toMatchObject({ uitvoering: 'geplaatst', plaatsing: { schoolId: NAUTILUS.schoolId, wachtdagen: 63, schoolNaam: 'Nautilus College (VSO)' } });
    await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.leerling-geplaatst.v1', id)[0], { what: 'leerling-geplaatst' });
  });

  it('beslissing op bezwaar → beroep → uitspraak gegrond → a new besluit; never onherroepelijk while the court has the case', async () => {
    zet('2027-02-01');
    const id = await tot('besluit-genomen');
    const eerste = await h.ok(id, 'bekendmaken', { datum: '2027-02-01' });
    await h.ok(id, 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: '2027-02-01' });
    await h.ok(id, 'doorsturenNaarLbt');
    await h.ok(id, 'lbtAdviesRegistreren', { advies: 'ongegrond' });
    const bob = await h.ok(id, 'beslissenOpBezwaar', { uitkomst: 'ongegrond', motivering: 'Het besluit blijft in stand.' }, 'teamleider');
    // Six weeks from 1 February 2027 is Monday 15 March; a posted beroepschrift may arrive until 22 March.
    expect(bob.termijnen).toEqual(expect.arrayContaining([
      expect.objectContaining({ soort: 'beroepstermijn', vervaltOp: '2027-03-15', status: 'armed' }),
      expect.objectContaining({ soort: 'nazendtermijn', vervaltOp: '2027-03-22', status: 'armed' }),
    ]));
    expect(bob.toegestaneActies).toContain('beroepRegistreren');

    zet('2027-03-10');
    const beroep = await h.ok(id, 'beroepRegistreren', { indiener: 'ouders', ontvangenOp: '2027-03-09', verzondenOp: '2027-03-08' });
    expect(beroep).toMatchObject({ status: 'beroep-ingesteld', beroepen: [{ tijdigheid: 'awb-6:9-lid-1', ontvangenOp: '2027-03-09' }], volgendeStap: { wie: 'rechtbank' } });
    expect(beroep.termijnen.filter((t: { soort: string; status: string }) => t.status === 'armed').map((t: { soort: string }) => t.soort)).not.toContain('nazendtermijn');

    // Long after the beroepstermijn and its week: the engine fires nothing that makes it onherroepelijk.
    zet('2027-05-03');
    await o.app.get(DeadlineScheduler).reconcile();
    expect((await h.lees(id)).body.status).toBe('beroep-ingesteld');

    zet('2027-06-01');
    const gegrond = await h.ok(id, 'uitspraakRegistreren', { uitkomst: 'gegrond', datum: '2027-05-31' });
    expect(gegrond).toMatchObject({ status: 'beroep-gegrond', volgendeStap: { wie: 'teamleider', actie: 'opnieuw-beslissen-op-bezwaar' } });
    expect(gegrond.beroepen[0]).toMatchObject({ uitspraak: { uitkomst: 'gegrond', datum: '2027-05-31' }, vernietigdeBeslissing: { uitkomst: 'ongegrond' } });

    zet('2027-06-14');
    const nieuw = await h.ok(id, 'beslissenOpBezwaar', {
      uitkomst: 'gegrond',
      motivering: 'Na de uitspraak: VSO hoog.',
      herzienBesluit: { ...TOELAATBAAR, soort: 'VSO-hoog', ingangsdatum: '2027-08-01', einddatum: '2029-07-31' },
    }, 'teamleider');
    expect(nieuw).toMatchObject({ status: 'beslist-op-bezwaar', besluit: { soort: 'VSO-hoog', grondslag: 'beslissing-op-bezwaar', genomenOp: '2027-06-14' } });
    expect(nieuw.besluit.besluitId).not.toBe(eerste.besluit.besluitId);
    // The timeline shows each step, by whom.
    expect(nieuw.tijdlijn.map((t: { actie: string }) => t.actie).slice(-7)).toEqual([
      'bezwaarRegistreren', 'doorsturenNaarLbt', 'lbtAdviesRegistreren', 'beslissenOpBezwaar', 'beroepRegistreren', 'uitspraakRegistreren', 'beslissenOpBezwaar',
    ]);
    expect(nieuw.tijdlijn.slice(-3).map((t: { status: string }) => t.status)).toEqual(['beroep-ingesteld', 'beroep-gegrond', 'beslist-op-bezwaar']);

    const ingesteld = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.beroep-ingesteld.v1', id)[0], { what: 'beroep-ingesteld' });
    expect(ingesteld.data).toEqual({ aanvraagId: id, beroepId: expect.any(String), besluitId: eerste.besluit.besluitId, indiener: 'ouders', ingesteldOp: '2027-03-09', tijdig: true, tijdigheidsregel: 'awb-6:9-lid-1' });
    const uitspraak = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.uitspraak-gedaan.v1', id)[0], { what: 'uitspraak-gedaan' });
    expect(uitspraak.data).toMatchObject({ uitkomst: 'gegrond', uitspraakOp: '2027-05-31' });
    await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.besluit-genomen.v1', id).length === 2, { what: 'the new besluit' });
    expect(o.events.van('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', id)).toEqual([]);

    // The new beslissing has its own beroepstermijn (14 June + 6 weeks = 26 July); onherroepelijk after its week.
    zet('2027-08-03');
    await o.app.get(DeadlineScheduler).reconcile();
    const klaar = (await h.lees(id)).body;
    expect(klaar).toMatchObject({ status: 'onherroepelijk', onherroepelijkOp: '2027-07-27', onherroepelijkheid: { regel: 'beroepstermijn-verstreken', termijnEindigdeOp: '2027-07-26' } });
    const onh = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', id)[0], { what: 'besluit-onherroepelijk' });
    expect(onh.data).toMatchObject({ besluitId: nieuw.besluit.besluitId, regel: 'beroepstermijn-verstreken', nazendtermijnEindigdeOp: '2027-08-02' });
  });

  it('asks a verlenging from the placing school as a new concept linked to the TLV', async () => {
    zet('2027-01-04');
    const id = await tot('besluit-genomen');
    await h.ok(id, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    await h.ok(id, 'plaatsingRegistreren', { schoolId: NAUTILUS.schoolId, datum: '2027-01-04' });
    const oud = await h.ok(id, 'verlengingAanvragen', { bevoegdGezagId: NAUTILUS.bevoegdGezagId });
    expect(oud.verlenging.aanvraagId).toEqual(expect.any(String));
    const nieuw = (await h.lees(oud.verlenging.aanvraagId)).body;
    expect(nieuw).toMatchObject({ status: 'concept', verlengingVan: id, school: { id: NAUTILUS.schoolId }, leerling: { weergave: '***-**-990' } });
    const aangevraagd = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.verlenging-aangevraagd.v1', id)[0], { what: 'verlenging-aangevraagd' });
    expect(aangevraagd.data).toEqual({ aanvraagId: id, vorigeTlvId: expect.any(String), nieuweAanvraagId: oud.verlenging.aanvraagId, aangevraagdOp: '2027-01-04' });
  });

  it('tells the consumers when an overbrugging starts and when the TLV ends early, with the woongemeente and no pupil details', async () => {
    zet('2027-01-11');
    const id = await tot('besluit-genomen');
    await h.ok(id, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    await h.ok(id, 'overbruggingStarten', {});
    const gestart = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.overbrugging-gestart.v1', id)[0], { what: 'overbrugging-gestart' });
    expect(gestart.data).toEqual({ aanvraagId: id, tlvId: expect.any(String), leerlingId: expect.any(String), gestartOp: '2027-01-11', gemeente: 'GM0034' });

    zet('2027-02-01');
    const zaak = await h.ok(id, 'beeindigen', { reden: 'verhuizing' });
    expect(zaak).toMatchObject({ uitvoering: 'beeindigd' });
    const beeindigd = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1', id)[0], { what: 'tlv-beeindigd' });
    expect(beeindigd.data).toEqual({ aanvraagId: id, tlvId: gestart.data.tlvId, leerlingId: gestart.data.leerlingId, reden: 'verhuizing', einddatum: '2027-02-01', gemeente: 'GM0034' });
    expect(JSON.stringify([gestart, beeindigd])).not.toContain('999999990');
  });
});
