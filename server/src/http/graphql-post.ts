import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Viewer } from '../common/actor';
import type { Context } from '../graphql/context';
import { MAX_BODY_ANONYMOUS_BYTES, MAX_BODY_STAFF_BYTES } from '../graphql/limits';
import type { PublicResponseCache } from '../graphql/public-cache';
import { bearer } from '../graphql/ws-server';

type Who = { viewer: Viewer | null; expired: boolean };

export interface GraphqlPostOptions {
  apollo: ApolloServer<Context>;
  log: Logger;
  corsOrigins: string[];
  resolveToken(token: string | undefined): Promise<Who>;
  contextOf(who: Who, token: string | undefined, requestId: string, logOf: () => Logger): Context;
  publicCache: PublicResponseCache | null;
}

/** Whether a request is a GraphQL POST with a JSON body: the one kind the lean path serves. */
export function isGraphqlPost(req: IncomingMessage): boolean {
  return (
    req.method === 'POST' &&
    (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true) &&
    /^application\/json\b/i.test(req.headers['content-type'] ?? '')
  );
}

function sendError(res: ServerResponse, status: number, code: string, message: string) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GraphQL over HTTP POST straight from Node's server to Apollo, without Express in between: what
 * kiosks, phones and the console send nearly every time, so its overhead is paid on every request.
 * It does what the Express stack did for it: CORS, the body limit by sender (checked before the
 * body is read), the shared answers for kiosks, and the same error shapes. Every other request
 * (GET, preflight, health, metrics) still goes through Express.
 */
export function graphqlPost(o: GraphqlPostOptions) {
  const allowed = new Set(o.corsOrigins);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (allowed.size === 0) res.setHeader('access-control-allow-origin', '*');
    else if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    try {
      const token = bearer(req.headers.authorization);
      const who = await o.resolveToken(token);
      const limit = who.viewer?.kind === 'staff' ? MAX_BODY_STAFF_BYTES : MAX_BODY_ANONYMOUS_BYTES;
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > limit) {
        req.resume();
        return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limit) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${limit} bytes`);
        chunks.push(chunk);
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (e) {
        return sendError(res, 400, 'BAD_REQUEST', (e as Error).message);
      }
      if (o.publicCache && !req.headers.authorization) {
        const hit = o.publicCache.lookup(body, req.headers.accept);
        if (hit) {
          res.statusCode = 200;
          res.setHeader('content-type', hit.contentType);
          res.setHeader('cache-control', 'no-store');
          return res.end(hit.json);
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const url = req.url ?? '/graphql';
      const answer = await o.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: url.includes('?') ? url.slice(url.indexOf('?')) : '', body },
        context: async () => o.contextOf(who, token, req.id, () => req.log),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') return res.end(answer.body.string);
      for await (const part of answer.body.asyncIterator) res.write(part);
      res.end();
    } catch (err) {
      o.log.error({ err }, 'request failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    }
  };
}
