import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AppProcess, TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets, startAppProcess, waitFor } from '@pao/testing';
import { serviceUrlSettings } from '@pao/platform';
import { datumInAmsterdam, testBsn } from '@pao/zaak/domein';
import { migrateAll } from '../../../scripts/migrate';
import { seedAll } from '../../../scripts/seed';
import { type Browsers, bladerHeenEnTerugMetToetsenbord, startChromium, expectAccessible, ingelogd, screenshot } from './browser';

/**
 * Issue 11 in a real browser against the real system (gateway serving the built UI, the
 * thuiszitters service, both as processes, on a fresh database with the demo seed): a
 * melding of a pupil out of school for 6 weeks (a thuiszitter at once); the Steunpunt
 * escalates it; the Actietafel sees it on its agenda and records doorzettingskracht in
 * the meeting view; the teamleider uses doorzettingsmacht with a chosen school; the
 * table records plaatsing onderwijs; the case is closed; the figures and the inspectie
 * download show it. The clock moving past 4 weeks is tested through the gateway in
 * test/thuiszitters-acceptatie.e2e-spec.ts (it needs a clock the test moves).
 */
jest.setTimeout(180_000);

const root = join(__dirname, '../../..');
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** "sinds 7 oktober 2026" (as the UI writes dates) → "2026-10-07"; anything else is returned as given, and fails the check. */
const vanNederlandseDatum = (tekst: string) => {
  const m = /(\d{1,2}) ([a-z]+) (\d{4})$/.exec(tekst);
  const maand = m ? MAANDEN.indexOf(m[2]) + 1 : 0;
  return m && maand > 0 ? `${m[3]}-${String(maand).padStart(2, '0')}-${m[1].padStart(2, '0')}` : tekst;
};

