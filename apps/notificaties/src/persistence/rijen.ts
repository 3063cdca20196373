/**
 * The rows of a query result. TypeORM's `query()` answers an UPDATE or DELETE (with
 * RETURNING) as `[rows, affectedCount]` and a SELECT or INSERT as the rows themselves.
 */
export function rijen<T>(resultaat: unknown): T[] {
  if (Array.isArray(resultaat) && resultaat.length === 2 && Array.isArray(resultaat[0]) && typeof resultaat[1] === 'number') return resultaat[0] as T[];
  return resultaat as T[];
}
