import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from './account';

const columns = 'id, gebruikersnaam, rol, swv, organisatie, weergavenaam, email';

@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async metWachtwoord(gebruikersnaam: string): Promise<{ account: Account; hash: string | null } | undefined> {
    const rows = await this.db.query(`SELECT ${columns}, wachtwoord_hash FROM gateway.account WHERE gebruikersnaam = $1 AND actief`, [gebruikersnaam]);
    if (rows.length === 0) return undefined;
    const { wachtwoord_hash, ...account } = rows[0];
    return { account, hash: wachtwoord_hash };
  }

  /** The account linked to an identity at the external provider (`iss#sub`). */
  async metExternSubject(subject: string): Promise<Account | undefined> {
    const rows = await this.db.query(`SELECT ${columns} FROM gateway.account WHERE extern_subject = $1 AND actief`, [subject]);
    return rows[0];
  }

  /** The partner-system account of an API key that is not revoked. */
  async metApiSleutel(sleutel: string): Promise<Account | undefined> {
    const rows = await this.db.query(
      `SELECT ${columns.split(', ').map((c) => `a.${c}`).join(', ')} FROM gateway.api_sleutel k JOIN gateway.account a ON a.id = k.account_id
        WHERE k.sleutel_hash = $1 AND k.ingetrokken_op IS NULL AND a.actief`,
      [createHash('sha256').update(sleutel).digest('hex')],
    );
    return rows[0];
  }
}
