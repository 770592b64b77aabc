/**
 * What a feature, or a folder of the kernel, declares once in its index.ts: its entities and its
 * resolvers. The central lists (the ORM's entities, the schema's resolvers) are computed from the
 * list of features in features.ts; public fields and file arguments are declared at their fields
 * (`@PublicAnswer()`, `@FileArguments()`).
 */
export interface Feature<S> {
  name: string;
  entities: readonly Function[];
  /** Its resolvers, built once per process with its services. */
  resolvers(services: S): object[];
}

export const defineFeature = <S>(feature: Feature<S>): Feature<S> => feature;
