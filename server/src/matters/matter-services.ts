import type { AuditService } from '../audit';
import type { Kit } from '../common/feature';
import { DeliberationService } from './deliberation.service';
import { ExecutionService } from './execution.service';
import { MatterQueries } from './queries';
import { RAISE_PER_HOME_PER_HOUR, RAISE_PER_PAVILION_PER_MINUTE, RaisingService } from './raising.service';
import { StaffTransitions } from './staff-transitions';
import { MatterTimeline } from './timeline';

/** The three steps and the reading of matters, and the timeline other features write to. */
export interface MatterServices {
  raising: RaisingService;
  deliberation: DeliberationService;
  execution: ExecutionService;
  queries: MatterQueries;
  timeline: MatterTimeline;
}

export function matterServices(kit: Kit, needs: { audit: AuditService }): MatterServices {
  const { audit } = needs;
  const perPavilion = kit.settings.raisePerPavilionPerMinute ?? RAISE_PER_PAVILION_PER_MINUTE;
  const timeline = new MatterTimeline(kit.pubSub);
  const queries = new MatterQueries(kit.reads);
  queries.watch(kit.changes);
  const transitions = new StaffTransitions(audit, timeline);
  const raising = new RaisingService(
    timeline,
    {
      pavilion: kit.limiter({ keyPrefix: 'raise-pavilion', points: perPavilion, durationSeconds: 60 }),
      home: kit.limiter({ keyPrefix: 'raise-home', points: kit.settings.raisePerHomePerHour ?? RAISE_PER_HOME_PER_HOUR, durationSeconds: 3600 }),
      draft: kit.limiter({ keyPrefix: 'raise-draft', points: perPavilion * 4, durationSeconds: 60 }),
    },
    kit.buildingNews,
  );
  return {
    raising,
    deliberation: new DeliberationService(audit, timeline, transitions),
    execution: new ExecutionService(timeline, transitions, queries),
    queries,
    timeline,
  };
}
