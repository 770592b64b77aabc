import type { Logger } from 'pino';
import type { Config } from './config';
import { LogChannel, WebhookChannel, DeliveryWorker } from './notifications';
import type { Orm } from './orm.config';
import type { Services } from './services';
import { VoteScheduler } from './votes';

const SWEEP_MS = 3_600_000;
const DEADLINE_WATCH_MS = 60_000;
const DELIVERY_MS = 5_000;

export interface JobTimings {
  votePollMs?: number;
  /** How often the outbox is sent (tests shorten it). */
  deliveryMs?: number;
  /** First wait after a failed delivery, doubled each time. */
  deliveryBackoffMs?: number;
}

/**
 * Work the server does on its own: closing votes on time, removing ended sessions and expired
 * raise drafts, warning before work orders' deadlines and sending residents' text messages.
 */
export async function startJobs(orm: Orm, services: Services, log: Logger, config: Pick<Config, 'notifyWebhookUrl'>, timings: JobTimings = {}) {
  // The first catalogue; another process starting at the same moment may have written it first.
  await services.serviceCentre.catalogue.ensureSeeded(orm.em.fork()).catch((err) => log.debug({ err }, 'catalogue written by another process'));
  await services.evaluation.standards.ensureSeeded(orm.em.fork()).catch((err) => log.debug({ err }, 'evaluation standard written by another process'));
  const scheduler = new VoteScheduler(orm, services.votes.closing, log, timings.votePollMs);
  services.votes.opening.whenOpened((vote) => scheduler.schedule(vote));
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

  const watch = every(DEADLINE_WATCH_MS, () =>
    services.serviceCentre.deadlines.run(orm.em.fork()).then(
      (n) => n && log.info({ warned: n }, 'work orders warned before a deadline'),
      (err) => log.warn({ err }, 'deadline watch failed'),
    ),
  );
  const channel = config.notifyWebhookUrl ? new WebhookChannel(config.notifyWebhookUrl) : new LogChannel(log);
  const worker = new DeliveryWorker(channel, { baseBackoffMs: timings.deliveryBackoffMs });
  const delivery = every(timings.deliveryMs ?? DELIVERY_MS, () =>
    worker.runOnce(orm.em.fork()).then(
      (r) => (r.sent || r.failed) && log.info(r, 'text messages delivered'),
      (err) => log.warn({ err }, 'delivering text messages failed'),
    ),
  );
  return {
    stop() {
      scheduler.stop();
      clearInterval(sweeper);
      watch.stop();
      delivery.stop();
    },
  };
}

/** Runs `work` every `ms`, never two at once (a slow run delays the next instead of overlapping). */
function every(ms: number, work: () => Promise<unknown>) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const loop = async () => {
    await work();
    if (!stopped) timer = setTimeout(loop, ms).unref();
  };
  timer = setTimeout(loop, ms).unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
