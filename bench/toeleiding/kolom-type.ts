/** The SQL type of a toeleiding projection column, for loading rows with `unnest($n::<type>[])`. */
export function kolomType(k: string): string {
  if (k === 'open') return 'boolean';
  if (k === 'wachtdagen') return 'int';
  if (/_op$|_ingang$|_einddatum$|_geldig_tot$|_datum$/.test(k)) return 'date';
  if (/_id$|_van$/.test(k)) return 'uuid';
  return 'text';
}
