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

/**
 * Write system calls made by processes (`syscw` of /proc/<pid>/io: write and writev, which is
 * how node, PostgreSQL and Erlang write to sockets). On loopback each socket write also runs
 * the receiver's TCP work, so writes per event are a large part of the path's CPU.
 */
export function writeCalls(pids: readonly number[]): number {
  let n = 0;
  for (const pid of pids) {
    try {
      const m = /^syscw: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
      n += m ? Number(m[1]) : 0;
    } catch {
      // gone, not Linux, or not ours to read
    }
  }
  return n;
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
