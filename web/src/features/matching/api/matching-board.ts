import { gql } from 'urql';
import type { Language } from '../../../lib/domain';
import type { CefrLevel } from '../../../lib/programme-domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields } from '../../../lib/user-errors';
import { CriterionScoreFields, MatchingPersonFields, type CriterionScore, type MatchingPerson, type MatchingUserError } from './matching-fragments';
import type { MatchCriterion, MatchingRunPhase, MatchingRunStatus, MatchProposalStatus, MatchStatus, PairPinKind } from './matching-domain';

// The matching board of a programme: its waiting lists, its matching preset, its whole-pool runs
// with their proposals, and its locked and excluded pairs.

export const WAITING_PAGE_SIZE = 20;
export const PROPOSALS_PAGE_SIZE = 50;
export const PINS_PAGE_SIZE = 50;

/** What a coordinator sets in a preset: as it is read, and as it is saved. */
interface MatchingPresetSettings {
  weights: { criterion: MatchCriterion; weight: number }[];
  requireVetting: boolean;
  requireTraining: boolean;
  respectGenderPreference: boolean;
  maxDistanceKm: number | null;
  requireCommonLanguage: boolean;
  minimumLanguageLevel: CefrLevel;
}

export interface MatchingPreset extends MatchingPresetSettings {
  isDefault: boolean;
  updatedAt: string | null;
  version: number;
}

const MatchingPresetFields = gql`
  fragment MatchingPresetFields on MatchingPreset {
    weights {
      criterion
      weight
    }
    requireVetting
    requireTraining
    respectGenderPreference
    maxDistanceKm
    requireCommonLanguage
    minimumLanguageLevel
    isDefault
    updatedAt
    version
  }
`;

export interface MatchingProgramme {
  id: string;
  name: string;
  matchingPreset: MatchingPreset;
}

export const MatchingProgrammeQuery = gql<{ node: (MatchingProgramme & { __typename: 'Programme' }) | { __typename: string } | null }, { id: string }>`
  query MatchingProgramme($id: ID!) {
    node(id: $id) {
      __typename
      ... on Programme {
        id
        name
        matchingPreset {
          ...MatchingPresetFields
        }
      }
    }
  }
  ${MatchingPresetFields}
`;

export interface UpdateMatchingPresetInput extends MatchingPresetSettings {
  programmeId: string;
  version: number;
}

export const UpdateMatchingPresetMutation = gql<
  { updateMatchingPreset: { preset: MatchingPreset | null; userErrors: MatchingUserError[] } },
  { input: UpdateMatchingPresetInput }
>`
  mutation UpdateMatchingPreset($input: UpdateMatchingPresetInput!) {
    updateMatchingPreset(input: $input) {
      preset {
        ...MatchingPresetFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${MatchingPresetFields}
  ${UserErrorFields}
`;

export interface WaitingPerson extends MatchingPerson {
  waitingSince: string | null;
  capacity: number | null;
  openMatchCount: number | null;
}

/** Waiting newcomers (longest waiting first) or available buddies of a programme. */
export const WaitingListQuery = gql<
  { people: Connection<WaitingPerson> },
  { filter: { role: 'NEWCOMER' | 'BUDDY'; status: string[]; programmeId: string }; sort: 'WAITING_SINCE' | 'LAST_NAME'; first: number; after?: string | null }
>`
  query WaitingList($filter: PersonFilter!, $sort: PersonSort, $first: Int!, $after: String) {
    people(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MatchingPersonFields
          waitingSince
          capacity
          openMatchCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${MatchingPersonFields}
`;

export interface MatchingRun {
  id: string;
  status: MatchingRunStatus;
  phase: MatchingRunPhase;
  progress: number;
  newcomerCount: number;
  buddyCount: number;
  allowedPairCount: number;
  proposalCount: number;
  totalScore: number;
  unmatchedNewcomerCount: number;
  failureReason: string | null;
  startedAt: string;
  finishedAt: string | null;
}

