import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { ANONYMOUS, SESSION_ENDED, type Viewer } from './common/actor';
import { makeFormatError } from './common/errors';
import { createLogger } from './common/logger';
import { WalCheckpoints } from './common/wal-checkpoints';
import type { Config } from './config';
import type { Context } from './graphql/context';
import { depthRule, edgePlugin } from './graphql/limits';
import { PublicResponseCache } from './graphql/public-cache';
import { buildAppSchema } from './graphql/schema';
import { bearer, startWsServer } from './graphql/ws-server';
import { bodyBySender, corsFor } from './http/body-limit';
import { graphqlPost, isGraphqlPost } from './http/graphql-post';
import { requestLog } from './http/request-log';
import { errorRoute, healthRoutes, httpMetrics } from './http/routes';
import { startJobs } from './jobs';
import { initOrm, type Orm, type OrmHooks } from './orm.config';
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
  /** How often to look for votes to close (tests shorten it). */
  votePollMs?: number;
  /** How often the outbox of text messages is sent, and the first wait after a failure (tests shorten them). */
  deliveryMs?: number;
  deliveryBackoffMs?: number;
}

type Who = { viewer: Viewer | null; expired: boolean };

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const log = opts.logger ?? createLogger(config);
  const orm = await initOrm(config.database, opts.ormHooks);
  if (opts.migrate !== false) await orm.getMigrator().up();
  let checkpoints: WalCheckpoints | null = null;
  if (config.database.driver === 'sqlite' && config.database.url !== ':memory:') {
    // The log is copied back beside the writer, not inside its commits (common/wal-checkpoints.ts).
    await orm.em.getConnection().execute('PRAGMA wal_autocheckpoint = 0');
    checkpoints = WalCheckpoints.start(config.database.url, {
      restart: () => orm.em.getConnection().execute('PRAGMA wal_checkpoint(RESTART)'),
      onError: (message) => log.warn({ message }, 'checkpoint failed'),
    });
  }
  const services = createServices(config, opts.settings, log, opts.ormHooks);
  const schema = await buildAppSchema(services.resolvers(), services.pubSub);
  const jobs = await startJobs(orm, services, log, config, {
    votePollMs: opts.votePollMs,
    deliveryMs: opts.deliveryMs,
    deliveryBackoffMs: opts.deliveryBackoffMs,
  });
  // A plain read: a partial entity in the request's identity map would answer later fields.
  const publicCache = new PublicResponseCache(schema, async (ctx, pavilionId) => {
    const [row] = await ctx.em.execute<Array<{ community_id: unknown }>>('select community_id from pavilion where id = ?', [pavilionId]);
    return row ? Number(row.community_id) : null;
  });
  publicCache.watch(services.changes);
  const formatError = makeFormatError({ development: config.development, onInternal: (err) => log.error({ err }, 'resolver failed') });

  const resolveToken = (token: string | undefined): Promise<Who> => services.auth.resolve(() => orm.em.fork(), token);
  // The entity manager is forked when a resolver first needs it: many answers need no database.
  const contextOf = (who: Who, token: string | undefined, requestId: string, logOf: () => Logger): Context => {
    let em: Context['em'] | undefined;
    return {
      get em() {
        return (em ??= orm.em.fork());
      },
      get log() {
        return logOf();
      },
      actor: who.viewer ?? (who.expired ? SESSION_ENDED : ANONYMOUS),
      token,
      requestId,
    };
  };

  const app = express();
  app.disable('x-powered-by');
  // Answers are never cached by browsers (no-store); hashing each body for an ETag is wasted work.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const metrics = httpMetrics();
  const logRequest = requestLog(log, metrics.count);
  // GraphQL POSTs go straight to Apollo (http/graphql-post.ts); everything else through Express.
  const lean: { post?: ReturnType<typeof graphqlPost> } = {};
  const httpServer = createServer((req, res) => logRequest(req, res, () => (lean.post && isGraphqlPost(req) ? void lean.post(req, res) : app(req, res))));

  const ws = startWsServer({
    httpServer,
    schema,
    log,
    formatError,
    makeContext: async (token, requestId) => contextOf(await resolveToken(token), token, requestId, () => log),
    hooks: {
      async contextForEvent(subscribed) {
        if (!subscribed.token) return contextOf({ viewer: null, expired: false }, undefined, subscribed.requestId, () => subscribed.log);
        const who = await resolveToken(subscribed.token);
        return who.viewer ? contextOf(who, subscribed.token, subscribed.requestId, () => subscribed.log) : null;
      },
      onSessionEnd: (token, stop) => services.auth.sessions.onEnd(services.auth.tokenHash(token), stop),
    },
  });

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
      edgePlugin(schema),
      ...(config.publicCache ? [publicCache.plugin()] : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  lean.post = graphqlPost({ apollo, log, corsOrigins: config.corsOrigins, resolveToken, contextOf, publicCache: config.publicCache ? publicCache : null });
  healthRoutes(app, orm, log, metrics.registry);
  app.use(
    '/graphql',
    corsFor(config.corsOrigins),
    bodyBySender(resolveToken),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextOf(res.locals.who as Who, bearer(req.headers.authorization), req.id, () => req.log),
    }),
  );
  app.use(errorRoute(log));

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
        jobs.stop();
        await apollo.stop();
        log.debug('HTTP and WebSocket connections drained');
        ws.close();
        await services.close();
        await checkpoints?.stop();
        await orm.close(true);
        log.debug('database closed');
      })();
      return stopped;
    },
  };
}
