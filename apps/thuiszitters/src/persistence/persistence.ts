import { ServicePersistence } from '@pao/platform';

/** The 'thuiszitters' schema: owned by this service alone. */
export const thuiszittersPersistence: ServicePersistence = {
  schema: 'thuiszitters',
  migrations: [],
  entities: [],
};
