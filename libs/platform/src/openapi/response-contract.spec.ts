import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { z } from 'zod';
import { APP_CONFIG } from '../config/app-config';
import { ProblemJsonFilter } from '../errors/problem-json.filter';
import { ResponseContractInterceptor, responseMismatch, ResponseSchema } from './response-contract';

const Zaak = z.object({ id: z.string(), status: z.enum(['open', 'dicht']), op: z.iso.datetime(), behandelaar: z.object({ naam: z.string().nullable() }).nullable(), tags: z.array(z.object({ t: z.string() })).optional() });

describe('responseMismatch: an answer against its declared schema, as the client receives it', () => {
  it('accepts an answer that is exactly what the schema declares (dates as JSON turns them)', () => {
    expect(responseMismatch(Zaak, { id: 'a', status: 'open', op: new Date('2026-12-01T10:00:00Z'), behandelaar: null })).toBeUndefined();
    expect(responseMismatch(Zaak, { id: 'a', status: 'dicht', op: '2026-12-01T10:00:00.000Z', behandelaar: { naam: null }, tags: [{ t: 'x' }] })).toBeUndefined();
  });

  it('names the field a declared schema rejects', () => {
    expect(responseMismatch(Zaak, { id: 'a', status: 'weg', op: '2026-12-01T10:00:00Z', behandelaar: null })).toMatch(/^status: /);
    expect(responseMismatch(Zaak, { id: 'a', status: 'open', op: '2026-12-01T10:00:00Z' })).toMatch(/^behandelaar: /);
  });

  it('names a field the schema does not declare, however deep (a generated client would not know it)', () => {
    expect(responseMismatch(Zaak, { id: 'a', status: 'open', op: '2026-12-01T10:00:00Z', behandelaar: null, geheim: 1 })).toBe('undeclared field geheim');
    expect(responseMismatch(Zaak, { id: 'a', status: 'open', op: '2026-12-01T10:00:00Z', behandelaar: { naam: 'X', email: 'x@y' } })).toBe('undeclared field behandelaar.email');
    expect(responseMismatch(Zaak, { id: 'a', status: 'open', op: '2026-12-01T10:00:00Z', behandelaar: null, tags: [{ t: 'x' }, { t: 'y', z: 1 }] })).toBe('undeclared field tags[1].z');
  });
});

@Controller()
class ZaakController {
  @Get('goed')
  @ResponseSchema(Zaak)
  goed() {
    return { id: 'a', status: 'open', op: '2026-12-01T10:00:00Z', behandelaar: null };
  }

  @Get('fout')
  @ResponseSchema(Zaak)
  fout() {
    return { id: 'a', status: 'open', op: '2026-12-01T10:00:00Z', behandelaar: null, bsn: '123456782' };
  }

  @Get('vrij')
  vrij() {
    return { wat: 'dan ook' };
  }
}

async function appIn(NODE_ENV: 'test' | 'production'): Promise<INestApplication> {
  @Module({
    controllers: [ZaakController],
    providers: [
      { provide: APP_CONFIG, useValue: { NODE_ENV } },
      { provide: APP_FILTER, useClass: ProblemJsonFilter },
      { provide: APP_INTERCEPTOR, useClass: ResponseContractInterceptor },
    ],
  })
  class M {}
  const app = (await Test.createTestingModule({ imports: [M] }).compile()).createNestApplication({ logger: false });
  return app.init();
}

describe('ResponseContractInterceptor', () => {
  it('under NODE_ENV=test answers 500 naming the field when a handler drifts from its declared schema', async () => {
    const app = await appIn('test');
    try {
      await request(app.getHttpServer()).get('/goed').expect(200);
      const fout = await request(app.getHttpServer()).get('/fout').expect(500);
      expect(fout.body.detail).toContain('undeclared field bsn');
      await request(app.getHttpServer()).get('/vrij').expect(200, { wat: 'dan ook' });
    } finally {
      await app.close();
    }
  });

  it('checks nothing outside tests: the schema is a contract, not a runtime cost', async () => {
    const app = await appIn('production');
    try {
      await request(app.getHttpServer()).get('/fout').expect(200);
    } finally {
      await app.close();
    }
  });
});
