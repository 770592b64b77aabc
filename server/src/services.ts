import { Redis } from 'ioredis';
import { AuthService, PIN_ATTEMPTS, PIN_LOCK_SECONDS } from './auth/auth.service';
import { makeLimiter } from './common/rate-limits';
import type { Config } from './config';
import { createPubSub, type AppPubSub } from './pubsub';
import { ImportService } from './register/import.service';

/** One instance of each service per server process; they hold no request state. */
export interface Services {
  auth: AuthService;
  imports: ImportService;
  pubSub: AppPubSub;
  close(): Promise<void>;
}

export function createServices(config: Config): Services {
  // One connection for commands and rate limits; pub/sub needs its own subscriber connection.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }) : undefined;
  const pubSub = createPubSub(config.redisUrl);
  const auth = new AuthService({
    pin: makeLimiter({ keyPrefix: 'pin', points: PIN_ATTEMPTS, durationSeconds: PIN_LOCK_SECONDS }, redis),
    password: makeLimiter({ keyPrefix: 'pwd', points: PIN_ATTEMPTS * 2, durationSeconds: PIN_LOCK_SECONDS }, redis),
  });
  return {
    auth,
    imports: new ImportService(),
    pubSub: pubSub.pubSub,
    async close() {
      await pubSub.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
