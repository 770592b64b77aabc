import type { Logger } from 'pino';
import type { Orm } from '../common/orm';
import type { VoteClosingService } from './closing.service';

/** setTimeout holds at most about 24.8 days; longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** How often each process looks for votes that close soon, wherever they were opened. */
export const VOTE_POLL_MS = 2_000;

/**
 * Closes each open vote at its closesAt, in every server process. Each process sets a timer for
 * the votes it opens and, every two seconds, looks for any vote that closes before the next look,
 * so a vote opened by a process that has since died still closes on time. Closing is a
 * conditional update, so whichever process fires first closes it and the others find nothing to
 * do. On start, votes whose time passed while no server was running are closed at once.
 */
export class VoteScheduler {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private stopped = false;
  private poller: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: Orm,
    private readonly votes: VoteClosingService,
    private readonly log: Logger,
    private readonly pollMs = VOTE_POLL_MS,
  ) {}

  async start(): Promise<void> {
    for (const vote of await this.votes.dueOrOpen(this.orm.em.fork())) this.schedule(vote);
    this.poller = setInterval(() => void this.poll(), this.pollMs);
    this.poller.unref();
  }

  private async poll() {
    try {
      const soon = await this.votes.closingBefore(this.orm.em.fork(), new Date(Date.now() + this.pollMs));
      for (const vote of soon) if (!this.timers.has(vote.id)) this.schedule(vote);
    } catch (err) {
      this.log.warn({ err }, 'looking for votes to close failed');
    }
  }

  schedule(vote: { id: number; closesAt: Date }) {
    if (this.stopped) return;
    clearTimeout(this.timers.get(vote.id));
    const wait = vote.closesAt.getTime() - Date.now();
    if (wait <= 0) {
      this.timers.delete(vote.id);
      void this.fire(vote.id);
      return;
    }
    const timer = setTimeout(() => (wait > MAX_TIMER_MS ? this.schedule(vote) : void this.fire(vote.id)), Math.min(wait, MAX_TIMER_MS));
    timer.unref();
    this.timers.set(vote.id, timer);
  }

  private async fire(voteId: number) {
    this.timers.delete(voteId);
    try {
      if (await this.votes.closeNow(this.orm.em.fork(), voteId)) this.log.info({ voteId }, 'vote closed at its time');
    } catch (err) {
      this.log.error({ err, voteId }, 'closing a vote failed; retrying in 30 s');
      if (!this.stopped) setTimeout(() => void this.fire(voteId), 30_000).unref();
    }
  }

  stop() {
    this.stopped = true;
    clearInterval(this.poller);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
