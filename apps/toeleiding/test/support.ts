import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { createServiceApp, type Actor } from '@pao/platform';
import { actorHeadersFor, localServers, serviceTestBed, testSecrets, type MigratedTestDatabase, type TestVhost, EventOntvanger, zaakHttp } from '@pao/testing';
import { schoolVan, seedRegister } from '../src/demo/register';
import { toeleidingPersistence } from '../src/persistence/persistence';
import { type ToeleidingConfig } from '../src/toeleiding.config';
import { toeleidingServiceMet } from '../src/toeleiding.service-definition';

export interface Omgeving {
  app: INestApplication;
  db: MigratedTestDatabase;
  vhost: TestVhost;
  klok: ManualClock;
  sql: DataSource;
  events: EventOntvanger;
  stop(): Promise<void>;
}

/** Database (migrated, register seeded), vhost, the app in-process with a clock the test moves. */
export async function startOmgeving(naam: string, start: Date, extra: Partial<ToeleidingConfig> = {}): Promise<Omgeving> {
  const bed = await serviceTestBed(naam, { migrations: toeleidingPersistence });
  const { db, vhost } = bed;
  const sql = db.dataSource;
  await seedRegister(sql.manager);
  const events = await EventOntvanger.start(vhost.url, 'nl.passend-onderwijs.toeleiding.#');
  const klok = new ManualClock(start);
  const config: ToeleidingConfig = {
    ...bed.config,
    ...testSecrets,
    ...extra,
  };
  const app = await createServiceApp(toeleidingServiceMet({ klok }), config);
  await app.init();
  return {
    app,
    db,
    vhost,
    klok,
    sql,
    events,
    async stop() {
      await app.close();
      await events.stop().catch(() => undefined);
      await deleteRedisPrefixAt(localServers.redisUrl, bed.redisPrefix);
      await bed.close();
    },
  };
}

export const ACTOREN = {
  consulent: { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere', naam: 'Consulent Een' },
  consulent2: { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere', naam: 'Consulent Twee' },
  orthopedagoog: { id: randomUUID(), rol: 'orthopedagoog', swv: 'VO', organisatie: 'swv-vo-almere' },
  teamleider: { id: randomUUID(), rol: 'teamleider', swv: 'VO', organisatie: 'swv-vo-almere', naam: 'Teamleider VO' },
  beheerder: { id: randomUUID(), rol: 'beheerder', swv: 'VO', organisatie: 'swv-vo-almere' },
  gemeente: { id: randomUUID(), rol: 'gemeente', swv: 'VO', organisatie: 'gemeente-almere' },
  consulentPo: { id: randomUUID(), rol: 'consulent', swv: 'PO', organisatie: 'swv-po-almere' },
  teamleiderPo: { id: randomUUID(), rol: 'teamleider', swv: 'PO', organisatie: 'swv-po-almere' },
  beheerderPo: { id: randomUUID(), rol: 'beheerder', swv: 'PO', organisatie: 'swv-po-almere' },
} satisfies Record<string, Actor>;
export type ActorNaam = keyof typeof ACTOREN;

export const als = actorHeadersFor(ACTOREN);

export const BAKEN_STAD = schoolVan('VO', '01FP00');
export const NAUTILUS = schoolVan('VO', '23HU00');

export const DOSSIER = {
  gevraagdeSoort: 'VSO-midden',
  ondersteuningsbehoefte: 'Geprobeerd: arrangement in de klas; nodig: kleine groep en structuur.',
  oppRef: 'opp-2026-1',
  tloVerslagRef: 'tlo-2026-1',
};

/** HTTP helpers bound to one app. */
export function http(app: INestApplication) {
  const zaak = zaakHttp(app, '/aanvragen', als, 'consulent');
  const { agent } = zaak;
  return {
    ...zaak,
    async nieuw(door: ActorNaam = 'consulent', bsn = '999999990', dossier: object = DOSSIER): Promise<string> {
      const res = await agent().post('/aanvragen').set(als(door)).send({ leerling: { bsn }, aanvrager: BAKEN_STAD, dossier });
      if (res.status !== 201) throw new Error(`aanmaken: ${res.status} ${res.text}`);
      return res.body.id as string;
    },
  };
}

/** Steps that take a fresh aanvraag (made "today") to a named state, with today's defaults. */
export const PAD = {
  ingediend: [['indienen', {}, 'consulent']],
  inBehandeling: [['inBehandelingNemen', {}, 'consulent']],
  eersteAdvies: [['adviesVastleggen', { deskundige: { rol: 'eerste', discipline: 'orthopedagoog' }, advies: 'toelaatbaar' }, 'orthopedagoog']],
  tweedeAdvies: [['adviesVastleggen', { deskundige: { rol: 'tweede', discipline: 'jeugdpsychiater', deskundigeId: 'extern-1' }, advies: 'toelaatbaar' }, 'consulent']],
} as const;
