import { gql } from 'urql';
import type { Language } from '../../../lib/domain';
import type { PersonRole } from '../../../lib/programme-domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields } from '../../../lib/user-errors';
import { CriterionScoreFields, MatchingPersonFields, type CriterionScore, type MatchingPerson, type MatchingUserError } from './matching-fragments';
import type { DeclineReason, MatchAnswer, MatchEndReason, MatchOutcome, MatchStatus } from './matching-domain';

// Matches (newcomer–buddy pairs) and their lifecycle: answers, answer links, first meeting, pause,
// end. Every change sends the match's version; someone else's change in between is STALE.

export const MATCHES_PAGE_SIZE = 20;
export const PERSON_MATCHES_PAGE_SIZE = 10;

export interface MatchListItem {
  id: string;
  status: MatchStatus;
  newcomer: MatchingPerson;
  buddy: MatchingPerson;
  newcomerAnswer: MatchAnswer;
  buddyAnswer: MatchAnswer;
  score: number;
  approvedAt: string;
}

const MatchListFields = gql`
  fragment MatchListFields on Match {
    id
    status
    newcomer {
      ...MatchingPersonFields
    }
    buddy {
      ...MatchingPersonFields
    }
    newcomerAnswer
    buddyAnswer
    score
    approvedAt
  }
  ${MatchingPersonFields}
`;

/** One page of a match list (the programme's, or a person's). */
const MatchConnectionFields = gql`
  fragment MatchConnectionFields on MatchConnection {
    edges {
      cursor
      node {
        ...MatchListFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  ${MatchListFields}
`;

export const ProgrammeMatchesQuery = gql<
  { matches: Connection<MatchListItem> },
  { filter: { programmeId: string; status?: MatchStatus[] }; first: number; after?: string | null }
>`
  query ProgrammeMatches($filter: MatchFilter!, $first: Int!, $after: String) {
    matches(filter: $filter, first: $first, after: $after) {
      ...MatchConnectionFields
    }
  }
  ${MatchConnectionFields}
`;

/** A person's own matches, newest first (person page). */
export const PersonMatchesQuery = gql<
  { node: { __typename: string; matches?: Connection<MatchListItem> } | null },
  { personId: string; first: number; after?: string | null }
>`
  query PersonMatches($personId: ID!, $first: Int!, $after: String) {
    node(id: $personId) {
      __typename
      ... on Person {
        matches(first: $first, after: $after) {
          ...MatchConnectionFields
        }
      }
    }
  }
  ${MatchConnectionFields}
`;

export interface MatchStatusChange {
  from: MatchStatus | null;
  to: MatchStatus;
  reason: string | null;
  /** User id of the coordinator; null when the buddy or newcomer answered through their link. */
  by: string | null;
  at: string;
}

export interface Match extends MatchListItem {
  programme: { id: string; name: string };
  allowedNextStatuses: MatchStatus[];
  explanation: string;
  criteria: CriterionScore[];
  declineReason: DeclineReason | null;
  declinedBy: PersonRole | null;
  endReason: MatchEndReason | null;
  acceptedAt: string | null;
  startedAt: string | null;
  endedAt: string | null;
  history: MatchStatusChange[];
  version: number;
}

const MatchFields = gql`
  fragment MatchFields on Match {
    ...MatchListFields
    programme {
      id
      name
    }
    allowedNextStatuses
    explanation(language: $language)
    criteria(language: $language) {
      ...CriterionScoreFields
    }
    declineReason
    declinedBy
    endReason
    acceptedAt
    startedAt
    endedAt
    history {
      from
      to
      reason
      by
      at
    }
    version
  }
  ${MatchListFields}
  ${CriterionScoreFields}
`;

export const MatchQuery = gql<{ node: (Match & { __typename: 'Match' }) | { __typename: string } | null }, { id: string; language: Language }>`
  query Match($id: ID!, $language: Language) {
    node(id: $id) {
      __typename
      ... on Match {
        ...MatchFields
      }
    }
  }
  ${MatchFields}
`;

export type MatchPayload = { match: Match | null; userErrors: MatchingUserError[] };

/** What every change to a match answers: the match as it is now, or why not. */
const MatchPayloadFields = gql`
  fragment MatchPayloadFields on MatchPayload {
    match {
      ...MatchFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
  ${MatchFields}
  ${UserErrorFields}
`;

export const RecordMatchAnswerMutation = gql<
  { recordMatchAnswer: MatchPayload },
  { input: { matchId: string; version: number; side: PersonRole; accept: boolean; reason?: DeclineReason; note?: string }; language: Language }
>`
  mutation RecordMatchAnswer($input: RecordMatchAnswerInput!, $language: Language) {
    recordMatchAnswer(input: $input) {
      ...MatchPayloadFields
    }
  }
  ${MatchPayloadFields}
`;

export const StartMatchMutation = gql<
  { startMatch: MatchPayload },
  { input: { matchId: string; version: number; firstMeetingAt: string }; language: Language }
>`
  mutation StartMatch($input: StartMatchInput!, $language: Language) {
    startMatch(input: $input) {
      ...MatchPayloadFields
    }
  }
  ${MatchPayloadFields}
`;

export const PauseMatchMutation = gql<{ pauseMatch: MatchPayload }, { input: { matchId: string; version: number; reason?: string }; language: Language }>`
  mutation PauseMatch($input: PauseMatchInput!, $language: Language) {
    pauseMatch(input: $input) {
      ...MatchPayloadFields
    }
  }
  ${MatchPayloadFields}
`;

export const ResumeMatchMutation = gql<{ resumeMatch: MatchPayload }, { input: { matchId: string; version: number }; language: Language }>`
  mutation ResumeMatch($input: ResumeMatchInput!, $language: Language) {
    resumeMatch(input: $input) {
      ...MatchPayloadFields
    }
  }
  ${MatchPayloadFields}
`;

export const EndMatchMutation = gql<
  { endMatch: MatchPayload },
  { input: { matchId: string; version: number; outcome: MatchOutcome; reason: MatchEndReason; note?: string }; language: Language }
>`
  mutation EndMatch($input: EndMatchInput!, $language: Language) {
    endMatch(input: $input) {
      ...MatchPayloadFields
    }
  }
  ${MatchPayloadFields}
`;

export interface MatchAnswerLink {
  /** "/#/match/<tenant slug>/<token>": a path of the web app, with a secret token. */
  path: string;
  expiresAt: string;
  /** The address it was e-mailed to; null when it was not e-mailed. */
  emailedTo: string | null;
}

export const CreateMatchAnswerLinkMutation = gql<
  { createMatchAnswerLink: { link: MatchAnswerLink | null; userErrors: MatchingUserError[] } },
  { input: { matchId: string; side: PersonRole; sendByEmail?: boolean } }
>`
  mutation CreateMatchAnswerLink($input: MatchSideInput!) {
    createMatchAnswerLink(input: $input) {
      link {
        path
        expiresAt
        emailedTo
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;
