/** The face of this folder: what other features may use of it, and its declaration. Everything else here is its own. */
import { defineFeature } from '../common/feature';
import { AgendaItem, Meeting } from './meeting.entity';
import { MeetingsResolver } from './meetings.resolver';
import type { MeetingsService } from './meetings.service';

export { AgendaItem, Meeting } from './meeting.entity';
export { MeetingsService } from './meetings.service';

/** The feature, declared once: what the ORM and the schema take from it. */
export const meetingsFeature = defineFeature<MeetingsService>({
  name: 'meetings',
  entities: [Meeting, AgendaItem],
  resolvers: (s) => [new MeetingsResolver(s)],
});
