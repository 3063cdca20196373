import { bouw } from './testing/fixtures';
import { nextStep, volgendeStappen } from './volgende-stap';

describe('who owes the next step', () => {
  it.each([
    ['concept', 'school', 'aanvraag-indienen'],
    ['ingediend', 'consulent', 'ontvankelijkheid-beoordelen'],
    ['aanvulling-gevraagd', 'school', 'aanvulling-aanleveren'],
    ['in-behandeling', 'orthopedagoog', 'deskundigenadvies-geven'],
    ['in-behandeling#eerste-advies', 'consulent', 'tweede-deskundigenadvies-vastleggen'],
    ['advies-compleet', 'teamleider', 'besluit-nemen'],
    ['besluit-genomen', 'consulent', 'besluit-bekendmaken'],
    // Someone owing a step comes before waiting on a term.
    ['bekendgemaakt/niet-geplaatst', 'school', 'leerling-plaatsen'],
    ['bekendgemaakt#niet-toelaatbaar', 'ouders', 'bezwaartermijn-loopt'],
    ['bezwaar-ingediend/niet-geplaatst', 'consulent', 'doorsturen-naar-lbt'],
    ['bij-lbt/niet-geplaatst', 'lbt', 'advies-uitbrengen'],
    ['lbt-advies-ontvangen/niet-geplaatst', 'teamleider', 'beslissen-op-bezwaar'],
    ['beslist-op-bezwaar/niet-geplaatst', 'school', 'leerling-plaatsen'],
  ])('%s → %s: %s', (fixture, partij, actie) => {
    expect(nextStep(bouw(fixture))).toMatchObject({ partij, actie });
  });

  it.each(['ingetrokken', 'buiten-behandeling', 'onherroepelijk#niet-toelaatbaar'])('%s: nobody', (fixture) => {
    expect(nextStep(bouw(fixture))).toBeNull();
  });

  it('lists every step, most urgent first', () => {
    expect(volgendeStappen(bouw('bekendgemaakt/niet-geplaatst'))).toEqual([
      { partij: 'school', actie: 'leerling-plaatsen' },
      { partij: 'ouders', actie: 'bezwaartermijn-loopt', wachtOpTermijn: true },
    ]);
  });

  it('in the last school year the placing school owes terugplaatsing or verlenging', () => {
    const s = bouw('onherroepelijk#na-bezwaar/geplaatst');
    expect(nextStep(s, '2025-07-31')).toBeNull();
    expect(nextStep(s, '2025-08-01')).toEqual({ partij: 'school', actie: 'terugplaatsing-of-verlenging' });
    expect(nextStep(s)).toBeNull();
  });
});
