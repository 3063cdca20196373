import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * A CPU profile of this process over one stretch (the burst, not the data generation before
 * it), written to `pad` as a .cpuprofile (Chrome DevTools, speedscope). Without `pad`: nothing.
 */
export async function metProfiel<T>(pad: string | undefined, fn: () => Promise<T>): Promise<T> {
  if (!pad) return fn();
  const s = new Session();
  s.connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 500 });
  await s.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await s.post('Profiler.stop');
    writeFileSync(pad, JSON.stringify(profile));
    s.disconnect();
  }
}
