import argon2 from 'argon2';

/** argon2id with the library's defaults (OWASP-recommended memory-hard parameters). */
export const hashWachtwoord = (wachtwoord: string): Promise<string> => argon2.hash(wachtwoord, { type: argon2.argon2id });

export async function controleerWachtwoord(hash: string | null, wachtwoord: string): Promise<boolean> {
  // Verify against a fixed hash when the account is unknown, so timing does not tell.
  const target = hash ?? (await dummyHash);
  const ok = await argon2.verify(target, wachtwoord).catch(() => false);
  return ok && hash !== null;
}

const dummyHash = hashWachtwoord('no-account-has-this-password');
