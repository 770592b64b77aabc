import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from './errors';

export interface LimiterSpec {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  /** Once the points are spent, refuse for this long from that moment. */
  blockSeconds?: number;
}

/** Counters live in Redis when several server processes share the load, else in this process. */
export function makeLimiter(spec: LimiterSpec, redis?: Redis): RateLimiterAbstract {
  const opts = { keyPrefix: spec.keyPrefix, points: spec.points, duration: spec.durationSeconds, blockDuration: spec.blockSeconds ?? 0 };
  return redis ? new RateLimiterRedis({ ...opts, storeClient: redis }) : new RateLimiterMemory(opts);
}

/** Counts one event; throws RATE_LIMITED once more than `points` happen in the window. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string, message?: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw rateLimited(Math.ceil(e.msBeforeNext / 1000), message);
    throw e;
  }
}
