// Unit tests of messaging's pure parts (no servers).
import fc from 'fast-check';
import { BaseRpcExceptionFilter } from '@nestjs/microservices';
import { lastValueFrom, type Observable } from 'rxjs';
import type { EntityManager } from 'typeorm';
import {
  appendToOutbox,
  consumerQueueNames,
  currentCorrelationId,
  describeError,
  isParkSignal,
  markRows,
  messagingTablesSql,
  outboxChannel,
  ParkEventError,
  quoteSchema,
  runWithCorrelationId,
  type PublishOutcome,
} from '../src';
import { testEvent, testValidator, TYPES } from './support';

describe('markRows', () => {
  const row = (id: string, aggregateId: string) => ({ id, aggregateId });
  const ok: PublishOutcome = { ok: true };
  const nack: PublishOutcome = { ok: false, error: 'not confirmed: message nacked' };

  it('marks confirmed rows and holds back what follows a failure of the same aggregate', () => {
    const marks = markRows([row('1', 'a'), row('2', 'b'), row('3', 'a'), row('4', 'a'), row('5', 'b')], [ok, nack, ok, nack, ok]);
    expect(marks.map((m) => m.published)).toEqual([true, false, true, false, false]);
    expect(marks[1].error).toBe('not confirmed: message nacked');
    expect(marks[4].error).toMatch(/^held back/);
  });

  it('per aggregate, the published rows are always a prefix of the window (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.boolean()), { maxLength: 60 }), (spec) => {
        const rows = spec.map(([agg], i) => row(String(i), agg));
        const outcomes = spec.map(([, confirmed]) => (confirmed ? ok : nack));
        const marks = markRows(rows, outcomes);
        for (const agg of ['a', 'b', 'c']) {
          const flags = marks.filter((_, i) => rows[i].aggregateId === agg).map((m) => m.published);
          const firstUnpublished = flags.indexOf(false);
          if (firstUnpublished >= 0) expect(flags.slice(firstUnpublished).every((f) => !f)).toBe(true);
        }
        // never marks an unconfirmed row
        marks.forEach((m, i) => m.published && expect(outcomes[i].ok).toBe(true));
      }),
    );
  });
});

describe('correlation', () => {
  it('is visible through awaits inside runWithCorrelationId and absent outside', async () => {
    expect(currentCorrelationId()).toBeUndefined();
    const seen = await runWithCorrelationId('c-1', async () => {
      await new Promise((r) => setTimeout(r, 1));
      const inner = await runWithCorrelationId('c-2', async () => currentCorrelationId());
      return [currentCorrelationId(), inner];
    });
    expect(seen).toEqual(['c-1', 'c-2']);
    expect(currentCorrelationId()).toBeUndefined();
  });
});

describe('schema and names', () => {
  it('rejects schema names that are not plain identifiers', () => {
    expect(quoteSchema('toeleiding')).toBe('"toeleiding"');
    for (const bad of ['Toeleiding', 'x; DROP TABLE y', 'a"b', '', '1abc']) expect(() => quoteSchema(bad)).toThrow();
    expect(() => messagingTablesSql('x y')).toThrow();
  });

  it('creates outbox and inbox in the given schema', () => {
    const sql = messagingTablesSql('oja').join(';\n');
    expect(sql).toContain('"oja".outbox');
    expect(sql).toContain('"oja".inbox');
    expect(sql).toMatch(/published_at timestamptz/);
    expect(outboxChannel('oja')).toBe('pao_outbox_oja');
  });

  it('derives queue names from the service name', () => {
    const names = consumerQueueNames('thuiszitters');
    expect(names.main).toBe('thuiszitters.events');
    expect(names.parking).toBe('thuiszitters.parking');
    expect(names.retry(5000)).toBe('thuiszitters.retry.5000ms');
    expect(() => consumerQueueNames('Thuis Zitters')).toThrow();
  });
});

describe('errors', () => {
  it('recognises ParkEventError also after Nest’s RPC exception filter', async () => {
    const filtered = new BaseRpcExceptionFilter().catch(new ParkEventError('zaak-onbekend'), {} as never) as Observable<never>;
    const err = await lastValueFrom(filtered).catch((e: unknown) => e);
    expect(isParkSignal(err)).toBe(true);
    expect(describeError(err)).toBe('zaak-onbekend');
    expect(isParkSignal(new Error('x'))).toBe(false);
  });

  it('describes errors briefly', () => {
    expect(describeError(new TypeError('kapot'))).toBe('TypeError: kapot');
    expect(describeError('x'.repeat(400))).toHaveLength(300);
  });
});

describe('appendToOutbox', () => {
  function fakeManager(inTransaction: boolean) {
    const calls: { sql: string; params: unknown[] }[] = [];
    const manager = {
      queryRunner: { isTransactionActive: inTransaction },
      query: async (sql: string, params: unknown[]) => {
        calls.push({ sql, params });
        return [];
      },
    } as unknown as EntityManager;
    return { manager, calls };
  }

  it('refuses to run outside a transaction', async () => {
    const { manager } = fakeManager(false);
    await expect(appendToOutbox(manager, 'svc', [testEvent(TYPES.geteld, 's', { seq: 1 })])).rejects.toThrow(/inside the transaction/);
  });

  it('fills a missing correlation id from the current context, validates, and notifies the relay', async () => {
    const { manager, calls } = fakeManager(true);
    const event = testEvent(TYPES.geteld, 'agg-1', { seq: 1 }, { correlationid: undefined });
    await runWithCorrelationId('req-9', () => appendToOutbox(manager, 'svc', [event], { validator: testValidator }));
    expect(calls).toHaveLength(1);
    const [ids, aggregates, types, payloads, channel] = calls[0].params as [string[], string[], string[], string[], string];
    expect(ids).toEqual([event.id]);
    expect(aggregates).toEqual(['agg-1']);
    expect(types).toEqual([TYPES.geteld]);
    expect(JSON.parse(payloads[0]).correlationid).toBe('req-9');
    expect(channel).toBe('pao_outbox_svc');
    expect(calls[0].sql).toContain('pg_notify');
  });

  it('throws on an event the catalogue rejects', async () => {
    const { manager, calls } = fakeManager(true);
    await expect(appendToOutbox(manager, 'svc', [testEvent(TYPES.geteld, 'a', { seq: 'x' })], { validator: testValidator })).rejects.toThrow('invalid event');
    expect(calls).toHaveLength(0);
  });
});
