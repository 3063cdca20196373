/** Operational endpoints of a service (health, metrics, docs, OpenAPI) are not for users. */
const INTERNAL = /^(health|metrics|docs|openapi)/;

/**
 * The path to forward for the part of a request URL after `/api/<service>`, or
 * undefined when it must not reach the service (404). Decided on what the service will
 * resolve, not on what was sent: each segment percent-decoded, dot segments and empty
 * ones refused (no `x/../metrics`, `%2e%2e/metrics`, `//metrics`), the first compared in
 * lower case (Express routes ignore case: `/Metrics` is `/metrics`). The result is
 * re-encoded segment by segment, so what the service sees is exactly what was checked.
 */
export function forwardPath(rawRest: string): string | undefined {
  if (!rawRest.startsWith('/')) return undefined;
  const raw = rawRest.slice(1).split('/');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop(); // one trailing slash: same route
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\]/.test(segment)) return undefined;
    segments.push(segment);
  }
  if (segments.length === 0 || INTERNAL.test(segments[0].toLowerCase())) return undefined;
  return `/${segments.map(encodeURIComponent).join('/')}`;
}
