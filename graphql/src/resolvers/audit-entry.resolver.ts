import type { AuditEntryResolvers } from '../generated/resolvers-types';
import { toGlobalId } from '../ids';

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => toGlobalId('AuditEntry', entry.tenantId ?? 'platform', entry.key),
  // Tenant events concern the tenant itself: give its global id, as Tenant.id does.
  subjectId: (entry) => (entry.subjectId && entry.action.startsWith('tenant.') ? toGlobalId('Tenant', entry.subjectId) : entry.subjectId),
  details: (entry) => (entry.details ? JSON.stringify(entry.details) : null),
};
