import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

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

/**
 * A keyset-paged list screen (components/Bladeren) with more than a page of rows (`pagina`,
 * 50 unless given), walked by keyboard: the first page (1–50) has no "Vorige 50"; "Volgende
 * 50" (Enter) puts a cursor in the URL and shows rows not on the first page, axe clean;
 * "Vorige 50" (Enter) brings back exactly the first page. `rijen`: the rows (table rows or
 * sections), each with its link first.
 */
export async function bladerHeenEnTerugMetToetsenbord(page: Page, o: { rijen: string; samenvatting: string; naam: string; pagina?: number }): Promise<void> {
  const n = o.pagina ?? 50;
  const rijen = page.locator(o.rijen);
  const samenvatting = page.locator(o.samenvatting);
  const hrefs = async () => rijen.evaluateAll((els) => els.map((el) => el.querySelector('a')?.getAttribute('href')));
  await samenvatting.getByText(`1–${n} `, { exact: false }).waitFor();
  const eerste = await hrefs();
  expect(eerste).toHaveLength(n);
  expect(await page.getByRole('button', { name: `Vorige ${n}` }).count()).toBe(0);

  await page.getByRole('button', { name: `Volgende ${n}` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]na=/);
  await samenvatting.getByText(`${n + 1}–`, { exact: false }).waitFor();
  const tweede = await hrefs();
  expect(tweede.length).toBeGreaterThan(0);
  expect(tweede.filter((h) => eerste.includes(h))).toEqual([]);
  // The screen's name in the comparison, so a failure says where.
  expect({ scherm: `${o.naam}, tweede pagina`, violations: await seriousViolations(page) }).toEqual({ scherm: `${o.naam}, tweede pagina`, violations: [] });

  await page.getByRole('button', { name: `Vorige ${n}` }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/[?&]voor=/);
  await samenvatting.getByText(`1–${n} `, { exact: false }).waitFor();
  // The rows of the page asked for, not those still shown while it loads.
  await page.waitForFunction(([sel, href]) => document.querySelector(sel)?.querySelector('a')?.getAttribute('href') === href, [o.rijen, eerste[0]] as const);
  expect(await hrefs()).toEqual(eerste);
}
