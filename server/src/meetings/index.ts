/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { AgendaItem, Meeting } from './meeting.entity';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import type { AuditService } from '../audit';
import type { MatterServices } from '../matters';

export { AgendaItem, Meeting } from './meeting.entity';
export { MeetingsService } from './meetings.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const meetingsFeature = defineFeature({
  name: 'meetings',
  entities: [Meeting, AgendaItem],
  services: (kit, needs: { audit: AuditService; matters: MatterServices }) => new MeetingsService(needs.audit, needs.matters.timeline, kit.pubSub),
  resolvers: (s) => [new MeetingsResolver(s)],
});
