import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { OncePerEvent } from '../common/once-per-event';
import type { Context } from '../graphql/context';
import { PublicAnswer } from '../graphql/public-cache';
import { Matter, type MatterLike } from '../matters';
import type { Topics } from '../common/pubsub';
import { BallotChoice, VoteStatus } from './enums';
import { Vote } from './vote.entity';
import type { VoteServices } from './vote-services';
import { publishedReceipts } from './receipts';
import { electors, hasVoted, myVotes } from './electorate';
import { formatCode } from '../common/codes';
import { CostPlan } from './cost-plan.entity';
import { parseId } from '../common/ids';
import {
  BallotReceipt,
  BallotVerification,
  CostShareInput,
  ElectorView,
  CostSharePlan,
  OpenVoteInput,
  PublishedBallot,
  VoteResult,
  VoteTally,
} from './votes.types';

type VotePayload = Topics['VOTE_UPDATED'][0];
const loadForEvent = new OncePerEvent<Vote>();

@Resolver(() => Vote)
export class VotesResolver {
  constructor(private readonly votes: VoteServices) {}

  @PublicAnswer()
  @Query(() => Vote, { nullable: true })
  vote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Vote | null> {
    return ctx.em.findOne(Vote, { id: parseId(id) });
  }

  @Query(() => BallotVerification, { description: 'Whether the ballot with this receipt was counted, its choice and the vote status.' })
  verifyBallot(@Arg('receipt', () => String) receipt: string, @Ctx() ctx: Context): Promise<BallotVerification> {
    return this.votes.ballots.verify(ctx.em, receipt);
  }

  @Query(() => [Vote], { description: "Open votes of the signed-in resident's home." })
  myVotes(@Ctx() ctx: Context): Promise<Vote[]> {
    return myVotes(ctx.em, ctx.actor);
  }

  @Query(() => CostSharePlan, { nullable: true, description: "An elevator matter's cost shares (staff of the community)." })
  async costSharePlan(@Arg('matterId', () => ID) matterId: string, @Ctx() ctx: Context): Promise<CostSharePlan | null> {
    const plan = await this.votes.costShares.costPlan(ctx.em, ctx.actor, parseId(matterId, 'matterId'));
    return plan ? this.toPlan(ctx, plan) : null;
  }

  @Mutation(() => Vote, { description: 'Opens the vote the branch resolved on (SECRETARY); the electorate is frozen now.' })
  openVote(@Arg('input', () => OpenVoteInput) input: OpenVoteInput, @Ctx() ctx: Context): Promise<Vote> {
    return this.votes.opening.open(ctx.em, ctx.actor, { ...input, matterId: parseId(input.matterId, 'matterId'), scopeId: parseId(input.scopeId, 'scopeId') });
  }

  @Mutation(() => BallotReceipt, { description: 'A resident signed in with their home code casts the ballot of its owner (or household).' })
  async castBallot(
    @Arg('voteId', () => ID) voteId: string,
    @Arg('choice', () => BallotChoice) choice: BallotChoice,
    @Ctx() ctx: Context,
  ): Promise<BallotReceipt> {
    return receiptOf(await this.votes.ballots.cast(ctx.em, ctx.actor, parseId(voteId, 'voteId'), choice));
  }

  @Mutation(() => BallotReceipt, { description: 'A paper ballot collected door to door, entered by OFFICE or SECRETARY staff.' })
  async recordPaperBallot(
    @Arg('voteId', () => ID) voteId: string,
    @Arg('homeId', () => ID) homeId: string,
    @Arg('choice', () => BallotChoice) choice: BallotChoice,
    @Ctx() ctx: Context,
  ): Promise<BallotReceipt> {
    return receiptOf(await this.votes.ballots.recordPaper(ctx.em, ctx.actor, parseId(voteId, 'voteId'), parseId(homeId, 'homeId'), choice));
  }

  @Mutation(() => Vote, { description: 'Closes early once everyone has voted; after closesAt it returns the closed vote.' })
  closeVote(@Arg('voteId', () => ID) voteId: string, @Ctx() ctx: Context): Promise<Vote> {
    return this.votes.closing.closeByStaff(ctx.em, ctx.actor, parseId(voteId, 'voteId'));
  }

  @Mutation(() => CostSharePlan, { description: "Shares an elevator's net cost among the homes of a building or unit (SECRETARY or OFFICE)." })
  async calculateCostShare(@Arg('input', () => CostShareInput) input: CostShareInput, @Ctx() ctx: Context): Promise<CostSharePlan> {
    return this.toPlan(
      ctx,
      await this.votes.costShares.calculateCostShare(ctx.em, ctx.actor, {
        ...input,
        matterId: parseId(input.matterId, 'matterId'),
        scopeId: parseId(input.scopeId, 'scopeId'),
      }),
    );
  }

