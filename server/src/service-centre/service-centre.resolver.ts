import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, registerEnumType, Resolver, Root, Subscription } from 'type-graphql';
import { ViewerType } from '../auth';
import { isMemberOf, isStaffOf } from '../common/guards';
import { forbidden } from '../common/errors';
import { DateTimeScalar } from '../common/scalars';
import { normaliseCode } from '../common/codes';
import { parseId, parseOptionalId } from '../common/ids';
import { OncePerEvent } from '../common/once-per-event';
import { groupedLoader, keyedLoader, type GroupedLoaders, type KeyedLoaders } from '../common/grouped-loader';
import type { Context } from '../graphql/context';
import { Matter } from '../matters';
import { Building, Community } from '../register';
import { ServiceItem } from './catalogue.entity';
import { isOverdue, respondDueSoon, resolveDueSoon } from './clocks';
import { allowedOrderActions } from './allowed-actions';
import { WorkOrderAction } from './enums';
import type { ServiceCentreServices } from './service-centre-services';
import {
  CreateWorkOrderInput,
  ReportRepairInput,
  ServiceCategoryView,
  ServiceItemChange,
  ServiceLevels,
  ServiceTeamLevels,
  WorkOrderConnection,
  WorkOrderFilter,
  NewServiceTeamInput,
  NewServiceTeamMemberInput,
  TeamMember,
} from './service-centre.types';
import { rankTeams, serviceLevels } from './service-levels';
import { ServiceTeam } from './team.entity';
import { beijingWeekday, listTeams } from './teams';
import { checkOrderWatch, listWorkOrders, readsWholeOrder, seesOrderChange, WorkOrderSort, type OrderWatch } from './work-order-queries';
import { WorkOrderEvent } from './work-order-event.entity';
import { WorkOrder } from './work-order.entity';

registerEnumType(WorkOrderSort, { name: 'WorkOrderSort' });

type OrderPayload = { eventId: string; workOrderId: number; trackingCode: string; communityId: number; teamId: number | null };
const loadForEvent = new OncePerEvent<WorkOrder>();

@Resolver()
export class ServiceCentreResolver {
  constructor(private readonly s: ServiceCentreServices) {}

  @Query(() => [ServiceCategoryView], { description: 'The current catalogue: categories and their items with standards and promised minutes.' })
  serviceCatalogue(@Ctx() ctx: Context): Promise<ServiceCategoryView[]> {
    return this.s.catalogue.catalogue(ctx.em);
  }

  @Query(() => [ServiceTeam])
  serviceTeams(@Ctx() ctx: Context, @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null): Promise<ServiceTeam[]> {
    return listTeams(ctx.em, parseOptionalId(communityId, 'communityId'));
  }

  @Query(() => WorkOrder, { nullable: true, description: 'Staff of the community, and service staff for their own team.' })
  async workOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder | null> {
    const order = await ctx.em.findOne(WorkOrder, { id: parseId(id) });
    if (!order) return null;
    if (!readsWholeOrder(ctx.actor, order)) throw forbidden('This order is read by its tracking code, or by staff of its community and its team');
    return order;
  }

  @Query(() => WorkOrder, { nullable: true, description: 'Anyone holding the tracking code.' })
  workOrderByTrackingCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<WorkOrder | null> {
    return this.s.byCode.find(ctx.em, code);
  }

  @Query(() => WorkOrderConnection, { description: 'Staff of the community, and service staff for their own team.' })
  workOrders(
    @Ctx() ctx: Context,
    @Arg('filter', () => WorkOrderFilter, { nullable: true }) filter?: WorkOrderFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('sort', () => WorkOrderSort, { nullable: true }) sort?: WorkOrderSort | null,
    @Arg('offset', () => Int, { nullable: true, description: 'Skip this many (a numbered page of a table), instead of after.' }) offset?: number | null,
  ): Promise<WorkOrderConnection> {
    return listWorkOrders(
      ctx.em,
      ctx.actor,
      {
        communityId: parseOptionalId(filter?.communityId, 'communityId'),
        teamId: parseOptionalId(filter?.teamId, 'teamId'),
        matterId: parseOptionalId(filter?.matterId, 'matterId'),
        status: filter?.status,
        overdue: filter?.overdue,
        followUp: filter?.followUp,
        trackingCode: filter?.trackingCode,
      },
      { first, after, sort, offset },
      this.s.clock(),
    );
  }

