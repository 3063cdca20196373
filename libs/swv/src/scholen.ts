import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { SwvRegisterError, type SwvRegister } from './register';
import { SwvId } from './schema';

/**
 * The school register (config/scholen-register.json): every school (vestiging) any
 * service names, keyed by BRIN + vestigingsnummer, with the SWV it belongs to (MBO
 * institutions belong to none). Every service derives a school's id from this key with
 * `schoolId`, so a school id means the same school in every service and every event
 * (ADR 0034). Adding a school is adding an entry, never code.
 */

/** The onderwijssoorten of a vestiging; `mbo` is outside every SWV (WEB). */
export const SCHOOLSOORTEN = ['po', 'sbo', 'so', 'vo', 'pro', 'vso', 'mbo'] as const;
export type SchoolSoort = (typeof SCHOOLSOORTEN)[number];

const school = z
  .object({
    /** DUO's BRIN number of the institution (four characters; one source prints three). */
    brin: z.string().regex(/^[0-9A-Z]{3,4}$/, 'BRIN: upper-case letters and digits'),
    /** Vestigingsnummer: two digits at DUO (the synthetic demo MBO entries use a letter); with the BRIN the key of the school. */
    vestiging: z.string().regex(/^[0-9A-Z]{2}$/, 'two characters, digits at DUO'),
    naam: z.string().trim().min(1),
    soort: z.enum(SCHOOLSOORTEN),
    /** The SWV of the school's region; null for MBO (no SWV: leerplicht / RMC of the gemeente). */
    swv: SwvId.nullable(),
    bestuursnummer: z.string().min(1),
    plaats: z.string().trim().min(1).optional(),
    teControleren: z.string().optional(),
  })
  .strict();

const bestuur = z.object({ bestuursnummer: z.string().min(1), naam: z.string().trim().min(1) }).strict();

export const scholenRegisterSchema = z
  .object({
    versie: z.string().regex(/^[A-Za-z0-9._-]+$/),
    bron: z.string().optional(),
    teControleren: z.string().optional(),
    besturen: z.array(bestuur),
    scholen: z.array(school).min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    const besturen = new Set(r.besturen.map((b) => b.bestuursnummer));
    const sleutels = new Set<string>();
    r.scholen.forEach((s, i) => {
      const sleutel = s.brin + s.vestiging;
      if (sleutels.has(sleutel)) ctx.addIssue({ code: 'custom', path: ['scholen', i, 'vestiging'], message: `duplicate school '${sleutel}'` });
      sleutels.add(sleutel);
      if (!besturen.has(s.bestuursnummer)) ctx.addIssue({ code: 'custom', path: ['scholen', i, 'bestuursnummer'], message: `unknown bestuur '${s.bestuursnummer}'` });
      if ((s.soort === 'mbo') !== (s.swv === null)) ctx.addIssue({ code: 'custom', path: ['scholen', i, 'swv'], message: 'an MBO institution has no SWV; every other school has one' });
    });
  });

export type RegisterSchool = z.output<typeof school>;

/** A school as services use it: the register entry with its id and its board's name. */
export interface School extends RegisterSchool {
  readonly id: string;
  /** BRIN + vestigingsnummer, the key. */
  readonly sleutel: string;
  readonly bestuurId: string;
  readonly bestuurNaam: string;
}

