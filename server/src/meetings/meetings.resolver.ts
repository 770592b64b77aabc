import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../context';
import { Matter } from '../matters/matter.entity';
import { Pavilion } from '../register/pavilion.entity';
import { Meeting } from './meeting.entity';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  pavilionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => [ID], { description: 'Matters ON_AGENDA of the pavilion\'s community, in agenda order.' })
  matterIds!: string[];
}

@Resolver(() => Meeting)
export class MeetingsResolver {
  @Query(() => [Meeting], { description: 'Meetings, latest first (public).' })
  meetings(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('pavilionId', () => ID, { nullable: true }) pavilionId?: string,
  ): Promise<Meeting[]> {
    return ctx.services.meetings.list(ctx.em, communityId, pavilionId);
  }

  @Mutation(() => Meeting, { description: 'A deliberation meeting at a pavilion with the matters on its agenda (SECRETARY).' })
  scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return ctx.services.meetings.schedule(ctx, input);
  }

  @Mutation(() => Meeting, { description: 'Attendance and minutes of a meeting (SECRETARY).' })
  recordMeetingMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('attendance', () => Int) attendance: number,
    @Arg('minutes', () => String) minutes: string,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return ctx.services.meetings.recordMinutes(ctx, meetingId, attendance, minutes);
  }

  @FieldResolver(() => Pavilion)
  async pavilion(@Root() m: Meeting): Promise<Pavilion> {
    return (await m.pavilion.load())!;
  }

  @FieldResolver(() => [Matter])
  async agenda(@Root() m: Meeting): Promise<Matter[]> {
    const items = await m.items.loadItems();
    return Promise.all(items.map(async (i) => (await i.matter.load())!));
  }
}
