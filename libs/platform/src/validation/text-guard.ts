/** The longest text any field may hold (fields have their own, smaller limits). */
export const MAX_TEXT_LENGTH = 100_000;

// C0 controls other than tab, line feed and carriage return (NUL among them: PostgreSQL cannot store it).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Field names are echoed in errors only when they look like field names.
const PLAIN_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export interface BadText {
  /** Dotted path of the offending field ('' for the whole value); never the text itself. */
  field: string;
  reason: string;
}

/** Why a text cannot be accepted, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.length > MAX_TEXT_LENGTH) return `is longer than ${MAX_TEXT_LENGTH} characters`;
  if (LONE_SURROGATE.test(text)) return 'holds an unpaired surrogate (not valid Unicode)';
  if (CONTROL.test(text)) return 'holds a control character (such as NUL)';
  return undefined;
}

/**
 * Walks a parsed body or query: refuses bad text in any value or key, and brings every
 * text to Unicode NFC (one spelling of 'é', so lookups and uniqueness hold). Returns
 * the normalised value, or the first problem with where it is.
 */
export function normaliseInput(value: unknown, path: string[] = []): { value: unknown } | { problem: BadText } {
  if (typeof value === 'string') {
    const reason = textProblem(value);
    return reason ? { problem: { field: path.join('.'), reason } } : { value: value.normalize('NFC') };
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const r = normaliseInput(value[i], [...path, String(i)]);
      if ('problem' in r) return r;
      out.push(r.value);
    }
    return { value: out };
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [rawKey, item] of Object.entries(value)) {
      const keyReason = textProblem(rawKey);
      if (keyReason) return { problem: { field: [...path, '(name)'].join('.'), reason: `a field name ${keyReason}` } };
      const key = rawKey.normalize('NFC');
      const r = normaliseInput(item, [...path, PLAIN_NAME.test(key) ? key : '(name)']);
      if ('problem' in r) return r;
      // defineProperty: a key '__proto__' stays a plain field, never the prototype.
      Object.defineProperty(out, key, { value: r.value, enumerable: true, writable: true, configurable: true });
    }
    return { value: out };
  }
  return { value };
}
