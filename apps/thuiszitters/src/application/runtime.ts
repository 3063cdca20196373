import { type SchedulerLogger } from '@pao/deadlines';
import { bouwTermijnmotor, LeerlingRegister, LeerlingSleutels, PostgresZaakRepository, ZaakPijplijn, type Klok, type LeerlingSleutelInstellingen, type Termijnmotor } from '@pao/zaak';
import { swvRegister, type SwvRegister } from '@pao/swv';
import { type DataSource } from 'typeorm';
import {
  casusBeslisser,
  termijnen,
  vergaderingBeslisser,
  type Casus,
  type CasusCommando,
  type CasusEvent,
  type ThuiszittersRegels,
  type ThuiszittersWerkcontext,
  type Vergadering,
  type VergaderingCommando,
  type VergaderingEvent,
} from '../domain';
import { CASUS_FORMAAT, VERGADERING_FORMAAT } from '../persistence/casus-formaat';
import { SCHEMA } from '../persistence/persistence';
import { CASUS_KOLOMMEN, casusProjectie, VERGADERING_KOLOMMEN, vergaderingProjectie } from '../persistence/projectie';
import { STANDAARD_BELEID, type ThuiszittersBeleidset } from '../regels/beleid';
import { thuiszittersRegels } from '../regels/thuiszitters-regels';
import { CASUS_EVENTS } from './casus-events';
import { systeemKlok } from './klok';

export type CasusPijplijn = ZaakPijplijn<Casus, CasusCommando, CasusEvent, ThuiszittersWerkcontext>;
export type VergaderingPijplijn = ZaakPijplijn<Vergadering, VergaderingCommando, VergaderingEvent, ThuiszittersWerkcontext>;

export interface ThuiszittersRuntimeOpties {
  readonly dataSource: DataSource;
  readonly redisUrl: string;
  readonly redisPrefix: string;
  /** The pupil-number key rings. */
  readonly leerlingGeheim: LeerlingSleutelInstellingen;
  readonly klok?: Klok;
  readonly beleid?: ThuiszittersBeleidset;
  /** The SWVs served (tenants); default the process's register ($SWV_REGISTER or config/). */
  readonly register?: SwvRegister;
  /** Run the deadline worker and reconciler in this process (the app: yes; seed and bench: no). */
  readonly worker?: boolean;
  readonly logger?: SchedulerLogger;
}

export interface ThuiszittersRuntime {
  readonly casussen: CasusPijplijn;
  readonly vergaderingen: VergaderingPijplijn;
  readonly motor: Termijnmotor;
  readonly leerlingen: LeerlingRegister;
  readonly sleutels: LeerlingSleutels;
  readonly beleid: ThuiszittersBeleidset;
  readonly regels: ThuiszittersRegels;
  readonly register: SwvRegister;
  readonly klok: Klok;
}

/**
 * The service made from the kit: two case types (casus, Actietafel meeting) on one
 * deadline engine. Every clock's warning and passing goes through the engine; a passed
 * clock gives 'bewaken' to the casus through the same pipeline a person's command takes.
 */
export function bouwThuiszitters(o: ThuiszittersRuntimeOpties): ThuiszittersRuntime {
  const klok = o.klok ?? systeemKlok;
  const beleid = o.beleid ?? STANDAARD_BELEID;
  const register = o.register ?? swvRegister();
  const regels = thuiszittersRegels(beleid, register);
  // Events in the name of the SWV's legal body (the register), from this system.
  const bron = (swv: string) => register.sourceFor(swv, 'thuiszitters');
  const motor = bouwTermijnmotor({
    dienst: 'thuiszitters',
    schema: SCHEMA,
    dataSource: o.dataSource,
    redisUrl: o.redisUrl,
    redisPrefix: o.redisPrefix,
    klok,
    // Warnings come per clock from the SWV's rules (the intents carry them).
    soorten: {},
    bron,
    worker: o.worker ?? true,
    logger: o.logger,
  });
  const werkcontext = (basis: Parameters<CasusPijplijn['definitie']['werkcontext']>[0], swv: string): ThuiszittersWerkcontext => ({ ...basis, swv, regels });
  const casussen: CasusPijplijn = new ZaakPijplijn(
    {
      schema: SCHEMA,
      objectType: 'casus',
      aanduiding: 'de casus',
      repository: new PostgresZaakRepository(SCHEMA, 'casus', CASUS_FORMAAT, CASUS_KOLOMMEN),
      beslisser: casusBeslisser,
      werkcontext,
      termijnen,
      projectie: (s) => casusProjectie(s),
      events: CASUS_EVENTS,
      bron,
      auditStatus: (s) => ({ status: s.status, niveau: s.niveau }),
    },
    { dataSource: o.dataSource, klok, termijnen: motor.synchronisatie },
  );
  const vergaderingen: VergaderingPijplijn = new ZaakPijplijn(
    {
      schema: SCHEMA,
      objectType: 'vergadering',
      aanduiding: 'de vergadering',
      repository: new PostgresZaakRepository(SCHEMA, 'vergadering', VERGADERING_FORMAAT, VERGADERING_KOLOMMEN),
      beslisser: vergaderingBeslisser,
      werkcontext,
      projectie: (v) => vergaderingProjectie(v),
      events: { 'vergadering-gepland': 'niet-gepubliceerd', 'vergadering-verplaatst': 'niet-gepubliceerd', 'vergadering-gehouden': 'niet-gepubliceerd', 'vergadering-geannuleerd': 'niet-gepubliceerd' },
      bron,
      auditStatus: (v) => ({ status: v.status, datum: v.datum }),
    },
    { dataSource: o.dataSource, klok },
  );
  motor.registreer(casussen);
  const sleutels = new LeerlingSleutels(o.leerlingGeheim, 'thuiszitters');
  return { casussen, vergaderingen, motor, leerlingen: new LeerlingRegister(SCHEMA, sleutels), sleutels, beleid, regels, register, klok };
}
