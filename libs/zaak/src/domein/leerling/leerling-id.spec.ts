import fc from 'fast-check';
import { inspect } from 'node:util';
import { OngeldigeInvoer } from '../fouten';
import { geldigBsnArb, geldigOnderwijsnummerArb, ongeldigBsnArb } from './bsn.arbitraries';
import { LeerlingId } from './leerling-id';

/** Every way a value ends up in a log line or a response body. */
function uitingen(id: LeerlingId): string[] {
  return [
    String(id),
    `${id}`,
    id + '',
    JSON.stringify(id),
    JSON.stringify({ leerling: id }),
    JSON.stringify({ ...id }),
    inspect(id),
    inspect({ nested: { id } }, { depth: 5, showHidden: true }),
    JSON.stringify(structuredClone({ id })),
  ];
}

describe('LeerlingId', () => {
  it('masks the number everywhere but onthulNummer()', () => {
    const id = LeerlingId.parse('123456782');
    expect(id.soort).toBe('bsn');
    expect(id.onthulNummer()).toBe('123456782');
    expect(String(id)).toBe('***-**-782');
    expect(inspect(id)).toBe('LeerlingId(bsn ***-**-782)');
    for (const uiting of uitingen(id)) expect(uiting).not.toContain('123456');
  });

  it('never leaks any valid BSN or onderwijsnummer', () => {
    fc.assert(
      fc.property(fc.oneof(geldigBsnArb(), geldigOnderwijsnummerArb()), (nummer) => {
        const id = LeerlingId.parse(nummer);
        return id.onthulNummer() === nummer && uitingen(id).every((u) => !u.includes(nummer.slice(0, 6)));
      }),
    );
  });

  it('refuses invalid input without echoing it', () => {
    fc.assert(
      fc.property(ongeldigBsnArb(), (invoer) => {
        try {
          LeerlingId.parse(invoer);
          return false;
        } catch (e) {
          return e instanceof OngeldigeInvoer && e.veld === 'leerlingnummer' && !e.message.includes(invoer);
        }
      }),
    );
    expect(LeerlingId.probeer(123456782)).toBeUndefined();
    expect(LeerlingId.probeer('1'.repeat(50))).toBeUndefined();
  });

  it('compares by number', () => {
    expect(LeerlingId.parse('123.456.782').gelijkAan(LeerlingId.parse('123456782'))).toBe(true);
    expect(LeerlingId.parse('123456782').gelijkAan(LeerlingId.parse('111222333'))).toBe(false);
  });
});
