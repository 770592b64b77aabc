import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** The request id: the caller's `x-request-id` when it is sensible, else a new one. */
    id: string;
    /** A logger that names the request id; made on first use. */
    log: Logger;
  }
}

const QUIET = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Request ids and one JSON log line per request (pino), without work the log level would throw
 * away: the per-request logger is made only when something logs. `onFinish` hears each response.
 */
export function requestLog(log: Logger, onFinish: (path: string, status: number) => void) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    req.id = id;
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', { get: () => (child ??= log.child({ reqId: id })), configurable: true });
    const started = performance.now();
    res.on('finish', () => {
      const path = (req.url ?? '').split('?', 1)[0];
      onFinish(path, res.statusCode);
      const level = res.statusCode >= 500 ? 'error' : 'info';
      if (QUIET.has(path) || !log.isLevelEnabled(level)) return;
      req.log[level](
        { req: { method: req.method, url: req.url }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) },
        'request completed',
      );
    });
    next();
  };
}
