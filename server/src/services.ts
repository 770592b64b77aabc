import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ChangeFeed } from './common/change-feed';
import { FastReads } from './common/fast-reads';
import type { Kit, ServiceSettings } from './common/feature';
import type { OrmHooks } from './common/orm';
import { BuildingNews } from './common/place-notifier';
import { createPubSub } from './common/pubsub';
import { makeLimiter } from './common/rate-limits';
import type { Config } from './config';
import { FEATURES, type FeatureServices } from './features';

export type { ServiceSettings } from './common/feature';

/** The kit and one instance of each feature's services per server process; they hold no request state. */
export type Services = Kit &
  FeatureServices & {
    /** The schema's resolvers, built once with the services. */
    resolvers(): object[];
    close(): Promise<void>;
  };

export function createServices(config: Config, settings: ServiceSettings = {}, log?: Logger, hooks: OrmHooks = {}): Services {
  const onRedisError = (err: Error) => log?.warn({ err: err.message }, 'redis connection problem; retrying');
  // One connection for commands and rate limits; pub/sub needs its own subscriber connection.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false }) : undefined;
  redis?.on('error', onRedisError);
  const pubSub = createPubSub(config.redisUrl, config.redisPrefix, onRedisError);
  const reads = new FastReads(config.database, hooks.onQuery);
  const changes = new ChangeFeed(pubSub.pubSub);
  const kit: Kit = {
    database: config.database,
    settings: { ...settings, reportPerPavilionPerMinute: settings.reportPerPavilionPerMinute ?? config.kioskReportsPerMinute },
    clock: settings.now ?? (() => new Date()),
    pubSub: pubSub.pubSub,
    reads,
    changes,
    buildingNews: new BuildingNews(),
    limiter: (spec) => makeLimiter({ ...spec, keyPrefix: `${config.redisPrefix}${spec.keyPrefix}` }, redis),
  };
  const features = FEATURES.build(kit);
  return {
    ...kit,
    ...features,
    resolvers: () => FEATURES.resolvers(features, kit),
    async close() {
      await FEATURES.close(features);
      await reads.close();
      await changes.close();
      await pubSub.close();
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
