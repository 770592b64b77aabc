/**
 * The decision rules of owners' and residents' votes (PRC Civil Code art. 278; one vote per
 * household for residents), in exact integer arithmetic: areas are hundredths of a square metre,
 * and every comparison multiplies out instead of dividing. "以上" (at least) includes the bound;
 * "过半数" (more than half) is strict. Abstentions count as participating.
 */
import { BallotChoice, VoteRule } from './enums';

/** One voter's ballot: `area` is the sum of the areas of all their homes in scope. */
export interface CountedBallot {
  choice: BallotChoice;
  area: number;
}

export interface Electorate {
  /** Distinct voters: owner keys for owners' votes, homes for residents' votes. */
  voters: number;
  /** Total registered area in scope, hundredths of m². */
  area: number;
}

export interface Outcome {
  quorumMet: boolean;
  passed: boolean;
  yesVoters: number;
  yesArea: number;
  noVoters: number;
  noArea: number;
  abstainVoters: number;
  abstainArea: number;
  participatingVoters: number;
  participatingArea: number;
}

function assertCount(n: number, what: string) {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative safe integer, got ${n}`);
}

export function count(ballots: readonly CountedBallot[]) {
  const c = { yesVoters: 0, yesArea: 0, noVoters: 0, noArea: 0, abstainVoters: 0, abstainArea: 0 };
  for (const b of ballots) {
    assertCount(b.area, 'area');
    if (b.choice === BallotChoice.YES) {
      c.yesVoters++;
      c.yesArea += b.area;
    } else if (b.choice === BallotChoice.NO) {
      c.noVoters++;
      c.noArea += b.area;
    } else {
      c.abstainVoters++;
      c.abstainArea += b.area;
    }
  }
  return c;
}

/** Participation quorum of owners' votes: >= 2/3 of the area and >= 2/3 of the owners. */
export function ownersQuorum(e: Electorate, participatingVoters: number, participatingArea: number): boolean {
  return 3 * participatingArea >= 2 * e.area && 3 * participatingVoters >= 2 * e.voters;
}

export function decide(rule: VoteRule, electorate: Electorate, ballots: readonly CountedBallot[]): Outcome {
  assertCount(electorate.voters, 'voters');
  assertCount(electorate.area, 'area');
  if (ballots.length > electorate.voters) throw new RangeError('more ballots than voters');
  const c = count(ballots);
  const participatingVoters = c.yesVoters + c.noVoters + c.abstainVoters;
  const participatingArea = c.yesArea + c.noArea + c.abstainArea;
  let quorumMet: boolean;
  let passed: boolean;
  switch (rule) {
    case VoteRule.OWNERS_MAJOR:
      quorumMet = ownersQuorum(electorate, participatingVoters, participatingArea);
      passed = quorumMet && 4 * c.yesArea >= 3 * participatingArea && 4 * c.yesVoters >= 3 * participatingVoters;
      break;
    case VoteRule.OWNERS_ORDINARY:
      quorumMet = ownersQuorum(electorate, participatingVoters, participatingArea);
      passed = quorumMet && 2 * c.yesArea > participatingArea && 2 * c.yesVoters > participatingVoters;
      break;
    case VoteRule.RESIDENTS_MAJORITY:
      // Households, not area: more than half take part, more than half of those say yes.
      quorumMet = 2 * participatingVoters > electorate.voters;
      passed = quorumMet && 2 * c.yesVoters > participatingVoters;
      break;
    default:
      throw new RangeError(`unknown rule ${rule as string}`);
  }
  return { quorumMet, passed, ...c, participatingVoters, participatingArea };
}

/** Whether a rule counts voters by owner key (owners' votes) or by home (residents' votes). */
export function votesByHome(rule: VoteRule): boolean {
  return rule === VoteRule.RESIDENTS_MAJORITY;
}
