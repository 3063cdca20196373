import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { api, uploadBestand } from '../src/api/client';
import { type Antwoord, type Operatie, vulPad } from '../src/api/paden';
import { type Aanvraag, type Sessie, type Werkvoorraad } from '../src/api/types';
import { useOphalen } from '../src/hooks';

/*
 * Type-level half: tsc checks this file (apps/web/tsconfig.json and apps/web/test/tsconfig.json
 * include it). Each `@ts-expect-error` line must fail to compile: if the API's types stop
 * rejecting it, tsc reports the unused directive. The function is never run.
 */
type Gelijk<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const gelijk = <A, B>(waar: Gelijk<A, B>) => waar;

export function typen(id: string): void {
  // The answer type follows from the path and method, not from the caller.
  gelijk<Antwoord<Operatie<'/toeleiding/aanvragen/{id}', 'GET'>>, Aanvraag>(true);
  gelijk<Antwoord<Operatie<'/toeleiding/aanvragen', 'GET'>>, Werkvoorraad>(true);
  gelijk<Antwoord<Operatie<'/sessie', 'GET'>>, Sessie>(true);
  gelijk<Antwoord<Operatie<'/toeleiding/aanvragen/{id}', 'GET'>>, Werkvoorraad>(false);
  const aanvraag: Promise<Aanvraag> = api('/toeleiding/aanvragen/{id}', { params: { id }, doel: 'behandeling' });
  void aanvraag;
  void api('/oja/arrangementen/{id}/acties/{commando}', { method: 'POST', params: { id, commando: 'toekennen' }, body: {} });
  void api('/toeleiding/aanvragen', { query: { wie: 'mij', limit: 20, sorteer: 'termijn' } });
  void api('/toeleiding/aanvragen/{id}/behandelaar', { method: 'PUT', params: { id }, body: { kaart: null } });
  void api('/sessie', { method: 'DELETE', ignore401: true });

  // Wrong path.
  // @ts-expect-error no such path in the toeleiding document
  void api('/toeleiding/aanvraag/{id}', { params: { id } });
  // @ts-expect-error a service path without the gateway prefix
  void api('/aanvragen/{id}', { params: { id } });
  // @ts-expect-error a path the gateway forwards to another service
  void api('/oja/aanvragen/{id}', { params: { id } });
  // @ts-expect-error the path's {id} is not given
  void api('/toeleiding/aanvragen/{id}');
  // @ts-expect-error a path parameter of another name
  void api('/toeleiding/aanvragen/{id}', { params: { aanvraagId: id } });
  // @ts-expect-error a command the path's {commando} does not list
  void api('/oja/arrangementen/{id}/acties/{commando}', { method: 'POST', params: { id, commando: 'goedkeuren' }, body: {} });
  // @ts-expect-error a method the path has no operation for
  void api('/toeleiding/scholen', { method: 'DELETE' });

  // Wrong query.
  // @ts-expect-error a query parameter the operation does not declare
  void api('/toeleiding/aanvragen', { query: { sorteerOp: 'termijn' } });
  // @ts-expect-error a value outside the parameter's enum
  void api('/toeleiding/aanvragen', { query: { wie: 'iedereen' } });
  // @ts-expect-error a number where the API takes a number, given as text
  void api('/toeleiding/aanvragen', { query: { limit: '20' } });

  // Wrong body.
  // @ts-expect-error a field the body does not have (and without its required kaart)
  void api('/toeleiding/aanvragen/{id}/behandelaar', { method: 'PUT', params: { id }, body: { behandelaar: 'x' } });
  // @ts-expect-error the body is required
  void api('/toeleiding/aanvragen/{id}/behandelaar', { method: 'PUT', params: { id } });
  // @ts-expect-error a GET takes no body
  void api('/toeleiding/scholen', { body: {} });

  // Wrong answer type.
  // @ts-expect-error the answer of another path
  const werkvoorraad: Promise<Werkvoorraad> = api('/toeleiding/aanvragen/{id}', { params: { id } });
  void werkvoorraad;
  // @ts-expect-error a caller may no longer name the answer type
  void api<Aanvraag>('/toeleiding/aanvragen/{id}', { params: { id } });

  // The same rules for reads by hook and for uploads.
  // @ts-expect-error a query parameter the operation does not declare
  void (() => useOphalen('/oja/arrangementen', { query: { lijstje: 'alle' } }));
  // @ts-expect-error the path's {id} is not given
  void uploadBestand('/toeleiding/aanvragen/{id}/documenten', new File([], 'a.pdf'), { query: { onderdeel: 'aanvraag', soort: 'x' } });
}

describe('API calls by path template', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('fills a template with percent-encoded parameters', () => {
    expect(vulPad('/oja/arrangementen/{id}/acties/{commando}', { id: 'a/b c', commando: 'toekennen' })).toBe('/oja/arrangementen/a%2Fb%20c/acties/toekennen');
    expect(vulPad('/sessie', undefined)).toBe('/sessie');
  });

  it('refuses a template with a parameter left open', () => {
    expect(() => vulPad('/toeleiding/aanvragen/{id}', {})).toThrow('{id}');
  });

  it('requests the filled path under /api with query, purpose and body as before', async () => {
    const fetch = jest.spyOn(globalThis, 'fetch').mockImplementation(() => Promise.resolve(new Response('{"id":"x"}', { status: 200 })));
    const antwoord = await api('/toeleiding/aanvragen/{id}/behandelaar', { method: 'PUT', params: { id: 'x y' }, body: { kaart: null } });
    expect(antwoord).toEqual({ id: 'x' });
    await api('/toeleiding/aanvragen', { query: { wie: 'mij', status: ['concept', 'ingediend'], limit: 20 }, doel: 'behandeling' });
    const [url1, init1] = fetch.mock.calls[0]!;
    expect(url1).toBe('/api/toeleiding/aanvragen/x%20y/behandelaar');
    expect(init1).toMatchObject({ method: 'PUT', body: '{"kaart":null}' });
    const [url2, init2] = fetch.mock.calls[1]!;
    expect(url2).toBe('/api/toeleiding/aanvragen?wie=mij&status=concept&status=ingediend&limit=20');
    expect(init2).toMatchObject({ method: 'GET', headers: { 'x-pao-doel': 'behandeling' } });
  });
});
