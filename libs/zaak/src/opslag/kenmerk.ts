import { type EntityManager } from 'typeorm';

/**
 * Human kenmerken: `TLV-VO-2026-00123`, a sequence per prefix, SWV and year in the
 * service's own schema. Allocated in the transaction that creates the case: a rollback
 * gives the number back, and the counter row's lock serialises concurrent creations in
 * one SWV and year (nothing else waits on it).
 */
export function kenmerkTellerSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS "${schema}".kenmerk_teller (
      prefix text NOT NULL,
      swv text NOT NULL,
      jaar integer NOT NULL,
      laatste integer NOT NULL,
      PRIMARY KEY (prefix, swv, jaar)
    )`,
  ];
}

/** Prefix, SWV id (any id the register allows: 'VO', 'PO2402', 'VO-2201'), year, number. */
export const KENMERK = /^([A-Z]{2,6})-([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)-(\d{4})-(\d{5,})$/;

export function formatteerKenmerk(prefix: string, swv: string, jaar: number, nummer: number): string {
  return `${prefix}-${swv}-${jaar}-${String(nummer).padStart(5, '0')}`;
}

/** The next kenmerk of `prefix` in the SWV and year, inside the caller's transaction. */
export async function volgendKenmerk(m: EntityManager, schema: string, prefix: string, swv: string, jaar: number): Promise<string> {
  if (!/^[A-Z]{2,6}$/.test(prefix)) throw new Error(`ongeldig kenmerkprefix: ${prefix}`);
  const [{ laatste }]: Array<{ laatste: number }> = await m.query(
    `INSERT INTO "${schema}".kenmerk_teller AS t (prefix, swv, jaar, laatste) VALUES ($1, $2, $3, 1)
     ON CONFLICT (prefix, swv, jaar) DO UPDATE SET laatste = t.laatste + 1 RETURNING laatste`,
    [prefix, swv, jaar],
  );
  return formatteerKenmerk(prefix, swv, jaar, laatste);
}

/**
 * What a person typed as a kenmerk, completed with the service's prefix and the actor's
 * SWV: `TLV-VO-2026-00123`, `tlv-vo-2026-123`, `2026-00123` and `2026-123` all name the
 * same case. Undefined when the text is no kenmerk.
 */
export function leesKenmerk(tekst: string, prefix: string, swv: string): string | undefined {
  const t = tekst.trim().toUpperCase().replace(/\s+/g, '');
  // The actor's own SWV id, whatever its form (register ids may hold digits and '-'):
  // a kenmerk naming another SWV or service is no kenmerk here.
  const eigen = (x: string) => x.toUpperCase().replace(/[^A-Z0-9]/g, (c) => `\\${c}`);
  const m = new RegExp(`^(?:${eigen(prefix)}-)?(?:${eigen(swv)}-)?(\\d{4})-(\\d{1,7})$`).exec(t);
  if (!m) return undefined;
  return formatteerKenmerk(prefix, swv, Number(m[1]), Number(m[2]));
}
