import type express from 'express';
import type { Logger } from 'pino';
import client from 'prom-client';
import type { Orm } from '../orm.config';

/** Liveness, readiness and Prometheus metrics beside the API. */
export function httpMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({ name: 'pavilion_http_requests_total', help: 'HTTP requests', labelNames: ['route', 'status'], registers: [registry] });
  return {
    registry,
    count: (path: string, status: number) => requests.inc({ route: path === '/graphql' ? 'graphql' : 'other', status: String(status) }),
  };
}

export function healthRoutes(app: express.Express, orm: Orm, log: Logger, metrics: client.Registry) {
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
}

/** Malformed JSON and oversized bodies: a GraphQL-shaped error rather than an HTML page. */
export function errorRoute(log: Logger) {
  return (err: Error & { status?: number; type?: string; limit?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.too.large' ? `Request body is larger than ${err.limit ?? 'allowed'} bytes` : status === 500 ? 'Internal server error' : err.message;
    if (status === 500) log.error({ err }, 'request failed');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
