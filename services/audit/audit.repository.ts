// Audit entries: who did what, when. Tenant entries live in the tenant's partition; platform
// decisions (onboarding) in the PLATFORM partition. Entries hold ids, never personal data.
import { randomUUID } from 'node:crypto';
import type { Table } from '../data/dynamo';
import { queryPage, type Page } from '../data/pagination';
import type { TransactItem } from '../data/transactions';
import type { TenantScope } from '../shared/scope';

export interface AuditEntry {
  tenantId: string | null;
  key: string;
  action: string;
  actorId: string;
  subjectId: string | null;
  details: Record<string, unknown> | null;
  at: string;
}

export interface AuditInput {
  action: string;
  actorId: string;
  subjectId?: string;
  details?: Record<string, unknown>;
}

const tenantPk = (tenantId: string) => `TENANT#${tenantId}`;
const platformPk = 'PLATFORM';

function auditPut(table: Table, pk: string, entry: AuditInput, at: string): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        pk,
        sk: `AUDIT#${at}#${randomUUID()}`,
        type: 'AuditEntry',
        action: entry.action,
        actorId: entry.actorId,
        subjectId: entry.subjectId ?? null,
        details: entry.details ?? null,
        at,
      },
    },
  };
}

export function createAuditRepository(table: Table) {
  return {
    /** A put for a tenant's audit trail, to go into the same transaction as the change. */
    tenantEntry(tenantId: string, entry: AuditInput, at = new Date().toISOString()): TransactItem {
      return auditPut(table, tenantPk(tenantId), entry, at);
    },

    /** A put for the platform's audit trail (onboarding decisions). */
    platformEntry(entry: AuditInput, at = new Date().toISOString()): TransactItem {
      return auditPut(table, platformPk, entry, at);
    },

    /** The tenant's audit trail, newest first. */
    listForTenant(scope: TenantScope, first?: number | null, after?: string | null): Promise<Page<AuditEntry>> {
      const pk = tenantPk(scope.tenantId);
      return queryPage(
        table,
        {
          partition: { pk },
          keyAttributes: ['pk', 'sk'],
          params: {
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
            ExpressionAttributeValues: { ':pk': pk, ':audit': 'AUDIT#' },
            ScanIndexForward: false,
          },
          first,
          after,
        },
        (item) => ({
          tenantId: scope.tenantId,
          key: item.sk as string,
          action: item.action as string,
          actorId: item.actorId as string,
          subjectId: (item.subjectId as string | null) ?? null,
          details: (item.details as Record<string, unknown> | null) ?? null,
          at: item.at as string,
        }),
      );
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
