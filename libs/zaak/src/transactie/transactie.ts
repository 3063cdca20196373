import { type DataSource, type EntityManager } from 'typeorm';

const POGINGEN = 3;

/** PostgreSQL deadlock_detected / serialization_failure: the transaction had no effect, so it is safe to run again. */
export function isHerhaalbaar(e: unknown): boolean {
  const code = (e as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (e as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `fn` in one transaction, again (up to three times) when PostgreSQL reports a
 * deadlock or serialization failure. Work registered with naCommit runs after the commit.
 */
export async function inTransactie<T>(dataSource: DataSource, fn: (m: EntityManager) => Promise<T>): Promise<T> {
  for (let poging = 1; ; poging++) {
    try {
      return await dataSource.transaction(fn);
    } catch (e) {
      if (poging < POGINGEN && isHerhaalbaar(e)) continue;
      throw e;
    }
  }
}
