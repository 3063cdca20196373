// The national data set lives in a named database that later runs reuse: loading it takes
// minutes, measuring it seconds. A marker table says the load finished and for which plan.
import { localServers } from '@pao/testing';
import { Client } from 'pg';

export interface BenchDatabase {
  name: string;
  url: string;
  /** True when a finished load of the same plan is there: skip generating and loading. */
  hergebruikt: boolean;
}

const urlVan = (name: string) => Object.assign(new URL(localServers.postgresAdminUrl), { pathname: `/${name}` }).toString();

async function admin<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Reuses `name` if it holds a finished load of `planSleutel`; otherwise (re)creates it empty. */
export async function benchDatabase(name: string, planSleutel: string, opnieuw: boolean): Promise<BenchDatabase> {
  const url = urlVan(name);
  const bestaat = await admin(localServers.postgresAdminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
  if (bestaat && !opnieuw) {
    const klaar = await admin(url, async (c) => {
      const t = await c.query(`SELECT to_regclass('public.bench_landelijk') IS NOT NULL AS er`);
      if (!t.rows[0].er) return false;
      return (await c.query(`SELECT 1 FROM public.bench_landelijk WHERE plan = $1 AND klaar_op IS NOT NULL`, [planSleutel])).rowCount === 1;
    });
    if (klaar) return { name, url, hergebruikt: true };
  }
  await admin(localServers.postgresAdminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  await admin(url, (c) => c.query(`CREATE TABLE public.bench_landelijk (plan text PRIMARY KEY, gestart_op timestamptz NOT NULL DEFAULT now(), klaar_op timestamptz, samenvatting jsonb)`));
  await admin(url, (c) => c.query(`INSERT INTO public.bench_landelijk (plan) VALUES ($1)`, [planSleutel]));
  return { name, url, hergebruikt: false };
}

/** Marks the load finished (with what it holds), so the next run reuses it. */
export async function markeerKlaar(url: string, planSleutel: string, samenvatting: unknown): Promise<void> {
  await admin(url, (c) => c.query(`UPDATE public.bench_landelijk SET klaar_op = now(), samenvatting = $2 WHERE plan = $1`, [planSleutel, JSON.stringify(samenvatting)]));
}

export async function samenvattingVan(url: string, planSleutel: string): Promise<unknown> {
  return admin(url, async (c) => (await c.query(`SELECT samenvatting FROM public.bench_landelijk WHERE plan = $1`, [planSleutel])).rows[0]?.samenvatting);
}
