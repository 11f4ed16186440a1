import { gql } from 'urql';
import type { Language, MembershipStatus, Role } from '../../../lib/domain';
import type { Connection } from '../../../lib/use-paginated-query';
import { UserErrorFields, type UserError } from '../../../lib/user-errors';

export interface Member {
  id: string;
  email: string;
  role: Role;
  status: MembershipStatus;
  createdAt: string;
  version: number;
}

export const MEMBERS_PAGE_SIZE = 20;

const MemberFields = gql`
  fragment MemberFields on Membership {
    id
    email
    role
    status
    createdAt
    version
  }
`;

export const TenantMembersQuery = gql<
  { tenant: { id: string; name: string; languages: Language[]; defaultLanguage: Language; members: Connection<Member> } | null },
  { first: number; after?: string | null }
>`
  query TenantMembers($first: Int!, $after: String) {
    tenant {
      id
      name
      languages
      defaultLanguage
      members(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...MemberFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
  ${MemberFields}
`;

export const InviteMemberMutation = gql<
  { inviteMember: { membership: Member | null; userErrors: UserError[] } },
  { input: { email: string; role: Role; language?: Language } }
>`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      membership {
        ...MemberFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${MemberFields}
  ${UserErrorFields}
`;

export const ChangeMemberRoleMutation = gql<
  { changeMemberRole: { membership: Member | null; userErrors: UserError[] } },
  { input: { membershipId: string; role: Role; version: number } }
>`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      membership {
        ...MemberFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${MemberFields}
  ${UserErrorFields}
`;

export const RemoveMemberMutation = gql<
  { removeMember: { removedMembershipId: string | null; userErrors: UserError[] } },
  { input: { membershipId: string } }
>`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      removedMembershipId
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${UserErrorFields}
`;

export const ResendInvitationMutation = gql<
  { resendInvitation: { membership: Member | null; userErrors: UserError[] } },
  { input: { membershipId: string } }
>`
  mutation ResendInvitation($input: ResendInvitationInput!) {
    resendInvitation(input: $input) {
      membership {
        ...MemberFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${MemberFields}
  ${UserErrorFields}
`;
