import { type DemoSeed } from '@pao/platform';
import { seedOjaDemo } from './demo-data';

/** `npm start`: budgets per payer, arrangements of each type in every state, and past quarterly reports. */
export const seedDemo: DemoSeed = async ({ dataSource, redisUrl, redisPrefix, settings }) => {
  const r = await seedOjaDemo({
    dataSource,
    redisUrl,
    redisPrefix,
    leerlingGeheim: { versleuteling: settings.PUPIL_NUMBER_ENCRYPTION_KEYS ?? '', hash: settings.PUPIL_NUMBER_HASH_KEYS ?? '' },
  });
  return `${r.budgetten} budgets, ${r.aangemaakt} new demo arrangements (${r.alAanwezig} already there), ${r.rapportages} quarterly reports`;
};
