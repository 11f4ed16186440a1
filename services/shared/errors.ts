// Typed domain errors. Services throw these; only the GraphQL edge turns them into
// `extensions.code` (see graphql/src/errors.ts).

export type FieldIssueCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'ALREADY_EXISTS'
  | 'NOT_ALLOWED'
  | 'LAST_ADMIN'
  | 'STALE'
  | 'CONFLICT';

/** One problem with one input field; `field` is the path into the mutation's arguments. */
export interface FieldIssue {
  field: string[];
  message: string;
  code: FieldIssueCode;
}

export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No valid identity on the request. */
export class UnauthenticatedError extends DomainError {}
/** Identity is known but lacks the membership or role. */
export class ForbiddenError extends DomainError {}
/** The thing does not exist in the caller's scope (also used to hide other tenants' data). */
export class NotFoundError extends DomainError {}
/** A concurrent change won (stale version) or a uniqueness rule was hit. */
export class ConflictError extends DomainError {}

/** Bad input: reported to the caller as `userErrors`, nothing was written. */
export class ValidationError extends DomainError {
  constructor(public readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.field.join('.')}: ${issue.message}`).join('; '));
  }

  static of(field: string[], code: FieldIssueCode, message: string): ValidationError {
    return new ValidationError([{ field, code, message }]);
  }
}
