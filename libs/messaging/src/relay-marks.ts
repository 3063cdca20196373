import type { PublishOutcome } from './confirm-publisher';

export interface ClaimedRow {
  id: string;
  aggregateId: string;
}

export interface RowMark {
  id: string;
  published: boolean;
  error: string | null;
}

/**
 * Which rows of a published window may be marked published. Rows come in outbox order; a
 * row counts as published only if it and every earlier row of its aggregate in the window
 * were confirmed. A confirmed row behind a failed one stays unpublished and goes out again
 * after the failed one, so the broker never holds a "last published" event of an aggregate
 * with a gap before it (at the price of a duplicate, which the inbox absorbs).
 */
export function markRows(rows: readonly ClaimedRow[], outcomes: readonly PublishOutcome[]): RowMark[] {
  if (rows.length !== outcomes.length) throw new Error('markRows: one outcome per row');
  const blocked = new Set<string>();
  return rows.map((row, i) => {
    const outcome = outcomes[i];
    if (blocked.has(row.aggregateId)) return { id: row.id, published: false, error: 'held back: an earlier event of the aggregate failed' };
    if (outcome.ok) return { id: row.id, published: true, error: null };
    blocked.add(row.aggregateId);
    return { id: row.id, published: false, error: outcome.error };
  });
}
