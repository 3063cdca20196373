// The daily deadline digest: one mail per behandelaar with kenmerken only, once per day, to a local SMTP sink.
import { randomUUID } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import type { Actor } from '@pao/platform';
import { localServers, migratedTestDatabase, testLeerlingSleutels, type MigratedTestDatabase } from '@pao/testing';
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { smtpVerzender, type MailVerzender } from '@pao/zaak';
import { testBsn } from '@pao/zaak/domein';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { LeerlingId } from '../src/domain';
import { schoolVan, seedRegister } from '../src/demo/register';
import { verstuurTermijnDigests } from '../src/digest/termijnen-digest';
import { toeleidingPersistence } from '../src/persistence/persistence';
import { bouwToeleiding, type ToeleidingRuntime } from '../src/runtime';

jest.setTimeout(120_000);

interface Ontvangen {
  aan: string[];
  tekst: string;
}

/** An SMTP server on a free port that keeps what it receives. */
async function smtpSink(): Promise<{ url: string; post: Ontvangen[]; stop: () => Promise<void> }> {
  const post: Ontvangen[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, klaar) {
      const delen: Buffer[] = [];
      stream.on('data', (d: Buffer) => delen.push(d));
      stream.on('end', () => {
        // Quoted-printable undone (soft line breaks, =XX bytes), so the test reads the text as a person would.
        const ruw = Buffer.concat(delen).toString('latin1').replace(/=\r?\n/g, '');
        const tekst = Buffer.from(ruw.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
        post.push({ aan: session.envelope.rcptTo.map((r) => r.address), tekst });
        klaar();
      });
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, post, stop: () => new Promise((ok) => server.close(() => ok())) };
}

describe('deadline digest by e-mail (real PostgreSQL, local SMTP sink)', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;
  let rt: ToeleidingRuntime;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  const redisPrefix = `test-digest-${process.pid}-${Date.now()}`;
  const anna: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere', naam: 'Anna Consulent', email: 'anna@demo.pao.test' };
  const bert: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere', naam: 'Bert Consulent', email: 'bert@demo.pao.test' };
  const zonderMail: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere', naam: 'Cees Consulent' };
  const leerling = { voornaam: 'Fenna', achternaam: 'Zwaluw', geboortedatum: '2012-04-17' };
  const kenmerken = new Map<string, string>();

  async function nieuw(actor: Actor, n: number, termijnOp: string | null): Promise<string> {
    const school = schoolVan('VO', '01FP00');
    const s = await rt.toeleiding.aanmaken(actor, { nummer: LeerlingId.parse(testBsn(n)), personalia: leerling }, { aanvrager: school, dossier: { gevraagdeSoort: 'VSO-midden' } });
    await ds.query(`UPDATE toeleiding.aanvraag SET volgende_termijn_soort = 'beslistermijn', volgende_termijn_op = $2 WHERE id = $1`, [s.id, termijnOp]);
    const [{ kenmerk }] = await ds.query(`SELECT kenmerk FROM toeleiding.aanvraag WHERE id = $1`, [s.id]);
    kenmerken.set(`${actor.naam}-${n}`, kenmerk);
    return kenmerk;
  }

  beforeAll(async () => {
    db = await migratedTestDatabase('toeleiding_digest', { migrations: toeleidingPersistence });
    ds = db.dataSource;
    await seedRegister(ds.manager);
    sink = await smtpSink();
    rt = bouwToeleiding({ dataSource: ds, redisUrl: localServers.redisUrl, redisPrefix, leerlingGeheim: testLeerlingSleutels, worker: false, reconcileIntervalMs: 0 });
  });

  afterAll(async () => {
    await rt?.scheduler.close();
    await sink?.stop();
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await db?.close();
  });

  it('mails each behandelaar their deadlines of the coming week, kenmerken only, once a day; a failed send is tried again', async () => {
    const a1 = await nieuw(anna, 801, '2026-12-01'); // past
    const a2 = await nieuw(anna, 802, '2026-12-09'); // within seven days
    await nieuw(anna, 803, '2026-12-20'); // later: not in this week's digest
    const b1 = await nieuw(bert, 804, '2026-12-03');
    await nieuw(zonderMail, 805, '2026-12-03'); // no e-mail known: no mail

    const kapot: MailVerzender = { verzend: async () => Promise.reject(new Error('smtp down')) };
    expect(await verstuurTermijnDigests(ds, rt.swvs, { verzender: kapot }, '2026-12-02')).toEqual({ verzonden: 0, alVerzonden: 0, mislukt: 2 });
    expect(Number((await ds.query(`SELECT count(*) AS n FROM toeleiding.digest_verzonden`))[0].n)).toBe(0);

    const verzender = smtpVerzender(sink.url, 'termijnen@passendonderwijs-almere.nl');
    const d = { verzender, link: 'https://pao.example/werkvoorraad?wie=mij&binnen=week' };
    expect(await verstuurTermijnDigests(ds, rt.swvs, d, '2026-12-02')).toEqual({ verzonden: 2, alVerzonden: 0, mislukt: 0 });
    expect(sink.post.map((p) => p.aan).sort()).toEqual([['anna@demo.pao.test'], ['bert@demo.pao.test']]);
    const aanAnna = sink.post.find((p) => p.aan[0] === 'anna@demo.pao.test')!.tekst;
    expect(aanAnna).toContain('Subject: Toeleiding VO: 2 termijnen deze week, 1 verlopen');
    expect(aanAnna).toContain(`- ${a1}: beslistermijn, uiterlijk 01-12-2026 (1 werkdag verlopen)`);
    expect(aanAnna).toContain(`- ${a2}: beslistermijn, uiterlijk 09-12-2026 (nog 5 werkdagen)`);
    expect(aanAnna).not.toContain(kenmerken.get('Anna Consulent-803'));
    expect(sink.post.find((p) => p.aan[0] === 'bert@demo.pao.test')!.tekst).toContain(b1);
    // No pupil data in any mail: not the name, the birth date (either way written) or the BSN.
    for (const p of sink.post) expect(p.tekst).not.toMatch(/Fenna|Zwaluw|2012-04-17|17-04-2012|17 april 2012/);
    for (const n of [801, 802, 804]) for (const p of sink.post) expect(p.tekst).not.toContain(testBsn(n));

    // The same day again (the moment fired twice, or a catch-up): nothing new.
    expect(await verstuurTermijnDigests(ds, rt.swvs, d, '2026-12-02')).toEqual({ verzonden: 0, alVerzonden: 2, mislukt: 0 });
    expect(sink.post).toHaveLength(2);
  });
});
