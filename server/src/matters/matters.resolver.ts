import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { isStaffOf } from '../common/guards';
import { parseId, parseOptionalId } from '../common/ids';
import { OncePerEvent } from '../common/once-per-event';
import type { Topics } from '../common/pubsub';
import type { Context } from '../graphql/context';
import { PublicAnswer } from '../graphql/public-cache';
import { Community, Pavilion, Building, Unit } from '../register';
import { MatterActionKind, MatterCategory, MatterSort, MatterStatus, MatterStep, TriageDecision } from './enums';
import { allowedActions, stepOf } from './lifecycle';
import { MatterEvent } from './matter-event.entity';
import type { MatterServices } from './matter-services';
import { Matter } from './matter.entity';
import type { MatterLike } from './matter-row';
import type { FastReads } from '../common/fast-reads';
import { timelineOf, type MatterEventLike } from './timeline';
import {
  MatterConnection,
  MatterFilter,
  RaiseChoiceInput,
  RaiseDraft,
  RaiseMatterInput,
  Resolution,
  ResolutionInput,
  StaffMatterFilter,
} from './matters.types';
import { staffMatters } from './staff-list';
import { CommonProblem, commonProblemsOf } from './common-problems';
import type { RaiseDraftView } from './raising.service';
import { Notice } from './notice.entity';
import { TRIAGE_TARGET_MINUTES, type NoticeLike } from './queries';

type MatterPayload = Topics['MATTER_UPDATED'][0];

function choiceIds(input: RaiseChoiceInput) {
  return {
    pavilionId: parseId(input.pavilionId, 'pavilionId'),
    buildingId: parseOptionalId(input.buildingId, 'buildingId'),
    unitId: parseOptionalId(input.unitId, 'unitId'),
  };
}

function draftOut(d: RaiseDraftView): RaiseDraft {
  return {
    ...d,
    pavilionId: String(d.pavilionId),
    buildingId: d.buildingId == null ? null : String(d.buildingId),
    unitId: d.unitId == null ? null : String(d.unitId),
  };
}
const loadForEvent = new OncePerEvent<Matter>();

@Resolver()
export class MattersResolver {
  constructor(
    private readonly service: MatterServices,
    private readonly reads: FastReads,
  ) {}

  @PublicAnswer()
  @Query(() => Matter, { nullable: true })
  matter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Matter | null> {
    return this.service.queries.byId(ctx.em, parseId(id));
  }

  @PublicAnswer()
  @Query(() => Matter, { nullable: true })
  matterByTrackingCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Matter | null> {
    return this.service.queries.byTrackingCode(ctx.em, code);
  }

