import { type DataSource } from 'typeorm';
import { kalenderTermijnrekenaar } from '../../apps/toeleiding/src/application/kalender-termijnrekenaar';
import { type TlvAanvraag } from '../../apps/toeleiding/src/domain';
import { PROJECTIE_KOLOMMEN, projecteer } from '../../apps/toeleiding/src/persistence/projectie';
import { BELEIDEN, type Sector } from './genereer';
import { kolomType } from './kolom-type';

const REKENAAR = kalenderTermijnrekenaar();

/** Stores bench cases as the service would (its projection, a kenmerk per SWV and year, a pupil row each) in bulk. */
export async function laad(ds: DataSource, zaken: readonly TlvAanvraag[], vandaag: string): Promise<void> {
  const kolommen = ['id', 'swv', 'versie', 'formaat', 'kenmerk', 'state', 'leerling_id', ...PROJECTIE_KOLOMMEN];
  const nummers = new Map<string, number>();
  for (let i = 0; i < zaken.length; i += 2000) {
    const batch = zaken.slice(i, i + 2000);
    await ds.query(
      `INSERT INTO toeleiding.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       SELECT id, 'VO', 'bsn', id::text, 'v1.bench', '***-**-' || lpad((random() * 999)::int::text, 3, '0'), 'GM0034' FROM unnest($1::uuid[]) AS id`,
      [batch.map((s) => s.leerlingRef)],
    );
    const rijen = batch.map((s) => {
      const p = projecteer(s, vandaag, REKENAAR, BELEIDEN[s.swv as Sector]);
      // The kenmerk as the kit allocates it: per SWV and year of creation.
      const jaar = p.aangemaakt_op.slice(0, 4);
      const nr = (nummers.get(jaar) ?? 0) + 1;
      nummers.set(jaar, nr);
      return [s.id, s.swv, s.versie, 1, `TLV-${s.swv}-${jaar}-${String(nr).padStart(5, '0')}`, JSON.stringify(s), s.leerlingRef, ...PROJECTIE_KOLOMMEN.map((k) => p[k])];
    });
    const types = ['uuid', 'text', 'int', 'int', 'text', 'jsonb', 'uuid', ...PROJECTIE_KOLOMMEN.map(kolomType)];
    await ds.query(
      `INSERT INTO toeleiding.aanvraag (${kolommen.join(', ')}) SELECT * FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(', ')})`,
      kolommen.map((_, j) => rijen.map((r) => r[j])),
    );
  }
}
