import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { Role } from '../common/role';

@ObjectType('Session')
export class SessionType {
  @Field(() => String)
  token!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;
}

@ObjectType('Viewer')
export class ViewerType {
  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  displayName!: string;

  /** Which communities `communities` loads, only when asked for. */
  communityIds!: number[] | 'ALL';

  /** SERVICE_STAFF: the teams `teams` loads. */
  teamIds?: number[];

  @Field(() => ID, { nullable: true, description: 'The home a resident signed in with.' })
  homeId?: number | null;
}

@ObjectType('HomeCredential')
export class IssuedHomeCredential {
  @Field(() => String)
  homeCode!: string;

  @Field(() => String, { description: 'Shown once; only a hash is stored.' })
  pin!: string;
}
