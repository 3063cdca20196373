import { bouw } from '../domain/tlv/testing/fixtures';
import { auditVoor } from './audit';

describe('audit entry of a change', () => {
  it('holds the parts that changed, old and new, and the reason given', () => {
    const voor = bouw('advies-compleet');
    const na = bouw('besluit-genomen');
    const e = auditVoor('besluitNemen', voor, na, { motivering: 'Beide adviseren VSO.' });
    expect(e).toMatchObject({ actie: 'besluitNemen', objectType: 'aanvraag', objectId: na.id, reden: 'Beide adviseren VSO.' });
    expect(Object.keys(e.oud as object).sort()).toEqual(['status']);
    expect(Object.keys(e.nieuw as object).sort()).toEqual(['besluit', 'status']);
    expect(e.nieuw).toMatchObject({ status: 'besluit-genomen' });
  });

  it('records a new case with no old values', () => {
    const e = auditVoor('aanmaken', undefined, bouw('concept'), {});
    expect(e.oud).toBeUndefined();
    expect(e.nieuw).toMatchObject({ status: 'concept' });
    expect(e.reden).toBeUndefined();
  });
});
