import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '../common/errors';
import { parseId } from '../common/ids';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../graphql/context';
import { JointProblemStatus, JointUnitKind } from './enums';
import { JointAgenda, JointAttendance, JointMeeting, JointPartner, JointProblem, JointUnit } from './joint.entity';
import type { JointMeetings } from './joint.service';
import { JointUnitFiguresView } from './joint.types';

type Loaders = {
  units: Promise<Map<number, JointUnit>>;
  attendees: DataLoader<number, JointUnit[]>;
  agenda: DataLoader<number, JointProblem[]>;
  partners: DataLoader<number, JointUnit[]>;
  meetings: DataLoader<number, JointMeeting>;
};
const perRequest = new WeakMap<EntityManager, Loaders>();

/** The joint meetings' lists read their children in one statement each per request. */
function loaders(em: EntityManager): Loaders {
  let l = perRequest.get(em);
  if (l) return l;
  const units = em.find(JointUnit, {}).then((list) => new Map(list.map((u) => [u.id, u])));
  l = {
    units,
    attendees: new DataLoader(async (ids: readonly number[]) => {
      const [rows, all] = await Promise.all([em.find(JointAttendance, { meeting: { $in: [...ids] } }), units]);
      return ids.map((id) => rows.filter((r) => r.meeting.id === id).map((r) => all.get(r.unit.id)!));
    }),
    agenda: new DataLoader(async (ids: readonly number[]) => {
      const rows = await em.find(JointAgenda, { meeting: { $in: [...ids] } }, { populate: ['problem'], orderBy: { id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.meeting.id === id).map((r) => r.problem.unwrap()));
    }),
    partners: new DataLoader(async (ids: readonly number[]) => {
      const [rows, all] = await Promise.all([em.find(JointPartner, { problem: { $in: [...ids] } }), units]);
      return ids.map((id) => rows.filter((r) => r.problem.id === id).map((r) => all.get(r.unit.id)!));
    }),
    meetings: new DataLoader(async (ids: readonly number[]) => {
      const rows = await em.find(JointMeeting, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id)!);
    }),
  };
  perRequest.set(em, l);
  return l;
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
    const [figures, units] = await Promise.all([this.joint.figures(ctx.em), loaders(ctx.em).units]);
    return figures.map((f) => ({ ...f, unit: units.get(f.unitId)! }));
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
    return loaders(ctx.em).attendees.load(m.id);
  }

  @FieldResolver(() => [JointProblem], { description: 'Raised at this meeting or carried into it.' })
  problems(@Root() m: JointMeeting, @Ctx() ctx: Context): Promise<JointProblem[]> {
    return loaders(ctx.em).agenda.load(m.id);
  }
}

@Resolver(() => JointProblem)
export class JointProblemFieldsResolver {
  @FieldResolver(() => JointUnit)
  async leadUnit(@Root() p: JointProblem, @Ctx() ctx: Context): Promise<JointUnit> {
    return (await loaders(ctx.em).units).get(p.leadUnit.id)!;
  }

  @FieldResolver(() => [JointUnit])
  partners(@Root() p: JointProblem, @Ctx() ctx: Context): Promise<JointUnit[]> {
    return loaders(ctx.em).partners.load(p.id);
  }

  @FieldResolver(() => JointMeeting, { description: 'The meeting where it was raised.' })
  raisedAt(@Root() p: JointProblem, @Ctx() ctx: Context): Promise<JointMeeting> {
    return loaders(ctx.em).meetings.load(p.raisedAt.id);
  }
}
