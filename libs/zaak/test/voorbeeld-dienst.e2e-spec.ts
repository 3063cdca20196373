// A sample case service made only from the kit, run against the real servers: a command
// creates a case, the domain declares a deadline, the clock passes it, the deadline engine
// fires it through the pipeline (state + outbox + audit in one transaction), the relay
// publishes, and another service, in a process of its own (voorbeeld-consument.ts, run from
// the build like the apps), consumes the event through its inbox, once in effect.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { messagingTablesSql, OutboxRelay } from '@pao/messaging';
import { auditTablesSql, type Actor } from '@pao/platform';
import { createTestDatabase, createTestVhost, localServers, waitFor, type TestDatabase, type TestVhost } from '@pao/testing';
import { deadlineTablesSql } from '@pao/deadlines';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  bouwTermijnmotor,
  maakBeslisser,
  plusDagen,
  PostgresZaakRepository,
  ZaakPijplijn,
  zaakTabelSql,
  type Termijnmotor,
  type Werkcontext,
} from '@pao/zaak';

// ---- the sample service: a signaal that must be picked up within 7 days or it lapses ----
const Signaal = z.object({ id: z.uuid(), swv: z.string(), versie: z.number().int(), status: z.enum(['open', 'opgepakt', 'verlopen']), geopendOp: z.string() });
type Signaal = z.infer<typeof Signaal>;
type Cmd = { type: 'oppakken' } | { type: 'verlopen' };
type Ev = { naam: 'opgepakt'; data: { id: string } } | { naam: 'verlopen'; data: { id: string } };

const beslisser = maakBeslisser<Signaal, Cmd, Ev, 'consulent' | 'systeem', Werkcontext>({
  machines: [{ naam: 'signaal', status: (s) => s.status, commandos: ['oppakken', 'verlopen'], overgangen: { open: { oppakken: ['opgepakt'], verlopen: ['verlopen'] }, opgepakt: {}, verlopen: {} } }],
  rollen: { oppakken: ['consulent'], verlopen: ['systeem'] },
  handlers: {
    oppakken: (s) => ({ state: { ...s, status: 'opgepakt', versie: s.versie + 1 }, events: [{ naam: 'opgepakt', data: { id: s.id } }] }),
    verlopen: (s) => ({ state: { ...s, status: 'verlopen', versie: s.versie + 1 }, events: [{ naam: 'verlopen', data: { id: s.id } }] }),
  },
});

function bouwDienst(dataSource: DataSource, klok: ManualClock, redisPrefix: string): { pijplijn: ZaakPijplijn<Signaal, Cmd, Ev, Werkcontext>; motor: Termijnmotor } {
  const motor = bouwTermijnmotor({ dienst: 'thuiszitters', schema: 'voorbeeld', dataSource, redisUrl: localServers.redisUrl, redisPrefix, klok, soorten: { reactietermijn: { waarschuwingen: [{ dagen: 2 }] } }, worker: false });
  const pijplijn = new ZaakPijplijn<Signaal, Cmd, Ev, Werkcontext>(
    {
      schema: 'voorbeeld',
      objectType: 'signaal',
      aanduiding: 'het signaal',
      repository: new PostgresZaakRepository('voorbeeld', 'signaal', { versie: 1, schema: Signaal }, ['status']),
      beslisser,
      werkcontext: (w) => w,
      termijnen: (s) => (s.status === 'open' ? [{ soort: 'reactietermijn', vervaltOp: plusDagen(s.geopendOp, 7), regelVersie: 'voorbeeld/1', bijVerstrijken: 'verlopen' }] : []),
      projectie: (s) => ({ status: s.status }),
      // Both domain events stay in the audit trail; the deadline's own event is what others hear.
      events: { opgepakt: 'niet-gepubliceerd', verlopen: 'niet-gepubliceerd' },
    },
    { dataSource, klok, termijnen: motor.synchronisatie },
  );
  motor.registreer(pijplijn);
  return { pijplijn, motor };
}

const consulent: Actor = { id: randomUUID(), rol: 'consulent', swv: 'PO', organisatie: 'swv-po-almere' };

jest.setTimeout(30_000);

