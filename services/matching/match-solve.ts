// `npm run -s match:solve < instance.json > result.json` (CONTRACTS.md): the solver as a tool. This
// module turns the standard input's text into the output and exit code; match-solve.cli.ts does the I/O.
import * as z from 'zod/mini';
import { ValidationError } from '../shared/errors';
import { parseInput } from '../shared/validation';
import { solveMatching } from './solver';

const id = z.string({ error: 'An id must be a non-empty string.' }).check(z.minLength(1, { error: 'An id must be a non-empty string.' }));
const capacity = z.int({ error: 'Capacity must be a non-negative integer.' }).check(z.minimum(0, { error: 'Capacity must be a non-negative integer.' }));
const score = z.number({ error: 'A score must be a finite number > 0.' }).check(z.positive({ error: 'A score must be a finite number > 0.' }));

/** The instance file's shape. References (unknown or duplicate ids, duplicate pairs) are checked by the solver. */
export const matchingInstanceSchema = z.object(
  {
    newcomers: z.array(id, { error: 'Expected a list of newcomer ids.' }),
    buddies: z.array(z.object({ id, capacity }, { error: 'A buddy is { "id": string, "capacity": integer ≥ 0 }.' }), { error: 'Expected a list of buddies.' }),
    edges: z.array(z.tuple([id, id, score], { error: 'An edge is [newcomerId, buddyId, score].' }), { error: 'Expected a list of edges.' }),
  },
  { error: 'Expected an object with "newcomers", "buddies" and "edges".' },
);
export type MatchingInstanceInput = z.infer<typeof matchingInstanceSchema>;

export interface MatchSolveOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function runMatchSolve(input: string): MatchSolveOutcome {
  const fail = (message: string): MatchSolveOutcome => ({ exitCode: 1, stdout: '', stderr: `match:solve: ${message}\n` });
  if (!input.trim()) return fail('no instance on standard input (expected JSON: { "newcomers": [...], "buddies": [...], "edges": [...] })');
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    return fail(`the input is not JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`);
  }
  try {
    const instance = parseInput(matchingInstanceSchema, json, []);
    const { pairs, total } = solveMatching(instance);
    return { exitCode: 0, stdout: `${JSON.stringify({ pairs, total })}\n`, stderr: '' };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    // One line: the first problem, where it is, and how many more there are.
    const [first, ...more] = error.issues;
    const where = first.field.length ? `${first.field.join('.')}: ` : '';
    return fail(`invalid instance: ${where}${first.message}${more.length ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''})` : ''}`);
  }
}
