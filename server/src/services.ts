import { Redis } from 'ioredis';
import { AuthService, PIN_ATTEMPTS, PIN_LOCK_SECONDS } from './auth/auth.service';
import { makeLimiter } from './common/rate-limits';
import type { Config } from './config';
import { createPubSub, type AppPubSub } from './pubsub';
import { ImportService } from './register/import.service';
import { AuditService } from './audit/audit.service';
import { StatsService } from './stats/stats.service';
import { MeetingsService } from './meetings/meetings.service';
import { MattersService, RAISE_PER_HOME_PER_HOUR, RAISE_PER_PAVILION_PER_MINUTE } from './matters/matters.service';

/** One instance of each service per server process; they hold no request state. */
export interface Services {
  auth: AuthService;
  imports: ImportService;
  audit: AuditService;
  matters: MattersService;
  meetings: MeetingsService;
  stats: StatsService;
  pubSub: AppPubSub;
  close(): Promise<void>;
}

export function createServices(config: Config): Services {
  // One connection for commands and rate limits; pub/sub needs its own subscriber connection.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }) : undefined;
  const pubSub = createPubSub(config.redisUrl);
  const audit = new AuditService();
  const auth = new AuthService(audit, {
    pin: makeLimiter({ keyPrefix: 'pin', points: PIN_ATTEMPTS, durationSeconds: PIN_LOCK_SECONDS }, redis),
    password: makeLimiter({ keyPrefix: 'pwd', points: PIN_ATTEMPTS * 2, durationSeconds: PIN_LOCK_SECONDS }, redis),
  });
  const matters = new MattersService(audit, pubSub.pubSub, {
    pavilion: makeLimiter({ keyPrefix: 'raise-pavilion', points: RAISE_PER_PAVILION_PER_MINUTE, durationSeconds: 60 }, redis),
    home: makeLimiter({ keyPrefix: 'raise-home', points: RAISE_PER_HOME_PER_HOUR, durationSeconds: 3600 }, redis),
  });
  return {
    auth,
    imports: new ImportService(audit),
    audit,
    matters,
    meetings: new MeetingsService(audit, matters),
    stats: new StatsService(),
    pubSub: pubSub.pubSub,
    async close() {
      await pubSub.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
