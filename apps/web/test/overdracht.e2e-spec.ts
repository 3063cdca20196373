import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { type AppProcess, type TestDatabase, type TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets, startAppProcess, waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak/domein';
import { migrateAll } from '../../../scripts/migrate';
import { seedAll } from '../../../scripts/seed';
import { type Browsers, bladerHeenEnTerugMetToetsenbord, startChromium, expectAccessible, ingelogd, screenshot } from './browser';

/**
 * Issue 13 in a real browser against the real system (gateway serving the built UI and
 * the overdracht service as processes, demo seed): the cohort overview, importing a
 * cohort with refused rows, the cohort board, the pupil page with its timeline, the
 * warme-overdracht form with errors next to the fields, the nazorg list and the figures;
 * keyboard only where it matters, axe-clean, Dutch.
 */
jest.setTimeout(180_000);

const root = join(__dirname, '../../..');

describe('overdracht screens in chromium (issue 13)', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let overdracht: AppProcess;
  let gateway: AppProcess;
  let browsers: Browsers;
  let baseURL: string;

  const inloggen = (gebruikersnaam: string, pad: string) => ingelogd(browsers.browser, baseURL, gebruikersnaam, pad);

  beforeAll(async () => {
    [db, vhost] = await Promise.all([createTestDatabase('web_overdracht'), createTestVhost('web_overdracht')]);
    await migrateAll(db.url);
    const redisPrefix = `test-web-overdracht-${process.pid}-${Date.now()}`;
    await seedAll(db.url, redisPrefix, testSecrets);
    const env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, ...testSecrets, REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'warn' };
    overdracht = startAppProcess('overdracht', env, await freePort());
    const unreachable = 'http://127.0.0.1:1';
    gateway = startAppProcess(
      'gateway',
      {
        ...env,
        TOELEIDING_URL: unreachable,
        THUISZITTERS_URL: unreachable,
        NOTIFICATIES_URL: unreachable,
        OJA_URL: unreachable,
        OVERDRACHT_URL: `http://127.0.0.1:${overdracht.port}`,
        WEB_DIST_DIR: join(root, 'apps/web/dist'),
        COOKIE_SECURE: 'false',
        LOGIN_ATTEMPTS_PER_MINUTE: '100',
      },
      await freePort(),
    );
    baseURL = `http://127.0.0.1:${gateway.port}`;
    for (const app of [overdracht, gateway]) {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 60_000, what: `${app.name} healthy` }).catch((e: Error) => {
        throw new Error(`${e.message}\n${app.name} output:\n${app.output().slice(-4000)}`);
      });
    }
    browsers = await startChromium();
  });

  afterAll(async () => {
    await browsers?.close();
    await gateway?.stop();
    await overdracht?.stop();
    await db?.drop();
    await vhost?.delete();
  });

  it('imports a cohort and shows the refused rows; the board, the pupil page and the warme overdracht work by keyboard', async () => {
    const { page, context } = await inloggen('consulent.po', '/overdracht');
    await page.getByRole('heading', { level: 1, name: 'Overdracht: cohorten' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('table', { name: /Cohorten per verzendende school/ }).waitFor();
    await expectAccessible(page, 'cohorten');
    await screenshot(page, 'overdracht-cohorten');

    // A new cohort for a school without one, by keyboard.
    await page.getByRole('button', { name: 'Nieuw cohort' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Verzendende school', { exact: true }).selectOption({ label: 'OBS De Wissel' });
    await page.getByRole('button', { name: 'Cohort openen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Cohortbord OBS De Wissel/ }).waitFor();

    // Import (the acceptance file): 30 pupils, 3 bad rows (a bad number, an unknown advice,
    // an unknown voorziening); first a check, then for real.
    const adviezen = ['havo', 'vmbo-k', 'vwo', 'vmbo-gt'];
    const rijen = Array.from({ length: 30 }, (_, i) => `${testBsn(9100 + i)};L${i};${adviezen[i % 4]};${i % 7 === 0 ? 'ja' : 'nee'};`);
    rijen[3] = '123456789;C;havo;nee;';
    rijen[12] = `${testBsn(9112)};D;superslim;nee;`;
    rijen[20] = `${testBsn(9120)};E;havo;nee;vliegles`;
    const csv = ['leerlingnummer;naam;definitief advies;kwetsbaar;voorzieningen', ...rijen].join('\r\n');
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'cohort.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText(/Controle: 30 rijen, 27 kunnen worden ingelezen, 3 rijen geweigerd/).waitFor();
    const geweigerd = page.getByRole('table', { name: 'Geweigerde rijen' });
    expect(await geweigerd.getByRole('row').count()).toBe(4);
    const weigeringen = await geweigerd.innerText();
    expect(weigeringen).toMatch(/5\s+Leerlingnummer\s+geen geldig BSN/);
    expect(weigeringen).toMatch(/14\s+Definitief advies/);
    expect(weigeringen).toMatch(/22\s+Voorzieningen/);
    expect(weigeringen).not.toContain('123456789');
    await page.getByLabel('Alleen controleren (nog niets opslaan)').uncheck();
    await page.getByRole('button', { name: 'Cohort inlezen' }).click();
    await page.getByText(/Ingelezen: 30 rijen, 27 leerlingen ingelezen/).waitFor();
    await page.getByRole('table', { name: /Leerlingen \(27\)/ }).waitFor();
    await expectAccessible(page, 'cohortbord');
    await screenshot(page, 'overdracht-cohortbord');

    // The pupil page: aanmelden, placement, then the warme overdracht form.
    await page.getByRole('table', { name: /Leerlingen \(27\)/ }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /Overdracht leerling/ }).waitFor();
    const aanmelden = async (school: string) => {
      await page.getByRole('button', { name: 'Aanmelding vastleggen' }).click();
      await page.getByLabel('School', { exact: true }).selectOption({ label: school });
      await page.locator('section.actie-formulier button[type=submit]').click();
      await page.getByText('De aanmelding is vastgelegd.').waitFor();
    };
    const afwijzen = async () => {
      await page.getByRole('button', { name: 'Afwijzing vastleggen' }).click();
      await page.getByLabel('Reden', { exact: true }).selectOption({ label: 'Geen plaats' });
      await page.locator('section.actie-formulier button[type=submit]').click();
      await page.getByText('De afwijzing is vastgelegd.').waitFor();
    };
    // Rejected twice: the pupil is flagged on the page and on the board.
    await aanmelden('Baken Stad');
    await afwijzen();
    await aanmelden('Baken Trinitas');
    await afwijzen();
    await page.getByRole('heading', { level: 2, name: 'Aandacht' }).waitFor();
    await page.getByText('Twee keer afgewezen: een derde afwijzing gaat eerst naar het Steunpunt').waitFor();
    await aanmelden('Baken Park Lyceum');
    await page.getByRole('button', { name: 'Plaatsing vastleggen' }).click();
    await page.locator('section.actie-formulier button[type=submit]').click();
    await page.getByText('De plaatsing is vastgelegd.').waitFor();
    await page.getByRole('button', { name: 'Warme overdracht vastleggen' }).click();
    // Submitting without the checklist: the problems are named next to their fields.
    await page.locator('section.actie-formulier button[type=submit]').click();
    await page.getByRole('alert').filter({ hasText: 'met uw invoer' }).waitFor();
    const afspraken = page.getByLabel('Wat is afgesproken over de ondersteuning?');
    expect(await afspraken.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'warme overdracht met fouten');
    await afspraken.fill('Vaste mentor, rustige werkplek, wekelijks contact met ouders.');
    await page.getByLabel('Wie volgt de afspraken op?').fill('mentor klas 1');
    const evaluatie = page.getByLabel('Wanneer wordt geëvalueerd?');
    // A native date field: a Dutch browser shows and takes it as dd-mm-jjjj.
    await evaluatie.fill('01-10-2030');
    await page.getByLabel('Het OPP is besproken').check();
    await page.locator('section.actie-formulier button[type=submit]').click();
    await page.getByText('De warme overdracht is vastgelegd.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Warme overdracht' }).waitFor();
    const tijdlijn = await page.locator('ol.tijdlijn').innerText();
    expect(tijdlijn).toMatch(/Geïmporteerd uit CSV[\s\S]*Aanmelding vastleggen[\s\S]*Afwijzing vastleggen[\s\S]*Afwijzing vastleggen[\s\S]*Plaatsing vastleggen[\s\S]*Warme overdracht vastleggen/);
    expect(tijdlijn).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await expectAccessible(page, 'leerling');
    await screenshot(page, 'overdracht-leerling');
    await context.close();
  });

  it('shows the nazorg list and the figures with charts and tables', async () => {
    const { page, context } = await inloggen('consulent.vo', '/overdracht/nazorg');
    await page.getByRole('heading', { level: 1, name: 'Nazorg: is de leerling gestart?' }).waitFor();
    await page.getByRole('table', { name: /Nazorg/ }).waitFor();
    await expectAccessible(page, 'nazorg');
    await screenshot(page, 'overdracht-nazorg');

    await page.getByRole('navigation', { name: 'Overdracht' }).getByRole('link', { name: 'Cijfers', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Overdracht: cijfers' }).waitFor();
    await page.getByRole('img', { name: /Bestemming van de leerlingen/ }).waitFor();
    await page.getByRole('table', { name: /Cijfers per verzendende school/ }).waitFor();
    await expectAccessible(page, 'cijfers');
    await screenshot(page, 'overdracht-cijfers');
    await context.close();
  });

  it('cohort board: Volgende and Vorige page the pupils by cursor (keyboard), axe clean', async () => {
    // More than a page of pupils in one cohort: copies (new pupil and case ids) of one imported above.
    const sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    const [bron] = await sql.query(`SELECT id, cohort_id, leerling_id FROM overdracht.overdracht WHERE swv = 'PO' ORDER BY cohort_id LIMIT 1`);
    const leerlingen = Array.from({ length: 60 }, () => randomUUID());
    const zaken = Array.from({ length: 60 }, () => randomUUID());
    await sql.query(
      `INSERT INTO overdracht.leerling
       SELECT (jsonb_populate_record(NULL::overdracht.leerling, to_jsonb(l) || jsonb_build_object('id', n.id, 'nummer_hash', n.id::text))).*
         FROM overdracht.leerling l, unnest($2::uuid[]) AS n(id) WHERE l.id = $1`,
      [bron.leerling_id, leerlingen],
    );
    await sql.query(
      `INSERT INTO overdracht.overdracht
       SELECT (jsonb_populate_record(NULL::overdracht.overdracht, to_jsonb(o) || jsonb_build_object('id', n.id, 'leerling_id', n.leerling))).*
         FROM overdracht.overdracht o, unnest($2::uuid[], $3::uuid[]) AS n(id, leerling) WHERE o.id = $1`,
      [bron.id, zaken, leerlingen],
    );
    await sql.destroy();
    const { page, context } = await inloggen('consulent.po', `/overdracht/cohorten/${bron.cohort_id}?filter=alle`);
    await page.getByRole('heading', { level: 1, name: /Cohortbord/ }).waitFor();
    await bladerHeenEnTerugMetToetsenbord(page, { rijen: 'div[aria-labelledby="tabel-leerlingen"] tbody tr', samenvatting: 'p.samenvatting', naam: 'cohortbord' });
    await context.close();
  });
});
