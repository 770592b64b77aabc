import express from 'express';
import type { Viewer } from '../common/actor';
import { MAX_BODY_ANONYMOUS_BYTES, MAX_BODY_STAFF_BYTES } from '../graphql/limits';
import { bearer } from '../graphql/ws-server';

/**
 * The request body limit depends on who asks: staff may send register files, everyone else a
 * query. The bearer token is resolved before the body is read, so a large body from anyone else
 * is refused with 413 without being parsed; the viewer found is kept for the request.
 */
export function bodyBySender(resolve: (token: string | undefined) => Promise<{ viewer: Viewer | null; expired: boolean }>) {
  const small = express.json({ limit: MAX_BODY_ANONYMOUS_BYTES });
  const large = express.json({ limit: MAX_BODY_STAFF_BYTES });
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    const token = bearer(req.headers.authorization);
    resolve(token).then((who) => {
      res.locals.who = who;
      (who.viewer?.kind === 'staff' ? large : small)(req, res, next);
    }, next);
  };
}
