import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../common/actor';
import { MAX_BODY_ANONYMOUS_BYTES, MAX_BODY_STAFF_BYTES } from '../graphql/limits';
import { bearer } from '../graphql/ws-server';

/** Who sent a request: the bearer token's viewer, resolved before the body is read. */
export type Who = { viewer: Viewer | null; expired: boolean };

/** An HTTP answer that is not GraphQL's own: too large, unreadable, or a failure of ours. */
export class HttpEdgeError extends Error {
  constructor(
    readonly status: number,
    readonly code: 'PAYLOAD_TOO_LARGE' | 'BAD_REQUEST' | 'INTERNAL_SERVER_ERROR',
    message: string,
  ) {
    super(message);
  }
}

/** The same error shape as GraphQL's, for every answer of the edge. */
export function sendEdgeError(res: ServerResponse, err: HttpEdgeError): void {
  res.statusCode = err.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message: err.message, extensions: { code: err.code } }] }));
}

/** Staff may send register files, everyone else a query. */
export const bodyLimitOf = (who: Who): number => (who.viewer?.kind === 'staff' ? MAX_BODY_STAFF_BYTES : MAX_BODY_ANONYMOUS_BYTES);

/**
 * Reads a JSON request body within the sender's limit: a body declared larger is refused before a
 * byte of it is read, one that grows past the limit as soon as it does. The one reader of both
 * paths into the API (the lean GraphQL POST and Express).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const tooLarge = () => new HttpEdgeError(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (e) {
    throw new HttpEdgeError(400, 'BAD_REQUEST', (e as Error).message);
  }
}

/** The API's CORS answer (any origin, or those of config), for both paths: one `cors` middleware. */
export function corsFor(origins: string[]): (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void {
  return cors(origins.length ? { origin: origins } : undefined) as never;
}

/**
 * The Express path's body reader: resolves the bearer token first, so that a large body from
 * anyone but staff is refused before it is read, and keeps the viewer found for the request.
 */
export function bodyBySender(resolve: (token: string | undefined) => Promise<Who>) {
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse & { locals: Record<string, unknown> }, next: (err?: unknown) => void) => {
    void (async () => {
      const who = await resolve(bearer(req.headers.authorization));
      res.locals.who = who;
      // GET requests and bodies of other types carry no JSON to read.
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return next();
      req.body = await readJsonBody(req, bodyLimitOf(who));
      next();
    })().catch(next);
  };
}
