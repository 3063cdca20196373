import { type DemoSeed } from '@pao/platform';
import { seedOverdrachtDemo } from './demo-data';

/** `npm start`: the school register and demo cohorts for both SWVs with pupils in every state. */
export const seedDemo: DemoSeed = async ({ dataSource, redisUrl, redisPrefix, settings }) => {
  const r = await seedOverdrachtDemo({
    dataSource,
    redisUrl,
    redisPrefix,
    leerlingGeheim: { versleuteling: settings.PUPIL_NUMBER_ENCRYPTION_KEYS ?? '', hash: settings.PUPIL_NUMBER_HASH_KEYS ?? '' },
  });
  return `${r.scholen} schools, ${r.leerlingen} new pupils in demo cohorts (${r.cohortenOvergeslagen} cohorts already there)`;
};
