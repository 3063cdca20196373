import { ServicePersistence } from '@pao/platform';
import { NotificatiesSchema1765000000000 } from './migrations/1765000000000-notificaties-schema';

export const SCHEMA = 'notificaties';

/** The 'notificaties' schema: owned by this service alone. */
export const notificatiesPersistence: ServicePersistence = {
  schema: SCHEMA,
  migrations: [NotificatiesSchema1765000000000],
  entities: [],
};
