import { type DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';

/**
 * Work that must run once a transaction has really committed (waking deadline jobs).
 * The work is tied to the transaction's own query runner, so concurrent transactions
 * never run or lose each other's work, whoever opened the transaction (a command, the
 * deadline engine's firing, a consumer's inbox). After a rollback the work is dropped.
 * Failures are reported to the transaction's error handler and never undo the commit:
 * every piece of work registered here has a fallback (the deadline reconciler).
 */
export type NaCommitWerk = () => Promise<void>;

const SLEUTEL = 'paoNaCommit';
type Fouthandler = (fout: unknown) => void;
const fouthandlers = new WeakMap<DataSource, Fouthandler>();

const subscriber: EntitySubscriberInterface = {
  async afterTransactionCommit({ queryRunner }) {
    // A released savepoint also "commits": wait for the outermost COMMIT.
    if (queryRunner.isTransactionActive) return;
    const werk = neem(queryRunner);
    const meld = fouthandlers.get(queryRunner.connection) ?? (() => undefined);
    for (const w of werk) {
      try {
        await w();
      } catch (fout) {
        meld(fout);
      }
    }
  },
  afterTransactionRollback({ queryRunner }) {
    if (!queryRunner.isTransactionActive) neem(queryRunner);
  },
};

function neem(queryRunner: QueryRunner): NaCommitWerk[] {
  const data = queryRunner.data as Record<string, unknown> | undefined;
  const werk = (data?.[SLEUTEL] as NaCommitWerk[] | undefined) ?? [];
  if (data) delete data[SLEUTEL];
  return werk;
}

/** Registers `werk` to run after the commit of the transaction `m` belongs to. */
export function naCommit(m: EntityManager, werk: NaCommitWerk): void {
  const queryRunner = m.queryRunner;
  if (!queryRunner?.isTransactionActive) throw new Error('naCommit: alleen binnen een transactie');
  const bron = queryRunner.connection;
  if (!bron.subscribers.includes(subscriber)) bron.subscribers.push(subscriber);
  queryRunner.data ??= {};
  const data = queryRunner.data as Record<string, unknown>;
  ((data[SLEUTEL] as NaCommitWerk[] | undefined) ?? (data[SLEUTEL] = [])).push(werk);
}

/** Where after-commit failures of this DataSource are reported (the app's logger). */
export function meldNaCommitFouten(dataSource: DataSource, handler: Fouthandler): void {
  fouthandlers.set(dataSource, handler);
}
