import pino from 'pino';
import { Writable } from 'node:stream';
import { redactionPaths } from './redaction';

function captureLogger() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _enc, cb) { lines.push(String(chunk)); cb(); } });
  const logger = pino({ redact: { paths: redactionPaths(), censor: '[redacted]' } }, stream);
  return { logger, lines };
}

describe('log redaction', () => {
  it('removes BSN, names, birth dates and free text at several depths', () => {
    const { logger, lines } = captureLogger();
    logger.info({
      bsn: '111222333',
      leerling: { naam: 'Jan Jansen', geboortedatum: '2012-03-04', schoolId: 's-1' },
      aanvraag: { detail: { toelichting: 'gedrag thuis' } },
      req: { headers: { cookie: 'sid=abc', authorization: 'Bearer x' } },
    }, 'aanvraag ontvangen');
    const out = lines.join('');
    for (const secret of ['111222333', 'Jan Jansen', '2012-03-04', 'gedrag thuis', 'sid=abc', 'Bearer x']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('s-1');
    expect(out).toContain('[redacted]');
  });
});
