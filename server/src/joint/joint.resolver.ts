import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../common/errors';
import { groupedLoader, keyedLoader, type GroupedLoaders, type KeyedLoaders } from '../common/grouped-loader';
import { parseId } from '../common/ids';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../graphql/context';
import { JointProblemStatus, JointUnitKind } from './enums';
import { JointAgenda, JointAttendance, JointMeeting, JointPartner, JointProblem, JointUnit } from './joint.entity';
import type { JointMeetings } from './joint.service';
import { JointUnitFiguresView } from './joint.types';

/** The joint meetings' lists read their children in one statement each per request. */
const attendeesOf: GroupedLoaders<JointUnit> = new WeakMap();
const agendaOf: GroupedLoaders<JointProblem> = new WeakMap();
const partnersOf: GroupedLoaders<JointUnit> = new WeakMap();
const unitById: KeyedLoaders<JointUnit | null> = new WeakMap();
const meetingById: KeyedLoaders<JointMeeting | null> = new WeakMap();

const units = (em: EntityManager) =>
  keyedLoader(em, unitById, null, async (ids) => (await em.find(JointUnit, { id: { $in: ids } })).map((u) => [u.id, u] as [number, JointUnit]));

/** Units of link rows, each unit read once per request. */
async function unitsOf(em: EntityManager, rows: Array<[number, number]>): Promise<Array<[number, JointUnit]>> {
  const found = await units(em).loadMany(rows.map(([, unit]) => unit));
  return rows.map(([parent], i) => [parent, found[i] as JointUnit]);
}

@Resolver()
export class JointResolver {
  constructor(private readonly joint: JointMeetings) {}

  @Query(() => [JointUnit])
  jointUnits(@Ctx() ctx: Context): Promise<JointUnit[]> {
    return ctx.em.find(JointUnit, {}, { orderBy: { id: 'asc' } });
  }

  @Query(() => [JointMeeting], { description: 'Newest first.' })
  jointMeetings(@Ctx() ctx: Context, @Arg('first', () => Int, { nullable: true }) first?: number | null): Promise<JointMeeting[]> {
    if (first != null && (!Number.isInteger(first) || first < 1 || first > 100)) throw badInput('first is 1 to 100', { field: 'first' });
    return ctx.em.find(JointMeeting, {}, { orderBy: { heldAt: 'desc', id: 'desc' }, limit: first ?? 20 });
  }

  @Query(() => [JointProblem], { description: 'Public: open ones by due date, solved ones newest first.' })
  jointProblems(@Ctx() ctx: Context, @Arg('status', () => JointProblemStatus, { nullable: true }) status?: JointProblemStatus | null): Promise<JointProblem[]> {
    return ctx.em.find(JointProblem, status ? { status } : {}, {
      orderBy: status === JointProblemStatus.SOLVED ? { solvedAt: 'desc' } : { status: 'asc', dueBy: 'asc' },
    });
  }

  @Query(() => [JointUnitFiguresView])
  async jointUnitFigures(@Ctx() ctx: Context): Promise<JointUnitFiguresView[]> {
    const figures = await this.joint.figures(ctx.em);
    const found = await units(ctx.em).loadMany(figures.map((f) => f.unitId));
    return figures.map((f, i) => ({ ...f, unit: found[i] as JointUnit }));
  }

  @Mutation(() => JointUnit)
  addJointUnit(@Arg('name', () => String) name: string, @Arg('kind', () => JointUnitKind) kind: JointUnitKind, @Ctx() ctx: Context): Promise<JointUnit> {
    return this.joint.addUnit(ctx.em, ctx.actor, name, kind);
  }

  @Mutation(() => JointMeeting, { description: 'Every problem still open is carried over to it.' })
  recordJointMeeting(
    @Arg('quarter', () => String) quarter: string,
    @Arg('heldAt', () => DateTimeScalar) heldAt: Date,
    @Arg('attendeeIds', () => [ID]) attendeeIds: string[],
    @Ctx() ctx: Context,
    @Arg('minutes', () => String, { nullable: true }) minutes?: string | null,
  ): Promise<JointMeeting> {
    return this.joint.recordMeeting(
      ctx.em,
      ctx.actor,
      quarter,
      heldAt,
      attendeeIds.map((a) => parseId(a, 'attendeeIds')),
      minutes,
    );
  }

  @Mutation(() => JointProblem)
  addJointProblem(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('title', () => String) title: string,
    @Arg('leadUnitId', () => ID) leadUnitId: string,
    @Arg('dueBy', () => DateTimeScalar) dueBy: Date,
    @Ctx() ctx: Context,
    @Arg('partnerIds', () => [ID], { nullable: true }) partnerIds?: string[] | null,
  ): Promise<JointProblem> {
    return this.joint.addProblem(ctx.em, ctx.actor, {
      meetingId: parseId(meetingId, 'meetingId'),
      title,
      leadUnitId: parseId(leadUnitId, 'leadUnitId'),
      partnerIds: (partnerIds ?? []).map((p) => parseId(p, 'partnerIds')),
      dueBy,
    });
  }

  @Mutation(() => JointProblem)
  solveJointProblem(@Arg('problemId', () => ID) problemId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context): Promise<JointProblem> {
    return this.joint.solve(ctx.em, ctx.actor, parseId(problemId, 'problemId'), note);
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingFieldsResolver {
  @FieldResolver(() => [JointUnit])
  attendees(@Root() m: JointMeeting, @Ctx() ctx: Context): Promise<JointUnit[]> {
    const em = ctx.em;
    return groupedLoader(em, attendeesOf, async (ids) =>
      unitsOf(
        em,
        (await em.find(JointAttendance, { meeting: { $in: ids } }, { orderBy: { id: 'asc' } })).map((r) => [r.meeting.id, r.unit.id]),
      ),
    ).load(m.id);
  }

  @FieldResolver(() => [JointProblem], { description: 'Raised at this meeting or carried into it.' })
  problems(@Root() m: JointMeeting, @Ctx() ctx: Context): Promise<JointProblem[]> {
    const em = ctx.em;
    return groupedLoader(em, agendaOf, async (ids) =>
      (await em.find(JointAgenda, { meeting: { $in: ids } }, { populate: ['problem'], orderBy: { id: 'asc' } })).map(
        (r) => [r.meeting.id, r.problem.unwrap()] as [number, JointProblem],
      ),
    ).load(m.id);
  }
}

@Resolver(() => JointProblem)
export class JointProblemFieldsResolver {
  @FieldResolver(() => JointUnit)
  async leadUnit(@Root() p: JointProblem, @Ctx() ctx: Context): Promise<JointUnit> {
    return (await units(ctx.em).load(p.leadUnit.id))!;
  }

  @FieldResolver(() => [JointUnit])
  partners(@Root() p: JointProblem, @Ctx() ctx: Context): Promise<JointUnit[]> {
    const em = ctx.em;
    return groupedLoader(em, partnersOf, async (ids) =>
      unitsOf(
        em,
        (await em.find(JointPartner, { problem: { $in: ids } }, { orderBy: { id: 'asc' } })).map((r) => [r.problem.id, r.unit.id]),
      ),
    ).load(p.id);
  }

  @FieldResolver(() => JointMeeting, { description: 'The meeting where it was raised.' })
  async raisedAt(@Root() p: JointProblem, @Ctx() ctx: Context): Promise<JointMeeting> {
    const em = ctx.em;
    return (await keyedLoader(em, meetingById, null, async (ids) =>
      (await em.find(JointMeeting, { id: { $in: ids } })).map((r) => [r.id, r] as [number, JointMeeting]),
    ).load(p.raisedAt.id))!;
  }
}
