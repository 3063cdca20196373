import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentCorrelationId } from '@pao/platform';
import { DataSource } from 'typeorm';
import type { Account } from './account';

/** Every this many failures in a row for one account, the audit trail gets an entry. */
export const AUDIT_EVERY = 10;

/**
 * Repeated failed sign-ins for an existing account go to the gateway's audit trail (the
 * beheerder of its SWV sees them), written by the gateway itself as actor.
 */
@Injectable()
export class LoginAudit {
  private readonly logger = new Logger('LoginAudit');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async herhaaldMislukt(account: Account, mislukt: number, adres: string): Promise<void> {
    await this.db.query(
      `INSERT INTO gateway.audit_trail (swv, actor_id, rol, organisatie, actie, object_type, object_id, nieuw, correlation_id)
       VALUES ($1, 'gateway', 'systeem', 'gateway', 'inloggen-herhaald-mislukt', 'account', $2, $3, $4)`,
      [account.swv, account.id, JSON.stringify({ mislukt, adres }), currentCorrelationId() ?? null],
    );
    this.logger.warn({ accountId: account.id, mislukt }, 'repeated failed sign-ins');
  }
}
