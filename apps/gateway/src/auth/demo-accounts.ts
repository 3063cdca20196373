import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { deterministicUuid } from '@pao/contracts';
import { rollen, swvCodes } from '@pao/platform';
import { hashWachtwoord } from './password';

export const DEMO_WACHTWOORD = 'almere-demo';

const organisatie = { PO: 'swv-po-almere', VO: 'swv-vo-almere' } as const;
const rolNaam = { consulent: 'Consulent', orthopedagoog: 'Orthopedagoog', teamleider: 'Teamleider', actietafel: 'Actietafel', gemeente: 'Gemeente Almere (systeem)', beheerder: 'Beheerder' } as const;

/** One demo account per role per SWV, e.g. `consulent.vo`; idempotent. */
export async function seedDemoAccounts(db: DataSource): Promise<string[]> {
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  const names: string[] = [];
  for (const swv of swvCodes) {
    for (const rol of rollen) {
      const gebruikersnaam = `${rol}.${swv.toLowerCase()}`;
      names.push(gebruikersnaam);
      await db.query(
        `INSERT INTO gateway.account (id, gebruikersnaam, wachtwoord_hash, rol, swv, organisatie, weergavenaam)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (gebruikersnaam) DO NOTHING`,
        [demoAccountId(gebruikersnaam), gebruikersnaam, hash, rol, swv, rol === 'gemeente' ? 'gemeente-almere' : organisatie[swv], demoWeergavenaam(rol, swv)],
      );
    }
  }
  for (const swv of swvCodes) {
    await db.query(
      `INSERT INTO gateway.api_sleutel (sleutel_hash, account_id, omschrijving)
       SELECT $1, id, 'demo-koppeling gemeente Almere' FROM gateway.account WHERE gebruikersnaam = $2 ON CONFLICT DO NOTHING`,
      [createHash('sha256').update(demoApiSleutel(swv)).digest('hex'), `gemeente.${swv.toLowerCase()}`],
    );
  }
  return names;
}

/**
 * The id of a demo account: stable, so the demo cases the services seed are owned by and
 * show the names of the accounts people sign in with.
 */
export const demoAccountId = (gebruikersnaam: string) => deterministicUuid(`pao/demo-account/${gebruikersnaam}`);

export const demoWeergavenaam = (rol: (typeof rollen)[number], swv: 'PO' | 'VO') => `${rolNaam[rol]} ${swv}`;

/** Demo API key of the gemeente partner system per SWV (documented in the README). */
export const demoApiSleutel = (swv: 'PO' | 'VO') => `demo-gemeente-almere-${swv.toLowerCase()}-sleutel`;