  @Query(() => ServiceLevels, { description: 'Public figures of the centre (all teams, or one community or team) for a period; the last 365 days by default.' })
  async serviceLevels(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date | null,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string | null,
  ): Promise<ServiceLevels> {
    const levels = await serviceLevels(
      ctx.em,
      { communityId: parseOptionalId(communityId, 'communityId'), teamId: parseOptionalId(teamId, 'teamId'), from, to },
      this.s.clock(),
    );
    return levels.all;
  }

  @Query(() => [ServiceTeamLevels], { description: "Each team's figures, ranked by median respond minutes (teams with at least 10 orders)." })
  async serviceTeamLevels(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date | null,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date | null,
  ): Promise<ServiceTeamLevels[]> {
    const levels = await serviceLevels(ctx.em, { communityId: parseOptionalId(communityId, 'communityId'), from, to }, this.s.clock());
    const ranked = rankTeams(levels.teams);
    const teams = new Map((await ctx.em.find(ServiceTeam, { id: { $in: levels.teams.map((t) => t.teamId) } })).map((t) => [t.id, t]));
    const rankOf = new Map(ranked.map((t, i) => [t.teamId, i + 1]));
    return [...ranked, ...levels.teams.filter((t) => !rankOf.has(t.teamId))].map((t) => ({
      team: teams.get(t.teamId)!,
      rank: rankOf.get(t.teamId) ?? null,
      levels: t.levels,
    }));
  }

  @Mutation(() => WorkOrder, { description: 'From a kiosk without a session, or by a signed-in resident. A duplicate open order folds in.' })
  reportRepair(@Arg('input', () => ReportRepairInput) input: ReportRepairInput, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.reporting.report(ctx.em, ctx.actor, {
      pavilionId: parseId(input.pavilionId, 'pavilionId'),
      itemCode: input.itemCode,
      buildingId: parseOptionalId(input.buildingId, 'buildingId'),
      note: input.note,
      contactPhone: input.contactPhone,
    });
  }

  @Mutation(() => WorkOrder)
  createWorkOrder(@Arg('input', () => CreateWorkOrderInput) input: CreateWorkOrderInput, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.reporting.createForMatter(ctx.em, ctx.actor, {
      matterId: parseId(input.matterId, 'matterId'),
      itemCode: input.itemCode,
      buildingId: parseOptionalId(input.buildingId, 'buildingId'),
      note: input.note,
    });
  }

  @Mutation(() => WorkOrder)
  dispatchWorkOrder(@Arg('id', () => ID) id: string, @Arg('teamId', () => ID) teamId: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.dispatch(ctx.em, ctx.actor, parseId(id), parseId(teamId, 'teamId'));
  }

