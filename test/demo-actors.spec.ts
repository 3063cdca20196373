import { demoAccountId, demoWeergavenaam } from '../apps/gateway/src/auth/demo-accounts';
import { demoActor } from '../apps/toeleiding/src/demo/demo-data';

// The toeleiding demo history is made by the gateway's demo accounts: same ids, same names.
it.each([['consulent', 'VO'], ['orthopedagoog', 'PO'], ['teamleider', 'VO']] as const)('the demo %s of %s is the gateway account', (rol, swv) => {
  expect(demoActor(swv, rol)).toMatchObject({ id: demoAccountId(`${rol}.${swv.toLowerCase()}`), naam: demoWeergavenaam(rol, swv) });
});
