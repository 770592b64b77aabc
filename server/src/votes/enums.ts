import { registerEnumType } from 'type-graphql';

export enum VoteRule {
  OWNERS_MAJOR = 'OWNERS_MAJOR',
  OWNERS_ORDINARY = 'OWNERS_ORDINARY',
  RESIDENTS_MAJORITY = 'RESIDENTS_MAJORITY',
}

export enum ScopeKind {
  ESTATE = 'ESTATE',
  BUILDING = 'BUILDING',
  UNIT = 'UNIT',
  /** Every household of one or more whole communities: a residents' convention. */
  COMMUNITIES = 'COMMUNITIES',
}

export enum BallotChoice {
  YES = 'YES',
  NO = 'NO',
  ABSTAIN = 'ABSTAIN',
}

export enum VoteStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(VoteRule, {
  name: 'VoteRule',
  valuesConfig: {
    OWNERS_MAJOR: { description: 'Civil Code art. 278, raising funds, rebuilding, change of use: 2/3 quorum, 3/4 by area and by owners' },
    OWNERS_ORDINARY: { description: 'Civil Code art. 278, other matters: 2/3 quorum, more than 1/2 by area and by owners' },
    RESIDENTS_MAJORITY: { description: 'One vote per household: more than 1/2 take part, more than 1/2 of them yes' },
  },
});
registerEnumType(ScopeKind, {
  name: 'ScopeKind',
  valuesConfig: { COMMUNITIES: { description: "Every household of the communities of a residents' convention (opened by putConventionToVote)." } },
});
registerEnumType(BallotChoice, { name: 'BallotChoice' });
registerEnumType(VoteStatus, { name: 'VoteStatus' });
