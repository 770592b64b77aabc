import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';

/**
 * Domain errors: services throw these, never GraphQLError. formatError below is the one place
 * that turns them into the contract's extensions.code.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'VOTE_CLOSED' | 'RATE_LIMITED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = code;
  }
}

export const unauthenticated = (message = 'Sign in first') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You may not do this') => new DomainError('FORBIDDEN', message);
export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const conflict = (message: string, details?: Record<string, unknown>) => new DomainError('CONFLICT', message, details);
export const voteClosed = (message = 'This vote is closed') => new DomainError('VOTE_CLOSED', message);
export const rateLimited = (retryAfterSeconds: number, message = 'Too many attempts; try again later') =>
  new DomainError('RATE_LIMITED', message, { retryAfterSeconds });

/** Codes Apollo and graphql-js set on their own that clients may rely on as they are. */
const PASSTHROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
]);

export function makeFormatError(opts: { development: boolean; onInternal?: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // A domain error raised outside a resolver (e.g. a subscription ended) has no path to unwrap.
    const original =
      !(unwrapped instanceof DomainError) && error instanceof GraphQLError && error.originalError instanceof DomainError ? error.originalError : unwrapped;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...(original.details ?? {}), code: original.code },
      };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        message: 'Invalid input: ' + original.extensions.validationErrors.map((v) => Object.values(v.constraints ?? {}).join(', ')).join('; '),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASSTHROUGH.has(code)) {
      return opts.development ? formatted : { ...formatted, extensions: { code } };
    }
    // graphql-js coercion errors for variables and literals carry no code from us.
    if (original instanceof GraphQLError && !original.path && !code) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    opts.onInternal?.(original);
    if (opts.development) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
