import { type DemoSeed } from '@pao/platform';
import { seedDemoAccounts } from '../auth/demo-accounts';

/** `npm start`: one demo account per role and SWV in the register (see README). */
export const seedDemo: DemoSeed = async ({ dataSource }) => {
  const accounts = await seedDemoAccounts(dataSource);
  return `${accounts.length} demo accounts (password: see README)`;
};
