import type { Kanaal } from '../domain/abonnement';
import type { Query } from './boekhouding';

export interface AbonnementBereikRij {
  readonly id: string;
  readonly swv: string;
  readonly gemeenten: string[];
  readonly kanalen: Kanaal[];
}

/**
 * The subscriptions (not cancelled) in memory, for the fan-out of every event: reading them
 * per event would be a query per event. At most `maxLeeftijdMs` old: when older, one cheap
 * query compares a version (latest change and count) and reloads only when it moved; a
 * change through this process's API refreshes at once. Another instance's change is seen
 * within a second (a new subscription starts then, a cancelled one stops then; the SWV of
 * a subscription never changes and its gemeenten stay within its organisation's).
 */
export class AbonnementenCache {
  private lijst: AbonnementBereikRij[] = [];
  private versie = '';
  private gelezenOp = 0;
  private laden?: Promise<void>;

  constructor(
    private readonly query: Query,
    private readonly maxLeeftijdMs = 1_000,
  ) {}

  async actueel(): Promise<readonly AbonnementBereikRij[]> {
    if (Date.now() - this.gelezenOp >= this.maxLeeftijdMs) {
      this.laden ??= this.ververs().finally(() => (this.laden = undefined));
      await this.laden;
    }
    return this.lijst;
  }

  /** After a change in this process: the next event reads again. */
  vervallen(): void {
    this.gelezenOp = 0;
  }

  private async ververs(): Promise<void> {
    const [{ versie }] = await this.query<{ versie: string }>(`SELECT coalesce(max(gewijzigd_op)::text, '') || '/' || count(*) AS versie FROM notificaties.abonnement`);
    if (versie !== this.versie) {
      this.lijst = await this.query<AbonnementBereikRij>(`SELECT id, swv, gemeenten, kanalen FROM notificaties.abonnement WHERE status <> 'opgezegd'`);
      this.versie = versie;
    }
    this.gelezenOp = Date.now();
  }
}
