import { createCipheriv, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { deriveKey, runMigrations } from '@pao/platform';
import { createTestDatabase, type TestDatabase } from '@pao/testing';
import { LeerlingId, testBsn } from '../apps/toeleiding/src/domain';
import { Documenten, LeerlingRegister, LeerlingSleutels } from '@pao/zaak';
import { toeleidingPersistence } from '../apps/toeleiding/src/persistence/persistence';
import { rekeyDocuments, rekeyPupilNumbers } from '../scripts/rekey-pupil-numbers';

const random = () => randomBytes(32).toString('base64url');
const TABLE = 'toeleiding.leerling';

/** A pupil row as the code before key rings wrote it: one secret, no key id. */
function legacyRow(secret: string, soort: string, nummer: string) {
  const hash = createHmac('sha256', deriveKey(secret, 'pao-toeleiding', 'leerlingnummer-hash')).update(`${soort}:${nummer}`).digest('base64url');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, 'pao-toeleiding', 'leerlingnummer-versleuteling'), iv);
  const data = Buffer.concat([cipher.update(nummer, 'utf8'), cipher.final()]);
  return { hash, versleuteld: ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.') };
}

describe('pupil-number key rotation (real PostgreSQL)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const legacy = random();
  const [enc1, hash1, enc2, hash2] = [random(), random(), random(), random()];
  const voor = new LeerlingSleutels({ versleuteling: `k1:${enc1}`, hash: `k1:${hash1}` }, 'toeleiding');
  const tijdens = new LeerlingSleutels({ versleuteling: `k2:${enc2},k1:${enc1},legacy:${legacy}`, hash: `k2:${hash2},k1:${hash1},legacy:${legacy}` }, 'toeleiding');
  const na = new LeerlingSleutels({ versleuteling: `k2:${enc2}`, hash: `k2:${hash2}` }, 'toeleiding');
  const nummers = Array.from({ length: 12 }, (_, i) => LeerlingId.parse(testBsn(7000 + i)));
  const ids = new Map<string, string>();

  beforeAll(async () => {
    db = await createTestDatabase('rotation');
    await runMigrations(db.url, toeleidingPersistence);
    ds = new DataSource({ type: 'postgres', url: db.url });
    await ds.initialize();
    // Four pupils from before key ids, eight under k1.
    for (const [i, nummer] of nummers.entries()) {
      if (i < 4) {
        const row = legacyRow(legacy, nummer.soort, nummer.onthulNummer());
        const id = randomUUID();
        await ds.query(`INSERT INTO ${TABLE} (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente) VALUES ($1, 'VO', $2, $3, $4, $5, 'GM0034')`, [id, nummer.soort, row.hash, row.versleuteld, nummer.gemaskeerd]);
        ids.set(nummer.onthulNummer(), id);
      } else {
        const personalia = { voornaam: `Naam${String.fromCharCode(97 + i)}`, achternaam: 'Roteer', geboortedatum: '2012-01-0' + (i - 3) };
        ids.set(nummer.onthulNummer(), (await new LeerlingRegister('toeleiding', voor).vindOfMaak(ds.manager, 'VO', nummer, 'GM0034', personalia)).id);
      }
    }
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const rows = () => ds.query(`SELECT id::text, nummer_hash, nummer_versleuteld FROM ${TABLE} ORDER BY id`) as Promise<Array<{ id: string; nummer_hash: string; nummer_versleuteld: string }>>;

  it('while a rotation runs, a pupil under any key is found, not made twice', async () => {
    for (const nummer of nummers) {
      expect((await new LeerlingRegister('toeleiding', tijdens).vindOfMaak(ds.manager, 'VO', nummer, 'GM0034')).id).toBe(ids.get(nummer.onthulNummer()));
      expect((await new LeerlingRegister('toeleiding', tijdens).zoek(ds.manager, 'VO', nummer))?.id).toBe(ids.get(nummer.onthulNummer()));
    }
    expect(await rows()).toHaveLength(nummers.length);
  });

  it('re-keys every row in batches, then has nothing left to do', async () => {
    const batches: number[] = [];
    const first = await rekeyPupilNumbers(ds, tijdens, TABLE, { batchSize: 5, onBatch: (p) => batches.push(p.seen) });
    expect(first).toEqual({ seen: 12, rekeyed: 12, current: 0, conflicts: [] });
    expect(batches).toEqual([5, 10, 12]);
    for (const row of await rows()) {
      expect(row.nummer_hash).toMatch(/^k2\./);
      expect(row.nummer_versleuteld).toMatch(/^v2\.k2\./);
    }
    expect(await rekeyPupilNumbers(ds, tijdens, TABLE)).toEqual({ seen: 12, rekeyed: 0, current: 12, conflicts: [] });
  });

  it('after the rotation the old keys can go: numbers decrypt and pupils are found with the new key alone', async () => {
    const byId = new Map((await rows()).map((r) => [r.id, r]));
    for (const nummer of nummers) {
      const id = ids.get(nummer.onthulNummer())!;
      expect(na.ontsleutel(byId.get(id)!.nummer_versleuteld)).toBe(nummer.onthulNummer());
      expect((await new LeerlingRegister('toeleiding', na).vindOfMaak(ds.manager, 'VO', nummer, 'GM0034')).id).toBe(id);
    }
  });

  it('after the rotation names and birth dates decrypt and are found with the new keys alone', async () => {
    const register = new LeerlingRegister('toeleiding', na);
    const q = register.naamSql('VO', 'roteer', 1)!;
    const gevonden: Array<{ leerling_id: string }> = await ds.query(q.sql, q.params);
    const metNaam = nummers.slice(4).map((n) => ids.get(n.onthulNummer())!);
    expect(gevonden.map((r) => r.leerling_id).sort()).toEqual([...metNaam].sort());
    const personalia = await register.personaliaVan(ds.manager, 'VO', metNaam);
    expect(personalia.get(metNaam[0])).toMatchObject({ voornaam: 'Naame', achternaam: 'Roteer', geboortedatum: '2012-01-01' });
  });

  it('re-keys documents (contents and file names, every version); afterwards they open with the new key alone', async () => {
    const zaakId = randomUUID();
    const pdf = (n: number) => Buffer.from(`%PDF-1.7\n% versie ${n}\n%%EOF\n`);
    const eerste = await ds.transaction((m) => new Documenten('toeleiding', voor).voegToe(m, { swv: 'VO', zaakId, onderdeel: 'aanvraag', soort: 'opp', bestandsnaam: 'OPP Naame Roteer.pdf', inhoud: pdf(1), door: 'u-1' }));
    await ds.transaction((m) => new Documenten('toeleiding', tijdens).voegToe(m, { swv: 'VO', zaakId, onderdeel: 'aanvraag', soort: 'opp', bestandsnaam: 'OPP v2.pdf', inhoud: pdf(2), door: 'u-1', documentId: eerste.id }));
    expect(await rekeyDocuments(ds, tijdens, 'toeleiding', { batchSize: 1 })).toEqual({ seen: 1, rekeyed: 1, current: 0, conflicts: [] });
    expect(await rekeyDocuments(ds, tijdens, 'toeleiding')).toEqual({ seen: 1, rekeyed: 0, current: 1, conflicts: [] });
    const nieuw = new Documenten('toeleiding', na);
    for (const versie of [1, 2]) {
      const gelezen = await nieuw.lees(ds.manager, 'VO', zaakId, eerste.id, versie);
      expect({ naam: gelezen?.info.bestandsnaam, inhoud: gelezen?.inhoud.toString() }).toEqual({ naam: versie === 1 ? 'OPP Naame Roteer.pdf' : 'OPP v2.pdf', inhoud: pdf(versie).toString() });
    }
  });

  it('reports a pupil stored twice (under two keys) instead of merging or failing', async () => {
    const dubbel = LeerlingId.parse(testBsn(7999));
    const eerste = await new LeerlingRegister('toeleiding', voor).vindOfMaak(ds.manager, 'VO', dubbel, 'GM0034');
    // Made under k2 by a writer that did not know k1 (what the lookup over every key prevents).
    const tweede = await new LeerlingRegister('toeleiding', na).vindOfMaak(ds.manager, 'VO', dubbel, 'GM0034');
    expect(tweede.id).not.toBe(eerste.id);
    const result = await rekeyPupilNumbers(ds, tijdens, TABLE);
    expect(result.conflicts).toEqual([eerste.id]);
    expect(result.rekeyed).toBe(0);
  });
});
