// Domain errors become GraphQL errors with `extensions.code` here, and only here.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../../services/shared/errors';

const codeOf = (error: DomainError): { code: string; status: number } => {
  if (error instanceof UnauthenticatedError) return { code: 'UNAUTHENTICATED', status: 401 };
  if (error instanceof ForbiddenError) return { code: 'FORBIDDEN', status: 403 };
  if (error instanceof NotFoundError) return { code: 'NOT_FOUND', status: 404 };
  if (error instanceof ConflictError) return { code: 'CONFLICT', status: 409 };
  if (error instanceof ValidationError) return { code: 'BAD_USER_INPUT', status: 400 };
  return { code: 'INTERNAL_SERVER_ERROR', status: 500 };
};

/** A GraphQL error for a domain error (used where Apollo expects one, e.g. the context function). */
export function toGraphQLError(error: DomainError): GraphQLError {
  const { code, status } = codeOf(error);
  const extensions: Record<string, unknown> = { code, http: { status } };
  if (error instanceof ValidationError) extensions.fields = error.issues;
  return new GraphQLError(error.message, { extensions });
}

/** Apollo formatError: domain errors keep their message and get their code; others are masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const { code } = codeOf(original);
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, ...(original instanceof ValidationError ? { fields: original.issues } : {}) },
    };
  }
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}
