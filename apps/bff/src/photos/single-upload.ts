import Busboy from '@fastify/busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** What a multipart request held: its one file, none, or a file over the limit (read no further than the limit). */
export type SingleUpload = { kind: 'file'; bytes: Buffer } | { kind: 'missing' } | { kind: 'too_large' };

/**
 * Lets multipart/form-data bodies reach the upload route unread: Fastify would refuse them (415) otherwise. Only the
 * upload route reads them (`readSingleUpload`); any other route given one finds no body and answers 400. Parsed with
 * busboy directly rather than through @fastify/multipart, whose global hooks ran on every request (health and every
 * cached read lost about a tenth of their rate in the bench).
 */
export function acceptMultipartBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null, undefined));
}

/**
 * Reads the one file of a multipart upload (wx.uploadFile sends exactly one) into memory, at most `maxBytes`; further
 * files, fields past the limits and a file over the limit are not kept.
 */
export function readSingleUpload(request: FastifyRequest, maxBytes: number): Promise<SingleUpload> {
  const contentType = request.headers['content-type'];
  if (typeof contentType !== 'string' || !contentType.toLowerCase().startsWith('multipart/form-data')) return Promise.resolve({ kind: 'missing' });
  return new Promise((resolve) => {
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { ...request.headers, 'content-type': contentType },
        limits: { fileSize: maxBytes, files: 1, fields: 4, parts: 5, fieldSize: 1024, headerPairs: 50 },
      });
    } catch {
      return resolve({ kind: 'missing' }); // no boundary: not a multipart body at all
    }
    let file: Promise<SingleUpload> | undefined;
    parser.on('file', (_field, stream) => {
      if (file) return stream.resume();
      file = new Promise((done) => {
        const chunks: Buffer[] = [];
        // Past the limit nothing more is read: the answer goes out at once, the rest of the body is not waited for.
        stream.on('limit', () => {
          request.raw.unpipe(parser);
          resolve({ kind: 'too_large' });
        });
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(stream.truncated ? { kind: 'too_large' } : { kind: 'file', bytes: Buffer.concat(chunks) }));
        stream.on('error', () => done({ kind: 'missing' }));
      });
    });
    parser.on('finish', () => void (file ?? Promise.resolve<SingleUpload>({ kind: 'missing' })).then(resolve));
    parser.on('error', () => resolve({ kind: 'missing' }));
    request.raw.pipe(parser);
  });
}
