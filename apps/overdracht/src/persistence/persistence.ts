import { ServicePersistence } from '@pao/platform';

/** The 'overdracht' schema: owned by this service alone. */
export const overdrachtPersistence: ServicePersistence = {
  schema: 'overdracht',
  migrations: [],
  entities: [],
};
