import { ServicePersistence } from '@pao/platform';
import { OverdrachtSchema1765000000000 } from './migrations/1765000000000-overdracht-schema';
import { SwvLijst1765000100000 } from './migrations/1765000100000-swv-lijst';
import { SchoolIdsUitRegister1765000200000 } from './migrations/1765000200000-school-ids-uit-register';
import { NazorgVolgorde1765000300000 } from './migrations/1765000300000-nazorg-volgorde';

export const SCHEMA = 'overdracht';

/** The 'overdracht' schema: owned by this service alone. */
export const overdrachtPersistence: ServicePersistence = {
  schema: SCHEMA,
  migrations: [OverdrachtSchema1765000000000, SwvLijst1765000100000, SchoolIdsUitRegister1765000200000, NazorgVolgorde1765000300000],
  entities: [],
};
