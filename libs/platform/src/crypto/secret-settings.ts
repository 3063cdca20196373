import { z } from 'zod';
import { KeyringError, keyringSecrets, parseKeyring, secretProblems } from './keyring';

/** A setting that holds one secret: long, random-looking, never one the repository published. */
export const secretSetting = () =>
  z.string().superRefine((value, ctx) => {
    for (const message of secretProblems(value)) ctx.addIssue({ code: 'custom', message });
  });

/** A setting that holds a key ring (`id:secret,…`, current first; see crypto/keyring.ts). */
export const keyringSetting = () =>
  z.string().superRefine((value, ctx) => {
    try {
      parseKeyring(value);
    } catch (e) {
      if (!(e instanceof KeyringError)) throw e;
      ctx.addIssue({ code: 'custom', message: e.message });
    }
  });

/**
 * Each purpose has its own secret: refuses a config in which two of the named settings
 * share one (a leaked signing secret must not also open the pupil numbers).
 */
export function requireDistinctSecrets<C extends Record<string, unknown>>(
  config: C,
  ctx: z.RefinementCtx,
  settings: { secrets?: Array<keyof C & string>; keyrings?: Array<keyof C & string> },
): void {
  const owner = new Map<string, string>();
  const all = [...(settings.secrets ?? []).map((name) => ({ name, keyring: false })), ...(settings.keyrings ?? []).map((name) => ({ name, keyring: true }))];
  for (const { name, keyring } of all) {
    const value = config[name];
    if (typeof value !== 'string') continue;
    for (const secret of keyring ? keyringSecrets(value) : [value]) {
      const other = owner.get(secret);
      if (other !== undefined && other !== name) ctx.addIssue({ code: 'custom', path: [name], message: `shares a secret with ${other}; every purpose needs its own` });
      owner.set(secret, name);
    }
  }
}
