import type { Logger } from 'pino';
import type { Orm } from './orm.config';
import type { Services } from './services';
import { VoteScheduler } from './votes/scheduler';

const SWEEP_MS = 3_600_000;

/** Work the server does on its own: closing votes on time, removing ended sessions and expired raise drafts. */
export async function startJobs(orm: Orm, services: Services, log: Logger, votePollMs?: number) {
  const scheduler = new VoteScheduler(orm, services.votes.closing, log, votePollMs);
  services.votes.opening.onOpened = (vote) => scheduler.schedule(vote);
  await scheduler.start();
  // Ended sessions and expired drafts are of no use and only grow their tables: removed at start and every hour.
  const sweepSessions = () =>
    Promise.all([
      services.auth.deleteExpiredSessions(orm.em.fork()).then(
        (n) => n && log.info({ deleted: n }, 'expired sessions removed'),
        (err) => log.warn({ err }, 'removing expired sessions failed'),
      ),
      services.matters.raising.deleteExpiredDrafts(orm.em.fork()).then(
        (n) => n && log.info({ deleted: n }, 'expired raise drafts removed'),
        (err) => log.warn({ err }, 'removing expired raise drafts failed'),
      ),
    ]);
  await sweepSessions();
  const sweeper = setInterval(sweepSessions, SWEEP_MS);
  sweeper.unref();
  return {
    stop() {
      scheduler.stop();
      clearInterval(sweeper);
    },
  };
}
