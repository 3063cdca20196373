import { OngeldigeInvoer } from '../fouten';
import { herkenLeerlingnummer, type Leerlingnummersoort } from './bsn';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A validated BSN or onderwijsnummer that cannot leak by accident: toString, toJSON,
 * util.inspect and template strings give a masked form, and the number sits in a
 * private field that JSON, spread and structuredClone do not copy. Reading it takes
 * an explicit, greppable `onthulNummer()` (only for encrypted storage or a lookup hash).
 */
export class LeerlingId {
  readonly #nummer: string;

  private constructor(
    nummer: string,
    readonly soort: Leerlingnummersoort,
  ) {
    this.#nummer = nummer;
  }

  /** Throws OngeldigeInvoer on anything but a valid number; the message never echoes it. */
  static parse(invoer: unknown, veld = 'leerlingnummer'): LeerlingId {
    const id = LeerlingId.probeer(invoer);
    if (!id) throw new OngeldigeInvoer(veld, 'geen geldig BSN of onderwijsnummer (elfproef)');
    return id;
  }

  static probeer(invoer: unknown): LeerlingId | undefined {
    if (typeof invoer !== 'string' || invoer.length > 20) return undefined;
    const herkend = herkenLeerlingnummer(invoer);
    return herkend && new LeerlingId(herkend.nummer, herkend.soort);
  }

  onthulNummer(): string {
    return this.#nummer;
  }

  gelijkAan(ander: LeerlingId): boolean {
    return this.#nummer === ander.#nummer;
  }

  /** Last three digits only: enough for a person to tell two pupils apart on screen. */
  get gemaskeerd(): string {
    return `***-**-${this.#nummer.slice(-3)}`;
  }

  toString(): string {
    return this.gemaskeerd;
  }

  toJSON(): string {
    return this.gemaskeerd;
  }

  [INSPECT](): string {
    return `LeerlingId(${this.soort} ${this.gemaskeerd})`;
  }
}
