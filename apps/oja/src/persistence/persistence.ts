import { ServicePersistence } from '@pao/platform';
import { OjaSchema1765000000000 } from './migrations/1765000000000-oja-schema';
import { TellersPerStatement1765000100000 } from './migrations/1765000100000-tellers-per-statement';

export const SCHEMA = 'oja';

/** The 'oja' schema: owned by this service alone. */
export const ojaPersistence: ServicePersistence = {
  schema: SCHEMA,
  migrations: [OjaSchema1765000000000, TellersPerStatement1765000100000],
  entities: [],
};
