import { ProblemError } from '@pao/platform';
import type { Request } from 'express';
import { PassThrough } from 'node:stream';
import { MAX_UPLOAD_BYTES, readUpload, uploadType } from './upload';

/** A request whose body arrives as the test writes it. */
function upload(headers: Record<string, string> = {}, method = 'POST'): PassThrough & Request {
  const req = new PassThrough() as unknown as PassThrough & Request;
  Object.assign(req, { method, headers: { 'content-type': 'text/csv', ...headers } });
  return req;
}

async function problem(p: Promise<unknown>): Promise<{ status: number; detail?: string }> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ProblemError);
  const details = (e as ProblemError).toProblem();
  return { status: details.status, detail: details.detail };
}

describe('gateway upload path', () => {
  it('knows an upload by its media type, never on a read', () => {
    expect(uploadType(upload({ 'content-type': 'text/csv; charset=utf-8' }))).toBe('text/csv');
    expect(uploadType(upload({ 'content-type': 'application/json' }))).toBeUndefined();
    expect(uploadType(upload({}, 'GET'))).toBeUndefined();
  });

  it('reads the bytes as they are', async () => {
    const req = upload();
    const bytes = Buffer.from([0x6c, 0x65, 0xe9, 0x0d, 0x0a]);
    const read = readUpload(req, Date.now() + 5_000);
    req.end(bytes);
    expect(await read).toEqual(bytes);
  });

  it('refuses a compressed upload (415) and a declared or actual size over the limit (413)', async () => {
    expect(await problem(readUpload(upload({ 'content-encoding': 'gzip' }), Date.now() + 5_000))).toMatchObject({ status: 415 });
    expect(await problem(readUpload(upload({ 'content-length': String(MAX_UPLOAD_BYTES + 1) }), Date.now() + 5_000))).toMatchObject({ status: 413 });
    const req = upload();
    const read = readUpload(req, Date.now() + 5_000);
    req.write(Buffer.alloc(MAX_UPLOAD_BYTES));
    req.end(Buffer.alloc(1));
    expect(await problem(read)).toMatchObject({ status: 413 });
  });

  it('answers 400 when the upload is broken off or still arriving at the deadline, without quoting it', async () => {
    const broken = upload();
    const read = readUpload(broken, Date.now() + 5_000);
    broken.write('999990019;havo');
    broken.destroy(new Error('socket hang up'));
    expect(await problem(read)).toEqual({ status: 400, detail: 'The upload was broken off before it was complete' });

    const slow = upload();
    const late = readUpload(slow, Date.now() + 50);
    slow.write('999990019;havo');
    expect(await problem(late)).toEqual({ status: 400, detail: 'The upload did not arrive in time' });
  });
});
