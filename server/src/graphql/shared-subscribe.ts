import { createSourceEventStream, execute, GraphQLError, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { createHash } from 'node:crypto';
import { unauthenticated } from '../common/errors';
import { OncePerEvent } from '../common/once-per-event';
import type { Context } from './context';

export interface SubscribeHooks {
  /**
   * The context for one event: a fresh entity manager fork and, for a signed-in subscriber, the
   * viewer checked again; null when the session has ended.
   */
  contextForEvent(subscribed: Context): Promise<Context | null>;
  /** Calls `stop` when the subscriber's session ends (sign-out anywhere); returns the unregister. */
  onSessionEnd(token: string, stop: () => void): () => void;
}

const sessionEnded = () => new GraphQLError('Your session has ended', { originalError: unauthenticated('Your session has ended; sign in again') });

/**
 * graphql-js `subscribe` with two differences. Anonymous subscribers asking the same thing (same
 * document, operation and variables) share one execution per published event: a change on a
 * busy board is resolved once, then sent to every kiosk. Signed-in subscribers are executed on
 * their own, with their rights checked again for every event; their subscriptions end with
 * their session (sign-out or expiry), so nothing meant for staff keeps flowing after it.
 */
export function makeSharedSubscribe(hooks: SubscribeHooks) {
  const results = new OncePerEvent<ExecutionResult>();
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in Object(stream))) return stream as ExecutionResult;
    const source = (stream as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    const subscribed = args.contextValue as Context;
    const token = subscribed.token;
    const request = createHash('sha256')
      .update(JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? {}]))
      .digest('hex');

    let ended = false;
    let unregister = () => undefined as void;
    const end = async () => {
      if (ended) return;
      ended = true;
      unregister();
      await source.return?.();
    };
    if (token) unregister = hooks.onSessionEnd(token, () => void end());

    const run = async (payload: unknown): Promise<ExecutionResult | null> => {
      const context = await hooks.contextForEvent(subscribed);
      if (!context) return null;
      return execute({ ...args, contextValue: context, rootValue: payload });
    };

    const iterator: AsyncIterableIterator<ExecutionResult> = {
      [Symbol.asyncIterator]() {
        return iterator;
      },
      async next() {
        if (ended) return { done: true, value: undefined };
        const event = await source.next();
        if (event.done || ended) {
          await end();
          return { done: true, value: undefined };
        }
        const eventId = (event.value as { eventId?: unknown } | null)?.eventId;
        const result =
          !token && typeof eventId === 'string' ? await results.get(`${eventId}:${request}`, async () => (await run(event.value))!) : await run(event.value);
        if (!result) {
          await end();
          return { done: false, value: { errors: [sessionEnded()] } };
        }
        return { done: false, value: result };
      },
      async return() {
        await end();
        return { done: true, value: undefined };
      },
      async throw(error: unknown) {
        await end();
        throw error;
      },
    };
    return iterator;
  };
}
