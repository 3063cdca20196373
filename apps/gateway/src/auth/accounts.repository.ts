import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Account } from './account';

const columns = 'id, gebruikersnaam, rol, swv, organisatie, weergavenaam';

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
}
