/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { Second } from './second.entity';
import { Notice } from './notice.entity';
import { RaiseDraft } from './raise-draft.entity';
import { MatterFieldsResolver, MattersResolver, NoticeFieldsResolver } from './matters.resolver';
import { matterServices } from './matter-services';

export { MatterCategory, MatterEventKind, MatterStatus, MatterStep, NoticeKind, ResolutionOutcome, TriageDecision } from './enums';
export { MatterEvent } from './matter-event.entity';
export { Matter } from './matter.entity';
export { Notice } from './notice.entity';
export { RaiseDraft } from './raise-draft.entity';
export { Second } from './second.entity';
export { DeliberationService } from './deliberation.service';
export { ExecutionService } from './execution.service';
export type { CompletionCheck } from './execution.service';
export { ACTION_ROLES, next, stepOf } from './lifecycle';
export type { MatterLike } from './matter-row';
export type { MatterServices } from './matter-services';
export { PageInfo } from './matters.types';
export { MatterQueries, TRIAGE_TARGET_MINUTES } from './queries';
export { RAISE_PER_HOME_PER_HOUR, RAISE_PER_PAVILION_PER_MINUTE, RaisingService } from './raising.service';
export type { OfficeRaise } from './raising.service';
export { StaffTransitions } from './staff-transitions';
export { MatterTimeline, findMatter } from './timeline';

/** The feature, declared once: what the ORM and the schema take from it. */
export const mattersFeature = defineFeature({
  name: 'matters',
  entities: [Matter, MatterEvent, Second, Notice, RaiseDraft],
  services: matterServices,
  resolvers: (s, kit) => [new MattersResolver(s, kit.reads), new MatterFieldsResolver(kit.reads), new NoticeFieldsResolver()],
});
