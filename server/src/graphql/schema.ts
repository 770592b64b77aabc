import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver';
import type { AppPubSub } from '../common/pubsub';
import { MatterVoteResolver, VotesResolver } from '../votes/votes.resolver';
import { StatsResolver } from '../stats/stats.resolver';
import { MeetingsResolver } from '../meetings/meetings.resolver';
import { MatterFieldsResolver, MattersResolver, NoticeFieldsResolver } from '../matters/matters.resolver';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  PavilionFieldsResolver,
  RegisterResolver,
  UnitFieldsResolver,
} from '../register/register.resolver';

export const resolvers = [
  AuthResolver,
  RegisterResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  BuildingFieldsResolver,
  UnitFieldsResolver,
  PavilionFieldsResolver,
  MattersResolver,
  MatterFieldsResolver,
  NoticeFieldsResolver,
  MeetingsResolver,
  StatsResolver,
  VotesResolver,
  MatterVoteResolver,
] as const;

export function buildAppSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}
