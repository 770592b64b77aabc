import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Context } from '../graphql/context';
import type { PublicResponseCache } from '../graphql/public-cache';
import { bearer } from '../graphql/ws-server';
import { bodyLimitOf, corsFor, HttpEdgeError, readJsonBody, sendEdgeError, type Who } from './body-limit';

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

/**
 * GraphQL over HTTP POST straight from Node's server to Apollo, without Express in between: what
 * kiosks, phones and the console send nearly every time, so its overhead is paid on every request.
 * It does what the Express stack did for it: CORS, the body limit by sender (checked before the
 * body is read), the shared answers for kiosks, and the same error shapes. Every other request
 * (GET, preflight, health, metrics) still goes through Express.
 */
export function graphqlPost(o: GraphqlPostOptions) {
  const cors = corsFor(o.corsOrigins);
  return async (req: IncomingMessage, res: ServerResponse) => {
    // A POST is never a preflight: the middleware only sets its headers and goes on at once.
    cors(req, res, () => undefined);
    try {
      const token = bearer(req.headers.authorization);
      const who = await o.resolveToken(token);
      const body = await readJsonBody(req, bodyLimitOf(who));
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
      if (err instanceof HttpEdgeError) return sendEdgeError(res, err);
      o.log.error({ err }, 'request failed');
      if (!res.headersSent) sendEdgeError(res, new HttpEdgeError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
      else res.end();
    }
  };
}
