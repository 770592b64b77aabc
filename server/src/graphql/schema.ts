import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Services } from '../services';
import { resolverContainer, resolverInstances } from './container';

export function buildAppSchema(services: Services): Promise<GraphQLSchema> {
  const instances = resolverInstances(services);
  return buildSchema({
    resolvers: instances.map((i) => i.constructor) as unknown as [Function, ...Function[]],
    container: resolverContainer(instances),
    pubSub: services.pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}