  @Subscription(() => Vote, {
    topics: 'VOTE_UPDATED',
    filter: ({ payload, args }: { payload: VotePayload; args: { voteId?: string | null; communityId?: string | null } }) =>
      (!args.voteId || String(payload.voteId) === String(args.voteId)) && (!args.communityId || String(payload.communityId) === String(args.communityId)),
    description: "Each ballot (participation only while open) and the closing, of one vote or of every vote of a community (a board's).",
  })
  voteUpdated(
    @Root() payload: VotePayload,
    @Ctx() ctx: Context,
    @Arg('voteId', () => ID, { nullable: true }) _voteId?: string,
    @Arg('communityId', () => ID, { nullable: true }) _communityId?: string,
  ): Promise<Vote> {
    return loadForEvent.get(payload.eventId, () => ctx.em.fork().findOneOrFail(Vote, payload.voteId));
  }

  @FieldResolver(() => VoteTally, { description: 'Participation so far; shown while the vote is open.' })
  tally(@Root() v: Vote): VoteTally {
    return {
      eligibleOwners: v.eligibleVoters,
      eligibleAreaM2: v.eligibleAreaCentiM2 / 100,
      participatingOwners: v.participatingVoters,
      participatingAreaM2: v.participatingArea / 100,
      eligibleHomes: v.eligibleHomes,
    };
  }

  @FieldResolver(() => VoteResult, { nullable: true, description: 'Null until the vote is closed.' })
  result(@Root() v: Vote): VoteResult | null {
    if (v.status !== VoteStatus.CLOSED || v.passed == null) return null;
    const o = {
      passed: v.passed,
      quorumMet: !!v.quorumMet,
      yesVoters: v.yesVoters ?? 0,
      yesArea: v.yesArea ?? 0,
      noVoters: v.noVoters ?? 0,
      noArea: v.noArea ?? 0,
      abstainVoters: v.abstainVoters ?? 0,
      abstainArea: v.abstainArea ?? 0,
      participatingVoters: v.participatingVoters,
      participatingArea: v.participatingArea,
    };
    return {
      passed: o.passed,
      quorumMet: o.quorumMet,
      yesOwners: o.yesVoters,
      yesAreaM2: o.yesArea / 100,
      noOwners: o.noVoters,
      noAreaM2: o.noArea / 100,
      abstainOwners: o.abstainVoters,
      abstainAreaM2: o.abstainArea / 100,
      summary: this.votes.closing.figures(v, o),
    };
  }

  @FieldResolver(() => [PublishedBallot], { nullable: true, description: 'The receipts and choices of a closed vote, sorted; null while open.' })
  receipts(@Root() v: Vote, @Ctx() ctx: Context): Promise<PublishedBallot[] | null> {
    return publishedReceipts(ctx.em, v);
  }

  @FieldResolver(() => [ElectorView], { description: 'The frozen electorate and who has voted (staff of the community).' })
  electors(@Root() v: Vote, @Ctx() ctx: Context): Promise<ElectorView[]> {
    return electors(ctx.em, ctx.actor, v);
  }

  @FieldResolver(() => Matter)
  async matter(@Root() v: Vote): Promise<Matter> {
    return (await v.matter.load())!;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: "For a signed-in resident: whether their home's owner (or household) has voted." })
  async myBallotCast(@Root() v: Vote, @Ctx() ctx: Context): Promise<boolean | null> {
    return ctx.actor.kind === 'resident' ? hasVoted(ctx.em, v, ctx.actor.homeId) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "For a signed-in resident: their home's share of an elevator's cost, in fen." })
  myCostShareFen(@Root() v: Vote, @Ctx() ctx: Context): Promise<number | null> {
    return this.votes.costShares.myShare(ctx.em, ctx.actor, v.matter.id);
  }

  private async toPlan(ctx: Context, plan: CostPlan): Promise<CostSharePlan> {
    const rows = await this.votes.costShares.shareRows(ctx.em, plan);
    return {
      matterId: plan.matter.id,
      totalCostFen: plan.totalFen,
      subsidyFen: plan.subsidyFen,
      netCostFen: plan.totalFen - plan.subsidyFen,
      calculatedAt: plan.calculatedAt,
      shares: rows.map((r) => ({
        homeId: r.home.id,
        room: r.home.unwrap().room,
        floor: r.floor,
        areaM2: r.areaCentiM2 / 100,
        coefficientPermille: r.coefficientPermille,
        shareFen: r.shareFen,
      })),
    };
  }
}

@Resolver(() => Matter)
export class MatterVoteResolver {
  @FieldResolver(() => Vote, { nullable: true })
  async vote(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<Vote | null> {
    return m.vote ? ((await ctx.em.getReference(Vote, m.vote.id, { wrapped: true }).load()) ?? null) : null;
  }
}

function receiptOf(b: { receipt: string; castAt: Date }): BallotReceipt {
  return { receipt: formatCode(b.receipt), castAt: b.castAt };
}
