import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import type { Context } from '../context';
import { Stats } from './stats.types';

@Resolver()
export class StatsResolver {
  @Query(() => Stats, { description: 'Public figures of a community (or of the whole sub-district); the period defaults to this year so far.' })
  stats(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('from', () => DateTimeScalar, { nullable: true }) from?: Date,
    @Arg('to', () => DateTimeScalar, { nullable: true }) to?: Date,
  ): Promise<Stats> {
    return ctx.services.stats.stats(ctx.em, communityId ? Number(communityId) || -1 : null, from, to);
  }
}
