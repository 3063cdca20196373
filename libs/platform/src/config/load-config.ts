import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment against a schema at start-up. Every problem names the
 * setting, so a missing or wrong value stops the app with a message that says which.
 * Values are never echoed: a URL may hold a password.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const setting = issue.path.join('.') || '(root)';
    const missing = issue.code === 'invalid_type' && env[setting] === undefined;
    return missing ? `${setting} is required but not set` : `${setting} is invalid: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
