import { toestandVan } from './aanvraag';
import { FIXTURE_NAMEN, bouw, verwachteToestand } from './testing/fixtures';

describe('fixtures reach the state they are named after', () => {
  it.each(FIXTURE_NAMEN)('%s', (naam) => {
    expect(toestandVan(bouw(naam))).toBe(verwachteToestand(naam));
  });
});
