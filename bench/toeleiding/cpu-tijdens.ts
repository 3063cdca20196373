import type { DataSource } from 'typeorm';
import { cpuSeconds } from '../messaging/cpu';

/**
 * CPU seconds of this node process and of the PostgreSQL backends of its database while a
 * burst runs, from /proc. The pool opens and closes backends during a burst, so their pids
 * are polled and each backend's last reading is kept: a backend that closes keeps what it used.
 */
export class CpuTijdens {
  private readonly start = new Map<number, number>();
  private readonly laatst = new Map<number, number>();
  private node0 = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ds: DataSource) {}

  async begin(): Promise<void> {
    this.node0 = cpuSeconds([process.pid]);
    for (const pid of await this.backends()) {
      const s = cpuSeconds([pid]);
      this.start.set(pid, s);
      this.laatst.set(pid, s);
    }
    this.timer = setInterval(() => void this.peil(), 500);
  }

  /** Node and PostgreSQL CPU seconds since begin(). */
  async einde(): Promise<{ node: number; postgres: number }> {
    clearInterval(this.timer);
    await this.peil();
    let postgres = 0;
    for (const [pid, s] of this.laatst) postgres += s - (this.start.get(pid) ?? 0);
    return { node: cpuSeconds([process.pid]) - this.node0, postgres };
  }

  private async peil(): Promise<void> {
    for (const pid of await this.backends()) {
      const s = cpuSeconds([pid]);
      if (s > 0) this.laatst.set(pid, s); // 0: gone between the query and the read
    }
    for (const pid of this.laatst.keys()) {
      const s = cpuSeconds([pid]);
      if (s > 0) this.laatst.set(pid, s);
    }
  }

  private async backends(): Promise<number[]> {
    const rows: { pid: number }[] = await this.ds.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
    return rows.map((r) => r.pid);
  }
}
