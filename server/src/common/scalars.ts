import { DateTimeResolver } from 'graphql-scalars';

/** The contract's `scalar DateTime`: an ISO 8601 string in UTC. */
export const DateTimeScalar = DateTimeResolver;
