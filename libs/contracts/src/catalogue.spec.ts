import { z } from 'zod';
import {
  ALL_EVENTS,
  BesluitGenomen,
  catalogue,
  createEvent,
  defineEvent,
  DOMAINS,
  EVENT_TYPE_PATTERN,
  EventCatalogue,
  EventContractError,
  type EventEnvelope,
  type EventType,
  deterministicUuid,
  isEvent,
  LeerlingNietGestart,
  MeldingGedaan,
  sourceFor,
  TlvAfgegeven,
  validateEnvelope,
} from './index';

const SUBJECT = '5c2e8a41-9f3d-4b6e-a1c7-3d9e5f7a2b60';
const CORRELATION = '0f1e2d3c-4b5a-4968-8776-655443322110';
const FIXED_TIME = '2025-04-11T09:30:00.000Z';

function exampleEvent(type: string): EventEnvelope {
  return catalogue.exampleEvent(type as EventType);
}

/** A valid envelope (as a plain object) to break one attribute at a time. */
function validRaw(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(exampleEvent(TlvAfgegeven.type)));
}

function reasonFor(raw: unknown): string {
  const result = validateEnvelope(raw);
  if (result.ok) throw new Error('expected the envelope to be rejected');
  return result.reason;
}

describe('catalogue definitions', () => {
  it('has every event exactly once and follows the naming rule', () => {
    const types = catalogue.types();
    expect(new Set(types).size).toBe(ALL_EVENTS.length);
    expect(types.length).toBe(ALL_EVENTS.length);
    for (const def of catalogue.all()) {
      expect(def.type).toMatch(EVENT_TYPE_PATTERN);
      expect(def.type.endsWith(`.v${def.version}`)).toBe(true);
      expect(DOMAINS).toContain(def.owner);
      expect(def.type.startsWith(`nl.passend-onderwijs.${def.owner}.`)).toBe(true);
      expect(def.description.length).toBeGreaterThan(20);
    }
  });

  it('contains the events the services need', () => {
    const expected = [
      'toeleiding.aanvraag-ingediend',
      'toeleiding.aanvulling-gevraagd',
      'toeleiding.besluit-genomen',
      'toeleiding.besluit-bekendgemaakt',
      'toeleiding.tlv-afgegeven',
      'toeleiding.besluit-onherroepelijk',
      'toeleiding.bezwaar-ingediend',
      'toeleiding.beslissing-op-bezwaar-genomen',
      'toeleiding.beroep-ingesteld',
      'toeleiding.uitspraak-gedaan',
      'toeleiding.leerling-geplaatst',
      'toeleiding.tlv-verlopen',
      'toeleiding.tlv-beeindigd',
      'toeleiding.verlenging-aangevraagd',
      'toeleiding.overbrugging-gestart',
      'toeleiding.overbrugging-beeindigd',
      'toeleiding.teldatum-telling-vastgesteld',
      'thuiszitters.melding-gedaan',
      'thuiszitters.crisis-gemeld',
      'thuiszitters.vrijstelling-geregistreerd',
      'thuiszitters.thuiszitter-geworden',
      'thuiszitters.casus-geescaleerd',
      'thuiszitters.doorzettingskracht-ingezet',
      'thuiszitters.doorzettingsmacht-ingezet',
      'thuiszitters.passend-aanbod-gevonden',
      'thuiszitters.casus-afgesloten',
      'oja.arrangement-aangevraagd',
      'oja.arrangement-beoordeeld',
      'oja.arrangement-toegekend',
      'oja.arrangement-verlengd',
      'oja.arrangement-beeindigd',
      'oja.arrangement-afgesloten',
      'oja.kwartaalrapportage-vastgesteld',
      'overdracht.overdracht-afgerond',
      'overdracht.leerling-niet-gestart',
      ...DOMAINS.flatMap((d) => [`${d}.termijn-verstreken`, `${d}.termijn-waarschuwing`]),
    ];
    for (const name of expected) expect(catalogue.has(`nl.passend-onderwijs.${name}.v1`)).toBe(true);
  });

  it.each(ALL_EVENTS.map((d) => [d.type]))('example of %s validates', (type) => {
    const event = exampleEvent(type);
    const result = validateEnvelope(JSON.parse(JSON.stringify(event)));
    expect(result).toEqual({ ok: true, event });
    const def = catalogue.get(type)!;
    expect(event.subject).toBe(def.example.subject);
    expect(event.time).toBe(def.example.time);
    expect(event.id).toBe(deterministicUuid(`example:${type}`));
    // The subject names a field of the data that carries the same id.
    expect((event.data as Record<string, unknown>)[def.subject]).toBe(event.subject);
  });

  it('gives gemeenten only their fields: no pupil ids, always the gemeente code, at most a handful of fields', () => {
    const gemeenteFacing = catalogue.all().filter((d) => d.audience.includes('gemeente'));
    expect(gemeenteFacing.map((d) => d.type.split('.')[2] + '.' + d.type.split('.')[3]).sort()).toEqual(
      [
        'oja.arrangement-aangevraagd',
        'oja.arrangement-afgesloten',
        'oja.arrangement-beeindigd',
        'oja.arrangement-beoordeeld',
        'oja.arrangement-toegekend',
        'oja.arrangement-verlengd',
        'oja.kwartaalrapportage-vastgesteld',
        'overdracht.leerling-niet-gestart',
        'overdracht.overdracht-afgerond',
        'thuiszitters.casus-afgesloten',
        'thuiszitters.casus-geescaleerd',
        'thuiszitters.doorzettingsmacht-ingezet',
        'thuiszitters.melding-gedaan',
        'thuiszitters.passend-aanbod-gevonden',
        'thuiszitters.thuiszitter-geworden',
        'toeleiding.overbrugging-beeindigd',
        'toeleiding.overbrugging-gestart',
        'toeleiding.tlv-afgegeven',
        'toeleiding.tlv-beeindigd',
      ].sort(),
    );
    for (const def of gemeenteFacing) {
      expect(def.gemeenteFields).toContain('gemeente');
      expect(def.gemeenteFields).toContain(def.subject);
      expect(def.gemeenteFields!.some((f) => /leerling|school/i.test(f))).toBe(false);
      const view = catalogue.viewFor(exampleEvent(def.type), 'gemeente')!;
      expect(Object.keys(view.data as object).every((k) => def.gemeenteFields!.includes(k))).toBe(true);
      expect(JSON.stringify(view.data)).not.toContain((def.example.data as Record<string, unknown>).leerlingId ?? 'no-leerling');
    }
  });

  it('viewFor: internal gets the whole event, gemeente gets nothing of an internal-only event', () => {
    const besluit = exampleEvent(BesluitGenomen.type);
    expect(catalogue.viewFor(besluit, 'internal')).toBe(besluit);
    expect(catalogue.viewFor(besluit, 'gemeente')).toBeUndefined();
    const niet = catalogue.viewFor(exampleEvent(LeerlingNietGestart.type), 'gemeente')!;
    expect(niet.data).toEqual({
      overdrachtId: LeerlingNietGestart.example.subject,
      route: 'po-vo',
      reden: 'niet-bevestigd',
      verwachteStartdatum: '2025-09-01',
      controledatum: '2025-09-29',
      gemeente: 'GM0034',
      swvNaOverstap: 'VO',
    });
    expect(validateEnvelope(niet).ok).toBe(false); // a view is not an internal event any more
  });

  it('refuses bad definitions at load time', () => {
    const data = z.object({ xId: z.uuid() });
    const example = { subject: SUBJECT, time: FIXED_TIME, data: { xId: SUBJECT } };
    expect(() => defineEvent({ type: 'nl.passend-onderwijs.toeleiding.Iets.v1', description: 'x', subject: 'xId', data, example })).toThrow(/naming|follow/);
    expect(() => defineEvent({ type: 'nl.passend-onderwijs.toeleiding.iets.v0', description: 'x', subject: 'xId', data, example })).toThrow(/follow/);
    expect(() => defineEvent({ type: 'nl.passend-onderwijs.gateway.iets.v1', description: 'x', subject: 'xId', data, example })).toThrow(/unknown domain/);
    expect(() =>
      defineEvent({ type: 'nl.passend-onderwijs.oja.iets.v1', description: 'x', subject: 'xId', data, example, gemeente: ['yId' as never] }),
    ).toThrow(/not in the schema/);
    const def = defineEvent({ type: 'nl.passend-onderwijs.oja.iets.v1', description: 'x', subject: 'xId', data, example });
    expect(() => new EventCatalogue([def, def])).toThrow(/defined twice/);
  });
});

