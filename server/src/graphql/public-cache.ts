import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import type { Context } from '../context';
import type { AppPubSub } from '../common/pubsub';

/**
 * Kiosks ask for the same public boards again and again, and those change only when a matter
 * or vote does. The answer to an anonymous query of public root fields is kept as JSON text and
 * served to the next identical request before GraphQL runs, until any change event arrives (from
 * this process or, through Redis, from any other), any mutation is handled here, or 30 seconds
 * pass, which bounds the age of time-derived fields such as waitingMinutes. Only requests that
 * GraphQL has already parsed, validated and answered without errors are kept.
 */
const PUBLIC_ROOT_FIELDS = new Set(['matters', 'matter', 'matterByTrackingCode', 'notices', 'meetings', 'stats', 'pavilions', 'communities', 'vote', '__typename']);
const TTL_MS = 30_000;

interface Entry {
  json: string;
  contentType: string;
}

function keyOf(query: unknown, operationName: unknown, variables: unknown, accept: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, variables ?? {}, accept ?? '']))
    .digest('hex');
}

export class PublicResponseCache {
  private generation = 0;
  private readonly entries = new LRUCache<string, Entry>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (v) => Math.max(1, v.json.length),
    ttl: TTL_MS,
  });
  private readonly stops: Array<() => Promise<unknown>> = [];
  hits = 0;

  /** Every change event, whichever process made the change, makes all kept answers stale. */
  watch(pubSub: AppPubSub) {
    for (const topic of ['MATTER_UPDATED', 'VOTE_UPDATED'] as const) {
      const iterator = pubSub.subscribe(topic)[Symbol.asyncIterator]();
      let running = true;
      void (async () => {
        while (running) {
          const next = await iterator.next();
          if (next.done) break;
          this.invalidate();
        }
      })();
      this.stops.push(async () => {
        running = false;
        await iterator.return?.();
      });
    }
  }

  invalidate() {
    this.generation++;
    this.entries.clear();
  }

  /** Stops listening; awaited before the Redis connections close so no unsubscribe is cut off. */
  async close() {
    await Promise.all(this.stops.map((stop) => stop()));
  }

  /** Express middleware in front of Apollo: answers a kept request without running GraphQL. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'POST' || req.headers.authorization || !req.body || typeof req.body.query !== 'string') return next();
      const hit = this.entries.get(keyOf(req.body.query, req.body.operationName, req.body.variables, req.headers.accept));
      if (!hit) return next();
      this.hits++;
      res.status(200).setHeader('content-type', hit.contentType).setHeader('cache-control', 'no-store').send(hit.json);
    };
  }

  plugin(): ApolloServerPlugin<Context> {
    const cache = this;
    return {
      async requestDidStart(rc) {
        const generation = cache.generation;
        let keep = false;
        let mutation = false;
        return {
          async didResolveOperation({ operation, contextValue }) {
            if (!operation) return;
            mutation = operation.operation === 'mutation';
            keep =
              rc.request.http?.method === 'POST' &&
              operation.operation === 'query' &&
              !contextValue.viewer &&
              !contextValue.token &&
              operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(s.name.value));
          },
          async willSendResponse({ response, request }) {
            // Any mutation may have changed what a board shows, including ones that publish no event.
            if (mutation) return cache.invalidate();
            // A change since this request began would make its answer stale: keep nothing then.
            if (!keep || generation !== cache.generation) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            const key = keyOf(request.query, request.operationName, request.variables, request.http?.headers.get('accept'));
            cache.entries.set(key, {
              json: JSON.stringify(response.body.singleResult),
              contentType: response.http.headers.get('content-type') ?? 'application/json; charset=utf-8',
            });
          },
        };
      },
    };
  }
}
