import { gql } from 'urql';
import type { Language, MembershipStatus, Role } from '../lib/domain';

export interface ViewerMembership {
  id: string;
  role: Role;
  status: MembershipStatus;
  tenant: { id: string; slug: string; name: string };
}

export interface Viewer {
  id: string;
  email: string;
  isPlatformOperator: boolean;
  preferredLanguage: Language | null;
  memberships: ViewerMembership[];
}

// Asked without X-Tenant-Id: who is signed in and where they may work.
export const ViewerQuery = gql<{ viewer: Viewer | null }, Record<string, never>>`
  query Viewer {
    viewer {
      id
      email
      isPlatformOperator
      preferredLanguage
      memberships {
        id
        role
        status
        tenant {
          id
          slug
          name
        }
      }
    }
  }
`;

export interface CurrentTenant {
  id: string;
  slug: string;
  name: string;
  viewerRole: Role | null;
}

// Asked with X-Tenant-Id: the tenant the requests run in, and what the viewer may do there.
export const CurrentTenantQuery = gql<{ tenant: CurrentTenant | null }, Record<string, never>>`
  query CurrentTenant {
    tenant {
      id
      slug
      name
      viewerRole
    }
  }
`;

export const UpdateMyProfileMutation = gql<
  { updateMyProfile: { viewer: { id: string; preferredLanguage: Language | null } | null } },
  { input: { preferredLanguage: Language } }
>`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      viewer {
        id
        preferredLanguage
      }
    }
  }
`;
