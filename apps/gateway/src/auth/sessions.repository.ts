import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG } from '@pao/platform';
import { DataSource } from 'typeorm';
import type { GatewayConfig } from '../gateway.config';
import type { Account } from './account';

export interface Sessie {
  account: Account;
  csrfToken: string;
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Server-side sessions: the cookie holds a random token, the table only its hash. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  async start(accountId: string): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.db.query(
      `INSERT INTO gateway.sessie (id_hash, account_id, csrf_token, verloopt_op) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [hash(token), accountId, csrfToken, this.config.SESSION_ABSOLUTE_HOURS],
    );
    return { token, csrfToken };
  }

  /** The live session for a token, sliding its idle timer; undefined when expired. */
  async geldig(token: string): Promise<Sessie | undefined> {
    const rows = await this.db.query(
      `UPDATE gateway.sessie s SET laatst_gebruikt_op = now()
         FROM gateway.account a
        WHERE s.id_hash = $1 AND a.id = s.account_id AND a.actief
          AND s.verloopt_op > now() AND s.laatst_gebruikt_op > now() - make_interval(mins => $2)
        RETURNING s.csrf_token, a.id, a.gebruikersnaam, a.rol, a.swv, a.organisatie, a.weergavenaam, a.email`,
      [hash(token), this.config.SESSION_IDLE_MINUTES],
    );
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const row = (rows as [Array<Record<string, string>>, number])[0][0];
    if (!row) return undefined;
    const { csrf_token, ...account } = row;
    return { account: account as unknown as Account, csrfToken: csrf_token };
  }

  async beeindig(token: string): Promise<void> {
    await this.db.query(`DELETE FROM gateway.sessie WHERE id_hash = $1`, [hash(token)]);
  }

  async ruimOp(): Promise<void> {
    await this.db.query(`DELETE FROM gateway.sessie WHERE verloopt_op < now() OR laatst_gebruikt_op < now() - make_interval(mins => $1)`, [this.config.SESSION_IDLE_MINUTES]);
  }
}
