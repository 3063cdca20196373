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
}