describe('validateEnvelope rejects with a reason', () => {
  it.each([
    ['specversion', "missing attribute 'specversion'"],
    ['id', "missing attribute 'id'"],
    ['source', "missing attribute 'source'"],
    ['type', "missing attribute 'type'"],
    ['subject', "missing attribute 'subject'"],
    ['time', "missing attribute 'time'"],
    ['datacontenttype', "missing attribute 'datacontenttype'"],
    ['correlationid', "missing attribute 'correlationid'"],
    ['swv', "missing attribute 'swv'"],
    ['data', "missing 'data'"],
  ])('missing %s', (attribute, reason) => {
    const raw = validRaw();
    delete raw[attribute];
    expect(reasonFor(raw)).toBe(reason);
  });

  it('wrong specversion', () => {
    expect(reasonFor({ ...validRaw(), specversion: '0.3' })).toBe("unsupported specversion (expected '1.0')");
  });

  it('unknown type', () => {
    expect(reasonFor({ ...validRaw(), type: 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v9' })).toBe(
      "unknown event type 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v9'",
    );
  });

  it.each([
    'nl.passend-onderwijs.toeleiding.tlv-afgegeven', // no version
    'com.example.toeleiding.tlv-afgegeven.v1', // wrong prefix
    'nl.passend-onderwijs.toeleiding.TlvAfgegeven.v1', // not kebab-case
    'nl.passend-onderwijs.toeleiding.tlv_afgegeven.v1',
    'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v01',
    'passend-onderwijs-almere.toeleiding.tlv-afgegeven.v1', // organisation instead of domain
  ])('type %s does not follow the naming rule', (type) => {
    expect(reasonFor({ ...validRaw(), type })).toMatch(/does not follow the naming rule nl\.passend-onderwijs\.<domein>\.<gebeurtenis>\.v<N>/);
  });

  it('invalid data, naming the field', () => {
    const raw = validRaw();
    (raw.data as Record<string, unknown>).soort = 'VSO-extra';
    (raw.data as Record<string, unknown>).ingangsdatum = '01-08-2025';
    const reason = reasonFor(raw);
    expect(reason).toMatch(/^invalid data for nl\.passend-onderwijs\.toeleiding\.tlv-afgegeven\.v1: /);
    expect(reason).toContain('soort');
    expect(reason).toContain('ingangsdatum');
  });

  it.each([
    ['123456789', 'a 9-digit number (BSN/onderwijsnummer)'],
    ['bsn-123456789', 'a 9-digit number (BSN/onderwijsnummer)'],
    ['123.456.789', 'a 9-digit number (BSN/onderwijsnummer)'],
    ['leerling 123 456 789', 'a 9-digit number (BSN/onderwijsnummer)'],
    ['jan.jansen@example.nl', 'an e-mail address'],
  ])('personal data in subject (%s)', (subject, found) => {
    expect(reasonFor({ ...validRaw(), subject })).toBe(`subject must not contain personal data: it contains ${found}; use the opaque id of the case`);
  });

  it('a subject that is not an opaque id', () => {
    expect(reasonFor({ ...validRaw(), subject: 'Jan Jansen' })).toBe('subject must be the opaque id (UUID) of the case or aggregate');
  });

  it('personal data in the correlation id', () => {
    expect(reasonFor({ ...validRaw(), correlationid: 'req-123456789' })).toMatch(/^correlationid must not contain personal data/);
  });

  it.each([
    [{ id: 'event-1' }, 'id must be a UUID'],
    [{ source: 'https://pao.example/toeleiding' }, 'must be a URN urn:nld:<organisatie>:systeem:<dienst>'],
    [{ source: sourceFor('oja') }, "source system 'oja' may not publish nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1: its owner is 'toeleiding'"],
    [{ time: '2025-04-11 09:30' }, 'must be an RFC 3339 timestamp with a zone'],
    [{ time: '2025-04-11T09:30:00' }, 'must be an RFC 3339 timestamp with a zone'],
    [{ datacontenttype: 'application/xml' }, "datacontenttype must be 'application/json'"],
    [{ swv: 'vo' }, 'swv must be an SWV id of the register (e.g. PO)'],
    [{ swv: "VO' OR '1'='1" }, 'swv must be an SWV id of the register (e.g. PO)'],
    [{ swv: 3 }, "attribute 'swv' must be a non-empty string"],
    [{ correlationid: 'has spaces' }, 'correlationid must be a token'],
    [{ naam: 'Jan' }, "unexpected attribute(s) 'naam'"],
    [{ dataref: 'http://insecure.example/x' }, 'dataref must be an https URL or a URN'],
  ])('attribute rule %j', (patch, reason) => {
    expect(reasonFor({ ...validRaw(), ...patch })).toContain(reason);
  });

  it('is checked by the official CloudEvents SDK as well', () => {
    // dataschema passes our own checks (non-empty string) but is not an absolute URI.
    expect(reasonFor({ ...validRaw(), dataschema: 'schemas/tlv' })).toMatch(/^CloudEvents SDK: .*dataschema.*uri/);
    expect(reasonFor({ ...validRaw(), time: '2025-02-30T09:30:00Z' })).toMatch(/^CloudEvents SDK: .*time.*date-time/);
  });

  it('never echoes values in a reason (reasons go to logs and dead-letter headers)', () => {
    const bsn = '999990342';
    const cases: Record<string, unknown>[] = [
      { specversion: bsn },
      { id: bsn },
      { source: `urn:nld:x:${bsn}` },
      { type: `nl.passend-onderwijs.toeleiding.leerling-${bsn}.v1` },
      { time: bsn },
      { datacontenttype: bsn },
      { swv: bsn },
      { correlationid: bsn },
      { [`x${bsn}`]: 'x' },
      { dataschema: `x${bsn}` },
      { data: { ...(validRaw().data as object), soort: bsn, gemeente: Number(bsn) } },
    ];
    for (const patch of cases) expect(reasonFor({ ...validRaw(), ...patch })).not.toContain(bsn);
    expect(reasonFor(`{"bsn": ${bsn}, `)).not.toContain(bsn);
  });

  it('malformed JSON and non-objects', () => {
    expect(reasonFor('{"specversion":')).toBe('malformed JSON: the message body is not a valid JSON document');
    expect(reasonFor(Buffer.from('[1,2]'))).toBe('envelope must be a JSON object');
    expect(reasonFor(null)).toBe('envelope must be a JSON object');
  });

  it('accepts JSON text and Buffers, and drops unknown data fields (tolerant reader)', () => {
    const raw = validRaw();
    expect(validateEnvelope(JSON.stringify(raw)).ok).toBe(true);
    expect(validateEnvelope(Buffer.from(JSON.stringify(raw))).ok).toBe(true);
    const withExtra = { ...raw, data: { ...(raw.data as object), nieuwVeld: 'later added' } };
    const result = validateEnvelope(withExtra);
    expect(result.ok && result.event.data).toEqual(raw.data);
  });
});

describe('createEvent', () => {
  const data = TlvAfgegeven.example.data;

  it('fills id, time, source and the fixed attributes', () => {
    const before = Date.now();
    const event = createEvent('nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1', { subject: SUBJECT, data, correlationid: CORRELATION, swv: 'VO' });
    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1',
      source: 'urn:nld:passend-onderwijs-almere:systeem:toeleiding',
      subject: SUBJECT,
      datacontenttype: 'application/json',
      correlationid: CORRELATION,
      swv: 'VO',
      data,
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(event.time)).toBeGreaterThanOrEqual(before - 1);
    // typed data
    const soort: string = event.data.soort;
    expect(soort).toBe('VSO-midden');
  });

  it('keeps a given id and time (an outbox retry publishes the same event)', () => {
    const input = { subject: SUBJECT, data, correlationid: CORRELATION, swv: 'VO' as const, id: '11111111-2222-4333-8444-555555555555', time: new Date(FIXED_TIME) };
    const a = createEvent(TlvAfgegeven.type, input);
    const b = createEvent(TlvAfgegeven.type, input);
    expect(a).toEqual(b);
    expect(a.time).toBe(FIXED_TIME);
  });

  it('throws a clear error on invalid data', () => {
    const call = () => createEvent(TlvAfgegeven.type, { subject: SUBJECT, data: { ...data, gemeente: 'Almere' }, correlationid: CORRELATION, swv: 'VO' });
    expect(call).toThrow(EventContractError);
    expect(call).toThrow(/^invalid event nl\.passend-onderwijs\.toeleiding\.tlv-afgegeven\.v1: invalid data for .*gemeente/);
  });

  it('refuses data fields that are not in the contract (strict writer)', () => {
    const leaky = { ...data, naam: 'Jan Jansen', bsn: '999990342' } as typeof data;
    expect(() => createEvent(TlvAfgegeven.type, { subject: SUBJECT, data: leaky, correlationid: CORRELATION, swv: 'VO' })).toThrow(
      'data field(s) not in the contract of nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1: naam, bsn',
    );
    const nested = BesluitGenomen.example.data;
    expect(() =>
      createEvent(BesluitGenomen.type, {
        subject: SUBJECT,
        data: { ...nested, uitkomst: { ...nested.uitkomst, motivering: 'vrije tekst' } as never },
        correlationid: CORRELATION,
        swv: 'VO',
      }),
    ).toThrow(/not in the contract .*: uitkomst\.motivering/);
  });

  it('throws on envelope rules too: personal data in subject, unknown type', () => {
    expect(() => createEvent(TlvAfgegeven.type, { subject: '999990342', data, correlationid: CORRELATION, swv: 'VO' })).toThrow(/personal data/);
    expect(() => createEvent('nl.passend-onderwijs.toeleiding.bestaat-niet.v1' as never, { subject: SUBJECT, data, correlationid: CORRELATION, swv: 'VO' } as never)).toThrow(
      "unknown event type 'nl.passend-onderwijs.toeleiding.bestaat-niet.v1'",
    );
  });

  it('isEvent narrows to the data of a definition', () => {
    const event: EventEnvelope = exampleEvent(MeldingGedaan.type);
    expect(isEvent(event, MeldingGedaan) && event.data.soort).toBe('langdurig-relatief-verzuim');
    expect(isEvent(event, TlvAfgegeven)).toBe(false);
  });
});
