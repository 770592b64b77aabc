import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../graphql/context';
import { PublicAnswer } from '../graphql/public-cache';
import { parseOptionalId } from '../common/ids';
import { StatsService } from './stats.service';
import { Stats } from './stats.types';

@Resolver()
export class StatsResolver {
  constructor(private readonly service: StatsService) {}

  @PublicAnswer()
  @Query(() => Stats, { description: 'Public figures of a community (or of the whole sub-district); the period defaults to this year so far.' })
  stats(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date,
  ): Promise<Stats> {
    return this.service.stats(ctx.em, parseOptionalId(communityId, 'communityId'), from, to);
  }
}
