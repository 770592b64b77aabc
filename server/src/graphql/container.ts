import type { ContainerType } from 'type-graphql';

/** type-graphql asks this container for the resolvers, built once per process (features.ts). */
export function resolverContainer(instances: object[]): ContainerType {
  const byClass = new Map<Function, object>(instances.map((i) => [i.constructor, i]));
  return {
    get(someClass) {
      const instance = byClass.get(someClass as Function);
      if (!instance) throw new Error(`No resolver instance for ${(someClass as Function).name}`);
      return instance;
    },
  };
}
