import { gql } from 'urql';
import type { Language } from '../../../lib/domain';
import { UserErrorFields } from '../../../lib/user-errors';
import { CriterionScoreFields, MatchingPersonFields, type CriterionScore, type MatchingPerson, type MatchingUserError } from './matching-fragments';
import type { MatchStatus } from './matching-domain';

// A person's best possible buddies (for a newcomer) or newcomers (for a buddy), and approving one.

export const SUGGESTIONS_COUNT = 5;

export interface MatchSuggestion {
  newcomer: MatchingPerson;
  buddy: MatchingPerson;
  score: number;
  explanation: string;
  criteria: CriterionScore[];
}

export const MatchSuggestionsQuery = gql<
  { matchSuggestions: MatchSuggestion[] },
  { personId: string; programmeId: string; first: number; language: Language }
>`
  query MatchSuggestions($personId: ID!, $programmeId: ID, $first: Int, $language: Language) {
    matchSuggestions(personId: $personId, programmeId: $programmeId, first: $first, language: $language) {
      newcomer {
        ...MatchingPersonFields
      }
      buddy {
        ...MatchingPersonFields
      }
      score
      explanation
      criteria {
        ...CriterionScoreFields
      }
    }
  }
  ${MatchingPersonFields}
  ${CriterionScoreFields}
`;

export const ApproveMatchMutation = gql<
  { approveMatch: { match: { id: string; status: MatchStatus } | null; userErrors: MatchingUserError[] } },
  { input: { programmeId: string; newcomerId: string; buddyId: string } }
>`
  mutation ApproveMatch($input: ApproveMatchInput!) {
    approveMatch(input: $input) {
      match {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;
