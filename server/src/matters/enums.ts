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

registerEnumType(MatterCategory, { name: 'MatterCategory' });
registerEnumType(MatterStep, { name: 'MatterStep', description: 'The three steps, and the end.' });
registerEnumType(MatterStatus, { name: 'MatterStatus' });
registerEnumType(TriageDecision, { name: 'TriageDecision' });
registerEnumType(ResolutionOutcome, { name: 'ResolutionOutcome' });
