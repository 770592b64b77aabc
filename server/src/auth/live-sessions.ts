import { LRUCache } from 'lru-cache';
import type { Viewer } from '../common/actor';
import type { AppPubSub } from '../common/pubsub';

/** How long a looked-up session is trusted without asking the database again. */
export const VIEWER_CACHE_MS = 5_000;

/**
 * Who each recent bearer token belongs to, and the live subscriptions opened with it. Every
 * signed-in request needs its viewer; asking the database each time costs more than the rest of
 * a small request. An entry lives 5 seconds at most and never past the session's end, and a
 * sign-out anywhere (through Redis when several processes serve) drops it at once and stops the
 * subscriptions of that session.
 */
export class LiveSessions {
  private readonly viewers = new LRUCache<string, { viewer: Viewer; until: number }>({ max: 50_000 });
  private readonly stops = new Map<string, Set<() => void>>();
  private stopListening: (() => Promise<void>) | undefined;

  constructor(private readonly pubSub: AppPubSub) {}

  get(tokenHash: string, now: number): Viewer | undefined {
    const hit = this.viewers.get(tokenHash);
    if (!hit) return undefined;
    if (hit.until <= now) {
      this.viewers.delete(tokenHash);
      return undefined;
    }
    return hit.viewer;
  }

  remember(tokenHash: string, viewer: Viewer, sessionEndsAt: number, now: number) {
    this.viewers.set(tokenHash, { viewer, until: Math.min(now + VIEWER_CACHE_MS, sessionEndsAt) });
  }

  /** Registers what to do when this session ends; returns the way to unregister. */
  onEnd(tokenHash: string, stop: () => void): () => void {
    let set = this.stops.get(tokenHash);
    if (!set) this.stops.set(tokenHash, (set = new Set()));
    set.add(stop);
    return () => {
      set.delete(stop);
      if (set.size === 0 && this.stops.get(tokenHash) === set) this.stops.delete(tokenHash);
    };
  }

  /** A session ended here: every process forgets it and stops what it opened. */
  ended(tokenHash: string) {
    this.forget(tokenHash);
    this.pubSub.publish('SESSION_ENDED', { tokenHash });
  }

  private forget(tokenHash: string) {
    this.viewers.delete(tokenHash);
    const set = this.stops.get(tokenHash);
    this.stops.delete(tokenHash);
    for (const stop of set ?? []) stop();
  }

  /** Listens for sessions ended by other processes (and this one, harmlessly twice). */
  watch() {
    const iterator = this.pubSub.subscribe('SESSION_ENDED')[Symbol.asyncIterator]();
    let running = true;
    void (async () => {
      while (running) {
        const next = await iterator.next();
        if (next.done) break;
        this.forget(next.value.tokenHash);
      }
    })();
    this.stopListening = async () => {
      running = false;
      await iterator.return?.();
    };
  }

  async close() {
    await this.stopListening?.();
  }
}
