import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU seconds used by processes, from /proc (Linux; elsewhere every figure is 0). The bench
 * reads it for the processes of the event path, to show how much of the machine's cores a
 * paced run takes: at half the ceiling the path is mostly waiting for a CPU, not for work.
 */
export function cpuSeconds(pids: readonly number[]): number {
  const hz = 100; // USER_HZ: 100 on every Linux this runs on
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch {
      // gone or not Linux
    }
  }
  return ticks / hz;
}

/** Pids of running processes whose command name is `comm` (e.g. RabbitMQ's `beam.smp`). */
export function pidsNamed(comm: string): number[] {
  try {
    return readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === comm;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}
