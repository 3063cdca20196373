import { ServicePersistence } from '@pao/platform';

/** The 'oja' schema: owned by this service alone. */
export const ojaPersistence: ServicePersistence = {
  schema: 'oja',
  migrations: [],
  entities: [],
};