describe('a sample service made only from the kit', () => {
  let db: TestDatabase;
  let anderDb: TestDatabase;
  let vhost: TestVhost;
  let dataSource: DataSource;
  let ander: DataSource;
  let relay: OutboxRelay;
  let consument: ChildProcess;
  const redisPrefix = `test-zaak-${process.pid}-${Date.now()}`;
  const klok = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  let dienst: ReturnType<typeof bouwDienst>;

  beforeAll(async () => {
    [db, anderDb, vhost] = await Promise.all([createTestDatabase('zaak'), createTestDatabase('zaak_ander'), createTestVhost('zaak')]);
    dataSource = await new DataSource({ type: 'postgres', url: db.url, logging: false }).initialize();
    await dataSource.query('CREATE SCHEMA voorbeeld');
    for (const sql of [...zaakTabelSql('voorbeeld', 'signaal', ['status text NOT NULL']), ...auditTablesSql('voorbeeld'), ...messagingTablesSql('voorbeeld'), ...deadlineTablesSql('voorbeeld')]) {
      await dataSource.query(sql);
    }
    // The other service: its own database, schema and inbox.
    ander = await new DataSource({ type: 'postgres', url: anderDb.url, logging: false }).initialize();
    await ander.query('CREATE SCHEMA ander');
    for (const sql of messagingTablesSql('ander')) await ander.query(sql);
    await ander.query('CREATE TABLE ander.gezien (onderwerp uuid NOT NULL, soort text NOT NULL)');
    dienst = bouwDienst(dataSource, klok, redisPrefix);
    relay = new OutboxRelay({ dataSource, schema: 'voorbeeld', amqpUrl: vhost.url, name: 'voorbeeld-relay', pollIntervalMs: 200 });
    // The e2e project builds first; the consumer runs from that build, as the apps do.
    consument = fork(join(__dirname, '../../../dist/libs/zaak/test/voorbeeld-consument.js'), [anderDb.url, vhost.url], { stdio: 'inherit' });
    await new Promise<void>((resolve, reject) => {
      consument.once('message', () => resolve());
      consument.once('exit', (code) => reject(new Error(`the consuming process ended with ${code}`)));
    });
    relay.start();
  });

  afterAll(async () => {
    if (consument && consument.exitCode === null) {
      const weg = new Promise((r) => consument.once('exit', r));
      consument.kill('SIGTERM');
      await weg;
    }
    await relay?.stop();
    await dienst?.motor.scheduler.close();
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await dataSource?.destroy();
    await ander?.destroy();
    await Promise.all([db?.drop(), anderDb?.drop(), vhost?.delete()]);
  });

  it('runs command → state → deadline → outbox → an event consumed once by another service', async () => {
    const id = randomUUID();
    await dienst.pijplijn.maakAan(consulent, 'aanmaken', {}, () => ({ state: { id, swv: 'PO', versie: 1, status: 'open', geopendOp: '2026-03-02' }, events: [] }));
    const [termijn] = await dataSource.query(`SELECT id, generation, state FROM voorbeeld.deadline WHERE subject_id = $1`, [id]);
    expect(termijn.state).toBe('armed');

    // Not due yet: nothing happens.
    expect((await dienst.motor.scheduler.wakeDeadline(termijn.id, termijn.generation)).toString()).not.toBe('fired');
    klok.set(new Date('2026-03-10T00:00:01+01:00'));
    await dienst.motor.scheduler.wakeDeadline(termijn.id, termijn.generation);

    const [rij] = await dataSource.query(`SELECT status, versie, state FROM voorbeeld.signaal WHERE id = $1`, [id]);
    expect(rij).toMatchObject({ status: 'verlopen', versie: 2 });
    const audit = await dataSource.query(`SELECT actie, actor_id, rol FROM voorbeeld.audit_trail WHERE object_id = $1 ORDER BY id`, [id]);
    expect(audit).toEqual([
      { actie: 'aanmaken', actor_id: consulent.id, rol: 'consulent' },
      { actie: 'verlopen', actor_id: 'termijnmotor', rol: 'systeem' },
    ]);
    // A closed case arms nothing.
    expect(await dataSource.query(`SELECT state FROM voorbeeld.deadline WHERE subject_id = $1 AND state = 'armed'`, [id])).toEqual([]);

    await waitFor(async () => (await ander.query('SELECT * FROM ander.gezien')).length === 1, { what: 'the other service saw the event' });
    // Firing again (a stalled job running twice) changes nothing and publishes nothing new.
    await dienst.motor.scheduler.wakeDeadline(termijn.id, termijn.generation);
    await new Promise((r) => setTimeout(r, 500));
    expect(await ander.query('SELECT onderwerp, soort FROM ander.gezien')).toEqual([{ onderwerp: id, soort: 'reactietermijn' }]);
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM voorbeeld.outbox`))[0].n)).toBe(1);
  });

  it('refuses a command the table does not allow with 409 and changes nothing', async () => {
    const id = randomUUID();
    await dienst.pijplijn.maakAan(consulent, 'aanmaken', {}, () => ({ state: { id, swv: 'PO', versie: 1, status: 'open', geopendOp: '2026-03-09' }, events: [] }));
    await dienst.pijplijn.voerUit(consulent, id, { type: 'oppakken' });
    await expect(dienst.pijplijn.voerUit(consulent, id, { type: 'oppakken' })).rejects.toMatchObject({ kind: 'invalidTransition' });
    await expect(dienst.pijplijn.voerUit({ ...consulent, swv: 'VO' }, id, { type: 'oppakken' })).rejects.toMatchObject({ kind: 'notFound' });
    const [rij] = await dataSource.query(`SELECT versie FROM voorbeeld.signaal WHERE id = $1`, [id]);
    expect(rij.versie).toBe(2);
    // Picked up: the deadline was cancelled in the same transaction.
    expect(await dataSource.query(`SELECT state FROM voorbeeld.deadline WHERE subject_id = $1`, [id])).toEqual([{ state: 'cancelled' }]);
  });
});
