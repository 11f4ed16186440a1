import { gql } from 'urql';

// Mutation payloads report bad input as userErrors { field: ["input", "email"], message, code };
// forms show each next to its field, translated by code.

export type UserErrorCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'ALREADY_EXISTS'
  | 'NOT_ALLOWED'
  | 'LAST_ADMIN'
  | 'STALE';

export interface UserError {
  field: string[];
  message: string;
  code: UserErrorCode;
}

/** Every payload's userErrors, selected the same way. */
export const UserErrorFields = gql`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`;

export interface FieldProblem {
  code: UserErrorCode | string;
  /** The server's English message, shown when the UI has no translation for the code. */
  message?: string;
}

/** Field name (the path without the leading "input") → its first problem; '' holds form-level ones. */
export type FieldProblems = Record<string, FieldProblem>;

export const FORM_LEVEL = '';

export function problemsFromUserErrors(userErrors: readonly UserError[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const { field, message, code } of userErrors) {
    const path = field[0] === 'input' ? field.slice(1) : field;
    // Nested paths (languages.2) belong to their top-level field.
    const key = path[0] ?? FORM_LEVEL;
    problems[key] ??= { code, message };
  }
  return problems;
}

/** Client-side checks (zod schemas whose messages are codes) in the same shape as userErrors. */
export function problemsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : FORM_LEVEL;
    problems[key] ??= { code: /^[A-Z_]+$/.test(issue.message) ? issue.message : 'INVALID' };
  }
  return problems;
}