describe('thuiszitters screens in chromium (issue 11)', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let dienst: AppProcess;
  let gateway: AppProcess;
  let browsers: Browsers;
  let baseURL: string;
  let casusId: string;
  let nooitGeescaleerd: string;
  const dagenGeleden = (n: number) => datumInAmsterdam(new Date(Date.now() - n * 86_400_000));
  /** As a person types it in the Dutch date field: dd-mm-jjjj. */
  const getypt = (iso: string) => iso.split('-').reverse().join('-');
  const overDagen = (n: number) => datumInAmsterdam(new Date(Date.now() + n * 86_400_000));

  const inloggen = (gebruikersnaam: string, pad = '/') => ingelogd(browsers.browser, baseURL, gebruikersnaam, pad);

  /** Opens an action's form in a group of action buttons, fills it, submits it. */
  async function actie(page: Page, groep: string, knop: string, fill: (form: ReturnType<Page['locator']>) => Promise<void>) {
    await page.getByRole('group', { name: groep }).getByRole('button', { name: knop, exact: true }).click();
    const form = page.locator('section.actie-formulier');
    await form.waitFor();
    await fill(form);
    await form.locator('button[type=submit]').click();
  }

  beforeAll(async () => {
    db = await createTestDatabase('web_tz');
    vhost = await createTestVhost('web_tz');
    await migrateAll(db.url);
    const redisPrefix = `test-web-tz-${process.pid}-${Date.now()}`;
    await seedAll(db.url, redisPrefix, testSecrets);
    const env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, ...testSecrets, REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'warn' };
    dienst = startAppProcess('thuiszitters', env, await freePort());
    gateway = startAppProcess(
      'gateway',
      { ...env, ...serviceUrlSettings(() => 'http://127.0.0.1:1'), THUISZITTERS_URL: `http://127.0.0.1:${dienst.port}`, WEB_DIST_DIR: join(root, 'apps/web/dist'), COOKIE_SECURE: 'false' },
      await freePort(),
    );
    baseURL = `http://127.0.0.1:${gateway.port}`;
    for (const app of [dienst, gateway]) {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 60_000, what: `${app.name} healthy` }).catch((e: Error) => {
        throw new Error(`${e.message}\n${app.name} output:\n${app.output().slice(-4000)}`);
      });
    }
    browsers = await startChromium();
  });

  afterAll(async () => {
    await browsers?.close();
    await gateway?.stop();
    await dienst?.stop();
    await db?.drop();
    await vhost?.delete();
  });

  it('consulent: reports a pupil out of school for 6 weeks (field errors next to the field), sees the thuiszitter first in the werkvoorraad, escalates to the Actietafel', async () => {
    const { page, context } = await inloggen('consulent.vo', '/thuiszitters');
    await page.getByRole('heading', { level: 1, name: 'Thuiszitters' }).waitFor();
    await page.locator('table.werkvoorraad tbody tr').first().waitFor();
    await expectAccessible(page, 'thuiszitters werkvoorraad');
    await page.getByRole('link', { name: 'Nieuwe melding' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe melding' }).waitFor();
    const form = page.locator('section.actie-formulier');
    await form.getByLabel('BSN van de leerling').fill('123456789');
    await form.getByLabel('Soort melding').selectOption('langdurig-relatief-verzuim');
    await form.getByLabel('Gemeld door').selectOption('school');
    await form.getByLabel('School van inschrijving').selectOption({ label: 'Baken Stad' });
    await form.getByLabel('Thuis sinds').fill(getypt(dagenGeleden(42)));
    await form.locator('button[type=submit]').click();
    // The elfproef fails: the message sits next to the BSN field.
    await page.locator('#melden-leerling-bsn-fout').waitFor();
    expect(await page.locator('#melden-leerling-bsn').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'nieuwe melding met fout');
    await form.getByLabel('BSN van de leerling').fill(testBsn(9101));
    await form.locator('button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
    casusId = page.url().split('/').pop()!;
    await page.locator('.aanvraag-zij').getByText('Thuiszitter', { exact: true }).first().waitFor();
    expect(await page.locator('#termijnen + ol').innerText()).toContain('Passend aanbod binnen 3 maanden');
    await expectAccessible(page, 'casus');

    // Longest at home first: this pupil (6 weeks) is above the pupils of the demo seed that are home for less.
    await page.goto('/thuiszitters?status=thuiszitter');
    const rijen = page.locator('table.werkvoorraad tbody tr');
    await rijen.first().waitFor();
    const thuisSinds = await rijen.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td .sub')?.textContent ?? ''));
    expect(thuisSinds.length).toBeGreaterThan(1);
    // "sinds 7 oktober 2026" → 2026-10-07: the earliest date (longest at home) comes first, and this pupil is in the list.
    const alsIso = thuisSinds.map(vanNederlandseDatum);
    expect(alsIso.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(alsIso).toEqual([...alsIso].sort());
    expect(alsIso).toContain(dagenGeleden(42));
    await page.locator(`table.werkvoorraad a[href="/thuiszitters/casussen/${casusId}"]`).waitFor();
    await screenshot(page, 'thuiszitters-werkvoorraad');
    // A case of the demo seed still at the school (the ladder only climbs, so never at the table): the Actietafel must not see it.
    await page.goto('/thuiszitters?niveau=school');
    const gemeld = page.locator('table.werkvoorraad tbody tr a').first();
    await gemeld.waitFor();
    nooitGeescaleerd = (await gemeld.getAttribute('href'))!;

    await page.goto(`/thuiszitters/casussen/${casusId}`);
    await actie(page, 'Acties voor deze casus', 'Escaleren', async (f) => {
      await f.getByLabel('Waarom').fill('School en Steunpunt vinden geen passende plek');
    });
    await page.getByText('De casus is geëscaleerd.').waitFor();
    await page.locator('.aanvraag-zij').getByText(/^Actietafel Thuiszitters/).first().waitFor();
    await screenshot(page, 'thuiszitters-casus');
    await context.close();
  });

  it('consulent: a signal from overdracht (a pupil who did not start) names the receiving school on the casus page', async () => {
    const sql = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    const rijen: Array<{ id: string; naam: string }> = await sql.query(
      `SELECT c.id, s.naam FROM thuiszitters.casus c JOIN thuiszitters.school s ON s.id = c.school_id AND s.swv = c.swv WHERE c.swv = 'VO' AND c.bron = 'overdracht' AND c.status = 'signaal'`,
    );
    await sql.destroy();
    expect(rijen.length).toBeGreaterThan(0);
    const [{ id, naam }] = rijen;
    const { page, context } = await inloggen('consulent.vo', `/thuiszitters/casussen/${id}`);
    await page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
    const aside = page.locator('.aanvraag-zij');
    await aside.getByText('Overdracht: leerling niet gestart', { exact: false }).waitFor();
    expect(await aside.getByText(naam, { exact: true }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('actietafel: sees the case on its agenda, plans a meeting and records doorzettingskracht in the meeting view', async () => {
    const { page, context } = await inloggen('actietafel.vo');
    await page.getByRole('heading', { level: 1, name: 'Actietafel Thuiszitters' }).waitFor();
    await page.locator(`table a[href="/thuiszitters/casussen/${casusId}"]`).waitFor();
    await expectAccessible(page, 'actietafel');
    await screenshot(page, 'thuiszitters-actietafel');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.locator('section.actie-formulier button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: /^Vergadering Actietafel/ }).waitFor();
    const punt = page.locator('section.agenda-punt', { has: page.locator(`a[href="/thuiszitters/casussen/${casusId}"]`) });
    await punt.getByRole('button', { name: 'Doorzettingskracht', exact: true }).click();
    const form = punt.locator('section.actie-formulier');
    await form.getByLabel('Afspraak').fill('Plaatsing in de kleine groep van het Nautilus College, met begeleiding van jeugdhulp');
    await form.getByLabel('Afgesproken school').selectOption({ label: 'Nautilus College (VSO) (gedrag, psychiatrie, kleine-groep, crisisopvang)' });
    await form.getByLabel('Plaatsing uiterlijk op').fill(getypt(overDagen(14)));
    await form.locator('button[type=submit]').click();
    await page.getByText(/De afspraak \(doorzettingskracht\) is vastgelegd/).waitFor();
    await expectAccessible(page, 'vergadering');
    await screenshot(page, 'thuiszitters-vergadering');
    // A case that never came to the table does not exist for the Actietafel: not on its list, and its page is "not found".
    await page.goto('/thuiszitters');
    await page.locator('table.werkvoorraad tbody tr').first().waitFor();
    expect(await page.locator(`table.werkvoorraad a[href="${nooitGeescaleerd}"]`).count()).toBe(0);
    await page.goto(nooitGeescaleerd);
    await page.getByRole('heading', { level: 1, name: 'Casus niet gevonden' }).waitFor();
    await context.close();
  });

  it('teamleider: uses doorzettingsmacht with a chosen school; the table records plaatsing onderwijs; the consulent closes the case; the figures and the inspectie download show it', async () => {
    const tl = await inloggen('teamleider.vo', `/thuiszitters/casussen/${casusId}`);
    await tl.page.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
    await actie(tl.page, 'Acties voor deze casus', 'Doorzettingsmacht', async (f) => {
      await f.getByLabel('School die een plek moet bieden').selectOption({ label: 'Baken Stad (dyslexie, hoogbegaafdheid)' });
      await f.getByLabel('Motivering').fill('De afgesproken plaatsing is niet gelukt; Baken Stad heeft plaats en expertise.');
      await f.getByLabel('Binnen welke kaders').fill('Binnen het ondersteuningsplan; bestuur vooraf gehoord.');
    });
    await tl.page.getByText('Het besluit (doorzettingsmacht) is vastgelegd.').waitFor();
    await tl.page.getByText(/Baken Stad.*moet uiterlijk/).waitFor();
    await tl.context.close();

    const tafel = await inloggen('actietafel.vo', `/thuiszitters/casussen/${casusId}`);
    await actie(tafel.page, 'Acties voor deze casus', 'Passend aanbod vastleggen', async (f) => {
      await f.getByLabel('Uitkomst').selectOption('plaatsing-onderwijs');
      await f.getByLabel('School van plaatsing').selectOption({ label: 'Baken Stad (dyslexie, hoogbegaafdheid)' });
      await f.getByLabel('Start op').fill(getypt(dagenGeleden(0)));
    });
    await tafel.page.getByText('Het passend aanbod is vastgelegd.').waitFor();
    await tafel.context.close();

    const consulent = await inloggen('consulent.vo', `/thuiszitters/casussen/${casusId}`);
    await actie(consulent.page, 'Acties voor deze casus', 'Casus afsluiten', async () => undefined);
    await consulent.page.getByText('De casus is afgesloten.').waitFor();
    await consulent.page.locator('.aanvraag-zij').getByText('Afgesloten', { exact: true }).waitFor();

    await consulent.page.getByRole('link', { name: 'Cijfers thuiszitters' }).click();
    await consulent.page.getByRole('heading', { level: 1, name: 'Cijfers thuiszitters' }).waitFor();
    await consulent.page.getByRole('table', { name: 'Afgesloten casussen naar uitkomst' }).getByText('Plaatsing onderwijs').waitFor();
    await expectAccessible(consulent.page, 'cijfers');
    await screenshot(consulent.page, 'thuiszitters-cijfers');
    const [download] = await Promise.all([consulent.page.waitForEvent('download'), consulent.page.getByRole('link', { name: 'Register downloaden (Excel, .xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^thuiszitters-VO-\d{4}-K[1-4]\.xlsx$/);
    // The file opens as a spreadsheet: this pupil once, placed in education, and no BSN anywhere.
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.readFile(await download.path());
    const rijen: string[][] = [];
    boek.worksheets[0].eachRow((r) => rijen.push((r.values as unknown[]).slice(1).map((c) => (c === null || c === undefined ? '' : String(c)))));
    expect(rijen[0].slice(0, 3)).toEqual(['Volgnummer', 'Leerling (pseudoniem)', 'Categorie']);
    const vanDezeLeerling = rijen.filter((r) => r[4] === dagenGeleden(42));
    expect(vanDezeLeerling).toHaveLength(1);
    expect(vanDezeLeerling[0]).toContain('Plaatsing onderwijs');
    expect(JSON.stringify(rijen)).not.toContain(testBsn(9101));
    await consulent.context.close();
  });

  it('werkvoorraad: Volgende and Vorige page by cursor (keyboard), axe clean', async () => {
    // More than a page of open casussen in the VO SWV: copies (new ids) of one the demo made.
    const sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    await sql.query(
      `INSERT INTO thuiszitters.casus
       SELECT (jsonb_populate_record(NULL::thuiszitters.casus, to_jsonb(c) || jsonb_build_object('id', gen_random_uuid()))).*
         FROM (SELECT * FROM thuiszitters.casus WHERE swv = 'VO' AND open LIMIT 1) c, generate_series(1, 60)`,
    );
    await sql.destroy();
    const { page, context } = await inloggen('consulent.vo', '/thuiszitters');
    await page.getByRole('heading', { level: 1, name: 'Thuiszitters' }).waitFor();
    await bladerHeenEnTerugMetToetsenbord(page, { rijen: 'table.werkvoorraad tbody tr', samenvatting: 'p.samenvatting', naam: 'thuiszitters werkvoorraad' });
    await context.close();
  });

  it('actietafel: the agenda (100 a page) and a meeting’s agenda (200 a page) page by cursor (keyboard), axe clean', async () => {
    // More than two pages of cases at the VO table: copies (new ids) of one case, put at the table.
    const sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    await sql.query(
      `INSERT INTO thuiszitters.casus
       SELECT (jsonb_populate_record(NULL::thuiszitters.casus, to_jsonb(c) || jsonb_build_object('id', gen_random_uuid(), 'aan_tafel', true))).*
         FROM (SELECT * FROM thuiszitters.casus WHERE swv = 'VO' AND open LIMIT 1) c, generate_series(1, 210)`,
    );
    const [{ id: vergaderingId }] = await sql.query(`SELECT id FROM thuiszitters.vergadering WHERE swv = 'VO' ORDER BY datum LIMIT 1`);
    await sql.destroy();
    const { page, context } = await inloggen('actietafel.vo', '/actietafel');
    await page.getByRole('heading', { level: 1, name: 'Actietafel Thuiszitters' }).waitFor();
    await bladerHeenEnTerugMetToetsenbord(page, { rijen: 'table.werkvoorraad tbody tr', samenvatting: 'p.samenvatting', naam: 'actietafel agenda', pagina: 100 });
    await page.goto(`/actietafel/vergaderingen/${vergaderingId}`);
    await page.getByRole('heading', { level: 1, name: /^Vergadering Actietafel/ }).waitFor();
    await bladerHeenEnTerugMetToetsenbord(page, { rijen: 'section.agenda-punt', samenvatting: 'p.samenvatting', naam: 'vergadering agenda', pagina: 200 });
    await context.close();
  });
});