  @Mutation(() => WorkOrder)
  acknowledgeWorkOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.acknowledge(ctx.em, ctx.actor, parseId(id));
  }

  @Mutation(() => WorkOrder, { description: 'A note on the timeline, by the team or the office.' })
  noteWorkOrder(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.addNote(ctx.em, ctx.actor, parseId(id), note);
  }

  @Mutation(() => WorkOrder)
  finishWorkOrder(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.finish(ctx.em, ctx.actor, parseId(id), note);
  }

  @Mutation(() => WorkOrder, { description: 'The office checks the work (核查): accepted -> DONE, not accepted -> back to the team.' })
  checkWorkOrder(
    @Arg('id', () => ID) id: string,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<WorkOrder> {
    return this.s.flow.check(ctx.em, ctx.actor, parseId(id), accepted, note);
  }

  @Mutation(() => ServiceTeam, { description: "The office's roster of a team: the weekdays it takes new orders of its kind (replaces the old)." })
  setServiceTeamRoster(@Arg('teamId', () => ID) teamId: string, @Arg('weekdays', () => [Int]) weekdays: number[], @Ctx() ctx: Context): Promise<ServiceTeam> {
    return this.s.teams.setRoster(ctx.em, ctx.actor, parseId(teamId, 'teamId'), weekdays);
  }

  @Mutation(() => ServiceTeam, { description: 'A new team of a community (its office or the sub-district).' })
  createServiceTeam(@Arg('input', () => NewServiceTeamInput) input: NewServiceTeamInput, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return this.s.teams.create(ctx.em, ctx.actor, { ...input, communityId: parseId(input.communityId, 'communityId') });
  }

  @Mutation(() => ServiceTeam, { description: "A member's phone account in a team (SERVICE_STAFF); they sign in and see the team's orders." })
  addServiceTeamMember(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('input', () => NewServiceTeamMemberInput) input: NewServiceTeamMemberInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceTeam> {
    return this.s.teams.addMember(ctx.em, ctx.actor, parseId(teamId, 'teamId'), input);
  }

  @Mutation(() => ServiceTeam, { description: 'A member leaves the team: their sessions end, and with no team left the account no longer signs in.' })
  removeServiceTeamMember(@Arg('teamId', () => ID) teamId: string, @Arg('staffId', () => ID) staffId: string, @Ctx() ctx: Context): Promise<ServiceTeam> {
    return this.s.teams.removeMember(ctx.em, ctx.actor, parseId(teamId, 'teamId'), parseId(staffId, 'staffId'));
  }

  @Mutation(() => Boolean, { description: "The office sets a new password for a member (at least 8 characters); the member's sessions end." })
  resetServiceTeamMemberPassword(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('staffId', () => ID) staffId: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return this.s.teams.resetMemberPassword(ctx.em, ctx.actor, parseId(teamId, 'teamId'), parseId(staffId, 'staffId'), password);
  }

  @Mutation(() => WorkOrder)
  putWorkOrderOnLedger(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.putOnLedger(ctx.em, ctx.actor, parseId(id), reason);
  }

  @Mutation(() => WorkOrder, {
    description: "转支部议事: an order on the ledger becomes a matter in the branch's inbox (funds, the owners' decision); the order waits for it.",
  })
  sendWorkOrderToBranch(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.toBranch(ctx.em, ctx.actor, parseId(id));
  }

  @Mutation(() => WorkOrder, { description: 'A duplicate, or not a job for the centre; the reason is public.' })
  cancelWorkOrder(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.cancel(ctx.em, ctx.actor, parseId(id), reason);
  }

  @Mutation(() => WorkOrder, { description: 'Takes an order off the follow-up list with a note of what was done.' })
  resolveWorkOrderFollowUp(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.flow.resolveFollowUp(ctx.em, ctx.actor, parseId(id), note);
  }

  @Mutation(() => WorkOrder, { description: 'Anyone with the tracking code, limited in rate.' })
  urgeWorkOrder(@Arg('trackingCode', () => String) trackingCode: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.byCode.urge(ctx.em, trackingCode);
  }

  @Mutation(() => WorkOrder, { description: 'Within 7 days of DONE; counts as rework.' })
  reopenWorkOrder(@Arg('trackingCode', () => String) trackingCode: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<WorkOrder> {
    return this.s.byCode.reopen(ctx.em, trackingCode, note);
  }

  @Mutation(() => WorkOrder)
  rateWorkOrder(
    @Arg('trackingCode', () => String) trackingCode: string,
    @Arg('speed', () => Int) speed: number,
    @Arg('quality', () => Int) quality: number,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<WorkOrder> {
    return this.s.byCode.rate(ctx.em, trackingCode, speed, quality, comment);
  }

  @Mutation(() => ServiceItem, { description: 'STREET_ADMIN: a new version of an item; orders reported before keep their promise.' })
  updateServiceItem(@Arg('code', () => String) code: string, @Arg('change', () => ServiceItemChange) change: ServiceItemChange, @Ctx() ctx: Context) {
    return this.s.catalogue.updateItem(ctx.em, ctx.actor, code, change);
  }

  @Subscription(() => WorkOrder, {
    topics: ({ args, context }: { args: WatchArgs; context: Context }) => {
      checkOrderWatch(context.actor, watchOf(args));
      return 'WORK_ORDER_UPDATED';
    },
    filter: ({ payload, args, context }: { payload: OrderPayload; args: WatchArgs; context: Context }) =>
      seesOrderChange(context.actor, watchOf(args), payload),
    description:
      "Every change of an order (of a community, a team, or the one with this tracking code), with the rights of the list or the code: staff of the community, the order's team, or the code's holder. Contacts only to the community's staff and the order's team.",
  })
  workOrderUpdated(
    @Root() payload: OrderPayload,
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string | null,
    @Arg('trackingCode', () => String, { nullable: true }) trackingCode?: string | null,
  ): Promise<WorkOrder> {
    // The subscriber's rights are checked again with the viewer as it is now, at every event.
    if (!seesOrderChange(ctx.actor, watchOf({ communityId, teamId, trackingCode }), payload)) throw forbidden('This order is no longer shown to you');
    return loadForEvent.get(payload.eventId, () => ctx.em.fork().findOneOrFail(WorkOrder, payload.workOrderId));
  }
}

type WatchArgs = { communityId?: string | null; teamId?: string | null; trackingCode?: string | null };

/** A subscription's arguments read once, at the edge. */
const watches = new WeakMap<WatchArgs, OrderWatch>();
function watchOf(args: WatchArgs): OrderWatch {
  let w = watches.get(args);
  if (!w)
    watches.set(
      args,
      (w = {
        communityId: parseOptionalId(args.communityId, 'communityId') ?? null,
        teamId: parseOptionalId(args.teamId, 'teamId') ?? null,
        trackingCode: args.trackingCode == null ? null : normaliseCode(args.trackingCode),
      }),
    );
  return w;
}

/** One query for the timelines of all the orders a request shows. */
const timelines: GroupedLoaders<WorkOrderEvent> = new WeakMap();
function timelineOf(em: EntityManager, orderId: number): Promise<WorkOrderEvent[]> {
  return groupedLoader(em, timelines, async (ids) =>
    (await em.find(WorkOrderEvent, { workOrder: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } })).map(
      (e) => [e.workOrder.id, e] as [number, WorkOrderEvent],
    ),
  ).load(orderId);
}

/** The orders of each matter a request shows, in one query. */
const ordersOfMatters: GroupedLoaders<WorkOrder> = new WeakMap();

@Resolver(() => WorkOrder)
export class WorkOrderFieldsResolver {
  constructor(private readonly s: ServiceCentreServices) {}

  @FieldResolver(() => ServiceItem, { description: 'The item version the order was promised under.' })
  item(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<ServiceItem> {
    // Versions never change once written: read from the process's copy.
    return this.s.reference.item(ctx.em, o.item.id) as Promise<ServiceItem>;
  }

  @FieldResolver(() => Community)
  community(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<Community> {
    return ctx.em.getReference(Community, o.community.id, { wrapped: true }).loadOrFail();
  }

  @FieldResolver(() => Building, { nullable: true })
  building(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<Building> | null {
    return o.building ? ctx.em.getReference(Building, o.building.id, { wrapped: true }).loadOrFail() : null;
  }

  @FieldResolver(() => ServiceTeam, { nullable: true })
  async team(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<ServiceTeam | null> {
    if (!o.team) return null;
    return (
      ((await this.s.reference.team(ctx.em, o.team.id)) as unknown as ServiceTeam | undefined) ??
      ctx.em.getReference(ServiceTeam, o.team.id, { wrapped: true }).loadOrFail()
    );
  }

  @FieldResolver(() => Matter, { nullable: true, description: 'The matter of the three steps that this order executes, if any.' })
  matter(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<Matter> | null {
    return o.matter ? ctx.em.getReference(Matter, o.matter.id, { wrapped: true }).loadOrFail() : null;
  }

  @FieldResolver(() => [WorkOrderEvent])
  timeline(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<WorkOrderEvent[]> {
    return timelineOf(ctx.em, o.id);
  }

  @FieldResolver(() => Boolean, { description: 'Past respondBy without acknowledgement, or past resolveBy without being done.' })
  overdue(@Root() o: WorkOrder): boolean {
    return isOverdue(o, this.s.clock());
  }

  @FieldResolver(() => Boolean, { description: 'A deadline is near (a quarter of its window, at most 30 minutes): the console flags it.' })
  async dueSoon(@Root() o: WorkOrder, @Ctx() ctx: Context): Promise<boolean> {
    const item = await this.item(o, ctx);
    const now = this.s.clock();
    return respondDueSoon(o, now, item.respondMinutes) || resolveDueSoon(o, now, item.resolveMinutes);
  }

  @FieldResolver(() => [WorkOrderAction], { description: 'What the asker may do to this order now.' })
  allowedActions(@Root() o: WorkOrder, @Ctx() ctx: Context): WorkOrderAction[] {
    return allowedOrderActions(o, ctx.actor, this.s.clock());
  }

  @FieldResolver(() => String, { nullable: true, description: "The reporter's phone: the community's staff and the order's team only." })
  contactPhone(@Root() o: WorkOrder, @Ctx() ctx: Context): string | null {
    return readsWholeOrder(ctx.actor, o) ? (o.contactPhone ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The rating's words: the community's staff only." })
  ratingComment(@Root() o: WorkOrder, @Ctx() ctx: Context): string | null {
    return isStaffOf(ctx.actor, o.community.id) ? (o.ratingComment ?? null) : null;
  }
}

@Resolver(() => ServiceTeam)
export class ServiceTeamFieldsResolver {
  constructor(private readonly s: ServiceCentreServices) {}

  @FieldResolver(() => Community)
  community(@Root() t: ServiceTeam, @Ctx() ctx: Context): Promise<Community> {
    return ctx.em.getReference(Community, t.community.id, { wrapped: true }).loadOrFail();
  }

  @FieldResolver(() => [Int], { description: 'The duty roster: weekdays (1 Monday .. 7 Sunday) this team takes new orders of its kind.' })
  async dutyWeekdays(@Root() t: ServiceTeam, @Ctx() ctx: Context): Promise<number[]> {
    return [...((await this.s.reference.team(ctx.em, t.id))?.weekdays ?? [])].sort((a, b) => a - b);
  }

  @FieldResolver(() => Boolean, { description: 'On duty today (Beijing time).' })
  async onDuty(@Root() t: ServiceTeam, @Ctx() ctx: Context): Promise<boolean> {
    return ((await this.s.reference.team(ctx.em, t.id))?.weekdays ?? []).includes(beijingWeekday(this.s.clock()));
  }

  @FieldResolver(() => Int)
  memberCount(@Root() t: ServiceTeam, @Ctx() ctx: Context): Promise<number> {
    // One query for the members of all the teams a request shows.
    const em = ctx.em;
    return keyedLoader(em, memberCounts, 0, async (ids) => {
      const rows = await em.execute<Array<{ team_id: unknown; n: unknown }>>(
        `select team_id, count(*) as n from service_team_member where team_id in (${ids.map(() => '?').join(', ')}) group by team_id`,
        ids,
      );
      return rows.map((r) => [Number(r.team_id), Number(r.n)] as [number, number]);
    }).load(t.id);
  }

  @FieldResolver(() => [TeamMember], { description: "The team's members: for the community's staff and the team's own members; empty for everyone else." })
  async members(@Root() t: ServiceTeam, @Ctx() ctx: Context): Promise<TeamMember[]> {
    if (!isStaffOf(ctx.actor, t.community.id) && !isMemberOf(ctx.actor, t.id)) return [];
    const em = ctx.em;
    return groupedLoader(em, membersOfTeams, async (ids) =>
      [...(await this.s.teams.membersOf(em, ids))].flatMap(([team, members]) => members.map((m) => [team, m] as [number, TeamMember])),
    ).load(t.id);
  }
}

const memberCounts: KeyedLoaders<number> = new WeakMap();
const membersOfTeams: GroupedLoaders<TeamMember> = new WeakMap();

@Resolver(() => ViewerType)
export class ViewerTeamsResolver {
  @FieldResolver(() => [ServiceTeam], { description: 'The service teams a SERVICE_STAFF member works in (empty for everyone else).' })
  teams(@Root() v: ViewerType, @Ctx() ctx: Context): Promise<ServiceTeam[]> {
    return v.teamIds?.length ? ctx.em.find(ServiceTeam, { id: { $in: v.teamIds } }, { orderBy: { id: 'asc' } }) : Promise.resolve([]);
  }
}

@Resolver(() => Matter)
export class MatterWorkOrdersResolver {
  @FieldResolver(() => [WorkOrder], {
    description:
      "The work orders that carry this matter out: for the community's staff and the orders' teams (a tracking code is the right to urge, reopen and rate); empty for everyone else.",
  })
  async workOrders(@Root() m: { id: number }, @Ctx() ctx: Context): Promise<WorkOrder[]> {
    const em = ctx.em;
    const orders = await groupedLoader(em, ordersOfMatters, async (ids) =>
      (await em.find(WorkOrder, { matter: { $in: ids } }, { orderBy: { id: 'asc' } })).map((o) => [o.matter!.id, o] as [number, WorkOrder]),
    ).load(m.id);
    // A tracking code is the right to urge, reopen and rate: only those who read the whole order see it.
    return orders.filter((o) => readsWholeOrder(ctx.actor, o));
  }
}
