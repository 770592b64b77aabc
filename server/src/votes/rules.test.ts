import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotChoice, VoteRule } from './enums';
import { decide, type CountedBallot } from './rules';

const { YES, NO, ABSTAIN } = BallotChoice;
const b = (choice: BallotChoice, area: number): CountedBallot => ({ choice, area });
const many = (n: number, choice: BallotChoice, area = 100_00) => Array.from({ length: n }, () => b(choice, area));

describe('owners votes: worked examples at every boundary', () => {
  // 9 owners of 100 m² each: A = 900 m², P = 9. Two thirds: 6 owners, 600 m².
  const nine = { voters: 9, area: 9 * 100_00 };

  it.each([
    ['exactly 2/3 take part: quorum met', many(6, YES), true],
    ['one short of 2/3 by headcount: no quorum', many(5, YES), false],
  ])('%s', (_name, ballots, quorum) => {
    expect(decide(VoteRule.OWNERS_MAJOR, nine, ballots).quorumMet).toBe(quorum);
  });

  it('quorum needs both area and headcount', () => {
    // 6 of 9 owners (2/3 by head) but only 599.99 m² of 900: area short by one hundredth.
    const ballots = [...many(5, YES), b(YES, 99_99)];
    expect(decide(VoteRule.OWNERS_ORDINARY, { voters: 9, area: 900_00 }, ballots).quorumMet).toBe(false);
    // Enough area through one large home, but only 5 of 9 owners.
    expect(decide(VoteRule.OWNERS_ORDINARY, { voters: 9, area: 900_00 }, [...many(4, YES), b(YES, 300_00)]).quorumMet).toBe(false);
  });

  it('major matters: exactly 3/4 yes passes, just under fails', () => {
    // 8 owners of 8 take part; 6 yes = 3/4 of owners and of area.
    const e = { voters: 8, area: 800_00 };
    expect(decide(VoteRule.OWNERS_MAJOR, e, [...many(6, YES), ...many(2, NO)]).passed).toBe(true);
    expect(decide(VoteRule.OWNERS_MAJOR, e, [...many(5, YES), ...many(3, NO)]).passed).toBe(false);
    // Exactly 3/4 of owners (6 of 8), but yes area 599.99 m² of 800.00: one hundredth short of 3/4.
    const shortArea2 = [...many(5, YES), b(YES, 99_99), b(NO, 100_00), b(NO, 100_01)];
    expect(decide(VoteRule.OWNERS_MAJOR, { voters: 8, area: 800_00 }, shortArea2).passed).toBe(false);
  });

  it('ordinary matters: exactly 1/2 yes fails ("more than half" is strict)', () => {
    const e = { voters: 8, area: 800_00 };
    expect(decide(VoteRule.OWNERS_ORDINARY, e, [...many(4, YES), ...many(4, NO)]).passed).toBe(false);
    expect(decide(VoteRule.OWNERS_ORDINARY, e, [...many(5, YES), ...many(3, NO)]).passed).toBe(true);
  });

  it('abstentions count as participating, and against a majority', () => {
    const e = { voters: 6, area: 600_00 };
    const r = decide(VoteRule.OWNERS_ORDINARY, e, [...many(2, YES), ...many(2, ABSTAIN)]);
    expect(r.quorumMet).toBe(true); // 4 of 6 take part
    expect(r.passed).toBe(false); // 2 yes of 4 participating is not more than half
    expect(r).toMatchObject({ participatingVoters: 4, abstainVoters: 2, abstainArea: 200_00 });
  });

  it('one owner of three homes votes once with all three areas', () => {
    // Owner X has three homes of 100 m²; four other owners one each: P = 5, A = 700 m².
    const e = { voters: 5, area: 700_00 };
    const r = decide(VoteRule.OWNERS_MAJOR, e, [b(YES, 300_00), ...many(2, YES), b(NO, 100_00)]);
    expect(r).toMatchObject({ yesVoters: 3, yesArea: 500_00, participatingVoters: 4, participatingArea: 600_00 });
    expect(r.quorumMet).toBe(true);
    expect(r.passed).toBe(true); // 3/4 owners, 500/600 area
  });

  it("a developer's unsold homes are one person", () => {
    // Developer holds 6 unsold homes (600 m²) under one key; 3 owners hold one each: P = 4, A = 900 m².
    const e = { voters: 4, area: 900_00 };
    const developerAlone = decide(VoteRule.OWNERS_ORDINARY, e, [b(YES, 600_00)]);
    expect(developerAlone.quorumMet).toBe(false); // 1 of 4 people, although 2/3 of the area
    const withTwo = decide(VoteRule.OWNERS_ORDINARY, e, [b(YES, 600_00), ...many(2, NO)]);
    expect(withTwo.quorumMet).toBe(true);
    expect(withTwo.passed).toBe(false); // 1 of 3 people yes
  });
});

