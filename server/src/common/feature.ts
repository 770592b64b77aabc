import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { ChangeFeed } from './change-feed';
import type { DatabaseConfig } from './dialect';
import type { FastReads } from './fast-reads';
import type { AppPubSub } from './pubsub';
import type { BuildingNews } from './place-notifier';
import type { LimiterSpec } from './rate-limits';

/** Limits a deployment may tune and the clock; tests set their own. Each feature keeps its default. */
export interface ServiceSettings {
  raisePerPavilionPerMinute?: number;
  raisePerHomePerHour?: number;
  /** Repair reports per kiosk per minute, and per signed-in home per hour. */
  reportPerPavilionPerMinute?: number;
  reportPerHomePerHour?: number;
  /** The clock of deadlines, periods and stages: wall-clock time unless a test moves it. */
  now?: () => Date;
}

/** What every feature's services are built from: the process's shared parts, none of a feature. */
export interface Kit {
  database: DatabaseConfig;
  settings: ServiceSettings;
  clock: () => Date;
  pubSub: AppPubSub;
  /** Plain-row reads for hot public lists. */
  reads: FastReads;
  /** Change events per community, for what is kept in memory from public data. */
  changes: ChangeFeed;
  /** What happens in a building, told to whoever keeps its residents informed. */
  buildingNews: BuildingNews;
  /** A rate limiter whose counters are shared by every process when Redis is configured. */
  limiter(spec: LimiterSpec): RateLimiterAbstract;
}

/**
 * What a feature, or a folder of the kernel, declares once in its index.ts: its entities, how its
 * services are built from the kit and from the features listed before it (`needs`, by name), and
 * its resolvers. features.ts lists the features, one line each; the ORM's entities, the process's
 * services and the schema's resolvers are computed from that list. Public fields and file
 * arguments are declared at their fields (`@PublicAnswer()`, `@FileArguments()`).
 */
export interface Feature<Name extends string, S, Needs = unknown> {
  name: Name;
  entities: readonly Function[];
  // Properties, not methods: a feature that needs more than the features before it give is a type error.
  services: (kit: Kit, needs: Needs) => S;
  /** Its resolvers, built once per process with its services. */
  resolvers: (services: S, kit: Kit) => object[];
  /** Releases what its services hold (connections, listeners) when the process stops. */
  close?: (services: S) => Promise<void>;
}

export const defineFeature = <Name extends string, S, Needs = unknown>(feature: Feature<Name, S, Needs>): Feature<Name, S, Needs> => feature;

type AnyFeature = Feature<string, unknown, never>;

/** The list of features, in the order their services are built; each may need those before it. */
export class FeatureList<All extends object = object> {
  private constructor(private readonly list: readonly AnyFeature[]) {}

  static start(): FeatureList {
    return new FeatureList([]);
  }

  add<Name extends string, S>(feature: Feature<Name, S, All>): FeatureList<All & { [K in Name]: S }> {
    if (this.list.some((f) => f.name === feature.name)) throw new Error(`feature ${feature.name} listed twice`);
    return new FeatureList([...this.list, feature as unknown as AnyFeature]);
  }

  get entities(): Function[] {
    return this.list.flatMap((f) => f.entities);
  }

  /** Every feature's services, built in the list's order, by feature name. */
  build(kit: Kit): All {
    const built: Record<string, unknown> = {};
    for (const f of this.list) built[f.name] = f.services(kit, built as never);
    return built as All;
  }

  resolvers(built: All, kit: Kit): object[] {
    const byName = built as Record<string, unknown>;
    return this.list.flatMap((f) => f.resolvers(byName[f.name], kit));
  }

  /** Closes the features' services, the last built first. */
  async close(built: All): Promise<void> {
    const byName = built as Record<string, unknown>;
    for (const f of [...this.list].reverse()) await f.close?.(byName[f.name]);
  }
}
