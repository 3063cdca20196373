import { randomUUID } from 'node:crypto';
import { catalogue } from '@pao/contracts';
import { GEMEENTE_TYPE_NAMEN, GEMEENTE_TYPEN, gemeenteBericht } from './catalogus';

/**
 * The service follows the catalogue (libs/contracts): every type another service marks
 * for gemeenten is bound and delivered without a change here. What it needs of such a
 * type: the gemeente the event is for, always (an event without it reaches nobody).
 */
describe('the gemeente event types of the catalogue', () => {
  const gemarkeerd = catalogue.all().filter((d) => d.audience.includes('gemeente'));

  it('are every type the catalogue marks for gemeenten, with their domain as kanaal', () => {
    expect(gemarkeerd.length).toBeGreaterThan(0);
    expect([...GEMEENTE_TYPE_NAMEN].sort()).toEqual(gemarkeerd.map((d) => d.type).sort());
    for (const t of GEMEENTE_TYPEN) expect(t.kanaal).toBe(catalogue.get(t.type)!.domain);
  });

  it.each(gemarkeerd.map((d) => [d.type, d] as const))('%s names the gemeente it is for, required, in its gemeente view', (_type, d) => {
    expect(d.gemeenteFields).toContain('gemeente');
    const zonder: Record<string, unknown> = { ...(d.example.data as Record<string, unknown>) };
    delete zonder.gemeente;
    expect(d.schema.safeParse(zonder).success).toBe(false);
  });

  it.each(gemarkeerd.map((d) => [d.type, d] as const))('%s becomes a melding for its gemeente with the gemeente view only', (_type, d) => {
    const event = catalogue.createEvent(d.type as never, { subject: randomUUID(), swv: 'VO', correlationid: randomUUID(), data: { ...(d.example.data as object), gemeente: 'GM0303' } as never });
    const bericht = gemeenteBericht(event, 'https://pao.example')!;
    expect(bericht.melding).toEqual({ type: d.type, kanaal: d.domain, swv: 'VO', gemeente: 'GM0303' });
    for (const veld of Object.keys(bericht.envelope.data as object)) expect(d.gemeenteFields).toContain(veld);
    expect(bericht.envelope.dataref).toBe(`https://pao.example/api/notificaties/gebeurtenissen/${event.id}`);
  });
});
