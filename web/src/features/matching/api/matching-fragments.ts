import { gql } from 'urql';
import type { UserError, UserErrorCode } from '../../../lib/user-errors';
import type { MatchCriterion } from './matching-domain';

// Pieces that more than one matching document selects.

/** A newcomer or buddy as the matching screens name them (with a link to their page). */
export interface MatchingPerson {
  id: string;
  firstName: string;
  lastName: string;
  /** Set when the person was erased: the names are then a placeholder. */
  erasedAt: string | null;
}

export const MatchingPersonFields = gql`
  fragment MatchingPersonFields on Person {
    id
    firstName
    lastName
    erasedAt
  }
`;

/** One criterion of a pair's score, explained in the language asked for. */
export interface CriterionScore {
  criterion: MatchCriterion;
  /** 0–1; null when it cannot be told. */
  value: number | null;
  weight: number;
  /** What this criterion adds to the score (0–100 in total). */
  points: number;
  explanation: string;
}

export const CriterionScoreFields = gql`
  fragment CriterionScoreFields on CriterionScore {
    criterion
    value
    weight
    points
    explanation
  }
`;

/** Matching payloads also say CONFLICT (someone else's change took the buddy's room first). */
export type MatchingUserError = Omit<UserError, 'code'> & { code: UserErrorCode | 'CONFLICT' };
