// Who may see what: the signed actor, tenant isolation (another SWV's case is 404 on every
// endpoint), the access log, and pupil numbers that never leave the leerling table.
import { HTTP_COMMANDOS } from '../src/http/schemas';
import { als, BAKEN_STAD, http, NAUTILUS, startOmgeving, type Omgeving } from './support';

jest.setTimeout(120_000);

const BSN = '999999990';

/** A valid body for every command, so a 404 can only come from the tenant check. */
const BODY: Record<string, object> = {
  conceptWijzigen: { dossier: { oppRef: 'opp-2' } },
  aanvullingVragen: { aanvullenVoor: '2026-12-01', ontbrekend: ['opp'] },
  adviesVastleggen: { deskundige: { rol: 'tweede', discipline: 'pedagoog', deskundigeId: 'extern-2' }, advies: 'toelaatbaar' },
  besluitNemen: { inhoud: { uitkomst: 'niet-toelaatbaar', motivering: 'Regulier kan.' } },
  bekendmaken: { datum: '2026-11-02' },
  bezwaarRegistreren: { indiener: 'ouders', ontvangenOp: '2026-11-02' },
  lbtAdviesRegistreren: { advies: 'ongegrond' },
  beslissenOpBezwaar: { uitkomst: 'ongegrond', motivering: 'Blijft.' },
  plaatsingRegistreren: { schoolId: NAUTILUS.schoolId, datum: '2026-11-02' },
  einddatumWijzigen: { einddatum: '2029-07-31', motivering: 'Langer.' },
  beeindigen: { reden: 'verhuizing' },
  verlengingAanvragen: { bevoegdGezagId: NAUTILUS.bevoegdGezagId },
  buitenBehandelingStellen: { motivering: 'Niet aangevuld.' },
  termijnoverschrijdingBeoordelen: { verschoonbaar: true, reden: 'Poststaking.' },
  beroepRegistreren: { indiener: 'ouders', ontvangenOp: '2026-11-02' },
  uitspraakRegistreren: { uitkomst: 'ongegrond' },
  jaarlijkseEvaluatieVastleggen: { uitkomst: 'voortzetten', oppGeevalueerd: true },
};

