import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../graphql/context';
import { PublicAnswer } from '../graphql/public-cache';
import { parseId, parseOptionalId } from '../common/ids';
import { MeetingsService } from './meetings.service';
import { Matter } from '../matters';
import { Pavilion } from '../register';
import { Meeting } from './meeting.entity';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  pavilionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateTimeScalar)
  startsAt!: Date;

  @Field(() => [ID], { description: "Matters ON_AGENDA of the pavilion's community, in agenda order." })
  matterIds!: string[];
}

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @PublicAnswer()
  @Query(() => [Meeting], { description: 'Meetings, latest first (public).' })
  meetings(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('pavilionId', () => ID, { nullable: true }) pavilionId?: string,
  ): Promise<Meeting[]> {
    return this.service.list(ctx.em, parseOptionalId(communityId, 'communityId'), parseOptionalId(pavilionId, 'pavilionId'));
  }

  @Mutation(() => Meeting, { description: 'A deliberation meeting at a pavilion with the matters on its agenda (SECRETARY).' })
  scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context): Promise<Meeting> {
    return this.service.schedule(ctx.em, ctx.actor, {
      ...input,
      pavilionId: parseId(input.pavilionId, 'pavilionId'),
      matterIds: input.matterIds.map((id) => parseId(id, 'matterIds')),
    });
  }

  @Mutation(() => Meeting, { description: 'Attendance and minutes of a meeting (SECRETARY).' })
  recordMeetingMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('attendance', () => Int) attendance: number,
    @Arg('minutes', () => String) minutes: string,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    return this.service.recordMinutes(ctx.em, ctx.actor, parseId(meetingId, 'meetingId'), attendance, minutes);
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
