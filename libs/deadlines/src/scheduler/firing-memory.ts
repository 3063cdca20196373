/**
 * What a process remembers about its own firings, so a burst does not cost a query per job:
 *
 * - {@link RecentlyFired}: deadlines (id + generation) this process saw committed as fired.
 *   Fired is final for a generation (reschedule and cancel leave a fired deadline alone), so
 *   a wake-up job of one of them is stale without asking PostgreSQL. Bounded; the oldest go
 *   first, and a forgotten one only costs the cheap read again.
 * - {@link Quarantine}: deadlines whose effect just failed. Batches leave them out for a
 *   while, so one failing effect does not roll back batch after batch; their own job (with
 *   its backoff) and the reconciler retry them alone.
 */
export class RecentlyFired {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity = 100_000) {}

  add(id: string, generation: number): void {
    const key = `${id}/${generation}`;
    this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next();
      if (!oldest.done) this.keys.delete(oldest.value);
    }
  }

  has(id: string, generation: number): boolean {
    return this.keys.has(`${id}/${generation}`);
  }
}

export class Quarantine {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly forMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  add(id: string): void {
    this.until.set(id, this.now() + this.forMs);
  }

  has(id: string): boolean {
    const t = this.until.get(id);
    if (t === undefined) return false;
    if (t > this.now()) return true;
    this.until.delete(id);
    return false;
  }

  /** The ids still in quarantine (expired ones are dropped). */
  ids(): string[] {
    const now = this.now();
    for (const [id, t] of this.until) if (t <= now) this.until.delete(id);
    return [...this.until.keys()];
  }
}
