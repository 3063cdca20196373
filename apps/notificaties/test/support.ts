import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import * as amqp from 'amqplib';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createEvent, type EventEnvelope } from '@pao/contracts';
import { deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';
import { createServiceApp, type Actor } from '@pao/platform';
import { defaultSwvRegisterPath, loadSwvRegister } from '@pao/swv';
import { actorHeadersFor, freePort, localServers, serviceTestBed, testSecrets, type MigratedTestDatabase, type TestVhost } from '@pao/testing';
import { verifieer } from '../src/domain/handtekening';
import type { NotificatiesOpties } from '../src/app.module';
import { Verdeler } from '../src/bezorging/verdeler';
import type { NotificatiesConfig } from '../src/notificaties.config';
import { notificatiesServiceMet } from '../src/notificaties.service-definition';
import { notificatiesPersistence } from '../src/persistence/persistence';

/**
 * SWV register of the tests (config/swv-register.json plus one gemeente each): PO and VO
 * share Almere, PO also serves Zeewolde (GM0050), VO also Dronten (GM0303). Partner
 * organisations follow the gateway's naming: gemeente-almere, gemeente-zeewolde, gemeente-dronten.
 */
function testRegisterBestand(): string {
  const extra: Record<string, { code: string; naam: string }> = { PO: { code: 'GM0050', naam: 'Zeewolde' }, VO: { code: 'GM0303', naam: 'Dronten' } };
  const swvs = loadSwvRegister(defaultSwvRegisterPath()).all().map((s) => ({ ...s, gemeenten: [...s.gemeenten, ...(extra[s.id] ? [extra[s.id]] : [])] }));
  const file = join(mkdtempSync(join(tmpdir(), 'notificaties-register-')), 'swv-register.json');
  writeFileSync(file, JSON.stringify({ versie: 'test-notificaties', swvs }, null, 2));
  return file;
}

export const TEST_REGISTER = { SWV_REGISTER: testRegisterBestand() };

export const ACTOREN = {
  almereVo: { id: randomUUID(), rol: 'gemeente', swv: 'VO', organisatie: 'gemeente-almere' },
  almerePo: { id: randomUUID(), rol: 'gemeente', swv: 'PO', organisatie: 'gemeente-almere' },
  drontenVo: { id: randomUUID(), rol: 'gemeente', swv: 'VO', organisatie: 'gemeente-dronten' },
  zeewoldePo: { id: randomUUID(), rol: 'gemeente', swv: 'PO', organisatie: 'gemeente-zeewolde' },
  beheerderVo: { id: randomUUID(), rol: 'beheerder', swv: 'VO', organisatie: 'swv-vo-almere' },
  beheerderPo: { id: randomUUID(), rol: 'beheerder', swv: 'PO', organisatie: 'swv-po-almere' },
  consulentVo: { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' },
} satisfies Record<string, Actor>;
export type ActorNaam = keyof typeof ACTOREN;

export const als = actorHeadersFor(ACTOREN);

export interface Omgeving {
  app: INestApplication;
  db: MigratedTestDatabase;
  vhost: TestVhost;
  klok: ManualClock;
  sql: DataSource;
  config: NotificatiesConfig;
  verdeler: Verdeler;
  http: () => request.Agent;
  stop(): Promise<void>;
}

/** Database (migrated), vhost, Redis prefix and the app in-process with a clock the test moves. */
export async function startOmgeving(naam: string, opties: { config?: Partial<NotificatiesConfig>; app?: NotificatiesOpties; start?: Date } = {}): Promise<Omgeving> {
  const bed = await serviceTestBed(naam, { migrations: notificatiesPersistence, dataSource: { extra: { max: 4 } } });
  const { db, vhost } = bed;
  const sql = db.dataSource;
  const klok = new ManualClock(opties.start ?? new Date());
  const config: NotificatiesConfig = {
    ...bed.config,
    NOTIFICATIES_SLEUTELS: testSecrets.NOTIFICATIES_SLEUTELS,
    CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8',
    BEZORG_TIMEOUT_MS: 2_000,
    BEZORG_MAX_GELIJKTIJDIG: 4,
    BEZORG_BACKOFF_BASIS_MS: 5_000,
    BEZORG_BACKOFF_MAX_MS: 3_600_000,
    BEZORG_BACKOFF_MIN_MS: 1_000,
    BEZORG_OPGEVEN_NA_UREN: 24,
    BEZORG_VEEG_INTERVAL_MS: 200,
    BEZORG_LEASE_MARGE_MS: 30_000,
    BEZORGINGEN_BEWAREN_DAGEN: 30,
    GATEWAY_PUBLIEKE_URL: 'https://pao.example',
    ...TEST_REGISTER,
    ...opties.config,
  };
  const app = await createServiceApp(notificatiesServiceMet({ klok, ...opties.app }), config);
  await app.startAllMicroservices();
  await app.init();
  return {
    app,
    db,
    vhost,
    klok,
    sql,
    config,
    verdeler: app.get(Verdeler),
    http: () => request(app.getHttpServer()) as unknown as request.Agent,
    async stop() {
      await app.close();
      await deleteRedisPrefixAt(localServers.redisUrl, bed.redisPrefix);
      await bed.close();
    },
  };
}

/** Publishes catalogue events to pao.events as the producing services' relays would (persistent, confirmed). */
export class Uitgever {
  private constructor(
    private readonly conn: amqp.ChannelModel,
    private readonly ch: amqp.ConfirmChannel,
  ) {}

  static async start(url: string): Promise<Uitgever> {
    const conn = await amqp.connect(url);
    const ch = await conn.createConfirmChannel();
    await assertEventExchange(ch);
    return new Uitgever(conn, ch);
  }

  async publiceer(events: readonly EventEnvelope[]): Promise<void> {
    for (let i = 0; i < events.length; i += 200) {
      for (const e of events.slice(i, i + 200)) {
        this.ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)), {
          persistent: true,
          contentType: 'application/cloudevents+json',
          messageId: e.id,
          type: e.type,
        });
      }
      await this.ch.waitForConfirms();
    }
  }

  stop(): Promise<void> {
    return this.conn.close();
  }
}

