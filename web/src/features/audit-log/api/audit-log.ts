import { gql } from 'urql';
import type { Connection } from '../../../lib/use-paginated-query';

export interface AuditEntry {
  id: string;
  action: string;
  actorId: string;
  subjectId: string | null;
  details: string | null;
  at: string;
}

export const AUDIT_PAGE_SIZE = 25;
// The audit trail stores ids only; the page names the people it can (one bounded page of members).
export const PEOPLE_LOOKUP_SIZE = 100;

export const AuditLogQuery = gql<
  { tenant: { id: string; name: string; auditLog: Connection<AuditEntry> } | null },
  { first: number; after?: string | null }
>`
  query AuditLog($first: Int!, $after: String) {
    tenant {
      id
      name
      auditLog(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            action
            actorId
            subjectId
            details
            at
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

export const AuditPeopleQuery = gql<
  { tenant: { id: string; members: Connection<{ id: string; userId: string; email: string }> } | null },
  { first: number }
>`
  query AuditPeople($first: Int!) {
    tenant {
      id
      members(first: $first) {
        edges {
          cursor
          node {
            id
            userId
            email
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;
