import { type DemoSeed } from '@pao/platform';
import { seedToeleidingDemo } from './demo-data';

/** `npm start`: the school register, demo cases in every state and past tellingen. */
export const seedDemo: DemoSeed = async ({ dataSource, redisUrl, redisPrefix, settings }) => {
  const r = await seedToeleidingDemo({
    dataSource,
    redisUrl,
    redisPrefix,
    leerlingGeheim: { versleuteling: settings.PUPIL_NUMBER_ENCRYPTION_KEYS ?? '', hash: settings.PUPIL_NUMBER_HASH_KEYS ?? '' },
  });
  return `${r.scholen} schools, ${r.aangemaakt} new demo cases (${r.alAanwezig} already there), ${r.tellingen} tellingen`;
};