const MatchingRunFields = gql`
  fragment MatchingRunFields on MatchingRun {
    id
    status
    phase
    progress
    newcomerCount
    buddyCount
    allowedPairCount
    proposalCount
    totalScore
    unmatchedNewcomerCount
    failureReason
    startedAt
    finishedAt
  }
`;

/** The programme's latest run, shown when the board opens. */
export const LatestMatchingRunQuery = gql<{ matchingRuns: Connection<MatchingRun> }, { programmeId: string }>`
  query LatestMatchingRun($programmeId: ID!) {
    matchingRuns(programmeId: $programmeId, first: 1) {
      edges {
        cursor
        node {
          ...MatchingRunFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${MatchingRunFields}
`;

/** One run, polled every second while it is RUNNING. */
export const MatchingRunQuery = gql<{ node: (MatchingRun & { __typename: 'MatchingRun' }) | { __typename: string } | null }, { id: string }>`
  query MatchingRun($id: ID!) {
    node(id: $id) {
      __typename
      ... on MatchingRun {
        ...MatchingRunFields
      }
    }
  }
  ${MatchingRunFields}
`;

export const StartMatchingRunMutation = gql<
  { startMatchingRun: { run: MatchingRun | null; userErrors: MatchingUserError[] } },
  { input: { programmeId: string } }
>`
  mutation StartMatchingRun($input: StartMatchingRunInput!) {
    startMatchingRun(input: $input) {
      run {
        ...MatchingRunFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${MatchingRunFields}
  ${UserErrorFields}
`;

export interface MatchProposal {
  id: string;
  newcomer: MatchingPerson;
  buddy: MatchingPerson;
  score: number;
  explanation: string;
  criteria: CriterionScore[];
  locked: boolean;
  status: MatchProposalStatus;
  match: { id: string; status: MatchStatus } | null;
}

export const RunProposalsQuery = gql<
  { node: { __typename: string; proposals?: Connection<MatchProposal> } | null },
  { runId: string; first: number; after?: string | null; language: Language }
>`
  query RunProposals($runId: ID!, $first: Int!, $after: String, $language: Language) {
    node(id: $runId) {
      __typename
      ... on MatchingRun {
        proposals(first: $first, after: $after, language: $language) {
          edges {
            cursor
            node {
              id
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
              locked
              status
              match {
                id
                status
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
  ${MatchingPersonFields}
  ${CriterionScoreFields}
`;

export interface ApprovedMatch {
  id: string;
  status: MatchStatus;
  newcomer: { id: string };
  buddy: { id: string };
}

export const ApproveMatchProposalsMutation = gql<
  { approveMatchProposals: { matches: ApprovedMatch[]; userErrors: MatchingUserError[] } },
  { input: { runId: string; proposalIds?: string[] } }
>`
  mutation ApproveMatchProposals($input: ApproveMatchProposalsInput!) {
    approveMatchProposals(input: $input) {
      matches {
        id
        status
        newcomer {
          id
        }
        buddy {
          id
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

export interface PairPin {
  newcomer: MatchingPerson;
  buddy: MatchingPerson;
  kind: PairPinKind;
  reason: string | null;
  at: string;
}

const PairPinFields = gql`
  fragment PairPinFields on PairPin {
    newcomer {
      ...MatchingPersonFields
    }
    buddy {
      ...MatchingPersonFields
    }
    kind
    reason
    at
  }
  ${MatchingPersonFields}
`;

export const PairPinsQuery = gql<{ pairPins: Connection<PairPin> }, { programmeId: string; first: number; after?: string | null }>`
  query PairPins($programmeId: ID!, $first: Int!, $after: String) {
    pairPins(programmeId: $programmeId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PairPinFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${PairPinFields}
`;

export const SetPairPinMutation = gql<
  { setPairPin: { pin: PairPin | null; userErrors: MatchingUserError[] } },
  { input: { programmeId: string; newcomerId: string; buddyId: string; kind: PairPinKind | null; reason?: string } }
>`
  mutation SetPairPin($input: SetPairPinInput!) {
    setPairPin(input: $input) {
      pin {
        ...PairPinFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${PairPinFields}
  ${UserErrorFields}
`;
