import fc from 'fast-check';
import { problemForDependencyError } from '../errors/dependency-errors';
import { safeInstance } from '../errors/safe-instance';
import { jsonNestsDeeperThan } from './json-depth';
import { MAX_TEXT_LENGTH, normaliseInput, textProblem } from './text-guard';

const depthOf = (v: unknown): number => (v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf)) : 0);

describe('JSON depth before parsing', () => {
  it('agrees with the depth of the parsed value, brackets in strings not counted', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.integer({ min: 0, max: 14 }), (value, max) => {
        const raw = Buffer.from(JSON.stringify(value));
        expect(jsonNestsDeeperThan(raw, max)).toBe(depthOf(value) > max);
      }),
    );
  });

  it('is not fooled by escaped quotes', () => {
    expect(jsonNestsDeeperThan(Buffer.from('{"a": "\\\\\\"[[[[[", "b": 1}'), 1)).toBe(false);
    expect(jsonNestsDeeperThan(Buffer.from('[[[' + ']]]'), 2)).toBe(true);
  });
});

describe('text from outside', () => {
  it.each([
    ['a\u0000b', /control/],
    ['\u001b[31m', /control/],
    ['\ud800', /surrogate/],
    ['x\udc00', /surrogate/],
    ['a'.repeat(MAX_TEXT_LENGTH + 1), /longer/],
  ])('refuses %j', (text, reason) => {
    expect(textProblem(text)).toMatch(reason);
  });

  it('accepts any well-formed text without controls, tab and line breaks included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        // eslint-disable-next-line no-control-regex
        const clean = s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
        expect(textProblem(`${clean}\t\n\r`)).toBeUndefined();
      }),
    );
  });

  it('normalises every text and key to NFC and names the first bad field by its path', () => {
    expect(normaliseInput({ naam: 'Zoe\u0308', lijst: ['e\u0301'] })).toEqual({ value: { naam: 'Zoë', lijst: ['é'] } });
    expect(normaliseInput({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual({ problem: { field: 'a.1.c', reason: expect.stringContaining('control') } });
    expect(normaliseInput({ ['123456782\u0000']: 1 })).toEqual({ problem: { field: '(name)', reason: expect.any(String) } });
  });

  it('never echoes a field name that does not look like one', () => {
    const r = normaliseInput({ 'bsn 123456782': 'x\u0000' });
    expect(JSON.stringify(r)).not.toContain('123456782');
  });
});

describe('dependency failures', () => {
  it('names the database for PostgreSQL connection trouble and timeouts, 400 for a value it refuses', () => {
    const pg = (code: string) => ({ name: 'QueryFailedError', message: 'x', driverError: { code, severity: 'ERROR' } });
    expect(problemForDependencyError(pg('57014'))?.toProblem()).toMatchObject({ status: 503, unavailable: 'database', retryAfterSeconds: 5 });
    expect(problemForDependencyError(pg('08006'))?.toProblem()).toMatchObject({ status: 503, unavailable: 'database' });
    expect(problemForDependencyError(pg('22021'))?.toProblem()).toMatchObject({ status: 400 });
    expect(problemForDependencyError(pg('23505'))).toBeUndefined();
    expect(problemForDependencyError(new Error('timeout exceeded when trying to connect'))?.toProblem()).toMatchObject({ unavailable: 'database' });
    expect(problemForDependencyError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:56379'), { code: 'ECONNREFUSED', port: 56379 }), { redis: 56379 })?.toProblem()).toMatchObject({ unavailable: 'redis' });
    expect(problemForDependencyError(new Error("Stream isn't writeable and enableOfflineQueue options is false"))?.toProblem()).toMatchObject({ unavailable: 'redis' });
    expect(problemForDependencyError({ name: 'QueryFailedError', message: 'terminating connection due to unexpected postmaster exit', driverError: { code: 'XX000', severity: 'FATAL' } })?.toProblem()).toMatchObject({ unavailable: 'database' });
    expect(problemForDependencyError(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('problem instance', () => {
  it('keeps plain paths and drops any that could quote a BSN', () => {
    expect(safeInstance('/aanvragen/0b6c2f8e-7a4e-4c1a-9b1e-123456789012')).toBe('/aanvragen/0b6c2f8e-7a4e-4c1a-9b1e-123456789012');
    expect(safeInstance('/aanvragen/123456782')).toBeUndefined();
    expect(safeInstance('/a b')).toBeUndefined();
  });
});
