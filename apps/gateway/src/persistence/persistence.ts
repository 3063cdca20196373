import { ServicePersistence } from '@pao/platform';
import { AccountsAndSessions1763900000000 } from './migrations/1763900000000-accounts-and-sessions';
import { ApiKeys1763900100000 } from './migrations/1763900100000-api-keys';
import { SwvUitRegister1763900200000 } from './migrations/1763900200000-swv-uit-register';
import { RolSchool1763900300000 } from './migrations/1763900300000-rol-school';
import { AccountEmail1763900500000 } from './migrations/1763900500000-account-email';

/** The 'gateway' schema: accounts, sessions and the gateway's own audit trail. */
export const gatewayPersistence: ServicePersistence = {
  schema: 'gateway',
  migrations: [AccountsAndSessions1763900000000, ApiKeys1763900100000, SwvUitRegister1763900200000, RolSchool1763900300000, AccountEmail1763900500000],
  entities: [],
};
