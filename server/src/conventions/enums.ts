import { registerEnumType } from 'type-graphql';

export enum ConventionStage {
  DRAFTING = 'DRAFTING',
  CONSULTATION = 'CONSULTATION',
  VOTING = 'VOTING',
  IN_FORCE = 'IN_FORCE',
  REJECTED = 'REJECTED',
  REPEALED = 'REPEALED',
}

export enum AmendmentState {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export enum BreachOutcome {
  PERSUADED = 'PERSUADED',
  REPEATED = 'REPEATED',
  REFERRED = 'REFERRED',
}

registerEnumType(ConventionStage, {
  name: 'ConventionStage',
  description: '定约 (drafting, consultation, voting), then kept (in force) or rejected; a review of one in force goes through consultation and a vote again.',
});
registerEnumType(AmendmentState, { name: 'AmendmentState' });
registerEnumType(BreachOutcome, {
  name: 'BreachOutcome',
  valuesConfig: {
    PERSUADED: { description: 'Persuaded on the spot (劝导).' },
    REPEATED: { description: 'Persuaded, but it happened again.' },
    REFERRED: { description: 'Handed to the office, the police or the property company.' },
  },
});
