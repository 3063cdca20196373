import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { deterministicUuid } from '@pao/contracts';
import { rollen, type Rol } from '@pao/platform';
import { schoolId, swvRegister, type Samenwerkingsverband, type SwvRegister } from '@pao/swv';
import { hashWachtwoord } from './password';

export const DEMO_WACHTWOORD = 'almere-demo';

const rolNaam: Record<Exclude<Rol, 'gemeente' | 'school'>, string> = { consulent: 'Consulent', orthopedagoog: 'Orthopedagoog', teamleider: 'Teamleider', actietafel: 'Actietafel', beheerder: 'Beheerder' };

/**
 * Demo school accounts (role `school`): `school.vo` and `school2.vo` are people of two
 * schools in the shared school register (config/scholen-register.json); the id is the
 * register's, so the account's school is the same school in every service.
 */
export const DEMO_SCHOOL_ACCOUNTS: Readonly<Record<string, ReadonlyArray<{ gebruikersnaam: string; brin: string; naam: string }>>> = {
  VO: [
    { gebruikersnaam: 'school.vo', brin: '01FP00', naam: 'Baken Stad' },
    { gebruikersnaam: 'school2.vo', brin: '23HU00', naam: 'Nautilus College' },
  ],
  PO: [
    { gebruikersnaam: 'school.po', brin: 'DEMO01', naam: 'OBS De Zonnewijzer' },
    { gebruikersnaam: 'school2.po', brin: 'DEMO04', naam: 'CBS De Regenboog' },
  ],
};
/** The school's id in the shared school register (@pao/swv, ADR 0034): the same in every service. */
export const demoSchoolId = (swv: string, brin: string) => schoolId(swv, brin);

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
    for (const school of DEMO_SCHOOL_ACCOUNTS[swv.id] ?? []) {
      names.push(school.gebruikersnaam);
      await db.query(
        `INSERT INTO gateway.account (id, gebruikersnaam, wachtwoord_hash, rol, swv, organisatie, weergavenaam, email)
         VALUES ($1, $2, $3, 'school', $4, $5, $6, $7) ON CONFLICT (gebruikersnaam) DO NOTHING`,
        [demoAccountId(school.gebruikersnaam), school.gebruikersnaam, hash, swv.id, demoSchoolId(swv.id, school.brin), `Zorgcoördinator ${school.naam}`, demoEmail(school.gebruikersnaam)],
      );
    }
    for (const rol of rollen) {
      if (rol === 'school') continue;
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
export const demoWeergavenaam = (rol: Exclude<Rol, 'gemeente' | 'school'>, swv: string) => `${rolNaam[rol]} ${swv}`;

/** Demo API key of the gemeente partner system per SWV, e.g. `demo-gemeente-almere-vo-sleutel` (README). */
export const demoApiSleutel = (swv: string, register: SwvRegister = swvRegister()) =>
  `demo-${gemeenteVan(register.get(swv)).organisatie}-${swv.toLowerCase()}-sleutel`;
