/** Numbered SQL parameters, added as the query is built. */
export class Parameters {
  readonly waarden: unknown[] = [];
  add(v: unknown): string {
    this.waarden.push(v);
    return `$${this.waarden.length}`;
  }
}

/** Days between two 'YYYY-MM-DD' dates (calendar days). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}
