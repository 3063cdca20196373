import { type z } from 'zod';
import { swvRegisterSchema, type Samenwerkingsverband, type SwvRegisterData } from './schema';

export class SwvRegisterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SwvRegisterError';
  }
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** The SWVs (tenants) this deployment serves, parsed and frozen. Pure: no I/O. */
export class SwvRegister {
  private readonly byId: ReadonlyMap<string, Samenwerkingsverband>;

  private constructor(private readonly data: SwvRegisterData) {
    this.byId = new Map(data.swvs.map((s) => [s.id, deepFreeze(s)]));
  }

  /** Validates raw register data (the parsed JSON file); `origin` names it in the error. */
  static parse(raw: unknown, origin = 'SWV register'): SwvRegister {
    const result = swvRegisterSchema.safeParse(raw);
    if (!result.success) throw new SwvRegisterError(`${origin} is invalid:\n${describe(result.error)}`);
    return new SwvRegister(result.data);
  }

  get versie(): string {
    return this.data.versie;
  }

  /** Every SWV, in register order. */
  all(): readonly Samenwerkingsverband[] {
    return [...this.byId.values()];
  }

  ids(): readonly string[] {
    return [...this.byId.keys()];
  }

  has(id: unknown): id is string {
    return typeof id === 'string' && this.byId.has(id);
  }

  find(id: string): Samenwerkingsverband | undefined {
    return this.byId.get(id);
  }

  /** The SWV, or an error: callers pass ids that came from verified actors or stored rows. */
  get(id: string): Samenwerkingsverband {
    const swv = this.byId.get(id);
    if (!swv) throw new SwvRegisterError(`unknown SWV '${id}' (register ${this.versie} has ${this.ids().join(', ')})`);
    return swv;
  }

  /**
   * The CloudEvent `source` of a system acting for this SWV:
   * urn:nld:<organisation of the SWV's legal body>:systeem:<system>.
   */
  sourceFor(id: string, systeem: string): string {
    return `${this.get(id).rechtspersoon.urn}:systeem:${systeem}`;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
