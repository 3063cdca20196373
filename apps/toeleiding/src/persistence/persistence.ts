import { ServicePersistence } from '@pao/platform';

/** The 'toeleiding' schema: owned by this service alone. */
export const toeleidingPersistence: ServicePersistence = {
  schema: 'toeleiding',
  migrations: [],
  entities: [],
};
