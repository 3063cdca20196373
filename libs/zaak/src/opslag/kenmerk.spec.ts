import { formatteerKenmerk, KENMERK, leesKenmerk } from './kenmerk';

describe('kenmerk', () => {
  it('is prefix, SWV, year and a five-digit number', () => {
    expect(formatteerKenmerk('TLV', 'VO', 2026, 123)).toBe('TLV-VO-2026-00123');
    expect(formatteerKenmerk('TLV', 'PO', 2026, 123456)).toBe('TLV-PO-2026-123456');
    expect(KENMERK.test('TLV-VO-2026-00123')).toBe(true);
  });

  it.each([
    ['TLV-VO-2026-00123', 'TLV-VO-2026-00123'],
    ['tlv-vo-2026-123', 'TLV-VO-2026-00123'],
    [' 2026-00123 ', 'TLV-VO-2026-00123'],
    ['2026-123', 'TLV-VO-2026-00123'],
    ['VO-2026-123', 'TLV-VO-2026-00123'],
    ['TLV-PO-2026-00123', undefined],
    ['THZ-VO-2026-00123', undefined],
    ['Jansen', undefined],
    ['123456782', undefined],
    ['12-03-2012', undefined],
  ])('reads %p as %p for a VO consulent of the TLV service', (invoer, verwacht) => {
    expect(leesKenmerk(invoer, 'TLV', 'VO')).toBe(verwacht);
  });

  // Register ids may hold digits and '-' (libs/swv): bench/landelijk found kenmerk search blind for them.
  it.each([
    ['TLV-PO2402-2026-00123', 'PO2402', 'TLV-PO2402-2026-00123'],
    ['tlv-po2402-2026-123', 'PO2402', 'TLV-PO2402-2026-00123'],
    ['2026-123', 'PO2402', 'TLV-PO2402-2026-00123'],
    ['PO2402-2026-123', 'PO2402', 'TLV-PO2402-2026-00123'],
    ['TLV-VO-2201-2026-00007', 'VO-2201', 'TLV-VO-2201-2026-00007'],
    ['TLV-PO2403-2026-00123', 'PO2402', undefined],
    ['TLV-VO-2026-00123', 'PO2402', undefined],
  ])('reads %p for an actor of SWV %p as %p', (invoer, swv, verwacht) => {
    expect(leesKenmerk(invoer, 'TLV', swv)).toBe(verwacht);
    if (verwacht) expect(KENMERK.test(verwacht)).toBe(true);
  });
});
