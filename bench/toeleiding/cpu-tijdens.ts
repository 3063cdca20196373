import type { DataSource } from 'typeorm';
import { cpuSeconds } from '../messaging/cpu';

/**
 * CPU seconds of this node process and of the PostgreSQL backends of its database while a
 * burst runs, from /proc. The pool opens and closes backends during a burst, so their pids
 * are polled and each backend's last reading is kept: a backend that closes keeps what it used.
 * Each poll also notes how many backends wait for a lock (another transaction's row: two
 * firing transactions that serialize) and how many run a statement.
 */
export class CpuTijdens {
  private readonly start = new Map<number, number>();
  private readonly laatst = new Map<number, number>();
  private node0 = 0;
  private timer: NodeJS.Timeout | undefined;
  private peilingen = 0;
  private wachtend = 0;
  private actief = 0;

  constructor(private readonly ds: DataSource) {}

  async begin(): Promise<void> {
    this.node0 = cpuSeconds([process.pid]);
    for (const pid of await this.backends()) {
      const s = cpuSeconds([pid]);
      this.start.set(pid, s);
      this.laatst.set(pid, s);
    }
    this.timer = setInterval(() => void this.peil(), 100);
  }

  /** Node and PostgreSQL CPU seconds since begin(). */
  async einde(): Promise<{ node: number; postgres: number; wachtOpSlot: number; actief: number }> {
    clearInterval(this.timer);
    await this.peil();
    let postgres = 0;
    for (const [pid, s] of this.laatst) postgres += s - (this.start.get(pid) ?? 0);
    // Averages over the polls: backends waiting for a lock, and running a statement (the poll's own excluded).
    return { node: cpuSeconds([process.pid]) - this.node0, postgres, wachtOpSlot: this.wachtend / this.peilingen, actief: this.actief / this.peilingen };
  }

  private async peil(): Promise<void> {
    const rijen: Array<{ pid: number; slot: boolean; actief: boolean }> = await this.ds.query(
      `SELECT pid, wait_event_type = 'Lock' AS slot, state = 'active' AND pid <> pg_backend_pid() AS actief FROM pg_stat_activity WHERE datname = current_database()`,
    );
    this.peilingen++;
    this.wachtend += rijen.filter((r) => r.slot).length;
    this.actief += rijen.filter((r) => r.actief).length;
    for (const { pid } of rijen) {
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
