import { scriptLogger } from './script-logger';

describe('scriptLogger (migrations, seeding)', () => {
  it('is silent under jest, so test output shows tests only', () => {
    expect(scriptLogger('migrate').level).toBe('silent');
  });

  it('logs at the level asked for outside jest', () => {
    expect(scriptLogger('migrate', 'info').level).toBe('info');
  });
});
