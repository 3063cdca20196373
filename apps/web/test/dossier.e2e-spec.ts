import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type Page } from 'playwright-core';
import { serviceUrlSettings } from '@pao/platform';
import { AppProcess, type MigratedTestDatabase, TestVhost, createTestVhost, freePort, localServers, migratedTestDatabase, testSecrets, startAppProcess, waitFor } from '@pao/testing';
import { tekstVanBrief } from '@pao/zaak';
import { testBsn } from '@pao/zaak/domein';
import { DataSource } from 'typeorm';
import { migrateAll } from '../../../scripts/migrate';
import { DEMO_WACHTWOORD, seedDemoAccounts } from '../../gateway/src/auth/demo-accounts';
import { seedRegister } from '../../toeleiding/src/demo/register';
import { alsInvoer } from '../src/datum-invoer';
import { datum, vandaag } from '../src/format';
import { type Browsers, newPerson, startChromium, expectAccessible } from './browser';

/**
 * Issue 15 acceptance, in chromium against the real gateway and toeleiding service (as
 * processes, logging at info): a consulent starts an aanvraag in the UI with its OPP and
 * submits it; finds it back by name and by kenmerk; then, counting every click from the
 * werkvoorraad on, the case goes to a bekendgemaakt besluit across consulent,
 * orthopedagoog and teamleider. Afterwards: PO finds nothing of it, searches and downloads
 * are in the access log, refused uploads stored nothing, and no log line and no event
 * holds the pupil's name, BSN or birth date.
 */
jest.setTimeout(240_000);

const root = join(__dirname, '../../..');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const LEERLING = { voornaam: 'Fenna', tussenvoegsel: 'van der', achternaam: 'Zwaluw', geboortedatum: '2012-04-17', bsn: testBsn(77_701) };

