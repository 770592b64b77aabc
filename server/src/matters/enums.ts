import { registerEnumType } from 'type-graphql';

export enum MatterCategory {
  ELEVATOR = 'ELEVATOR',
  PARKING = 'PARKING',
  FEES = 'FEES',
  FUNDRAISING = 'FUNDRAISING',
  ENVIRONMENT = 'ENVIRONMENT',
  SAFETY = 'SAFETY',
  REPAIR = 'REPAIR',
  NEIGHBOURS = 'NEIGHBOURS',
  CONVENTION = 'CONVENTION',
  /** The property company of an estate: its service, its contract. */
  PROPERTY = 'PROPERTY',
  OTHER = 'OTHER',
}

export enum MatterStep {
  RAISE = 'RAISE',
  DELIBERATE = 'DELIBERATE',
  EXECUTE = 'EXECUTE',
  DONE = 'DONE',
}

export enum MatterStatus {
  SUBMITTED = 'SUBMITTED',
  ON_AGENDA = 'ON_AGENDA',
  VOTING = 'VOTING',
  IN_EXECUTION = 'IN_EXECUTION',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  MERGED = 'MERGED',
  VOTE_FAILED = 'VOTE_FAILED',
}

export enum TriageDecision {
  DELIBERATE = 'DELIBERATE',
  ROUTE_TO_OFFICE = 'ROUTE_TO_OFFICE',
  DECLINE = 'DECLINE',
}

export enum ResolutionOutcome {
  EXECUTE = 'EXECUTE',
  PUT_TO_VOTE = 'PUT_TO_VOTE',
  DECLINE = 'DECLINE',
}

/** What a person may do to a matter, as clients offer it; `allowedActions` lists these for the caller. */
export enum MatterActionKind {
  SECOND = 'SECOND',
  RATE = 'RATE',
  TRIAGE = 'TRIAGE',
  MERGE = 'MERGE',
  SCHEDULE = 'SCHEDULE',
  RESOLVE = 'RESOLVE',
  OPEN_VOTE = 'OPEN_VOTE',
  CALCULATE_COST_SHARE = 'CALCULATE_COST_SHARE',
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  COMPLETE = 'COMPLETE',
  RESOLVE_FOLLOW_UP = 'RESOLVE_FOLLOW_UP',
  /** Hand part of the work to a service team as a work order. */
  CREATE_WORK_ORDER = 'CREATE_WORK_ORDER',
}

/** What happened to a matter, one entry of its timeline. */
export enum MatterEventKind {
  RAISED = 'RAISED',
  TRIAGED = 'TRIAGED',
  MERGED = 'MERGED',
  SCHEDULED = 'SCHEDULED',
  RESOLVED = 'RESOLVED',
  VOTE_OPENED = 'VOTE_OPENED',
  VOTE_CLOSED = 'VOTE_CLOSED',
  PROGRESS = 'PROGRESS',
  COMPLETED = 'COMPLETED',
  RATED = 'RATED',
  FOLLOWED_UP = 'FOLLOWED_UP',
}

/** What a public notice (公示) publishes. */
export enum NoticeKind {
  RESOLUTION = 'RESOLUTION',
  VOTE_RESULT = 'VOTE_RESULT',
  /** The scorecards of property companies for a closed period. */
  EVALUATION = 'EVALUATION',
}

registerEnumType(MatterActionKind, { name: 'MatterActionKind', description: 'An action a client may offer on a matter (see Matter.allowedActions).' });
registerEnumType(MatterEventKind, { name: 'MatterEventKind' });
registerEnumType(NoticeKind, { name: 'NoticeKind' });
registerEnumType(MatterCategory, { name: 'MatterCategory' });
registerEnumType(MatterStep, { name: 'MatterStep', description: 'The three steps, and the end.' });
registerEnumType(MatterStatus, { name: 'MatterStatus' });
registerEnumType(TriageDecision, { name: 'TriageDecision' });
registerEnumType(ResolutionOutcome, { name: 'ResolutionOutcome' });

/** The orders of the staff's table of matters. */
export enum MatterSort {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  MOST_SECONDED = 'MOST_SECONDED',
  LEAST_PROGRESS = 'LEAST_PROGRESS',
}

registerEnumType(MatterSort, { name: 'MatterSort' });
