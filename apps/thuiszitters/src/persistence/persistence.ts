import { ServicePersistence } from '@pao/platform';
import { ThuiszittersSchema1765000000000 } from './migrations/1765000000000-thuiszitters-schema';

export const SCHEMA = 'thuiszitters';

/** The 'thuiszitters' schema: owned by this service alone. */
export const thuiszittersPersistence: ServicePersistence = {
  schema: SCHEMA,
  migrations: [ThuiszittersSchema1765000000000],
  entities: [],
};
