import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { resolverContainer } from './container';

/** The schema of the resolvers given (every feature's, from features.ts), with live updates through `pubSub`. */
export function buildAppSchema(instances: object[], pubSub: PubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: instances.map((i) => i.constructor) as unknown as [Function, ...Function[]],
    container: resolverContainer(instances),
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}
