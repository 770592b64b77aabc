import { execute, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { Context } from './context';
import { depthRule, edgeErrors, MAX_WS_MESSAGE_BYTES } from './limits';
import { makeSharedSubscribe, type SubscribeHooks } from './shared-subscribe';

export interface WsOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  log: Logger;
  makeContext(token: string | undefined, requestId: string): Promise<Context>;
  hooks: SubscribeHooks;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}

export function bearer(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return m?.[1];
}

/** Errors leave over WebSocket exactly as over HTTP: through the one formatError. */
function formatAll(errors: readonly GraphQLError[], format: WsOptions['formatError']): GraphQLFormattedError[] {
  return errors.map((e) => format(e.toJSON(), e));
}

/** The codes Apollo gives parse and validation errors over HTTP. */
function coded(e: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code } });
}

/** graphql-ws on the API's HTTP server, at /graphql. */
export function startWsServer(o: WsOptions) {
  const wsServer = new WebSocketServer({ server: o.httpServer, path: '/graphql', maxPayload: MAX_WS_MESSAGE_BYTES });
  const cleanup = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema: o.schema,
      execute: (args: ExecutionArgs) => execute(args),
      subscribe: makeSharedSubscribe(o.hooks),
      // A new context, and so a new entity manager fork, for every operation.
      context: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearer(params.authorization ?? params.Authorization);
        return o.makeContext(token, randomUUID());
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [coded(e as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(o.schema, document, [...specifiedRules, depthRule]);
        if (errors.length) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
        const refused = edgeErrors(o.schema, document, payload.variables, payload.operationName);
        return refused.length ? refused : undefined;
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatAll(result.errors, o.formatError) } : undefined),
      onError: (_ctx, _id, _payload, errors) => {
        o.log.warn({ errors: errors.map((e) => e.message) }, 'subscription operation refused');
        return formatAll(errors, o.formatError);
      },
    },
    wsServer,
  );
  return {
    async dispose() {
      await cleanup.dispose();
    },
    close() {
      wsServer.close();
    },
  };
}
