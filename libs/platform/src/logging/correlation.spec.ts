import { currentCorrelationId, runWithCorrelationId, sanitizeCorrelationId } from './correlation';

describe('correlation id', () => {
  it('is visible inside the run, across awaits, and gone outside', async () => {
    await runWithCorrelationId('req-1', async () => {
      await Promise.resolve();
      expect(currentCorrelationId()).toBe('req-1');
    });
    expect(currentCorrelationId()).toBeUndefined();
  });

  it.each([
    ['abc-123', 'abc-123'],
    ['0b6c2f8e-7a4e-4c1a-9b1e-123456789012', '0b6c2f8e-7a4e-4c1a-9b1e-123456789012'],
    ['bad value', undefined],
    ['x'.repeat(101), undefined],
    ['123456789', undefined],
    ['req-111222333-x', undefined],
    [42, undefined],
  ])('sanitizes %p to %p', (raw, expected) => {
    expect(sanitizeCorrelationId(raw)).toBe(expected);
  });
});
