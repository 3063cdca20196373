import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AppProcess, TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, startAppProcess, testSecrets, waitFor } from '@pao/testing';
import { serviceUrlSettings } from '@pao/platform';
import { migrateAll } from '../../../scripts/migrate';
import { DEMO_WACHTWOORD, demoApiSleutel, seedDemoAccounts } from '../../gateway/src/auth/demo-accounts';
import { TestOntvanger, tlvAfgegeven, Uitgever } from '../../notificaties/test/support';
import { type Browsers, newPerson, startChromium, expectAccessible, screenshot } from './browser';

/**
 * Issue 12, the beheerder's screens in a real browser: the gemeente subscriptions of the
 * SWV (a failing one announced in words, resumed) and the delivery log with filters and
 * replay, each operated with the keyboard only and checked with axe-core.
 */
jest.setTimeout(180_000);

const root = join(__dirname, '../../..');


/** Only `npm run web:screenshots` (PAO_SCREENSHOTS=1) rewrites docs/screenshots; a test run leaves them alone. */
describe('notificaties screens in chromium (issue 12)', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let notificaties: AppProcess;
  let gateway: AppProcess;
  let browsers: Browsers;
  let baseURL: string;
  let goed: TestOntvanger;
  let kapot: TestOntvanger;
  let kapotId: string;

  async function partner(method: string, path: string, body?: unknown) {
    const r = await fetch(`${baseURL}/api/notificaties${path}`, {
      method,
      headers: { authorization: `Bearer ${demoApiSleutel('VO')}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : undefined };
  }

  /** Presses Tab until the focused element matches (keyboard only, like a person would). */
  async function tabNaar(page: Page, wat: string, past: (info: { tekst: string; label: string; id: string }) => boolean, max = 80) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tekst: (el?.textContent ?? '').trim(), label: el?.getAttribute('aria-label') ?? '', id: el?.id ?? '' };
      });
      if (past(info)) return;
    }
    throw new Error(`no focusable ${wat} reached with Tab`);
  }

  async function inloggen(gebruikersnaam: string) {
    const person = await newPerson(browsers.browser, baseURL);
    await person.page.goto('/');
    await person.page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
    await person.page.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    await person.page.getByRole('button', { name: 'Inloggen' }).click();
    await person.page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    return person;
  }

  beforeAll(async () => {
    db = await createTestDatabase('web_notif');
    vhost = await createTestVhost('web-notif');
    await migrateAll(db.url);
    const sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    await seedDemoAccounts(sql);
    await sql.destroy();
    const env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, ...testSecrets, REDIS_PREFIX: `test-web-notif-${process.pid}-${Date.now()}`, LOG_LEVEL: 'warn' };
    const gatewayPort = await freePort();
    notificaties = startAppProcess('notificaties', { ...env, CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8', BEZORG_VEEG_INTERVAL_MS: '500', GATEWAY_PUBLIEKE_URL: `http://127.0.0.1:${gatewayPort}` }, await freePort());
    const nergens = 'http://127.0.0.1:1';
    gateway = startAppProcess(
      'gateway',
      {
        ...env,
        ...serviceUrlSettings(() => nergens),
        NOTIFICATIES_URL: `http://127.0.0.1:${notificaties.port}`,
        WEB_DIST_DIR: join(root, 'apps/web/dist'),
        COOKIE_SECURE: 'false',
        LOGIN_FREE_FAILURES: '100',
      },
      gatewayPort,
    );
    baseURL = `http://127.0.0.1:${gateway.port}`;
    for (const app of [notificaties, gateway]) {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 60_000, what: `${app.name} healthy` }).catch((e: Error) => {
        throw new Error(`${e.message}\n${app.output().slice(-4000)}`);
      });
    }
    browsers = await startChromium();

    goed = await TestOntvanger.start();
    kapot = await TestOntvanger.start();
    kapot.gedrag = { status: 503, vertragingMs: 0, antwoord: 'Onderhoud tot 18:00' };
    expect((await partner('POST', '/abonnementen', { callbackUrl: goed.url, kanalen: [{ naam: 'toeleiding' }] })).status).toBe(201);
    const k = await partner('POST', '/abonnementen', { callbackUrl: kapot.url, kanalen: [{ naam: 'toeleiding', filters: { type: 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1' } }] });
    expect(k.status).toBe(201);
    kapotId = k.body.id;
    const uitgever = await Uitgever.start(vhost.url);
    await uitgever.publiceer([tlvAfgegeven(), tlvAfgegeven(), tlvAfgegeven()]);
    await uitgever.stop();
    await waitFor(() => goed.ids().size === 3, { timeoutMs: 30_000, what: 'the working receiver has all three' });
    await waitFor(async () => (await partner('GET', `/pogingen?abonnementId=${kapotId}`)).body.totaal > 0, { timeoutMs: 30_000, what: 'a failed attempt logged' });
    // The failing subscriber has been failing for a day (as the delivery engine would have marked it).
    const sql2 = new DataSource({ type: 'postgres', url: db.url });
    await sql2.initialize();
    await sql2.query(`UPDATE notificaties.abonnement SET status = 'falend', falend_sinds = now() - interval '25 hours', falend_gemeld_op = now() WHERE id = $1`, [kapotId]);
    await sql2.destroy();
  });

  afterAll(async () => {
    await browsers?.close();
    await gateway?.stop();
    await notificaties?.stop();
    await goed?.uit();
    await kapot?.uit();
    await db?.drop();
    await vhost?.delete();
  });

  it('beheerder: sees the subscriptions, is warned about the failing one in words, resumes it with the keyboard', async () => {
    const { page, context } = await inloggen('beheerder.vo');
    await tabNaar(page, 'the Notificaties menu item', (i) => i.tekst === 'Notificaties');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Notificaties' }).waitFor();
    expect(await page.title()).toMatch(/^Notificaties: abonnementen \|/);
    const waarschuwing = page.getByRole('status').filter({ hasText: 'bezorgt al een dag niet' });
    await waarschuwing.waitFor();
    expect(await waarschuwing.textContent()).toContain('Er gaat niets verloren');
    const rijen = page.locator('table.logboek tbody tr');
    expect(await rijen.count()).toBe(2);
    await page.locator(`tr[data-id="${kapotId}"]`).getByText('Falend').waitFor();
    await expectAccessible(page, 'notificaties abonnementen');
    await screenshot(page, 'notificaties-abonnementen');

    kapot.gedrag = { status: 204, vertragingMs: 0 };
    await tabNaar(page, 'the Hervatten button', (i) => i.tekst === 'Hervatten');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'is hervat' }).waitFor();
    await waitFor(() => kapot.ids().size === 3, { timeoutMs: 30_000, what: 'the resumed subscriber gets the three' });

    // Replay everything from a moment to the working subscriber (the first in the list).
    const voor = goed.ontvangen.length;
    await page.locator('#opnieuw-vanaf').fill('2020-01-01T00:00');
    await page.locator('#opnieuw-vanaf').focus();
    await tabNaar(page, 'the Opnieuw bezorgen button', (i) => i.tekst === 'Opnieuw bezorgen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '3 notificaties worden opnieuw bezorgd' }).waitFor();
    await waitFor(() => goed.ontvangen.length === voor + 3, { timeoutMs: 30_000, what: 'three replayed' });
    expect(new Set(goed.ontvangen.slice(voor).map((x) => x.id))).toEqual(goed.ids());
    await context.close();
  });

  it('beheerder: filters the delivery log and replays one event, keyboard only', async () => {
    const { page, context } = await inloggen('beheerder.vo');
    await page.goto('/notificaties');
    await page.getByRole('heading', { level: 1, name: 'Notificaties' }).waitFor();
    await tabNaar(page, 'the Bezorglog tab', (i) => i.tekst === 'Bezorglog' && i.label === '');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Pogingen' }).waitFor();
    await page.getByText(/\d+ pogingen\./).waitFor();
    await expectAccessible(page, 'bezorglog');

    // Uitkomst "Geweigerd door ontvanger" with the arrow keys, then Filteren.
    await tabNaar(page, 'the Uitkomst filter', (i) => i.id === 'filter-uitkomst');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#filter-uitkomst')).toBe('http-fout');
    await tabNaar(page, 'Filteren', (i) => i.tekst === 'Filteren');
    await page.keyboard.press('Enter');
    await page.waitForURL(/uitkomst=http-fout/);
    // the filtered list replaces the whole one: only refused attempts, with their status code
    const uitkomsten = await waitFor(
      async () => {
        const t = await page.locator('table.logboek tbody tr td:nth-child(5)').allTextContents();
        return t.length > 0 && t.every((x) => x.includes('Geweigerd door ontvanger') && x.includes('HTTP 503')) ? t : undefined;
      },
      { timeoutMs: 15_000, what: 'only refused attempts listed' },
    );
    expect(uitkomsten.length).toBeGreaterThan(0);
    expect(await page.locator('table.logboek tbody tr').first().textContent()).toContain('Onderhoud tot 18:00');
    await expectAccessible(page, 'bezorglog gefilterd');
    await screenshot(page, 'notificaties-bezorglog');

    const eventId = (await page.locator('table.logboek tbody tr').first().locator('code').textContent())!;
    const voor = kapot.ontvangen.length;
    await tabNaar(page, 'the first Opnieuw bezorgen button', (i) => i.tekst === 'Opnieuw bezorgen');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'wordt opnieuw bezorgd' }).waitFor();
    await waitFor(() => kapot.ontvangen.length > voor, { timeoutMs: 30_000, what: 'the replayed event' });
    expect(kapot.ontvangen[kapot.ontvangen.length - 1].id.startsWith(eventId)).toBe(true);
    await context.close();
  });

  it('others see no Notificaties menu item and get "Geen toegang" on the URL', async () => {
    const { page, context } = await inloggen('consulent.vo');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByText('Notificaties').count()).toBe(0);
    await page.goto('/notificaties/bezorglog');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    await context.close();
  });
});
