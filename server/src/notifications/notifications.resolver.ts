import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { parseId, parseOptionalId } from '../common/ids';
import type { Context } from '../graphql/context';
import { Notification, NotificationStatus } from './notification.entity';
import { listNotifications, retryNotification } from './staff-view';

@Resolver()
export class NotificationsResolver {
  @Query(() => [Notification], { description: "Messages to residents' phones, newest first: OFFICE staff of the community, STREET_ADMIN all." })
  notifications(
    @Ctx() ctx: Context,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string | null,
    @Arg('status', () => NotificationStatus, { nullable: true }) status?: NotificationStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Notification[]> {
    return listNotifications(ctx.em, ctx.actor, parseOptionalId(communityId, 'communityId'), status ?? null, first ?? 50);
  }

  @Mutation(() => Notification, { description: 'Sends a FAILED message again from the first attempt.' })
  retryNotification(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notification> {
    return retryNotification(ctx.em, ctx.actor, parseId(id));
  }
}