export const TLV_AFGEGEVEN = 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1';
export const TLV_BEEINDIGD = 'nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1';
export const MELDING_GEDAAN = 'nl.passend-onderwijs.thuiszitters.melding-gedaan.v1';

/** A gemeente-facing event (the leerlingId is in the internal event, never in what a gemeente gets). */
export function tlvAfgegeven(o: { swv?: 'PO' | 'VO'; gemeente?: string; subject?: string; id?: string } = {}): EventEnvelope {
  const aanvraagId = o.subject ?? randomUUID();
  return createEvent(TLV_AFGEGEVEN, {
    id: o.id,
    subject: aanvraagId,
    swv: o.swv ?? 'VO',
    correlationid: randomUUID(),
    data: { tlvId: randomUUID(), aanvraagId, leerlingId: randomUUID(), soort: o.swv === 'PO' ? 'SO-laag' : 'VSO-midden', ingangsdatum: '2026-08-01', einddatum: '2028-07-31', gemeente: o.gemeente ?? 'GM0034' },
  });
}

export function tlvBeeindigd(o: { swv?: 'PO' | 'VO'; gemeente?: string; subject: string }): EventEnvelope {
  return createEvent(TLV_BEEINDIGD, {
    subject: o.subject,
    swv: o.swv ?? 'VO',
    correlationid: randomUUID(),
    data: { aanvraagId: o.subject, tlvId: randomUUID(), leerlingId: randomUUID(), reden: 'verhuizing', einddatum: '2026-12-01', gemeente: o.gemeente ?? 'GM0034' },
  });
}

export interface Ontvangen {
  id: string;
  type: string;
  subject: string;
  swv: string;
  gemeente: string;
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
  geldig: boolean;
}

/**
 * A gemeente system of the tests: records every POST, verifies the signature with the
 * secrets it knows, and can be up, down (refuses connections), failing or slow.
 */
export class TestOntvanger {
  readonly ontvangen: Ontvangen[] = [];
  geheimen: string[] = [];
  gedrag: { status: number; vertragingMs: number; antwoord?: string } = { status: 204, vertragingMs: 0 };
  /** Event ids this receiver answers with 422 (and does not record). */
  readonly weiger = new Set<string>();
  private server?: http.Server;

  private constructor(readonly port: number) {}

  static async start(port?: number): Promise<TestOntvanger> {
    const o = new TestOntvanger(port ?? (await freePort()));
    await o.aan();
    return o;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/notificaties`;
  }

  async aan(): Promise<void> {
    if (this.server) return;
    const server = http.createServer((req, res) => {
      const delen: Buffer[] = [];
      req.on('data', (d: Buffer) => delen.push(d));
      req.on('end', () => {
        const raw = Buffer.concat(delen);
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          /* recorded as empty */
        }
        const h = req.headers;
        const geldig = verifieer(this.geheimen, { id: h['webhook-id'] as string, timestamp: h['webhook-timestamp'] as string, signature: h['webhook-signature'] as string }, raw, Math.floor(Date.now() / 1000)).ok;
        const { status, vertragingMs, antwoord } = this.gedrag;
        const antwoorden = () => {
          if (this.weiger.has(String(body.id))) {
            res.writeHead(422, { 'content-type': 'text/plain' }).end('kan dit bericht niet verwerken');
            return;
          }
          this.ontvangen.push({
            id: String(body.id),
            type: String(body.type),
            subject: String(body.subject),
            swv: String(body.swv),
            gemeente: String((body.data as { gemeente?: string } | undefined)?.gemeente),
            body,
            headers: h,
            geldig,
          });
          res.writeHead(status, { 'content-type': 'text/plain' }).end(antwoord ?? '');
        };
        if (vertragingMs > 0) setTimeout(antwoorden, vertragingMs);
        else antwoorden();
      });
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  /** Down: the port refuses connections (open sockets are cut). */
  async uit(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }

  ids(): Set<string> {
    return new Set(this.ontvangen.map((o) => o.id));
  }

  get adres(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? this.port;
  }
}

/** Creates a subscription as a partner and returns its id and secret. */
export async function abonneer(o: Omgeving, wie: ActorNaam, body: Record<string, unknown>): Promise<{ id: string; geheim: string }> {
  const res = await o.http().post('/abonnementen').set(als(wie)).send(body);
  if (res.status !== 201) throw new Error(`abonneren: ${res.status} ${res.text}`);
  return { id: res.body.id, geheim: res.body.geheim };
}
