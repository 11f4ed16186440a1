import { gql } from 'urql';
import type { Language, TenantKind, TenantStatus } from '../../../lib/domain';
import type { Connection } from '../../../lib/use-paginated-query';

export interface DirectoryTenant {
  id: string;
  slug: string;
  name: string;
  kind: TenantKind;
  country: string;
  languages: Language[];
  status: TenantStatus;
  createdAt: string;
}

export const TENANTS_PAGE_SIZE = 20;

// All tenants, oldest first; platform operators only.
export const TenantsQuery = gql<{ tenants: Connection<DirectoryTenant> }, { first: number; after?: string | null }>`
  query Tenants($first: Int!, $after: String) {
    tenants(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          slug
          name
          kind
          country
          languages
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
