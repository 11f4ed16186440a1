import type { CombinedError } from 'urql';
import { apiErrorCode } from '../../../lib/graphql-client';
import type { MatchingUserError } from '../api/matching-fragments';

export type MutationOutcome<T> =
  | { kind: 'saved'; value: T }
  | { kind: 'stale' }
  | { kind: 'invalid'; userErrors: MatchingUserError[] }
  | { kind: 'failed'; error: CombinedError | undefined };

/**
 * A versioned mutation's answer in one shape. Someone else's change in between (a STALE userError,
 * or the CONFLICT error code) is its own outcome: the screen then offers to reload.
 */
export function mutationOutcome<T>(
  error: CombinedError | undefined,
  payload: { userErrors: MatchingUserError[] } | undefined,
  value: T | null | undefined,
): MutationOutcome<T> {
  if (apiErrorCode(error) === 'CONFLICT' || payload?.userErrors.some((e) => e.code === 'STALE')) return { kind: 'stale' };
  if (payload?.userErrors.length) return { kind: 'invalid', userErrors: payload.userErrors };
  if (value) return { kind: 'saved', value };
  return { kind: 'failed', error };
}

/**
 * approveMatchProposals' userErrors by proposal: a field path names the proposal by its id
 * (["input", "proposalIds", "<id>"]) or by its index into the ids sent; the rest concern the whole run.
 */
export function proposalErrors(
  userErrors: readonly MatchingUserError[],
  sentIds: readonly string[] | undefined,
  knownIds: readonly string[],
): { byProposal: Map<string, MatchingUserError>; general: MatchingUserError[] } {
  const byProposal = new Map<string, MatchingUserError>();
  const general: MatchingUserError[] = [];
  for (const error of userErrors) {
    const named = error.field.find((part) => knownIds.includes(part) || sentIds?.includes(part));
    const index = error.field.find((part) => /^\d+$/.test(part));
    const id = named ?? (sentIds && index !== undefined ? sentIds[Number(index)] : undefined);
    if (id && !byProposal.has(id)) byProposal.set(id, error);
    else if (!id) general.push(error);
  }
  return { byProposal, general };
}
