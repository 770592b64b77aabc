import type express from 'express';
import type { Logger } from 'pino';
import client from 'prom-client';
import type { Orm } from '../common/orm';
import { HttpEdgeError, sendEdgeError } from './body-limit';

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
  return (err: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    if (err instanceof HttpEdgeError) return sendEdgeError(res, err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err }, 'request failed');
    sendEdgeError(
      res,
      status === 500 ? new HttpEdgeError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error') : new HttpEdgeError(status, 'BAD_REQUEST', err.message),
    );
  };
}
