import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from './auth/auth.resolver';
import type { AppPubSub } from './pubsub';
import {
  BuildingFieldsResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  PavilionFieldsResolver,
  RegisterResolver,
  UnitFieldsResolver,
} from './register/register.resolver';

export const resolvers = [
  AuthResolver,
  RegisterResolver,
  CommunityFieldsResolver,
  EstateFieldsResolver,
  BuildingFieldsResolver,
  UnitFieldsResolver,
  PavilionFieldsResolver,
] as const;

export function buildAppSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}
