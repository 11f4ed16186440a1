import { gql } from 'urql';
import type { Language, OnboardingRequestStatus, TenantKind } from '../../../lib/domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export interface OnboardingRequest {
  id: string;
  organisationName: string;
  kind: TenantKind;
  country: string;
  languages: Language[];
  contactName: string;
  contactEmail: string;
  status: OnboardingRequestStatus;
  rejectionReason: string | null;
  tenant: { id: string; slug: string; name: string } | null;
  createdAt: string;
  decidedAt: string | null;
  version: number;
}

const OnboardingRequestFields = gql`
  fragment OnboardingRequestFields on OnboardingRequest {
    id
    organisationName
    kind
    country
    languages
    contactName
    contactEmail
    status
    rejectionReason
    tenant {
      id
      slug
      name
    }
    createdAt
    decidedAt
    version
  }
`;
export const ONBOARDING_PAGE_SIZE = 10;

export const OnboardingRequestsQuery = gql<
  { onboardingRequests: Connection<OnboardingRequest> },
  { status: OnboardingRequestStatus; first: number; after?: string | null }
>`
  query OnboardingRequests($status: OnboardingRequestStatus!, $first: Int!, $after: String) {
    onboardingRequests(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...OnboardingRequestFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${OnboardingRequestFields}
`;

export const ApproveOnboardingRequestMutation = gql<
  {
    approveOnboardingRequest: {
      request: OnboardingRequest | null;
      tenant: { id: string; slug: string; name: string } | null;
      userErrors: UserError[];
    };
  },
  { input: { requestId: string; slug?: string; version: number } }
>`
  mutation ApproveOnboardingRequest($input: ApproveOnboardingRequestInput!) {
    approveOnboardingRequest(input: $input) {
      request {
        ...OnboardingRequestFields
      }
      tenant {
        id
        slug
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${OnboardingRequestFields}
  ${UserErrorFields}
`;

export const RejectOnboardingRequestMutation = gql<
  { rejectOnboardingRequest: { request: OnboardingRequest | null; userErrors: UserError[] } },
  { input: { requestId: string; reason: string; version: number } }
>`
  mutation RejectOnboardingRequest($input: RejectOnboardingRequestInput!) {
    rejectOnboardingRequest(input: $input) {
      request {
        ...OnboardingRequestFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${OnboardingRequestFields}
  ${UserErrorFields}
`;
