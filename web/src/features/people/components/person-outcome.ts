import type { CombinedError } from 'urql';
import type { PageNoticeValue } from '../../../components/page-notice';
import { apiErrorCode } from '../../../lib/graphql-client';
import type { UserError } from '../../../lib/user-errors';
import type { Person } from '../api/people';


/** What a person section tells the page, which says it in one place (one live region). */
export type PersonNotice = PageNoticeValue;

export type PersonOutcome =
  | { kind: 'saved'; person: Person }
  | { kind: 'stale' }
  | { kind: 'invalid'; userErrors: UserError[] }
  | { kind: 'failed'; error: CombinedError | undefined };

/**
 * A person mutation's answer in one shape. Someone else's change in between (CONFLICT, or a STALE
 * userError) is its own outcome: the page then offers to reload rather than to try again.
 */
export function personOutcome(error: CombinedError | undefined, payload: { person: Person | null; userErrors: UserError[] } | undefined): PersonOutcome {
  if (apiErrorCode(error) === 'CONFLICT' || payload?.userErrors.some((e) => e.code === 'STALE')) return { kind: 'stale' };
  if (payload?.userErrors.length) return { kind: 'invalid', userErrors: payload.userErrors };
  if (payload?.person) return { kind: 'saved', person: payload.person };
  return { kind: 'failed', error };
}
