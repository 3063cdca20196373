// The after-commit hook is per transaction: concurrent transactions never run or lose
// each other's work, and a rollback drops its work (the race the old shared array had).
import { migratedTestDatabase, type MigratedTestDatabase } from '@pao/testing';
import { DataSource } from 'typeorm';
import { inTransactie, naCommit } from '@pao/zaak';

describe('naCommit', () => {
  let db: MigratedTestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await migratedTestDatabase('nacommit', { dataSource: { poolSize: 25, logging: false } });
    ds = db.dataSource;
  });
  afterAll(() => db?.close());

  it('runs each transaction’s own work after its commit, and none after a rollback', async () => {
    const gedaan: number[] = [];
    const gecommit = new Set<number>();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        inTransactie(ds, async (m) => {
          naCommit(m, async () => {
            // The commit is visible before the work runs.
            expect(gecommit.has(i)).toBe(true);
            gedaan.push(i);
          });
          await m.query('SELECT pg_sleep(0.005)');
          if (i % 4 === 0) throw new Error('rollback');
          gecommit.add(i);
        }).catch(() => undefined),
      ),
    );
    const verwacht = Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 4 !== 0);
    expect([...gedaan].sort((a, b) => a - b)).toEqual(verwacht);
  });

  it('waits for the outermost commit when savepoints are released', async () => {
    const volgorde: string[] = [];
    await ds.transaction(async (m) => {
      naCommit(m, async () => void volgorde.push('werk'));
      await m.queryRunner!.startTransaction();
      await m.queryRunner!.commitTransaction();
      volgorde.push('savepoint vrijgegeven');
    });
    expect(volgorde).toEqual(['savepoint vrijgegeven', 'werk']);
  });

  it('refuses work outside a transaction', () => {
    expect(() => naCommit(ds.manager, async () => undefined)).toThrow(/binnen een transactie/);
  });
});
