// Deep pages of a keyset-paged list (libs/zaak keyset, ADR 0033), measured the same way in
// every service's bench: the first page, the last page as "Volgende" reaches it (a cursor),
// and the last page by OFFSET (older clients), each as the service's own query function
// runs it in a transaction; with the ceilings of the same run (a SELECT 1 round trip and a
// bare indexed `LIMIT 25` in the list's order) and the load average at the start.
import { cursorTekst } from '@pao/zaak';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { type DataSource, type EntityManager } from 'typeorm';

export interface KeysetPagina {
  readonly items: ReadonlyArray<unknown>;
  readonly volgende: string | null;
  readonly vorige: string | null;
}

export interface DiepeLijst {
  /** What the list is, in the printed line. */
  readonly naam: string;
  /** The service's own query: a page of 50 after/before a cursor, or at an offset. */
  readonly lees: (m: EntityManager, pagina: { na?: string; voor?: string; offset?: number }) => Promise<KeysetPagina>;
  /** The cursor's sort name and its number of keys (for a cursor past the end). */
  readonly sorteer: string;
  readonly sleutels: number;
  /** The exact number of rows in the list (the answer's count may stop at 10,000). */
  readonly aantal: number;
  /** The ceiling: a bare indexed read of 25 ids in the list's order, and its parameters. */
  readonly plafond: { sql: string; params: unknown[] };
}

const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const regel = (xs: number[]) => `p50 ${fmt(pct(xs, 50))} / p99 ${fmt(pct(xs, 99))} / max ${fmt(Math.max(...xs))} ms`;

/** A cursor after every row (all keys null sort last, then the largest id): "voor" it reads the end of the list. */
const naHetEinde = (sorteer: string, sleutels: number) => cursorTekst({ sorteer, sleutels: Array.from({ length: sleutels }, () => null), id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });

/**
 * The cursor "Volgende" holds on the page before the last (undefined when the list has one
 * page): the last page read backwards from past the end, then the page before it.
 */
export async function laatstePaginaCursor(lees: (pagina: { voor?: string }) => Promise<KeysetPagina>, sorteer: string, sleutels: number): Promise<string | undefined> {
  const laatste = await lees({ voor: naHetEinde(sorteer, sleutels) });
  const voorlaatste = laatste.vorige ? await lees({ voor: laatste.vorige }) : undefined;
  return voorlaatste?.volgende ?? undefined;
}

async function herhaal(n: number, f: () => Promise<unknown>): Promise<number[]> {
  const uit: number[] = [];
  for (let i = 0; i < n + 3; i++) {
    const t0 = performance.now();
    await f();
    if (i >= 3) uit.push(ms(t0)); // three warm-ups
  }
  return uit;
}

/** Prints one block per list: ceilings, first page, last page by cursor, last page by OFFSET. */
export async function meetDiepePaginas(ds: DataSource, bench: string, lijsten: readonly DiepeLijst[], herhalingen = 30): Promise<void> {
  console.log(`[${bench}] deep pages: load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the start, ${herhalingen} requests each (OFFSET: ${Math.ceil(herhalingen / 3)})`);
  const een = await herhaal(herhalingen, () => ds.query('SELECT 1'));
  console.log(`  ceiling SELECT 1: ${regel(een)}`);
  for (const l of lijsten) {
    const tx = (p: { na?: string; voor?: string; offset?: number }) => ds.transaction((m) => l.lees(m, p));
    const na = await laatstePaginaCursor(tx, l.sorteer, l.sleutels);
    const plafond = await herhaal(herhalingen, () => ds.query(l.plafond.sql, l.plafond.params));
    const eerste = await herhaal(herhalingen, () => tx({}));
    const cursor = await herhaal(herhalingen, () => tx({ na }));
    const laatsteOffset = Math.max(0, Math.floor((l.aantal - 1) / 50) * 50);
    const offset = await herhaal(Math.ceil(herhalingen / 3), () => tx({ offset: laatsteOffset }));
    const controle = await tx({ na });
    console.log(`  ${l.naam}: ${fmt(l.aantal)} rows; last page by cursor has ${controle.items.length} rows${controle.volgende ? ' (NOT the end)' : ''}`);
    console.log(`    ceiling bare indexed LIMIT 25: ${regel(plafond)}`);
    console.log(`    first page:                    ${regel(eerste)}`);
    console.log(`    last page by cursor (na):      ${regel(cursor)}`);
    console.log(`    last page by OFFSET ${String(laatsteOffset).padEnd(8)}: ${regel(offset)}`);
  }
}
