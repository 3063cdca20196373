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
        log.push({ sql, params: [...params], ms: ms(t0) }); // a copy: callers may append to the array afterwards
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

export interface ServerKosten {
  /** Sum of the statements' execution time inside PostgreSQL (EXPLAIN ANALYZE), no client or scheduling time. */
  ms: number;
  /** Shared buffers hit + read by them. */
  buffers: number;
  /** The statement that cost most, for a text EXPLAIN. */
  duurste?: Statement & { serverMs: number };
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) of each read a request made, as it ran: what its plans cost inside the server. */
export async function serverKosten(m: Pick<EntityManager, 'query'>, statements: readonly Statement[]): Promise<ServerKosten> {
  const uit: ServerKosten = { ms: 0, buffers: 0 };
  for (const s of statements) {
    if (!/^\s*(SELECT|WITH|\()/i.test(s.sql)) continue;
    const [{ 'QUERY PLAN': plan }]: Array<{ 'QUERY PLAN': Array<{ 'Execution Time': number; Plan: Record<string, number> }> }> = await m.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${s.sql}`, s.params);
    const t = plan[0]['Execution Time'];
    uit.ms += t;
    uit.buffers += (plan[0].Plan['Shared Hit Blocks'] ?? 0) + (plan[0].Plan['Shared Read Blocks'] ?? 0);
    if (!uit.duurste || t > uit.duurste.serverMs) uit.duurste = { ...s, serverMs: t };
  }
  return uit;
}

export async function explainTekst(m: Pick<EntityManager, 'query'>, s: Statement): Promise<string[]> {
  const rijen: Array<{ 'QUERY PLAN': string }> = await m.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
  return rijen.map((r) => r['QUERY PLAN']);
}
