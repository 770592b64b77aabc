import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { parseId } from '../common/ids';
import { AuthService } from './auth.service';
import { Community, Home } from '../register';
import { requireStaff } from '../common/guards';
import { DateTimeScalar } from '../common/scalars';
import { credentialIssuedAt } from './credential-dates';
import { IssuedHomeCredential, SessionType, ViewerType } from './auth.types';

@Resolver(() => ViewerType)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => ViewerType, { nullable: true, description: 'Who is signed in; null without a session.' })
  me(@Ctx() ctx: Context): ViewerType | null {
    const v = ctx.actor;
    if (v.kind === 'anonymous') return null;
    return {
      role: v.role,
      displayName: v.displayName,
      communityIds: v.kind === 'resident' ? [v.communityId] : v.communityIds,
      homeId: v.kind === 'resident' ? v.homeId : null,
      teamIds: v.kind === 'staff' ? (v.teamIds ?? []) : [],
    };
  }

  @FieldResolver(() => [Community], { description: 'The communities this person acts for (all of them for sub-district staff; their own for a resident).' })
  communities(@Root() v: ViewerType, @Ctx() ctx: Context): Promise<Community[]> {
    return ctx.em.find(Community, v.communityIds === 'ALL' ? {} : { id: { $in: v.communityIds } }, { orderBy: { id: 'asc' } });
  }

  @Mutation(() => SessionType, { description: 'Staff sign-in.' })
  login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() ctx: Context): Promise<SessionType> {
    return this.auth.login(ctx.em, username, password);
  }

  @Mutation(() => SessionType, { description: "A resident's sign-in with a home code and PIN; the session lasts 15 minutes." })
  residentLogin(@Arg('homeCode', () => String) homeCode: string, @Arg('pin', () => String) pin: string, @Ctx() ctx: Context): Promise<SessionType> {
    return this.auth.residentLogin(ctx.em, homeCode, pin);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of the bearer token sent with this request.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.token ? this.auth.signOut(ctx.em, ctx.token) : false;
  }

  @Mutation(() => IssuedHomeCredential, { description: 'A new home code and PIN for a home; the old one stops working.' })
  async issueHomeCredential(@Arg('homeId', () => ID) homeId: string, @Ctx() ctx: Context): Promise<IssuedHomeCredential> {
    return this.auth.issueHomeCredential(ctx.em, ctx.actor, parseId(homeId, 'homeId'));
  }
}

/** A home's credential, told on the home: the register knows no credential's table. */
@Resolver(() => Home)
export class HomeCredentialFieldsResolver {
  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When its home code was issued; null while it has none (staff).' })
  credentialIssuedAt(@Root() home: Home, @Ctx() ctx: Context): Promise<Date | null> {
    requireStaff(ctx.actor);
    return credentialIssuedAt(ctx.em, home.id);
  }
}
