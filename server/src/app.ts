import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { PublicResponseCache } from './public-cache';
import { VoteScheduler } from './votes/scheduler';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { execute, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs } from 'graphql';
import { makeSharedSubscribe } from './shared-subscribe';

import { useServer } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import client from 'prom-client';
import { WebSocketServer } from 'ws';
import type { Config } from './config';
import type { Context } from './context';
import { makeFormatError } from './errors';
import { costError, costLimitPlugin, depthRule, MAX_BODY, MAX_COST, operationCost } from './limits';
import { createLogger } from './logger';
import { initOrm, type Orm, type OrmHooks } from './orm.config';
import { buildAppSchema } from './schema';
import { createServices, type ServiceSettings, type Services } from './services';

export interface App {
  url: string;
  port: number;
  orm: Orm;
  services: Services;
  publicCache: PublicResponseCache;
  httpServer: Server;
  log: Logger;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Listen on this port instead of config.port (0 picks a free one). */
  port?: number;
  logger?: Logger;
  ormHooks?: OrmHooks;
  settings?: ServiceSettings;
  /** Run pending migrations before serving (the default). */
  migrate?: boolean;
}

function bearer(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return m?.[1];
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.logger ?? createLogger(config);
  const orm = await initOrm(config.database, opts.ormHooks);
  if (opts.migrate !== false) await orm.getMigrator().up();
  const services = createServices(config, opts.settings, log);
  const schema = await buildAppSchema(services.pubSub);
  const scheduler = new VoteScheduler(orm, services.votes, log);
  services.votes.onOpened = (vote) => scheduler.schedule(vote);
  await scheduler.start();
  // Ended sessions are of no use and only grow the table: removed at start and every hour.
  const sweepSessions = () =>
    services.auth.deleteExpiredSessions(orm.em.fork()).then(
      (n) => n && log.info({ deleted: n }, 'expired sessions removed'),
      (err) => log.warn({ err }, 'removing expired sessions failed'),
    );
  await sweepSessions();
  const sweeper = setInterval(sweepSessions, 3_600_000);
  sweeper.unref();
  const publicCache = new PublicResponseCache();
  publicCache.watch(services.pubSub);
  const formatError = makeFormatError({ development: config.development, onInternal: (err) => log.error({ err }, 'resolver failed') });

  const makeContext = async (token: string | undefined, requestId: string, ip: string, reqLog: Logger): Promise<Context> => {
    const em = orm.em.fork();
    const { viewer, expired } = await services.auth.resolve(em, token);
    return { em, viewer, sessionExpired: expired, token, requestId, ip, log: reqLog, services };
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = createServer(app);

  const metrics = new client.Registry();
  client.collectDefaultMetrics({ register: metrics });
  const requests = new client.Counter({ name: 'pavilion_http_requests_total', help: 'HTTP requests', labelNames: ['route', 'status'], registers: [metrics] });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { requestId: string }>(
    {
      schema,
      execute: (args: ExecutionArgs) => execute(args),
      subscribe: makeSharedSubscribe(),
      // A new context, and so a new entity manager fork, for every subscription operation.
      context: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearer(params.authorization ?? params.Authorization);
        const req = ctx.extra.request as IncomingMessage;
        return makeContext(token, randomUUID(), req.socket.remoteAddress ?? '', log);
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          return [e as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, depthRule]);
        if (errors.length) return errors;
        let cost = 0;
        try {
          cost = operationCost(schema, document, payload.variables ?? {}, payload.operationName ?? undefined);
        } catch {
          // Variables that do not fit: execution refuses them with a coercion error.
        }
        if (cost > MAX_COST) return [costError(cost)];
        return undefined;
      },
      onError: (_ctx, _id, _payload, errors) => {
        log.warn({ errors: errors.map((e) => e.message) }, 'subscription operation failed');
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: true,
    // main.ts owns the signals so that the ORM closes after the drain.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    validationRules: [depthRule],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP caching hints: every field would otherwise be wrapped for cache-control bookkeeping.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema),
      publicCache.plugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || req.url === '/metrics' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use((req, res, next) => {
    res.on('finish', () => requests.inc({ route: req.path === '/graphql' ? 'graphql' : 'other', status: String(res.statusCode) }));
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (err) {
      log.warn({ err }, 'database unreachable');
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });

  app.use(
    '/graphql',
    cors(config.corsOrigins.length ? { origin: config.corsOrigins } : undefined),
    express.json({ limit: MAX_BODY }),
    publicCache.middleware(),
    expressMiddleware(apollo, {
      context: async ({ req }) => makeContext(bearer(req.headers.authorization), String(req.id), req.ip ?? '', req.log),
    }),
  );
  // Malformed JSON and oversized bodies: a GraphQL-shaped error rather than an HTML page.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message = err.type === 'entity.too.large' ? `Request body is larger than ${MAX_BODY}` : status === 500 ? 'Internal server error' : err.message;
    if (status === 500) log.error({ err }, 'request failed');
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  const port = opts.port ?? config.port;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    orm,
    services,
    publicCache,
    httpServer,
    log,
    stop() {
      stopped ??= (async () => {
        scheduler.stop();
        clearInterval(sweeper);
        await apollo.stop();
        await publicCache.close();
        log.debug('HTTP and WebSocket connections drained');
        wsServer.close();
        await services.close();
        await orm.close(true);
        log.debug('database closed');
      })();
      return stopped;
    },
  };
}

