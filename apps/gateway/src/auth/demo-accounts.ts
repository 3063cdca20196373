import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { deterministicUuid } from '@pao/contracts';
import { rollen, type Rol } from '@pao/platform';
import { swvRegister, type Samenwerkingsverband, type SwvRegister } from '@pao/swv';
import { hashWachtwoord } from './password';

export const DEMO_WACHTWOORD = 'almere-demo';

const rolNaam: Record<Exclude<Rol, 'gemeente'>, string> = { consulent: 'Consulent', orthopedagoog: 'Orthopedagoog', teamleider: 'Teamleider', actietafel: 'Actietafel', beheerder: 'Beheerder' };

const slug = (naam: string) => naam.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The partner system of the first gemeente the SWV serves, e.g. 'gemeente-almere'. */
function gemeenteVan(swv: Samenwerkingsverband) {
  const g = swv.gemeenten[0];
  return { organisatie: `gemeente-${slug(g.naam)}`, weergavenaam: `Gemeente ${g.naam} (systeem)` };
}

/** One demo account per role per SWV in the register, e.g. `consulent.vo`; idempotent. */
export async function seedDemoAccounts(db: DataSource, register: SwvRegister = swvRegister()): Promise<string[]> {
  const hash = await hashWachtwoord(DEMO_WACHTWOORD);
  const names: string[] = [];
  for (const swv of register.all()) {
    for (const rol of rollen) {
      const gebruikersnaam = `${rol}.${swv.id.toLowerCase()}`;
      names.push(gebruikersnaam);
      const { organisatie, weergavenaam } = rol === 'gemeente' ? gemeenteVan(swv) : { organisatie: swv.rechtspersoon.organisatie, weergavenaam: demoWeergavenaam(rol, swv.id) };
      await db.query(
        `INSERT INTO gateway.account (id, gebruikersnaam, wachtwoord_hash, rol, swv, organisatie, weergavenaam, email)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (gebruikersnaam) DO UPDATE SET email = coalesce(gateway.account.email, EXCLUDED.email)`,
        [demoAccountId(gebruikersnaam), gebruikersnaam, hash, rol, swv.id, organisatie, weergavenaam, rol === 'gemeente' ? null : demoEmail(gebruikersnaam)],
      );
    }
    await db.query(
      `INSERT INTO gateway.api_sleutel (sleutel_hash, account_id, omschrijving)
       SELECT $1, id, $3 FROM gateway.account WHERE gebruikersnaam = $2 ON CONFLICT DO NOTHING`,
      [createHash('sha256').update(demoApiSleutel(swv.id, register)).digest('hex'), `gemeente.${swv.id.toLowerCase()}`, `demo-koppeling ${gemeenteVan(swv).weergavenaam}`],
    );
  }
  return names;
}

/**
 * The id of a demo account: stable, so the demo cases the services seed are owned by and
 * show the names of the accounts people sign in with.
 */
export const demoAccountId = (gebruikersnaam: string) => deterministicUuid(`pao/demo-account/${gebruikersnaam}`);

/** The work e-mail of a demo person (a reserved test domain: nothing is delivered outside the SMTP server configured). */
export const demoEmail = (gebruikersnaam: string) => `${gebruikersnaam}@demo.pao.test`;

/** The display name of a demo account of an SWV team role, e.g. 'Consulent VO'. */
export const demoWeergavenaam = (rol: Exclude<Rol, 'gemeente'>, swv: string) => `${rolNaam[rol]} ${swv}`;

/** Demo API key of the gemeente partner system per SWV, e.g. `demo-gemeente-almere-vo-sleutel` (README). */
export const demoApiSleutel = (swv: string, register: SwvRegister = swvRegister()) =>
  `demo-${gemeenteVan(register.get(swv)).organisatie}-${swv.toLowerCase()}-sleutel`;
