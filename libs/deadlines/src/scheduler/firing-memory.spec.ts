import { Quarantine, RecentlyFired } from './firing-memory';

describe('RecentlyFired', () => {
  it('knows a deadline per generation and forgets the oldest beyond its capacity', () => {
    const r = new RecentlyFired(2);
    r.add('a', 1);
    expect(r.has('a', 1)).toBe(true);
    expect(r.has('a', 2)).toBe(false);
    r.add('b', 1);
    r.add('a', 1); // refreshed: now the newest
    r.add('c', 1);
    expect(r.has('b', 1)).toBe(false);
    expect(r.has('a', 1)).toBe(true);
    expect(r.has('c', 1)).toBe(true);
  });
});

describe('Quarantine', () => {
  it('holds an id for a while, then lets it go', () => {
    let now = 0;
    const q = new Quarantine(1000, () => now);
    q.add('x');
    expect(q.has('x')).toBe(true);
    expect(q.ids()).toEqual(['x']);
    now = 1000;
    expect(q.has('x')).toBe(false);
    expect(q.ids()).toEqual([]);
  });
});
