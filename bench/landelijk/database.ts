// The national data set lives in a named database that later runs reuse: loading it takes
// minutes, measuring it seconds. A marker row per service says its load finished and for
// which plan; a service whose load was interrupted is dropped (its schema) and loaded again.
import { localServers } from '@pao/testing';
import { Client } from 'pg';

const urlVan = (name: string) => Object.assign(new URL(localServers.postgresAdminUrl), { pathname: `/${name}` }).toString();

async function met<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** The database `name` (created if missing; emptied first with `opnieuw`), with its marker table. */
export async function benchDatabase(name: string, opnieuw: boolean): Promise<{ name: string; url: string }> {
  await met(localServers.postgresAdminUrl, async (c) => {
    if (opnieuw) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if ((await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 0) await c.query(`CREATE DATABASE "${name}"`);
  });
  const url = urlVan(name);
  await met(url, (c) =>
    c.query(`CREATE TABLE IF NOT EXISTS public.bench_landelijk (plan text PRIMARY KEY, gestart_op timestamptz NOT NULL DEFAULT now(), klaar_op timestamptz, samenvatting jsonb)`),
  );
  return { name, url };
}

/** True when the service's part of the plan is loaded; otherwise clears any half load (its schema) and records the start. */
export async function moetLaden(url: string, sleutel: string, schema: string): Promise<boolean> {
  return met(url, async (c) => {
    const rij = (await c.query(`SELECT klaar_op FROM public.bench_landelijk WHERE plan = $1`, [sleutel])).rows[0] as { klaar_op: Date | null } | undefined;
    if (rij?.klaar_op) return false;
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.query(`DELETE FROM public.bench_landelijk WHERE plan = $1`, [sleutel]);
    await c.query(`INSERT INTO public.bench_landelijk (plan) VALUES ($1)`, [sleutel]);
    return true;
  });
}

/** Marks the service's load finished (with what it holds), so the next run reuses it. */
export async function markeerKlaar(url: string, sleutel: string, samenvatting: unknown): Promise<void> {
  await met(url, (c) => c.query(`UPDATE public.bench_landelijk SET klaar_op = now(), samenvatting = $2 WHERE plan = $1`, [sleutel, JSON.stringify(samenvatting)]));
}

export async function samenvattingVan(url: string, sleutel: string): Promise<unknown> {
  return met(url, async (c) => (await c.query(`SELECT samenvatting FROM public.bench_landelijk WHERE plan = $1`, [sleutel])).rows[0]?.samenvatting);
}
