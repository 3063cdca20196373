import { join } from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { DeadlineScheduler, deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { createServiceApp } from '@pao/platform';
import { AppProcess, type ServiceTestBed, freePort, localServers, serviceTestBed, startAppProcess, testSecrets, waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak/domein';
import { type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DEMO_WACHTWOORD, demoApiSleutel, seedDemoAccounts } from '../../gateway/src/auth/demo-accounts';
import { ojaServiceMet } from '../../oja/src/oja.service-definition';
import { migrateAll } from '../../../scripts/migrate';
import { type Browsers, bladerHeenEnTerugMetToetsenbord, houdVerzoekVast, laadt, startChromium, expectAccessible, ingelogd, screenshot } from './browser';

/**
 * Issue 14 acceptance, in a real browser against the real system: the gateway (a process
 * serving the built UI) in front of the oja service, which runs in this test with a clock
 * the test moves. The Steunpunt requests an OJA at School2Care, the gemeente records its
 * beschikking and agrees to its share, the teamleider grants (both budgets committed),
 * the clock reaches the quarter's report date and the fixed report shows the pupil and the
 * money per payer, downloadable; the evaluation comes due and warns.
 */
jest.setTimeout(180_000);

const root = join(__dirname, '../../..');
/** 06:30 UTC: the morning in Amsterdam in winter and summer. */
const ochtend = (d: string) => new Date(`${d}T06:30:00Z`);

describe('OJA in chromium through the gateway (issue 14)', () => {
  let bed: ServiceTestBed;
  let sql: DataSource;
  let oja: INestApplication;
  let gateway: AppProcess;
  let browsers: Browsers;
  let baseURL: string;
  const klok = new ManualClock(ochtend('2025-02-03'));
  let arrangementId: string;

  /** `aantal` copies (new ids) of the arrangement the first test made: more than a page, or a capped count. */
  const kopieerArrangement = (aantal: number) =>
    sql.query(
      `INSERT INTO oja.arrangement
       SELECT (jsonb_populate_record(NULL::oja.arrangement, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid()))).*
         FROM (SELECT * FROM oja.arrangement WHERE id = $1) a, generate_series(1, $2::int)`,
      [arrangementId, aantal],
    );

  const inloggen = (gebruikersnaam: string, pad = '/oja') => ingelogd(browsers.browser, baseURL, gebruikersnaam, pad);

  async function api(method: string, path: string, body: unknown, auth: { cookie?: string; csrf?: string; bearer?: string }) {
    const r = await fetch(`${baseURL}/api/oja${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(auth.cookie ? { cookie: auth.cookie, 'x-csrf-token': auth.csrf! } : {}),
        ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: await r.json().catch(() => undefined) };
  }

  async function sessie(gebruikersnaam: string) {
    const res = await fetch(`${baseURL}/api/sessie`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }) });
    return { cookie: res.headers.getSetCookie()[0].split(';')[0], csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  }

  async function stap(page: Page, knop: string, fill: (form: ReturnType<Page['locator']>) => Promise<void>) {
    await page.getByRole('group', { name: 'Acties voor dit arrangement' }).getByRole('button', { name: knop, exact: true }).click();
    const form = page.locator('section.actie-formulier');
    await form.waitFor();
    await fill(form);
    await form.locator('button[type=submit]').click();
  }

  beforeAll(async () => {
    bed = await serviceTestBed('web_oja', { migrations: migrateAll });
    sql = bed.db.dataSource;
    await seedDemoAccounts(sql);
    const ojaPort = bed.config.HTTP_PORT;
    oja = await createServiceApp(ojaServiceMet({ klok }), { ...bed.config, ...testSecrets });
    await oja.listen(ojaPort, '127.0.0.1');
    const unreachable = 'http://127.0.0.1:1';
    gateway = startAppProcess(
      'gateway',
      {
        DATABASE_URL: bed.db.url,
        REDIS_URL: localServers.redisUrl,
        AMQP_URL: bed.vhost.url,
        ...testSecrets,
        REDIS_PREFIX: bed.redisPrefix,
        LOG_LEVEL: 'warn',
        TOELEIDING_URL: unreachable,
        THUISZITTERS_URL: unreachable,
        NOTIFICATIES_URL: unreachable,
        OJA_URL: `http://127.0.0.1:${ojaPort}`,
        OVERDRACHT_URL: unreachable,
        WEB_DIST_DIR: join(root, 'apps/web/dist'),
        COOKIE_SECURE: 'false',
        LOGIN_ATTEMPTS_PER_MINUTE: '100',
      },
      await freePort(),
    );
    baseURL = `http://127.0.0.1:${gateway.port}`;
    await waitFor(async () => (await fetch(`${baseURL}/health`).catch(() => undefined))?.ok, { timeoutMs: 60_000, what: 'gateway healthy' }).catch((e: Error) => {
      throw new Error(`${e.message}\n${gateway.output().slice(-4000)}`);
    });
    browsers = await startChromium();

    // Budgets: the SWV's by the teamleider; the gemeente's own by its partner system with its API key.
    const teamleider = await sessie('teamleider.vo');
    for (const jaar of ['2025', '2026']) {
      expect((await api('PUT', `/budgetten/swv-vo-onderwijs/${jaar}`, { bedragCent: 50_000_000, motivering: 'Begroting SWV' }, teamleider)).status).toBe(200);
      expect((await api('PUT', `/budgetten/almere-jeugdwet/${jaar}`, { bedragCent: 30_000_000, motivering: 'Begroting jeugdhulp' }, { bearer: demoApiSleutel('VO') })).status).toBe(200);
    }
    // The partner system may not set the SWV's budget.
    expect((await api('PUT', '/budgetten/swv-vo-onderwijs/2025', { bedragCent: 1, motivering: 'x' }, { bearer: demoApiSleutel('VO') })).status).toBe(403);
  });

  afterAll(async () => {
    await browsers?.close();
    await gateway?.stop();
    await oja?.close();
    if (!bed) return;
    await deleteRedisPrefixAt(localServers.redisUrl, bed.redisPrefix);
    await bed.close();
  });

  it('the Steunpunt requests an OJA at School2Care', async () => {
    const { page, context } = await inloggen('consulent.vo');
    await page.getByRole('link', { name: 'Arrangementen' }).first().click();
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await page.getByRole('heading', { level: 1, name: /Nieuwe aanvraag/ }).waitFor();
    await page.getByLabel('BSN van de leerling').fill(testBsn(5101));
    await page.getByLabel('Woongemeente').selectOption('GM0034');
    await page.getByLabel('Arrangementtype').selectOption('school2care');
    await page.getByLabel('Doelen').fill('Elke dag naar school\nGezin krijgt grip op de thuissituatie');
    await page.getByLabel('Plan (één kind, één gezin, één plan)').fill('Onderwijs op School2Care van 8 tot 8 met gezinsbehandeling in het team.');
    await page.getByLabel('Jeugdhulpaanbieder').fill('Jeugdhulp Flevoland');
    await page.getByLabel('Gewenste ingangsdatum').fill('01-03-2025');
    // No einddatum first: always temporary, the server names the field.
    await page.getByLabel(/Begrote kosten/).fill('48.000,00');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.locator('.fout-samenvatting').getByText(/gewenste einddatum/i).first().waitFor();
    await page.getByLabel('Gewenste einddatum').fill('28-02-2026');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.getByRole('heading', { level: 1, name: /School2Care individueel/ }).waitFor();
    arrangementId = page.url().split('/').pop()!;
    await page.getByText('Beoordeling door onderwijs (SWV) en gemeente').first().waitFor();
    expect(await page.content()).not.toContain(testBsn(5101));
    await expectAccessible(page, 'nieuw arrangement');
    await context.close();
  });

  it('the education side and then the gemeente assess; the gemeente records its beschikking and its share', async () => {
    const ortho = await inloggen('orthopedagoog.vo', `/oja/arrangementen/${arrangementId}`);
    await stap(ortho.page, 'Beoordelen (onderwijs)', async () => undefined);
    await ortho.page.getByText('De beoordeling van het onderwijs is vastgelegd.').waitFor();
    await ortho.context.close();

    // The gemeente's partner system (API key) sees its part, without the pupil's number.
    const systeem = await fetch(`${baseURL}/api/oja/arrangementen/${arrangementId}`, { headers: { authorization: `Bearer ${demoApiSleutel('VO')}` } });
    expect(systeem.status).toBe(200);
    const zicht = (await systeem.json()) as { toegestaneActies: string[]; leerling: { weergave: string } };
    expect(zicht.toegestaneActies).toEqual(['jeugdhulpBeoordelen']);
    expect(zicht.leerling.weergave).toMatch(/^\*\*\*-\*\*-\d{3}$/);
    expect(JSON.stringify(zicht)).not.toContain(testBsn(5101));

    const { page, context } = await inloggen('gemeente.vo', `/oja/arrangementen/${arrangementId}`);
    await page.getByRole('heading', { level: 1, name: /School2Care individueel/ }).waitFor();
    await stap(page, 'Beoordelen (jeugdhulp)', async (form) => {
      await form.getByLabel('Soort besluit').selectOption('beschikking');
      await form.getByLabel('Kenmerk van het besluit').fill('JZ-2025-0117');
      await form.getByLabel(/Toegezegd uit Gemeente Almere/).fill('24.000,00');
    });
    await page.getByText('Het besluit over het jeugdhulpdeel is vastgelegd.').waitFor();
    await page.getByText('JZ-2025-0117').first().waitFor();
    await expectAccessible(page, 'arrangement (gemeente)');
    await screenshot(page, 'oja-arrangement-gemeente');
    await context.close();
  });

  it('the teamleider grants: a fraction of a cent is refused at its field, then both budgets are committed', async () => {
    klok.set(ochtend('2025-02-20'));
    const { page, context } = await inloggen('teamleider.vo', `/oja/arrangementen/${arrangementId}`);
    await stap(page, 'Toekennen', async (form) => {
      await form.getByLabel('Kosten voor de hele periode').fill('48.000,005');
    });
    await page.locator('.actie-formulier .utrecht-form-field-error-message').getByText(/fractie van een cent/).waitFor();
    await page.locator('section.actie-formulier').getByLabel('Kosten voor de hele periode').fill('48.000,00');
    await page.locator('section.actie-formulier button[type=submit]').click();
    await page.getByText('Het arrangement is toegekend; het geld is vastgelegd.').waitFor();
    await page.getByRole('table', { name: /Toekenning van 20 februari 2025/ }).waitFor();

    await page.getByRole('link', { name: 'Budgetten' }).click();
    await page.getByLabel('Jaar').selectOption('2025');
    const rij = page.getByRole('row', { name: /Gemeente Almere — Jeugdwet/ });
    await rij.getByText('€ 20.120,55').waitFor();
    await page.getByRole('row', { name: /SWV VO Almere — onderwijs/ }).getByText('€ 20.120,55').waitFor();
    await page.getByRole('img', { name: /Budget, vastgelegd en gerealiseerd per betaler/ }).waitFor();
    await expectAccessible(page, 'budgetten');
    await screenshot(page, 'oja-budgetten');
    await context.close();
  });

  it('on the quarter report date the report is fixed, shows the pupil and the money per payer, and downloads', async () => {
    klok.set(ochtend('2025-03-03'));
    const { page, context } = await inloggen('consulent.vo', `/oja/arrangementen/${arrangementId}`);
    await stap(page, 'Start registreren', async (form) => {
      await form.getByLabel('Startdatum').fill('03-03-2025');
    });
    await page.getByText(/De start is geregistreerd/).waitFor();

    klok.set(ochtend('2025-04-15'));
    await oja.get(DeadlineScheduler).reconcile();
    await page.getByRole('link', { name: 'Kwartaalrapportages' }).click();
    await page.getByRole('link', { name: '2025 kwartaal 1' }).click();
    await page.getByRole('heading', { level: 1, name: 'OJA-kwartaalrapportage 2025 kwartaal 1' }).waitFor();
    const leerlingen = page.getByRole('table', { name: /Leerlingen per arrangementtype/ });
    await leerlingen.getByRole('row', { name: /School2Care individueel/ }).getByRole('cell', { name: '1' }).first().waitFor();
    const geld = page.getByRole('table', { name: /Kosten per betaler/ });
    await geld.getByRole('row', { name: /Gemeente Almere — Jeugdwet/ }).getByText('€ 20.120,55').waitFor();
    await geld.getByRole('row', { name: /SWV VO Almere — onderwijs/ }).getByText('€ 20.120,55').waitFor();
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))!);
    expect(csv).toContain('School2Care');
    expect(csv).toContain('20120,55');
    const xlsx = await page.evaluate(async (href) => {
      const r = await fetch(href);
      return { type: r.headers.get('content-type'), begin: new Uint8Array(await r.arrayBuffer()).slice(0, 2) };
    }, (await page.getByRole('link', { name: 'Download Excel' }).getAttribute('href'))!);
    expect(xlsx.type).toMatch(/spreadsheetml/);
    expect(String.fromCharCode(...Object.values(xlsx.begin))).toBe('PK');
    // Published for the gemeente, through the outbox.
    const events = await sql.query(`SELECT payload->'data' AS data FROM oja.outbox WHERE type = 'nl.passend-onderwijs.oja.kwartaalrapportage-vastgesteld.v1' AND payload->>'swv' = 'VO'`);
    expect(events.map((e: { data: { gemeente: string; lopend: number } }) => [e.data.gemeente, e.data.lopend]).sort()).toEqual([
      ['GM0034', 1],
      ['GM0050', 0],
    ]);
    await expectAccessible(page, 'kwartaalrapportage');
    await screenshot(page, 'oja-kwartaalrapportage');
    await context.close();
  });

  it('the evaluation comes due: a warning two weeks before, and the werkvoorraad lists it', async () => {
    klok.set(ochtend('2025-08-21'));
    await oja.get(DeadlineScheduler).reconcile();
    const waarschuwingen = await sql.query(`SELECT payload->'data'->>'soort' AS soort FROM oja.outbox WHERE type = 'nl.passend-onderwijs.oja.termijn-waarschuwing.v1' AND payload->>'subject' = $1`, [arrangementId]);
    expect(waarschuwingen).toEqual([{ soort: 'evaluatie' }]);
    const { page, context } = await inloggen('consulent.vo', '/oja?lijst=evaluatie');
    const rij = page.getByRole('row', { name: /School2Care individueel/ });
    await rij.getByText('Evaluatie binnenkort').waitFor();
    await rij.getByText('3 september 2025').waitFor();
    await expectAccessible(page, 'werkvoorraad arrangementen');
    await screenshot(page, 'oja-werkvoorraad');
    await context.close();
  });

  it('werkvoorraad: Volgende and Vorige page by cursor (keyboard), axe clean', async () => {
    // More than a page of open arrangements in the VO SWV: copies (new ids) of the one above.
    await kopieerArrangement(60);
    const { page, context } = await inloggen('consulent.vo', '/oja?lijst=alle');
    await bladerHeenEnTerugMetToetsenbord(page, { rijen: 'table.werkvoorraad tbody tr', samenvatting: 'p.samenvatting', naam: 'werkvoorraad arrangementen' });

    // Another list (keyboard): while it loads its rows are not those of "alle", and the tabs keep their counts (the SWV's, not the list's).
    const lijsten = page.getByRole('navigation', { name: 'Lijsten' });
    const rijen = page.locator('table.werkvoorraad tbody tr');
    const vast = await houdVerzoekVast(page, (u) => u.pathname === '/api/oja/arrangementen' && u.searchParams.get('lijst') === 'evaluatie');
    await lijsten.getByRole('link', { name: /^Evaluatie binnen 30 dagen/ }).focus();
    await page.keyboard.press('Enter');
    await vast.binnen('werkvoorraad arrangementen, andere lijst');
    const tijdensLaden = { rijen: await rijen.count(), laden: await laadt(page), tellers: await lijsten.getByRole('link', { name: /\(\d+\)$/ }).count() };
    await vast.laat();
    expect(tijdensLaden).toEqual({ rijen: 0, laden: true, tellers: 4 });
    await page.locator('p.samenvatting').waitFor();
    await context.close();
  });

  it('a list count stopped at 10,000 reads "10.000+" on its tab and "meer dan 10.000" to a screen reader', async () => {
    // Over 10,000 evaluations due: copies of the one above (its evaluation is within 30 days).
    await kopieerArrangement(10_000);
    const { page, context } = await inloggen('consulent.vo', '/oja?lijst=evaluatie');
    await page.locator('p.samenvatting', { hasText: 'Meer dan 10.000 arrangementen' }).waitFor();
    const tab = page.getByRole('navigation', { name: 'Lijsten' }).getByRole('link', { name: 'Evaluatie binnen 30 dagen of verlopen (meer dan 10.000)', exact: true });
    await tab.waitFor();
    expect(await tab.locator('[aria-hidden="true"]').textContent()).toBe('(10.000+)');
    // An exact count in Dutch notation, without the mark.
    expect(await page.getByRole('navigation', { name: 'Lijsten' }).getByRole('link', { name: /^Wacht op beoordeling of toekenning \(\d+\)$/ }).count()).toBe(1);
    await expectAccessible(page, 'werkvoorraad arrangementen, tellingen begrensd');
    await context.close();
  });
});
