import { z } from 'zod';
import { isIsoDatum } from '../domein';

/** A calendar date in the API: 'JJJJ-MM-DD' (the UI shows and takes dd-mm-jjjj). */
export const Datum = z.string().refine(isIsoDatum, 'geen geldige datum (JJJJ-MM-DD)').describe('Datum JJJJ-MM-DD');

/** Werkvoorraad paging: a page size and an offset, bounded. */
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PagingInvoer = z.infer<typeof Paging>;

/** A page of items with the total count. */
export interface Pagina<T> {
  readonly totaal: number;
  readonly items: readonly T[];
}
