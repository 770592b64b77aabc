import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';

@ObjectType({ description: 'One staff action in the append-only, hash-chained audit log.' })
export class AuditEntryView {
  @Field(() => ID)
  id!: number;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => String)
  actorName!: string;

  @Field(() => String, { description: 'A staff role, or SYSTEM for what the server did on its own.' })
  actorRole!: string;

  @Field(() => String, { description: 'The operation, as the API names it (e.g. triageMatter).' })
  action!: string;

  @Field(() => ID, { nullable: true })
  matterId?: number | null;

  @Field(() => String, { description: 'The arguments of the action, as JSON, without secrets.' })
  details!: string;

  @Field(() => String, { description: 'This row’s hash over the one before and its content.' })
  hash!: string;
}

@ObjectType()
export class AuditEntryPage {
  @Field(() => [AuditEntryView])
  nodes!: AuditEntryView[];

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  matterId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name of who acted.' })
  actor?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  to?: Date | null;
}

@ObjectType({ description: 'The chain walked from its first row.' })
export class AuditChainCheck {
  @Field(() => Int, { description: 'Rows that hold, in order, before any break.' })
  soundRows!: number;

  @Field(() => Boolean)
  sound!: boolean;

  @Field(() => ID, { nullable: true, description: 'The first row that does not hold.' })
  brokenAt?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}
