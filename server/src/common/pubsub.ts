import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub as createYogaPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** Topics and their payloads; a payload carries ids only, subscribers load fresh rows. */
export type Topics = {
  MATTER_UPDATED: [{ eventId: string; matterId: number; pavilionId: number; communityId: number }];
  VOTE_UPDATED: [{ eventId: string; voteId: number; communityId: number }];
  WORK_ORDER_UPDATED: [{ eventId: string; workOrderId: number; trackingCode: string; communityId: number; teamId: number | null }];
  /** Public data of a community changed without a matter or vote event (minutes, the register); null: any community. */
  COMMUNITY_CHANGED: [{ communityId: number | null }];
  /** A session was ended (signed out); its cached viewer and live subscriptions go with it. */
  SESSION_ENDED: [{ tokenHash: string }];
};

export type AppPubSub = ReturnType<typeof createYogaPubSub<Topics>> & {
  /**
   * Hears each event published by this process at once, before it travels through Redis:
   * what this process keeps from public data must not outlive its own change by a round trip.
   */
  onLocalPublish(listener: (topic: keyof Topics, payload: unknown) => void): void;
};

function withLocalEcho(inner: ReturnType<typeof createYogaPubSub<Topics>>): AppPubSub {
  const listeners: Array<(topic: keyof Topics, payload: unknown) => void> = [];
  return {
    subscribe: inner.subscribe,
    publish: ((topic: keyof Topics, payload: never) => {
      for (const listener of listeners) listener(topic, payload);
      inner.publish(topic, payload);
    }) as typeof inner.publish,
    onLocalPublish: (listener) => void listeners.push(listener),
  };
}

/**
 * In-process events, or Redis pub/sub when REDIS_URL is set so that an update made through one
 * server process reaches the subscribers of every other.
 */
export function createPubSub(
  redisUrl?: string,
  prefix = 'pavilion:',
  onError: (err: Error) => void = () => undefined,
): { pubSub: AppPubSub; close(): Promise<void> } {
  if (!redisUrl) return { pubSub: withLocalEcho(createYogaPubSub<Topics>()), close: async () => undefined };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  // No ready check here: its INFO would follow the SUBSCRIBE sent at start-up and be refused in
  // subscriber mode. ioredis re-subscribes by itself after a reconnect.
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: 3, enableReadyCheck: false });
  // ioredis reconnects by itself; errors are reported, not thrown.
  publishClient.on('error', onError);
  subscribeClient.on('error', onError);
  const eventTarget = prefixed(createRedisEventTarget({ publishClient, subscribeClient }), prefix);
  return {
    pubSub: withLocalEcho(createYogaPubSub<Topics>({ eventTarget })),
    async close() {
      await Promise.all([publishClient.quit().catch(() => undefined), subscribeClient.quit().catch(() => undefined)]);
    },
  };
}

type EventTargetLike = ReturnType<typeof createRedisEventTarget>;

/** Channels named `${prefix}${topic}`: deployments (and test runs) sharing a Redis stay apart. */
function prefixed(target: EventTargetLike, prefix: string): EventTargetLike {
  return {
    addEventListener: (topic, listener) => target.addEventListener(prefix + topic, listener),
    removeEventListener: (topic, listener) => target.removeEventListener(prefix + topic, listener),
    dispatchEvent: (event) => target.dispatchEvent({ type: prefix + event.type, detail: event.detail } as typeof event),
  };
}
