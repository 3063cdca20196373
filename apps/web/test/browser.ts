import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, type Route, chromium } from 'playwright-core';
import { DEMO_WACHTWOORD } from '../../gateway/src/auth/demo-accounts';

/** Debian's chromium, installed by infra/local/install.sh (PAO_WITH_CHROMIUM=1); never a downloaded browser. */
export const CHROMIUM = process.env.PAO_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = ['--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browsers {
  browser: Browser;
  close(): Promise<void>;
}

/** Headless chromium; playwright gives it a fresh temporary user-data-dir and removes it on close. */
export async function startChromium(): Promise<Browsers> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no chromium at ${CHROMIUM}: install Debian's package as root with \`PAO_WITH_CHROMIUM=1 bash infra/local/install.sh\` (npm test does this)`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/** A context per person: their own cookies, Dutch locale, Amsterdam time. */
export async function newPerson(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** A new person (newPerson) signed in with a demo account on the login form that `pad` shows first. */
export async function ingelogd(browser: Browser, baseURL: string, gebruikersnaam: string, pad: string): Promise<{ context: BrowserContext; page: Page }> {
  const person = await newPerson(browser, baseURL);
  const { page } = person;
  await page.goto(pad);
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
  return person;
}

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core (WCAG 2.0/2.1 A and AA rules): the serious and critical violations on the page. */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
}

/** No serious or critical axe violations on the page; when there are, all of them are printed under `naam`. */
export async function expectAccessible(page: Page, naam: string): Promise<void> {
  const violations = await seriousViolations(page);
  // eslint-disable-next-line no-console -- the full findings, beyond what the failed comparison shows
  if (violations.length > 0) console.error(`axe on ${naam}:`, JSON.stringify(violations, null, 2));
  expect(violations).toEqual([]);
}

const screenshots = join(__dirname, '../../..', 'docs/screenshots');

/** Only `npm run web:screenshots` (PAO_SCREENSHOTS=1) rewrites docs/screenshots; a test run leaves them alone. */
export async function screenshot(page: Page, naam: string): Promise<void> {
  if (process.env.PAO_SCREENSHOTS !== '1') return;
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${naam}.png`), fullPage: true });
}

/** A request for another page of a list: it carries a cursor. */
const bladerVerzoek = (url: URL) => url.pathname.startsWith('/api/') && (url.searchParams.has('na') || url.searchParams.has('voor'));

/**
 * Holds the screen's next API request that `wanneer` picks (one for another page, unless
 * given) until `laat()`, so a test sees the screen while that answer is on its way.
 */
export async function houdVerzoekVast(page: Page, wanneer: (url: URL) => boolean = bladerVerzoek): Promise<VastGehouden> {
  let binnengekomen!: () => void;
  let doorlaten!: () => void;
  const binnen = new Promise<void>((r) => (binnengekomen = r));
  const gelaten = new Promise<void>((r) => (doorlaten = r));
  let gehouden: Promise<void> | undefined;
  // Only the first such request waits; unroute only after it went on (unrouting the last route lets held requests go itself).
  const vasthouden = async (route: Route) => {
    if (gehouden) return route.continue();
    binnengekomen();
    gehouden = gelaten.then(() => route.continue());
    await gehouden;
  };
  await page.route(wanneer, vasthouden);
  return {
    async binnen(wat: string) {
      let wacht: NodeJS.Timeout | undefined;
      const teLaat = new Promise((_, nee) => (wacht = setTimeout(() => nee(new Error(`${wat}: the request did not come`)), 15_000)));
      await Promise.race([binnen, teLaat]).finally(() => clearTimeout(wacht));
    },
    async laat() {
      doorlaten();
      await gehouden;
      await page.unroute(wanneer, vasthouden);
    },
  };
}

export interface VastGehouden {
  /** Resolves once the request is held (fails after 15 s, naming `wat`). */
  binnen(wat: string): Promise<void>;
  laat(): Promise<void>;
}

/** Whether the loading status ("Bezig met laden…", components/Melding) is on screen. */
export async function laadt(page: Page): Promise<boolean> {
  return (await page.getByRole('status').filter({ hasText: 'Bezig met laden' }).count()) > 0;
}

/**
 * A keyset-paged list screen (components/Bladeren) with more than a page of rows (`pagina`,
 * 50 unless given), walked by keyboard: the first page (1–50) has no "Vorige 50"; "Volgende
 * 50" (Enter) puts a cursor in the URL and shows rows not on the first page, axe clean;
 * "Vorige 50" (Enter) brings back exactly the first page. While either page loads (its answer
 * held back) the screen says it is loading and shows none of the rows it came from. `rijen`:
 * the rows (table rows or sections), each with its link first.
 */
export async function bladerHeenEnTerugMetToetsenbord(page: Page, o: { rijen: string; samenvatting: string; naam: string; pagina?: number }): Promise<void> {
  const n = o.pagina ?? 50;
  const rijen = page.locator(o.rijen);
  const samenvatting = page.locator(o.samenvatting);
  const hrefs = async () => rijen.evaluateAll((els) => els.map((el) => el.querySelector('a')?.getAttribute('href')));
  /** Pressed Enter on a page button; its answer is held: the old rows are gone, the status says it loads. */
  const terwijlHetLaadt = async (scherm: string, oud: (string | null | undefined)[], vast: VastGehouden) => {
    await vast.binnen(scherm);
    const getoond = await hrefs();
    const laden = await laadt(page);
    await vast.laat();
    expect({ scherm, oudeRijen: getoond.filter((h) => oud.includes(h)).length, laden }).toEqual({ scherm, oudeRijen: 0, laden: true });
  };
  await samenvatting.getByText(`1–${n} `, { exact: false }).waitFor();
  const eerste = await hrefs();
  expect(eerste).toHaveLength(n);
  expect(await page.getByRole('button', { name: `Vorige ${n}` }).count()).toBe(0);

  let vast = await houdVerzoekVast(page);
  await page.getByRole('button', { name: `Volgende ${n}` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]na=/);
  await terwijlHetLaadt(`${o.naam}, tweede pagina laadt`, eerste, vast);
  await samenvatting.getByText(`${n + 1}–`, { exact: false }).waitFor();
  const tweede = await hrefs();
  expect(tweede.length).toBeGreaterThan(0);
  expect(tweede.filter((h) => eerste.includes(h))).toEqual([]);
  // The screen's name in the comparison, so a failure says where.
  expect({ scherm: `${o.naam}, tweede pagina`, violations: await seriousViolations(page) }).toEqual({ scherm: `${o.naam}, tweede pagina`, violations: [] });

  vast = await houdVerzoekVast(page);
  await page.getByRole('button', { name: `Vorige ${n}` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]voor=/);
  await terwijlHetLaadt(`${o.naam}, eerste pagina laadt`, tweede, vast);
  await samenvatting.getByText(`1–${n} `, { exact: false }).waitFor();
  expect(await hrefs()).toEqual(eerste);
}
