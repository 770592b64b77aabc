import type { AppPubSub } from './pubsub';

/** A community whose public data changed, or null for a change that may touch any of them. */
export type ChangeListener = (communityId: number | null) => void;

const TOPICS = ['MATTER_UPDATED', 'VOTE_UPDATED', 'COMMUNITY_CHANGED'] as const;

/**
 * One listener on the change events for everything kept in memory from public data (shared
 * answers, figures): whichever process made a change, through Redis when several serve, each
 * drops what belongs to that community only.
 */
export class ChangeFeed {
  private readonly listeners: ChangeListener[] = [];
  private readonly stops: Array<() => Promise<unknown>> = [];

  constructor(pubSub: AppPubSub) {
    pubSub.onLocalPublish((topic, payload) => {
      if ((TOPICS as readonly string[]).includes(topic))
        for (const listener of this.listeners) listener((payload as { communityId: number | null }).communityId);
    });
    for (const topic of TOPICS) {
      const iterator = pubSub.subscribe(topic)[Symbol.asyncIterator]();
      let running = true;
      void (async () => {
        while (running) {
          const next = await iterator.next();
          if (next.done) break;
          for (const listener of this.listeners) listener(next.value.communityId);
        }
      })();
      this.stops.push(async () => {
        running = false;
        await iterator.return?.();
      });
    }
  }

  listen(listener: ChangeListener) {
    this.listeners.push(listener);
  }

  /** Stops listening; awaited before the Redis connections close so no unsubscribe is cut off. */
  async close() {
    await Promise.all(this.stops.map((stop) => stop()));
  }
}