describe('toeleiding: access, tenants and privacy (real servers)', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;
  let id: string;

  beforeAll(async () => {
    o = await startOmgeving('toeleiding_toegang', new Date('2026-11-02T09:00:00Z'));
    h = http(o.app);
    id = await h.nieuw('consulent', BSN);
    await h.ok(id, 'indienen');
  });

  afterAll(async () => {
    await o?.stop();
  });

  const aantal = async (sql: string, params: unknown[]) => Number((await o.sql.query(sql, params))[0].n);

  it('answers 401 problem+json on every endpoint without a signed actor, or with a forged one', async () => {
    const routes: Array<['get' | 'post', string]> = [
      ['get', '/aanvragen'],
      ['post', '/aanvragen'],
      ['get', `/aanvragen/${id}`],
      ...HTTP_COMMANDOS.map((c): ['post', string] => ['post', `/aanvragen/${id}/acties/${c}`]),
      ['get', '/tlvs?peildatum=2026-11-02'],
      ['get', '/scholen'],
      ['get', '/rapportage/doorlooptijden?van=2026-01-01&tot=2026-12-31'],
      ['get', '/tellingen/laatste'],
      ['post', '/tellingen'],
      ['post', '/bulk/einddatum-wijzigen'],
      ['get', `/audit?objectId=${id}`],
      ['get', `/toegangslog?objectId=${id}`],
    ];
    const vervalst = { ...als('beheerder'), 'x-pao-actor-signature': 'niet-ondertekend' };
    for (const [method, path] of routes) {
      for (const headers of [{}, vervalst]) {
        const res = await h.agent()[method](path).set(headers).send({});
        expect({ path, status: res.status }).toEqual({ path, status: 401 });
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    }
  });

  it("answers 404 for another SWV's case on every endpoint, and records nothing", async () => {
    const voorToegang = await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE object_id = $1`, [id]);
    const [voor] = await o.sql.query(`SELECT versie FROM toeleiding.aanvraag WHERE id = $1`, [id]);
    const expect404 = (res: { status: number; text: string }, wat: string) => {
      expect({ wat, status: res.status }).toEqual({ wat, status: 404 });
      expect(JSON.parse(res.text).type).toBe('urn:pao:problem:not-found');
    };
    expect404(await h.agent().get(`/aanvragen/${id}`).set(als('consulentPo')), 'GET case');
    for (const commando of HTTP_COMMANDOS) {
      const door = ['besluitNemen', 'beslissenOpBezwaar', 'einddatumWijzigen', 'buitenBehandelingStellen', 'beslissingOpBezwaarVerdagen'].includes(commando) ? 'teamleiderPo' : 'consulentPo';
      expect404(await h.actie(id, commando, BODY[commando] ?? {}, door), commando);
    }
    expect404(await h.agent().get(`/audit?objectId=${id}`).set(als('beheerderPo')), 'audit');
    expect404(await h.agent().get(`/toegangslog?objectId=${id}`).set(als('beheerderPo')), 'toegangslog');
    const werkvoorraad = await h.agent().get('/aanvragen?limit=200').set(als('consulentPo')).expect(200);
    expect(werkvoorraad.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    // An unknown id and a malformed one are the same 404.
    expect404(await h.agent().get('/aanvragen/6f1c2b7e-0000-4000-8000-000000000000').set(als('consulent')), 'unknown id');
    expect404(await h.agent().get('/aanvragen/niet-een-id').set(als('consulent')), 'malformed id');

    expect(await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE object_id = $1`, [id])).toBe(voorToegang);
    expect((await o.sql.query(`SELECT versie FROM toeleiding.aanvraag WHERE id = $1`, [id]))[0].versie).toBe(voor.versie);
  });

  it('records exactly one access-log entry per read of a case, with purpose, and none for the answer to a command', async () => {
    const telRaadplegen = () => aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE object_id = $1 AND handeling = 'raadplegen'`, [id]);
    const start = await telRaadplegen();
    await h.lees(id, 'consulent').expect(200);
    expect(await telRaadplegen()).toBe(start + 1);
    await h.agent().get(`/aanvragen/${id}`).set({ ...als('teamleider'), 'x-pao-doel': 'bezwaar' }).expect(200);
    expect(await telRaadplegen()).toBe(start + 2);
    await h.ok(id, 'inBehandelingNemen');
    expect(await telRaadplegen()).toBe(start + 2);

    const log = await h.agent().get(`/toegangslog?objectId=${id}`).set(als('beheerder')).expect(200);
    const gelezen = log.body.items.filter((i: { handeling: string }) => i.handeling === 'raadplegen').slice(-2);
    expect(gelezen).toEqual([
      expect.objectContaining({ actorId: expect.any(String), rol: 'consulent', doel: 'behandeling', objectType: 'aanvraag' }),
      expect.objectContaining({ rol: 'teamleider', doel: 'bezwaar' }),
    ]);
    const audit = await h.agent().get(`/audit?objectId=${id}`).set(als('beheerder')).expect(200);
    expect(audit.body.items.map((i: { actie: string }) => i.actie)).toEqual(['aanmaken', 'indienen', 'inBehandelingNemen']);
    expect(audit.body.items[2]).toMatchObject({ rol: 'consulent', oud: { status: 'ingediend' }, nieuw: { status: 'in-behandeling' } });
  });

  it("lists the SWV's whole audit trail and access log without objectId (never another SWV's), by period, newest first, paged", async () => {
    await h.lees(id, 'consulent').expect(200);
    for (const pad of ['/audit', '/toegangslog']) {
      const alles = await h.agent().get(`${pad}?volgorde=nieuwste&limit=1000`).set(als('beheerder')).expect(200);
      expect(alles.body.totaal).toBe(alles.body.items.length);
      expect(alles.body.items.some((i: { objectId: string }) => i.objectId === id)).toBe(true);
      // Each entry about a case names its kenmerk (the logboek shows no raw ids).
      const { kenmerk } = alles.body.items.find((i: { objectId: string }) => i.objectId === id);
      expect(kenmerk).toMatch(/^TLV-VO-\d{4}-\d{5}$/);
      const ids = alles.body.items.map((i: { id: string }) => Number(i.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      // Paged: the second entry is the first of offset 1. Reading the access log is itself
      // logged (as the newest entry), so there the first entry moved to second place.
      const tweede = await h.agent().get(`${pad}?volgorde=nieuwste&limit=1&offset=1`).set(als('beheerder')).expect(200);
      const gelogd = pad === '/toegangslog' ? 1 : 0;
      expect(tweede.body).toMatchObject({ totaal: alles.body.totaal + gelogd, items: [{ id: alles.body.items[1 - gelogd].id }] });
      if (gelogd) {
        const eigen = await h.agent().get(`${pad}?volgorde=nieuwste&limit=1`).set(als('beheerder')).expect(200);
        expect(eigen.body.items[0]).toMatchObject({ rol: 'beheerder', handeling: 'raadplegen', objectType: 'toegangslog', objectId: null, doel: 'verantwoording' });
      }
      // Today (Amsterdam) holds the entries just written, a period in the past none of them.
      const vandaag = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const nu = await h.agent().get(`${pad}?objectId=${id}&van=${vandaag}&tot=${vandaag}`).set(als('beheerder')).expect(200);
      expect(nu.body.items.length).toBeGreaterThan(0);
      const toen = await h.agent().get(`${pad}?objectId=${id}&van=2000-01-01&tot=2000-12-31`).set(als('beheerder')).expect(200);
      expect(toen.body).toEqual({ totaal: 0, items: [] });
      await h.agent().get(`${pad}?van=2026-02-01&tot=2026-01-01`).set(als('beheerder')).expect(400);
      // A kenmerk filters like the id; another SWV's kenmerk is not found.
      const perId = await h.agent().get(`${pad}?objectId=${id}&limit=1000`).set(als('beheerder')).expect(200);
      const perKenmerk = await h.agent().get(`${pad}?kenmerk=${kenmerk.toLowerCase()}&limit=1000`).set(als('beheerder')).expect(200);
      expect(perKenmerk.body.items.map((i: { id: string }) => i.id)).toEqual(perId.body.items.map((i: { id: string }) => i.id));
      await h.agent().get(`${pad}?kenmerk=${kenmerk}`).set(als('beheerderPo')).expect(404);
      // Another SWV's beheerder sees none of this case's entries, and 404 when naming it.
      const po = await h.agent().get(`${pad}?limit=1000`).set(als('beheerderPo')).expect(200);
      expect(po.body.items.some((i: { objectId: string }) => i.objectId === id)).toBe(false);
      await h.agent().get(`${pad}?objectId=${id}`).set(als('beheerderPo')).expect(404);
      await h.agent().get(pad).set(als('consulent')).expect(403);
    }
  });

  it('refuses roles that may not act (403) and an invalid BSN (400 naming the field, never echoing it)', async () => {
    await h.agent().get('/aanvragen').set(als('gemeente')).expect(403);
    await h.agent().get(`/audit?objectId=${id}`).set(als('consulent')).expect(403);
    expect((await h.actie(id, 'besluitNemen', BODY.besluitNemen, 'consulent')).status).toBe(403);
    const fout = await h.agent().post('/aanvragen').set(als('consulent')).send({ leerling: { bsn: '123456789' }, aanvrager: BAKEN_STAD });
    expect(fout.status).toBe(400);
    expect(JSON.parse(fout.text).errors).toEqual([{ field: 'leerling.bsn', message: expect.any(String) }]);
    expect(fout.text).not.toContain('123456789');
    const onderwijsnummerAlsBsn = await h.agent().post('/aanvragen').set(als('consulent')).send({ leerling: { bsn: '101222331' }, aanvrager: BAKEN_STAD });
    expect(JSON.parse(onderwijsnummerAlsBsn.text).errors[0].field).toBe('leerling.bsn');
    const verkeerdBestuur = await h.agent().post('/aanvragen').set(als('consulent')).send({ leerling: { bsn: BSN }, aanvrager: { ...BAKEN_STAD, bevoegdGezagId: NAUTILUS.bevoegdGezagId } });
    expect(JSON.parse(verkeerdBestuur.text).errors[0].field).toBe('aanvrager.bevoegdGezagId');
    const zodFout = await h.actie(id, 'aanvullingVragen', { aanvullenVoor: 'morgen' });
    expect(zodFout.status).toBe(400);
    expect(JSON.parse(zodFout.text).errors.map((e: { field: string }) => e.field)).toEqual(['aanvullenVoor', 'ontbrekend']);
  });

  it('keeps the BSN in the leerling table only, encrypted: never in cases, events, audit or access log', async () => {
    const tweede = await h.nieuw('consulent', BSN);
    const [zelfde] = await o.sql.query(`SELECT count(DISTINCT leerling_id)::int AS n FROM toeleiding.aanvraag WHERE id = ANY($1)`, [[id, tweede]]);
    expect(zelfde.n).toBe(1); // the same pupil is found again by keyed hash
    for (const [tabel, kolom] of [['aanvraag', 'state'], ['outbox', 'payload'], ['audit_trail', 'nieuw'], ['audit_trail', 'oud'], ['toegangslog', 'doel'], ['leerling', 'nummer_versleuteld'], ['leerling', 'nummer_hash']]) {
      expect({ tabel, kolom, n: await aantal(`SELECT count(*) AS n FROM toeleiding.${tabel} WHERE ${kolom}::text LIKE $1`, [`%${BSN}%`]) }).toEqual({ tabel, kolom, n: 0 });
    }
    expect((await o.sql.query(`SELECT weergave FROM toeleiding.leerling`))[0].weergave).toBe('***-**-990');
  });
});
