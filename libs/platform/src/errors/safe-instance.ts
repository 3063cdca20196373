const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * The request path as a problem's `instance`, unless it could quote something personal:
 * only plain path characters, and no run of 9 digits (a BSN) outside UUIDs.
 */
export function safeInstance(path: string | undefined): string | undefined {
  if (!path || !/^[A-Za-z0-9/._~-]{1,300}$/.test(path)) return undefined;
  return /\d{9}/.test(path.replace(UUID, '-')) ? undefined : path;
}
