import { FORM_LEVEL, type FieldProblems } from '../../../lib/user-errors';

/** A userError, or one of a form's own zod issues (path and message as code). */
export interface ProblemSource {
  field: readonly (string | number | symbol)[];
  code: string;
  message?: string;
}

/**
 * Problems by form field: the path without the leading "input" decides the field (by default its
 * first part). A problem of no field the form shows (`fields`), such as the match itself
 * ("matchId"), is the form's as a whole (''). Matching payloads also say CONFLICT, which the shared
 * userError type does not know, hence this small sibling of problemsFromUserErrors.
 */
export function formProblems(
  errors: readonly ProblemSource[],
  fields: readonly string[],
  keyOf: (path: string[]) => string = (path) => path[0] ?? FORM_LEVEL,
): FieldProblems {
  const problems: FieldProblems = {};
  for (const { field, code, message } of errors) {
    const path = field.map(String);
    const key = keyOf(path[0] === 'input' ? path.slice(1) : path);
    problems[fields.includes(key) ? key : FORM_LEVEL] ??= { code, message };
  }
  return problems;
}

/** A zod parse's issues as problem sources (the schemas' messages are codes). */
export const issuesAsProblems = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): ProblemSource[] =>
  issues.map((issue) => ({ field: [...issue.path], code: issue.message }));
