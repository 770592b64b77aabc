import type { ApolloServerPlugin } from '@apollo/server';
import { getArgumentValues, Kind, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { Extensions } from 'type-graphql';
import { createHash } from 'node:crypto';
import type { ChangeFeed } from '../common/change-feed';
import type { Context } from './context';

/**
 * Kiosks ask for the same public boards again and again, and those change only when a matter,
 * vote or the register of their community does. The answer to an anonymous query of public root
 * fields is kept as JSON text and served to the next identical request before GraphQL runs, until
 * a change event of a community it shows arrives (from this process or, through Redis, from any
 * other), or 30 seconds pass, which bounds the age of time-derived fields such as waitingMinutes.
 * An answer is tied to the communities its root fields name (a pavilion's board to its community);
 * one that names none is dropped by a change anywhere. Signing in or out and failed mutations
 * change nothing shown, so they drop nothing. Only requests that GraphQL has already parsed,
 * validated and answered without errors are kept.
 */
/** The field extension that marks a root query field public: `@PublicAnswer()` beside `@Query`. */
export const PUBLIC_ANSWER_EXTENSION = 'publicAnswer';

/**
 * Declares a root query field whose answer is the same for every anonymous caller and shows only
 * public data: kiosks may share it (its communities are found from its arguments).
 */
export const PublicAnswer = (): MethodDecorator => Extensions({ [PUBLIC_ANSWER_EXTENSION]: true });

/** The root query fields declared public, read from the schema once. */
function publicRootFields(schema: GraphQLSchema): Set<string> {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
  return new Set(['__typename', ...fields.filter((f) => f.extensions?.[PUBLIC_ANSWER_EXTENSION] === true).map((f) => f.name)]);
}

const TTL_MS = 30_000;
const MUTATION = /^\s*mutation\b/;

/** Which communities an answer shows: some, or possibly any. */
type Scope = { communities: Set<number> } | 'ANY';

interface Entry {
  json: string;
  contentType: string;
  scope: Scope;
}

function keyOf(query: unknown, operationName: unknown, variables: unknown, accept: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, variables ?? {}, accept ?? '']))
    .digest('hex');
}

const positiveInt = (v: unknown): number | null => {
  const n = typeof v === 'string' && /^[1-9]\d{0,15}$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : null;
};

export class PublicResponseCache {
  /** Counts changes; each community remembers the count at its last change. */
  private changes = 0;
  private lastChangeAnywhere = 0;
  private readonly changedAt = new Map<number, number>();
  private readonly pavilionCommunity = new Map<number, number>();
  private readonly entries = new LRUCache<string, Entry>({
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (v) => Math.max(1, v.json.length),
    ttl: TTL_MS,
  });
  hits = 0;
  private readonly publicFields: Set<string>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly communityOfPavilion: (ctx: Context, pavilionId: number) => Promise<number | null>,
  ) {
    this.publicFields = publicRootFields(schema);
  }

  watch(feed: ChangeFeed) {
    feed.listen((communityId) => this.invalidate(communityId));
  }

  /** Drops the answers that show this community (every answer for null). */
  invalidate(communityId: number | null = null) {
    this.changes++;
    if (communityId === null) {
      this.lastChangeAnywhere = this.changes;
      this.entries.clear();
      return;
    }
    this.changedAt.set(communityId, this.changes);
    for (const [key, entry] of this.entries.entries()) {
      if (entry.scope === 'ANY' || entry.scope.communities.has(communityId)) this.entries.delete(key);
    }
  }

  private changedSince(scope: Scope, mark: number): boolean {
    if (this.lastChangeAnywhere > mark) return true;
    if (scope === 'ANY') return this.changes > mark;
    for (const c of scope.communities) if ((this.changedAt.get(c) ?? 0) > mark) return true;
    return false;
  }

  /** The communities the root fields of an operation name, from their arguments. */
  private async scopeOf(operation: OperationDefinitionNode, variables: Record<string, unknown>, ctx: Context): Promise<Scope> {
    const communities = new Set<number>();
    const queryType = this.schema.getQueryType()!;
    for (const selection of operation.selectionSet.selections as FieldNode[]) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      const args = getArgumentValues(queryType.getFields()[name], selection, variables) as Record<string, unknown>;
      const filter = (args.filter ?? {}) as Record<string, unknown>;
      let community = positiveInt(args.communityId ?? filter.communityId);
      const pavilion = positiveInt(name === 'pavilion' ? args.id : (args.pavilionId ?? filter.pavilionId));
      if (community === null && pavilion !== null) {
        community = this.pavilionCommunity.get(pavilion) ?? (await this.communityOfPavilion(ctx, pavilion));
        if (community !== null) this.pavilionCommunity.set(pavilion, community);
      }
      if (community === null) return 'ANY';
      communities.add(community);
    }
    return { communities };
  }

  /** The kept answer to an anonymous POST body, if any; counted as a hit. */
  lookup(body: unknown, accept: string | undefined): { json: string; contentType: string } | undefined {
    const b = body as { query?: unknown; operationName?: unknown; variables?: unknown } | null;
    if (!b || typeof b.query !== 'string') return undefined;
    // Only queries are kept; a kiosk's report need not pay for hashing its text.
    if (MUTATION.test(b.query)) return undefined;
    const hit = this.entries.get(keyOf(b.query, b.operationName, b.variables, accept));
    if (hit) this.hits++;
    return hit;
  }

  plugin(): ApolloServerPlugin<Context> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the hooks below are Apollo's, not ours
    const cache = this;
    return {
      async requestDidStart(rc) {
        let scope: Scope | null = null;
        let mark = 0;
        return {
          async didResolveOperation({ operation, contextValue, request }) {
            const keep =
              !!operation &&
              rc.request.http?.method === 'POST' &&
              operation.operation === 'query' &&
              contextValue.actor.kind === 'anonymous' &&
              !contextValue.token &&
              operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && cache.publicFields.has(s.name.value));
            if (!keep) return;
            mark = cache.changes;
            try {
              scope = await cache.scopeOf(operation, request.variables ?? {}, contextValue);
            } catch {
              scope = null; // arguments that do not coerce: execution answers with the error
            }
          },
          async willSendResponse({ response, request }) {
            // A change since this request began would make its answer stale: keep nothing then.
            if (!scope || cache.changedSince(scope, mark)) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            const key = keyOf(request.query, request.operationName, request.variables, request.http?.headers.get('accept'));
            cache.entries.set(key, {
              json: JSON.stringify(response.body.singleResult),
              contentType: response.http.headers.get('content-type') ?? 'application/json; charset=utf-8',
              scope,
            });
          },
        };
      },
    };
  }
}
