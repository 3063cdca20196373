import { type DemoSeed } from '@pao/platform';
import { seedThuiszittersDemo } from './demo-data';

/** `npm start`: the school register with expertise, meldingen in every state for both SWVs, Actietafel meetings. */
export const seedDemo: DemoSeed = async ({ dataSource, redisUrl, redisPrefix, settings }) => {
  const r = await seedThuiszittersDemo({
    dataSource,
    redisUrl,
    redisPrefix,
    leerlingGeheim: { versleuteling: settings.PUPIL_NUMBER_ENCRYPTION_KEYS ?? '', hash: settings.PUPIL_NUMBER_HASH_KEYS ?? '' },
  });
  return `${r.scholen} schools, ${r.aangemaakt} new demo cases (${r.alAanwezig} already there), ${r.vergaderingen} meetings`;
};
