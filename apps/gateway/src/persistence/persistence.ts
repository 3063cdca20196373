import { ServicePersistence } from '@pao/platform';

/** The 'gateway' schema: owned by this service alone. */
export const gatewayPersistence: ServicePersistence = {
  schema: 'gateway',
  migrations: [],
  entities: [],
};