describe('residents votes count households, not area', () => {
  it('needs more than half of the homes, and more than half of them yes', () => {
    const e = { voters: 10, area: 1000_00 };
    expect(decide(VoteRule.RESIDENTS_MAJORITY, e, many(5, YES)).quorumMet).toBe(false); // exactly half
    const six = decide(VoteRule.RESIDENTS_MAJORITY, e, [...many(3, YES), ...many(3, NO)]);
    expect(six.quorumMet).toBe(true);
    expect(six.passed).toBe(false); // exactly half yes
    expect(decide(VoteRule.RESIDENTS_MAJORITY, e, [...many(4, YES, 1), ...many(2, NO, 500_00)]).passed).toBe(true);
  });
});

describe('properties', () => {
  const rule = fc.constantFrom(VoteRule.OWNERS_MAJOR, VoteRule.OWNERS_ORDINARY, VoteRule.RESIDENTS_MAJORITY);
  const ballot = fc.record({ choice: fc.constantFrom(YES, NO, ABSTAIN), area: fc.integer({ min: 1, max: 20_000_00 }) });
  const election = fc
    .tuple(rule, fc.array(ballot, { maxLength: 60 }), fc.integer({ min: 0, max: 40 }), fc.array(fc.integer({ min: 1, max: 20_000_00 }), { maxLength: 40 }))
    .map(([r, ballots, extraVoters, extraAreas]) => ({
      rule: r,
      ballots,
      electorate: {
        voters: ballots.length + Math.max(extraVoters, extraAreas.length),
        area: ballots.reduce((s, x) => s + x.area, 0) + extraAreas.reduce((s, x) => s + x, 0),
      },
    }));

  it('turning a NO into a YES never turns a pass into a fail', () => {
    fc.assert(
      fc.property(election, fc.nat(), ({ rule: r, ballots, electorate }, pick) => {
        const noIndexes = ballots.flatMap((x, i) => (x.choice === NO ? [i] : []));
        fc.pre(noIndexes.length > 0);
        const i = noIndexes[pick % noIndexes.length];
        const before = decide(r, electorate, ballots);
        const after = decide(
          r,
          electorate,
          ballots.map((x, j) => (j === i ? { ...x, choice: YES } : x)),
        );
        return !before.passed || after.passed;
      }),
    );
  });

  it('a pass always has its quorum', () => {
    fc.assert(fc.property(election, ({ rule: r, ballots, electorate }) => !decide(r, electorate, ballots).passed || decide(r, electorate, ballots).quorumMet));
  });

  it('a non-voter who turns up and votes yes never turns a pass into a fail', () => {
    fc.assert(
      fc.property(election, fc.integer({ min: 1, max: 20_000_00 }), ({ rule: r, ballots, electorate }, area) => {
        // The same electorate plus one more voter: first absent, then voting yes.
        const bigger = { voters: electorate.voters + 1, area: electorate.area + area };
        return !decide(r, bigger, ballots).passed || decide(r, bigger, [...ballots, b(YES, area)]).passed;
      }),
    );
  });

  it('figures add up: yes + no + abstain = participating, by voters and by area', () => {
    fc.assert(
      fc.property(election, ({ rule: r, ballots, electorate }) => {
        const o = decide(r, electorate, ballots);
        return (
          o.yesVoters + o.noVoters + o.abstainVoters === o.participatingVoters &&
          o.yesArea + o.noArea + o.abstainArea === o.participatingArea &&
          o.participatingVoters === ballots.length
        );
      }),
    );
  });

  it('a unanimous yes of everyone passes under every rule', () => {
    fc.assert(
      fc.property(rule, fc.array(fc.integer({ min: 1, max: 20_000_00 }), { minLength: 1, maxLength: 50 }), (r, areas) => {
        const ballots = areas.map((area) => b(YES, area));
        return decide(r, { voters: areas.length, area: areas.reduce((s, x) => s + x, 0) }, ballots).passed;
      }),
    );
  });

  it('whatever passes as a major matter passes as an ordinary one', () => {
    fc.assert(
      fc.property(election, ({ ballots, electorate }) => {
        fc.pre(ballots.length > 0);
        return !decide(VoteRule.OWNERS_MAJOR, electorate, ballots).passed || decide(VoteRule.OWNERS_ORDINARY, electorate, ballots).passed;
      }),
    );
  });
});
