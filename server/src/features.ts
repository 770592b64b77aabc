import { auditFeature } from './audit';
import { authFeature } from './auth';
import { FeatureList } from './common/feature';
import { conventionsFeature } from './conventions';
import { evaluationFeature } from './evaluation';
import { gridFeature } from './grid';
import { jointFeature } from './joint';
import { mattersFeature } from './matters';
import { meetingsFeature } from './meetings';
import { notificationsFeature } from './notifications';
import { registerFeature } from './register';
import { serviceCentreFeature } from './service-centre';
import { statsFeature } from './stats';
import { votesFeature } from './votes';

/**
 * Every feature, the kernel's folders first, one line each, in the order their services are built
 * (a feature names what it needs of those before it; the compiler checks the order). The ORM's
 * entities, the process's services and the schema's resolvers are computed from this list.
 */
export const FEATURES = FeatureList.start()
  .add(auditFeature)
  .add(registerFeature)
  .add(authFeature)
  .add(notificationsFeature)
  .add(mattersFeature)
  .add(meetingsFeature)
  .add(statsFeature)
  .add(votesFeature)
  .add(serviceCentreFeature)
  .add(evaluationFeature)
  .add(conventionsFeature)
  .add(gridFeature)
  .add(jointFeature);

/** Each feature's services, by feature name. */
export type FeatureServices = ReturnType<typeof FEATURES.build>;
