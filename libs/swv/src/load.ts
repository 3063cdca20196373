import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SwvRegister, SwvRegisterError } from './register';

/** The setting (environment variable) that points to another register file, e.g. in a test. */
export const SWV_REGISTER_SETTING = 'SWV_REGISTER';
const RELATIVE_PATH = join('config', 'swv-register.json');

/**
 * config/swv-register.json of this checkout or image: found by walking up from this file,
 * so it works from the sources (tests), from dist/ (npm start) and in the Docker image.
 */
export function defaultSwvRegisterPath(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dir, RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new SwvRegisterError(`${RELATIVE_PATH} not found above ${from}; set ${SWV_REGISTER_SETTING} to the register file`);
  }
}

/** Reads and validates a register file: the given path, else $SWV_REGISTER, else the default. */
export function loadSwvRegister(path: string | undefined = process.env[SWV_REGISTER_SETTING] || undefined): SwvRegister {
  const file = path ?? defaultSwvRegisterPath();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SwvRegisterError(`cannot read SWV register ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return SwvRegister.parse(raw, `SWV register ${file}`);
}

const loaded = new Map<string, SwvRegister>();

/**
 * The register of this process ($SWV_REGISTER or the default file), read once. For code
 * that has no dependency injection (scripts, seeds); Nest apps get it injected from their
 * validated settings (PlatformModule).
 */
export function swvRegister(path: string | undefined = process.env[SWV_REGISTER_SETTING] || undefined): SwvRegister {
  const file = path ?? defaultSwvRegisterPath();
  let register = loaded.get(file);
  if (!register) {
    register = loadSwvRegister(file);
    loaded.set(file, register);
  }
  return register;
}
