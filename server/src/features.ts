import { auditFeature } from './audit';
import { authFeature } from './auth';
import type { Feature } from './common/feature';
import { conventionsFeature } from './conventions';
import { evaluationFeature } from './evaluation';
import { gridFeature } from './grid';
import { jointFeature } from './joint';
import { mattersFeature } from './matters';
import { meetingsFeature } from './meetings';
import { notificationsFeature } from './notifications';
import { registerFeature } from './register';
import { serviceCentreFeature } from './service-centre';
import type { Services } from './services';
import { statsFeature } from './stats';
import { votesFeature } from './votes';

/** A feature with the part of the process's services its resolvers are built with. */
function wire<S>(feature: Feature<S>, services: (all: Services) => S) {
  return { name: feature.name, entities: feature.entities, resolvers: (all: Services) => feature.resolvers(services(all)) };
}

/**
 * Every feature, the kernel's folders first: one line each. The ORM's entities and the schema's
 * resolvers are computed from this list.
 */
export const FEATURES = [
  wire(registerFeature, (s) => s.imports),
  wire(authFeature, (s) => s.auth),
  wire(auditFeature, (s) => s.audit),
  wire(notificationsFeature, () => undefined),
  wire(mattersFeature, (s) => ({ matters: s.matters, reads: s.reads })),
  wire(meetingsFeature, (s) => s.meetings),
  wire(votesFeature, (s) => s.votes),
  wire(statsFeature, (s) => s.stats),
  wire(serviceCentreFeature, (s) => s.serviceCentre),
  wire(evaluationFeature, (s) => s.evaluation),
  wire(conventionsFeature, (s) => s.conventions),
  wire(gridFeature, (s) => s.grid),
  wire(jointFeature, (s) => s.joint),
];

/** Every resolver, built once with the services it needs: type-graphql asks the container for them. */
export const resolverInstances = (services: Services): object[] => FEATURES.flatMap((f) => f.resolvers(services));
