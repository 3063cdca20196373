import { type EntityManager } from 'typeorm';
import { type Aanvrager, type Swv, type TlvCommando } from '../domain';
import { schoolRepository } from '../persistence/school.repository';
import { ongeldigVeld } from './fouten';

/** The aanvrager must be a school of this SWV's register, with its own bevoegd gezag. */
export async function controleerAanvrager(m: EntityManager, swv: Swv, a: Aanvrager, prefix = 'aanvrager'): Promise<void> {
  const school = await schoolRepository.vind(m, swv, a.schoolId);
  if (!school) throw ongeldigVeld(`${prefix}.schoolId`, 'onbekende school in dit samenwerkingsverband');
  if (school.bevoegdGezagId !== a.bevoegdGezagId) throw ongeldigVeld(`${prefix}.bevoegdGezagId`, 'is niet het bevoegd gezag van deze school');
}

/** Ids in a command that must exist in the register (the domain only sees opaque ids). */
export async function controleerRegister(m: EntityManager, c: TlvCommando): Promise<void> {
  if (c.type === 'plaatsingRegistreren' && typeof c.schoolId === 'string' && !(await schoolRepository.vind(m, c.swv, c.schoolId))) {
    throw ongeldigVeld('schoolId', 'onbekende school in dit samenwerkingsverband');
  }
  if (c.type === 'verlengingAanvragen' && typeof c.bevoegdGezagId === 'string' && !(await schoolRepository.bevoegdGezagBestaat(m, c.bevoegdGezagId))) {
    throw ongeldigVeld('bevoegdGezagId', 'onbekend bevoegd gezag');
  }
}