/** Same algorithm as deterministicUuid in @pao/contracts (which depends on this library). */
function uuidUit(naam: string): string {
  const h = createHash('sha1').update(`pao:${naam}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The id of a school in every service and event, from its key (BRIN + vestiging) and the
 * SWV the register gives it. The name form is toeleiding's, the first service with a school
 * register: ids it (and thuiszitters, and the gateway's school accounts) stored and sent
 * stay valid. MBO institutions (no SWV) get 'MBO' in that place.
 */
export function schoolId(swv: string | null, brinVestiging: string): string {
  return uuidUit(`toeleiding/school/${swv ?? 'MBO'}/${brinVestiging}`);
}

/** The id of a school board (bevoegd gezag), from its bestuursnummer. */
export function bestuurId(bestuursnummer: string): string {
  return uuidUit(`toeleiding/bevoegd-gezag/${bestuursnummer}`);
}

export class ScholenRegister {
  private readonly perId: ReadonlyMap<string, School>;
  private readonly perSleutel: ReadonlyMap<string, School>;

  private constructor(
    readonly versie: string,
    readonly besturen: ReadonlyArray<{ readonly bestuursnummer: string; readonly naam: string; readonly id: string }>,
    scholen: readonly School[],
  ) {
    this.perId = new Map(scholen.map((s) => [s.id, s]));
    this.perSleutel = new Map(scholen.map((s) => [s.sleutel, s]));
  }

  /** Validates the register data; with the SWV register, every school's SWV must be in it. */
  static parse(raw: unknown, swvs?: SwvRegister, origin = 'school register'): ScholenRegister {
    const r = scholenRegisterSchema.safeParse(raw);
    if (!r.success) throw new SwvRegisterError(`${origin} is invalid:\n${r.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`);
    const namen = new Map(r.data.besturen.map((b) => [b.bestuursnummer, b.naam]));
    const scholen = r.data.scholen.map((s, i): School => {
      if (swvs && s.swv !== null && !swvs.has(s.swv)) throw new SwvRegisterError(`${origin} is invalid:\n  - scholen.${i}.swv: '${s.swv}' is not in the SWV register`);
      const sleutel = s.brin + s.vestiging;
      return Object.freeze({ ...s, sleutel, id: schoolId(s.swv, sleutel), bestuurId: bestuurId(s.bestuursnummer), bestuurNaam: namen.get(s.bestuursnummer)! });
    });
    return new ScholenRegister(
      r.data.versie,
      r.data.besturen.map((b) => Object.freeze({ ...b, id: bestuurId(b.bestuursnummer) })),
      scholen,
    );
  }

  alle(): readonly School[] {
    return [...this.perId.values()];
  }

  /** The schools of one SWV (its own register); `null`: the MBO institutions. */
  vanSwv(swv: string | null): readonly School[] {
    return this.alle().filter((s) => s.swv === swv);
  }

  vind(id: string): School | undefined {
    return this.perId.get(id);
  }

  /** By BRIN + vestigingsnummer ('01FP00'). */
  metSleutel(brinVestiging: string): School | undefined {
    return this.perSleutel.get(brinVestiging);
  }

  /** By key, or an error: for seeds and tests that name a school. */
  get(brinVestiging: string): School {
    const s = this.perSleutel.get(brinVestiging);
    if (!s) throw new SwvRegisterError(`unknown school '${brinVestiging}' (school register ${this.versie})`);
    return s;
  }
}

export const SCHOLEN_REGISTER_SETTING = 'SCHOLEN_REGISTER';

function standaardPad(from: string = __dirname): string {
  const relatief = join('config', 'scholen-register.json');
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, relatief))) return join(dir, relatief);
    if (dirname(dir) === dir) throw new SwvRegisterError(`${relatief} not found above ${from}; set ${SCHOLEN_REGISTER_SETTING} to the school register file`);
  }
}

const gelezen = new Map<string, ScholenRegister>();

/** The school register of this process ($SCHOLEN_REGISTER or config/scholen-register.json), read once. */
export function scholenRegister(pad: string | undefined = process.env[SCHOLEN_REGISTER_SETTING] || undefined): ScholenRegister {
  const bestand = pad ?? standaardPad();
  let register = gelezen.get(bestand);
  if (!register) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(bestand, 'utf8'));
    } catch (e) {
      throw new SwvRegisterError(`cannot read school register ${bestand}: ${e instanceof Error ? e.message : String(e)}`);
    }
    register = ScholenRegister.parse(raw, undefined, `school register ${bestand}`);
    gelezen.set(bestand, register);
  }
  return register;
}