  @PublicAnswer()
  @Query(() => MatterConnection, { description: 'Newest first; pass pageInfo.endCursor as `after` for the next page.' })
  matters(
    @Ctx() ctx: Context,
    @Arg('filter', () => MatterFilter, { nullable: true }) filter?: MatterFilter,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 20 when absent.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<MatterConnection> {
    return this.service.queries.list(
      ctx.em,
      filter && { ...filter, pavilionId: parseOptionalId(filter.pavilionId, 'pavilionId'), communityId: parseOptionalId(filter.communityId, 'communityId') },
      first,
      after,
    );
  }

  @Query(() => MatterConnection, { description: "The staff's table: filtered, sorted and paged by offset, in the caller's communities (staff)." })
  staffMatters(
    @Ctx() ctx: Context,
    @Arg('filter', () => StaffMatterFilter, { nullable: true }) filter?: StaffMatterFilter,
    @Arg('sort', () => MatterSort, { nullable: true, description: 'NEWEST when absent.' }) sort?: MatterSort,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 20 when absent.' }) first?: number,
    @Arg('offset', () => Int, { nullable: true, description: 'How many to skip; 0 when absent.' }) offset?: number,
  ): Promise<MatterConnection> {
    return staffMatters(
      ctx.em,
      this.reads,
      ctx.actor,
      { ...filter, communityId: parseOptionalId(filter?.communityId, 'communityId') },
      sort ?? MatterSort.NEWEST,
      first ?? 20,
      offset ?? 0,
    );
  }

  @Query(() => [Matter], { description: "Untriaged matters of the caller's communities, oldest first (staff)." })
  inbox(@Ctx() ctx: Context): Promise<MatterLike[]> {
    return this.service.queries.inbox(ctx.em, ctx.actor);
  }

  @Query(() => [Matter], { description: 'Matters the community office is executing (staff).' })
  mattersInExecution(@Ctx() ctx: Context): Promise<MatterLike[]> {
    return this.service.queries.inExecution(ctx.em, ctx.actor);
  }

  @Query(() => [Matter], { description: 'Completed matters rated 1 or 2 stars, awaiting the office (staff).' })
  followUps(@Ctx() ctx: Context): Promise<MatterLike[]> {
    return this.service.queries.followUps(ctx.em, ctx.actor);
  }

  @PublicAnswer()
  @Query(() => [Notice], { description: 'Public notices (公示), newest first.' })
  notices(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ): Promise<NoticeLike[]> {
    return this.service.queries.notices(ctx.em, parseOptionalId(communityId, 'communityId'), first ?? 20);
  }

  @Mutation(() => Matter, { description: 'From a kiosk without a session, or by a signed-in resident (then linked to the home).' })
  raiseMatter(@Arg('input', () => RaiseMatterInput) input: RaiseMatterInput, @Ctx() ctx: Context): Promise<Matter> {
    return this.service.raising.raise(ctx.em, ctx.actor, { ...input, ...choiceIds(input) });
  }

  @Query(() => [CommonProblem], { description: 'What residents raise most often, per category; the last of each is its general entry.' })
  commonProblems(@Arg('category', () => MatterCategory, { nullable: true }) category?: MatterCategory): CommonProblem[] {
    return commonProblemsOf(category);
  }

  @Mutation(() => RaiseDraft, { description: 'A kiosk hands what was chosen to a phone: show the code as a QR code. It lasts 30 minutes.' })
  async saveRaiseDraft(@Arg('input', () => RaiseChoiceInput) input: RaiseChoiceInput, @Ctx() ctx: Context): Promise<RaiseDraft> {
    return draftOut(await this.service.raising.saveDraft(ctx.em, { ...input, ...choiceIds(input) }));
  }

  @Query(() => RaiseDraft, { description: 'The draft behind a QR code; NOT_FOUND once it has expired.' })
  async raiseDraft(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<RaiseDraft> {
    return draftOut(await this.service.raising.draft(ctx.em, code));
  }

  @Mutation(() => Matter, { description: 'Support (附议) by a signed-in resident, once per home.' })
  secondMatter(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Matter> {
    return this.service.raising.second(ctx.em, ctx.actor, parseId(id));
  }

  @Mutation(() => Matter)
  triageMatter(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => TriageDecision) decision: TriageDecision,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, { nullable: true, description: 'Required to decline; public.' }) reason?: string,
  ): Promise<Matter> {
    return this.service.deliberation.triage(ctx.em, ctx.actor, parseId(id), decision, reason);
  }

  @Mutation(() => Matter, { description: 'Merges a duplicate into an open matter of the same community; its seconds carry over.' })
  mergeMatter(@Arg('id', () => ID) id: string, @Arg('intoId', () => ID) intoId: string, @Ctx() ctx: Context): Promise<Matter> {
    return this.service.deliberation.merge(ctx.em, ctx.actor, parseId(id), parseId(intoId, 'intoId'));
  }

  @Mutation(() => Matter)
  recordResolution(
    @Arg('matterId', () => ID) matterId: string,
    @Arg('input', () => ResolutionInput) input: ResolutionInput,
    @Ctx() ctx: Context,
  ): Promise<Matter> {
    return this.service.deliberation.recordResolution(ctx.em, ctx.actor, parseId(matterId, 'matterId'), input);
  }

  @Mutation(() => Matter)
  reportProgress(
    @Arg('matterId', () => ID) matterId: string,
    @Arg('percent', () => Int) percent: number,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: Context,
  ): Promise<Matter> {
    return this.service.execution.reportProgress(ctx.em, ctx.actor, parseId(matterId, 'matterId'), percent, note);
  }

  @Mutation(() => Matter)
  completeMatter(@Arg('matterId', () => ID) matterId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<Matter> {
    return this.service.execution.complete(ctx.em, ctx.actor, parseId(matterId, 'matterId'), note);
  }

  @Mutation(() => Matter, { description: 'Takes a matter off the follow-up list with a note of what was done.' })
  resolveFollowUp(@Arg('matterId', () => ID) matterId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<Matter> {
    return this.service.execution.resolveFollowUp(ctx.em, ctx.actor, parseId(matterId, 'matterId'), note);
  }

  @Mutation(() => Matter, { description: 'Once, when completed; the tracking code is the right to rate. 1 or 2 stars put it on the follow-up list.' })
  rateMatter(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('stars', () => Int) stars: number,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ): Promise<Matter> {
    return this.service.execution.rate(ctx.em, trackingCode, stars, comment);
  }

  @Subscription(() => Matter, {
    topics: 'MATTER_UPDATED',
    filter: ({ payload, args }: { payload: MatterPayload; args: { pavilionId?: string; communityId?: string } }) =>
      (!args.pavilionId || String(payload.pavilionId) === String(args.pavilionId)) &&
      (!args.communityId || String(payload.communityId) === String(args.communityId)),
    description: 'Every change of a matter raised at this pavilion (or in this community, or anywhere).',
  })
  async matterUpdated(
    @Root() payload: MatterPayload,
    @Ctx() ctx: Context,
    @Arg('pavilionId', () => ID, { nullable: true }) _pavilionId?: string,
    @Arg('communityId', () => ID, { nullable: true }) _communityId?: string,
  ): Promise<Matter> {
    // A fresh fork per event, since the subscription's context lives long; one load per event,
    // shared by every subscriber it reaches.
    return loadForEvent.get(payload.eventId, async () => {
      const m = await ctx.em.fork().findOneOrFail(Matter, payload.matterId);
      await m.events.load();
      return m;
    });
  }
}

@Resolver(() => Matter)
export class MatterFieldsResolver {
  constructor(private readonly reads: FastReads) {}

  @FieldResolver(() => MatterStep)
  step(@Root() m: MatterLike): MatterStep {
    return stepOf(m.status);
  }

  @FieldResolver(() => Pavilion)
  pavilion(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<Pavilion> {
    return ctx.em.getReference(Pavilion, m.pavilion.id, { wrapped: true }).loadOrFail();
  }

  @FieldResolver(() => Community)
  community(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<Community> {
    return ctx.em.getReference(Community, m.community.id, { wrapped: true }).loadOrFail();
  }

  @FieldResolver(() => Building, { nullable: true, description: 'Where the problem is, when the resident said so.' })
  async building(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<Building | null> {
    return m.building ? ctx.em.getReference(Building, m.building.id, { wrapped: true }).loadOrFail() : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  async unit(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<Unit | null> {
    return m.unit ? ctx.em.getReference(Unit, m.unit.id, { wrapped: true }).loadOrFail() : null;
  }

  @FieldResolver(() => [MatterEvent], { description: 'Every change, oldest first.' })
  timeline(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<MatterEventLike[]> {
    // A row has no collection: its events come as rows, in one query for every row of the request.
    return m instanceof Matter ? m.events.loadItems() : timelineOf(ctx.em, this.reads, m.id);
  }

  @FieldResolver(() => Resolution, { nullable: true })
  resolution(@Root() m: MatterLike): Resolution | null {
    if (!m.resolutionSummary || !m.resolutionOutcome || !m.resolvedAt) return null;
    return { summary: m.resolutionSummary, outcome: m.resolutionOutcome, decidedAt: m.resolvedAt };
  }

  @FieldResolver(() => Matter, { nullable: true, description: 'The matter this one was merged into.' })
  async mergedInto(@Root() m: MatterLike, @Ctx() ctx: Context): Promise<Matter | null> {
    return m.mergedInto ? ((await ctx.em.getReference(Matter, m.mergedInto.id, { wrapped: true }).load()) ?? null) : null;
  }

  @FieldResolver(() => Int, { description: 'Minutes from raising to triage, or until now while untriaged.' })
  waitingMinutes(@Root() m: MatterLike): number {
    const end = m.triagedAt ?? (m.status === MatterStatus.SUBMITTED ? new Date() : m.createdAt);
    return Math.max(0, Math.floor((end.getTime() - m.createdAt.getTime()) / 60_000));
  }

  @FieldResolver(() => Boolean, { description: 'Untriaged for more than 2 hours.' })
  overdue(@Root() m: MatterLike): boolean {
    return m.status === MatterStatus.SUBMITTED && Date.now() - m.createdAt.getTime() > TRIAGE_TARGET_MINUTES * 60_000;
  }

  @FieldResolver(() => [MatterActionKind], {
    description: 'What the caller may do to this matter now (a kiosk without a session may second by asking for a home code).',
  })
  allowedActions(@Root() m: MatterLike, @Ctx() ctx: Context): MatterActionKind[] {
    return allowedActions(
      { status: m.status, communityId: m.community.id, category: m.category, resolutionOutcome: m.resolutionOutcome, rating: m.rating, followUp: m.followUp },
      ctx.actor,
    );
  }

  @FieldResolver(() => String, { nullable: true, description: 'Staff of the community only; null for everyone else.' })
  contactPhone(@Root() m: MatterLike, @Ctx() ctx: Context): string | null {
    return isStaffOf(ctx.actor, m.community.id) ? (m.contactPhone ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The rater's comment; staff of the community only." })
  ratingComment(@Root() m: MatterLike, @Ctx() ctx: Context): string | null {
    return isStaffOf(ctx.actor, m.community.id) ? (m.ratingComment ?? null) : null;
  }
}

@Resolver(() => Notice)
export class NoticeFieldsResolver {
  @FieldResolver(() => Matter, { nullable: true, description: 'The matter the notice is about; null for the property scorecards.' })
  matter(@Root() n: NoticeLike, @Ctx() ctx: Context): Promise<Matter> | null {
    return n.matter ? ctx.em.getReference(Matter, n.matter.id, { wrapped: true }).loadOrFail() : null;
  }
}