describe('a case handler\'s day in chromium (issue 15)', () => {
  let db: MigratedTestDatabase;
  let vhost: TestVhost;
  let toeleiding: AppProcess;
  let gateway: AppProcess;
  let browsers: Browsers;
  let baseURL: string;
  let sql: DataSource;
  let kenmerk: string;
  let zaakId: string;
  let klikken = 0;

  /** Every click a person makes from here on is counted (selecting an option or typing is filling in a field). */
  async function tel(context: BrowserContext) {
    await context.exposeBinding('paoKlik', () => {
      klikken++;
    });
    await context.addInitScript(() => {
      document.addEventListener('click', (e) => {
        if (e.isTrusted) (window as unknown as { paoKlik: () => void }).paoKlik();
      }, true);
    });
  }

  async function inloggen(gebruikersnaam: string, pad = '/', tellen = false): Promise<{ page: Page; context: BrowserContext }> {
    const { page, context } = await newPerson(browsers.browser, baseURL);
    // Signing in is not part of the work: the counter is switched on after it.
    await page.goto('/');
    await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill(DEMO_WACHTWOORD);
    await page.getByLabel('Wachtwoord').press('Enter');
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    if (tellen) await tel(context);
    await page.goto(pad);
    return { page, context };
  }

  const rij = (page: Page) => page.locator('table.werkvoorraad tbody tr', { hasText: kenmerk });

  beforeAll(async () => {
    db = await migratedTestDatabase('web_dossier', { migrations: migrateAll });
    vhost = await createTestVhost('web_dossier');
    sql = db.dataSource;
    // Accounts and the school register, no demo cases: the werkvoorraad holds this test's own work.
    await seedDemoAccounts(sql);
    await seedRegister(sql.manager);
    const redisPrefix = `test-web-dossier-${process.pid}-${Date.now()}`;
    const env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, ...testSecrets, REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'info' };
    toeleiding = startAppProcess('toeleiding', { ...env, DOCUMENT_MAX_BYTES: String(64 * 1024) }, await freePort());
    const elders = 'http://127.0.0.1:1';
    gateway = startAppProcess(
      'gateway',
      // Every forwarded service from the registry (unreachable), toeleiding for real.
      { ...env, ...serviceUrlSettings(() => elders), TOELEIDING_URL: `http://127.0.0.1:${toeleiding.port}`, WEB_DIST_DIR: join(root, 'apps/web/dist'), COOKIE_SECURE: 'false', LOGIN_ATTEMPTS_PER_MINUTE: '100' },
      await freePort(),
    );
    baseURL = `http://127.0.0.1:${gateway.port}`;
    for (const app of [toeleiding, gateway]) {
      await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 60_000, what: `${app.name} healthy` }).catch((e: Error) => {
        throw new Error(`${e.message}\n${app.output().slice(-4000)}`);
      });
    }
    browsers = await startChromium();
  });

  afterAll(async () => {
    await browsers?.close();
    await gateway?.stop();
    await toeleiding?.stop();
    await db?.close();
    await vhost?.delete();
  });

  it('consulent: starts an aanvraag in the UI with Dutch field errors, uploads the OPP, submits; finds it by name and by kenmerk', async () => {
    const { page, context } = await inloggen('consulent.vo');
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await page.getByRole('link', { name: 'Nieuwe aanvraag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    // Submitting an empty form: every missing field marked, in words, next to the field.
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.locator('#nieuw-leerling-voornaam-fout').getByText('Vul voornaam in').waitFor();
    expect(await page.locator('#nieuw-leerling-voornaam').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.fout-samenvatting').innerText()).not.toMatch(/dossier\.|oppRef|controleer de gemarkeerde/i);
    await expectAccessible(page, 'nieuwe aanvraag met fouten');

    await page.getByLabel('BSN of onderwijsnummer').fill(LEERLING.bsn);
    await page.getByLabel('Voornaam').fill(LEERLING.voornaam);
    await page.getByLabel('Tussenvoegsel').fill(LEERLING.tussenvoegsel);
    await page.getByLabel('Achternaam').fill(LEERLING.achternaam);
    // Dutch date entry, whatever the browser's language: an impossible date is refused in words.
    await page.getByLabel('Geboortedatum').fill('31-02-2012');
    const scholen = await page.locator('#nieuw-aanvrager-schoolId option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await page.getByLabel('Huidige school (aanvrager)').selectOption(scholen[0]);
    await page.getByLabel('Gevraagde soort TLV').selectOption('VSO-midden');
    await page.getByLabel('Ondersteuningsbehoefte').fill('Geprobeerd: arrangement in de klas en ambulante begeleiding. Nodig: kleine groep met vaste begeleiders.');
    await page.getByLabel('Ontwikkelingsperspectiefplan (OPP)').setInputFiles({ name: 'OPP Fenna.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByLabel('Verslag toelaatbaarheidsoverleg').setInputFiles({ name: 'Verslag TLO.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.locator('#nieuw-leerling-geboortedatum-fout').getByText('Vul een datum in als dd-mm-jjjj', { exact: false }).waitFor();
    await page.getByLabel('Geboortedatum').fill(alsInvoer(LEERLING.geboortedatum));
    await page.getByRole('button', { name: 'Indienen' }).click();

    await page.getByText('De aanvraag is geregistreerd en ingediend.').waitFor();
    zaakId = new URL(page.url()).pathname.split('/').pop()!;
    const kop = await page.getByRole('heading', { level: 1 }).innerText();
    kenmerk = /TLV-VO-\d{4}-\d{5}/.exec(kop)![0];
    await page.locator('.aanvraag-zij').getByText('Ingediend', { exact: true }).first().waitFor();
    await page.getByText('Fenna van der Zwaluw', { exact: false }).first().waitFor();
    expect(await page.locator('#documenten').locator('..').innerText()).toContain('Ontwikkelingsperspectiefplan (OPP)');
    await expectAccessible(page, 'aanvraag');

    // Found back by the start of the name, and by the kenmerk, from the search field on any screen.
    for (const q of ['zwal', kenmerk]) {
      await page.getByRole('searchbox').fill(q);
      await page.getByRole('searchbox').press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Zoeken' }).waitFor();
      await page.getByRole('link', { name: kenmerk }).waitFor();
      expect(new URL(page.url()).search).toBe('');
    }
    await context.close();
  });

  it('from the werkvoorraad to a bekendgemaakt besluit in at most 12 clicks, across consulent, orthopedagoog and teamleider', async () => {
    // Consulent: the row's own action takes the aanvraag in behandeling (nothing to fill in).
    let wie = await inloggen('consulent.vo', '/', true);
    await rij(wie.page).getByRole('button', { name: /In behandeling nemen/ }).click();
    await wie.page.getByText(`${kenmerk}: De aanvraag is in behandeling genomen.`).waitFor();
    await wie.context.close();

    // Orthopedagoog: the row opens the advies form; reads the OPP; advises with reasons.
    wie = await inloggen('orthopedagoog.vo', '/', true);
    await rij(wie.page).getByRole('button', { name: /Deskundigenadvies vastleggen/ }).click();
    const form = wie.page.locator('section.actie-formulier');
    await form.waitFor();
    const [opp] = await Promise.all([wie.page.waitForEvent('download'), wie.page.locator('#documenten').locator('..').getByRole('link', { name: 'Ontwikkelingsperspectiefplan (OPP)' }).click()]);
    expect(readFileSync((await opp.path())!).equals(PDF)).toBe(true);
    await form.getByLabel('Advies', { exact: true }).selectOption('toelaatbaar');
    await form.getByLabel('Onderbouwing van het advies').fill('De ondersteuningsbehoefte overstijgt wat de school kan bieden.');
    await form.locator('button[type=submit]').click();
    await wie.page.getByText('Het deskundigenadvies is vastgelegd.', { exact: false }).waitFor();
    await wie.context.close();

    // Consulent: the tweede deskundige's advice, from the row.
    wie = await inloggen('consulent.vo', '/', true);
    await rij(wie.page).getByRole('button', { name: /Deskundigenadvies vastleggen/ }).click();
    const tweede = wie.page.locator('section.actie-formulier');
    await tweede.getByLabel('Discipline').selectOption('jeugdpsycholoog');
    await tweede.getByLabel('Kenmerk van de deskundige').fill('NIP-40412');
    await tweede.getByLabel('Advies', { exact: true }).selectOption('toelaatbaar');
    await tweede.locator('button[type=submit]').click();
    await wie.page.getByText('Het deskundigenadvies is vastgelegd.', { exact: false }).waitFor();
    await wie.context.close();

    // Teamleider: the besluit, prefilled from the aanvraag; only the reasons are typed.
    wie = await inloggen('teamleider.vo', '/', true);
    await rij(wie.page).getByRole('button', { name: /Besluit nemen/ }).click();
    const besluit = wie.page.locator('section.actie-formulier');
    await besluit.getByLabel('Motivering').fill('Beide deskundigen adviseren het voortgezet speciaal onderwijs; de school kan de ondersteuning niet bieden.');
    await besluit.locator('button[type=submit]').click();
    await wie.page.getByText('Het besluit is genomen.', { exact: false }).waitFor();
    await wie.context.close();

    // Consulent: the letter, for today's sending date (typed), read, then sent.
    wie = await inloggen('consulent.vo', '/', true);
    await rij(wie.page).getByRole('button', { name: /Besluitbrief opstellen en verzenden/ }).click();
    await wie.page.getByLabel('Datum van verzending').fill(alsInvoer(vandaag()));
    await wie.page.getByRole('button', { name: 'Brief opstellen', exact: true }).click();
    const [brief] = await Promise.all([wie.page.waitForEvent('download'), wie.page.getByRole('link', { name: 'Bekijk de brief (PDF)' }).click()]);
    const tekst = tekstVanBrief(readFileSync((await brief.path())!)).replace(/\n/g, ' ');
    for (const deel of [kenmerk, 'Fenna van der Zwaluw', 'Samenwerkingsverband VO Almere', 'bezwaar']) expect(tekst).toContain(deel);
    await wie.page.getByRole('button', { name: 'Brief verzenden', exact: true }).click();
    await wie.page.getByText('De besluitbrief is verzonden', { exact: false }).waitFor();
    await expectAccessible(wie.page, 'na verzending');

    // The case shows the bezwaartermijn counted from the sending date.
    const zaak = (await (await wie.page.request.get(`/api/toeleiding/aanvragen/${zaakId}`)).json()) as { status: string; bekendgemaaktOp: string; bezwaartermijn: { eindigtOp: string } };
    expect(zaak).toMatchObject({ status: 'bekendgemaakt', bekendgemaaktOp: vandaag() });
    await wie.page.goto(`/aanvragen/${zaakId}`);
    expect(await wie.page.locator('.bezwaartermijn-einde').innerText()).toBe(datum(zaak.bezwaartermijn.eindigtOp));
    expect(tekst).toContain(datum(zaak.bezwaartermijn.eindigtOp));
    await wie.context.close();

    process.stdout.write(`[issue 15] clicks from the werkvoorraad to a bekendgemaakt besluit: ${klikken}\n`);
    expect(klikken).toBeLessThanOrEqual(12);
  });

  it('PO finds nothing of the VO pupil; refused uploads store nothing; searches and downloads are in the access log', async () => {
    const po = await inloggen('consulent.po');
    await po.page.getByRole('searchbox').fill(LEERLING.bsn);
    await po.page.getByRole('searchbox').press('Enter');
    await po.page.getByText('Niets gevonden op BSN of onderwijsnummer.').waitFor();
    await po.context.close();

    const { page, context } = await inloggen('consulent.vo', `/aanvragen/${zaakId}`);
    const documenten = page.locator('#documenten').locator('..');
    await documenten.waitFor();
    const telDocumenten = async () => Number((await sql.query(`SELECT count(*) AS n FROM toeleiding.document_versie`))[0].n);
    const voor = await telDocumenten();
    await documenten.getByLabel('Bestand (PDF, Word, PNG of JPEG)').setInputFiles({ name: 'OPP.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 dit is een programma') });
    await documenten.getByRole('button', { name: 'Document toevoegen' }).click();
    await documenten.getByText('alleen PDF, Word (DOCX), PNG of JPEG', { exact: false }).waitFor();
    await documenten.getByLabel('Bestand (PDF, Word, PNG of JPEG)').setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(70 * 1024)]) });
    await documenten.getByRole('button', { name: 'Document toevoegen' }).click();
    await documenten.getByText('Het bestand is groter dan', { exact: false }).waitFor();
    expect(await telDocumenten()).toBe(voor);
    await context.close();

    const log = await sql.query(`SELECT handeling, object_type, count(*)::int AS n FROM toeleiding.toegangslog GROUP BY 1, 2`);
    const aantal = (handeling: string, type: string) => log.find((r: { handeling: string; object_type: string }) => r.handeling === handeling && r.object_type === type)?.n ?? 0;
    expect(aantal('zoeken', 'aanvraag')).toBeGreaterThanOrEqual(3);
    expect(aantal('raadplegen', 'document')).toBeGreaterThanOrEqual(2);
  });

  it('no log line and no event holds the pupil\'s name, BSN or birth date', async () => {
    const sporen = [LEERLING.bsn, LEERLING.voornaam, LEERLING.achternaam, LEERLING.geboortedatum, alsInvoer(LEERLING.geboortedatum), datum(LEERLING.geboortedatum)];
    const logs = `${toeleiding.output()}\n${gateway.output()}`;
    expect(logs.split('\n').filter((r) => r.trim()).length).toBeGreaterThan(20);
    for (const spoor of sporen) expect({ spoor, inLogs: logs.includes(spoor) }).toEqual({ spoor, inLogs: false });
    const events = JSON.stringify(await sql.query(`SELECT payload FROM toeleiding.outbox`));
    expect(events).toContain(zaakId);
    for (const spoor of sporen) expect({ spoor, inEvents: events.includes(spoor) }).toEqual({ spoor, inEvents: false });
  });
});
