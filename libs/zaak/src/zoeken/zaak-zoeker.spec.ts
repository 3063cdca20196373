import { testBsn, testOnderwijsnummer } from '../domein';
import { herkenZoekvraag } from './zaak-zoeker';

describe('reading a search text', () => {
  const lees = (t: string) => herkenZoekvraag(t, 'TLV', 'VO');

  it('reads a kenmerk in any of its short forms', () => {
    expect(lees('tlv-vo-2026-7')).toEqual({ criterium: 'kenmerk', waarde: 'TLV-VO-2026-00007' });
    expect(lees('2026-00123').criterium).toBe('kenmerk');
  });

  it('reads a BSN or onderwijsnummer only when it passes the elfproef, and never echoes it', () => {
    const bsn = testBsn(4201);
    const vraag = lees(bsn);
    expect(vraag.criterium).toBe('leerlingnummer');
    expect(JSON.stringify(vraag)).not.toContain(bsn);
    expect(lees(`${bsn.slice(0, 4)} ${bsn.slice(4)}`).criterium).toBe('leerlingnummer');
    expect(lees(testOnderwijsnummer(12)).criterium).toBe('leerlingnummer');
    expect(lees('123456789').criterium).toBe('naam-of-school');
  });

  it('reads a date of birth the Dutch way or as ISO', () => {
    expect(lees('4-3-2012')).toEqual({ criterium: 'geboortedatum', waarde: '2012-03-04' });
    expect(lees('04-03-2012')).toEqual({ criterium: 'geboortedatum', waarde: '2012-03-04' });
    expect(lees('2012-03-04')).toEqual({ criterium: 'geboortedatum', waarde: '2012-03-04' });
    expect(lees('31-02-2012').criterium).toBe('naam-of-school');
    // Eight digits with dashes that would pass the elfproef are still a date.
    expect(lees('06-05-2010')).toEqual({ criterium: 'geboortedatum', waarde: '2010-05-06' });
  });

  it('reads anything else as a name or a school', () => {
    expect(lees('Jan de Vries')).toEqual({ criterium: 'naam-of-school', waarde: 'Jan de Vries' });
  });
});
