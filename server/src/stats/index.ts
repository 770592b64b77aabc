/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { StatsResolver } from './stats.resolver';
import { StatsService } from './stats.service';

export { median, percentile } from './percentiles';
export { StatsService } from './stats.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const statsFeature = defineFeature({
  name: 'stats',
  entities: [],
  services: (kit) => {
    const stats = new StatsService();
    stats.watch(kit.changes);
    return stats;
  },
  resolvers: (s) => [new StatsResolver(s)],
});
