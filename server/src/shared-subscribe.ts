import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator';
import { createHash } from 'node:crypto';
import { OncePerEvent } from './common/once-per-event';
import type { Context } from './context';

/**
 * graphql-js `subscribe`, except that anonymous subscribers asking the same thing (same document,
 * operation and variables) share one execution per published event: a change on a busy board is
 * resolved once, then sent to every kiosk. Signed-in subscribers, who may see fields that others
 * may not, are executed on their own. Events carry an `eventId` for this.
 */
export function makeSharedSubscribe() {
  const results = new OncePerEvent<ExecutionResult>();
  return async (args: ExecutionArgs) => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in Object(stream))) return stream as ExecutionResult;
    const context = args.contextValue as Context;
    const shareable = !context.viewer && !context.token;
    const request = createHash('sha256')
      .update(JSON.stringify([print(args.document), args.operationName ?? null, args.variableValues ?? {}]))
      .digest('hex');
    return mapAsyncIterator(stream as AsyncIterable<unknown>, (payload) => {
      const run = () => Promise.resolve(execute({ ...args, rootValue: payload }));
      const eventId = (payload as { eventId?: unknown } | null)?.eventId;
      return shareable && typeof eventId === 'string' ? results.get(`${eventId}:${request}`, run) : run();
    });
  };
}
