// Timing helpers for bench/landelijk, and a manager that records the statements the
// service's query code sends, so the slow shapes can be EXPLAINed exactly as they ran.
import { performance } from 'node:perf_hooks';
import { type EntityManager } from 'typeorm';

export const ms = (t0: number) => performance.now() - t0;
export const pct = (xs: readonly number[], p: number) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil((p / 100) * xs.length) - 1))]);
export const fmt = (n: number, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d });

export interface Statement {
  sql: string;
  params: unknown[];
  ms: number;
}

/** The same manager, with every `query` call recorded (SQL, parameters, time). */
export function opnemend(m: EntityManager, log: Statement[]): EntityManager {
  return new Proxy(m, {
    get(doel, naam, ontvanger) {
      if (naam !== 'query') return Reflect.get(doel, naam, ontvanger);
      return async (sql: string, params: unknown[] = []) => {
        const t0 = performance.now();
        const uit = await doel.query(sql, params);
        log.push({ sql, params, ms: ms(t0) });
        return uit;
      };
    },
  });
}

/** Samples per label; p50/p95/p99/max per label and over all. */
export class Metingen {
  private readonly per = new Map<string, number[]>();

  add(label: string, t: number): void {
    const xs = this.per.get(label) ?? [];
    xs.push(t);
    this.per.set(label, xs);
  }

  alle(): number[] {
    return [...this.per.values()].flat();
  }

  labels(): string[] {
    return [...this.per.keys()];
  }

  van(label: string): number[] {
    return this.per.get(label) ?? [];
  }

  /** Over every label matching `filter`. */
  samen(filter: (label: string) => boolean): number[] {
    return [...this.per.entries()].filter(([l]) => filter(l)).flatMap(([, xs]) => xs);
  }
}

export function regel(naam: string, xs: readonly number[]): string {
  return `${naam.padEnd(44)} n=${String(xs.length).padStart(5)}  p50 ${fmt(pct(xs, 50)).padStart(6)}  p95 ${fmt(pct(xs, 95)).padStart(6)}  p99 ${fmt(pct(xs, 99)).padStart(6)}  max ${fmt(Math.max(...xs)).padStart(6)} ms`;
}
