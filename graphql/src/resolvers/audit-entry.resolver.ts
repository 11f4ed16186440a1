import type { AuditEntryResolvers } from '../generated/resolvers-types';
import { toGlobalId } from '../ids';

export const AuditEntry: AuditEntryResolvers = {
  id: (entry) => toGlobalId('AuditEntry', entry.tenantId ?? 'platform', entry.key),
  details: (entry) => (entry.details ? JSON.stringify(entry.details) : null),
};
