import type { TenantResolvers } from '../generated/resolvers-types';
import { ForbiddenError } from '../../../services/shared/errors';
import type { Context } from '../context';
import { toGlobalId } from '../ids';
import { toConnection } from './connection';

// Lists inside a tenant are only readable in that tenant's own scope.
function scopeFor(tenantId: string, context: Context) {
  if (context.tenantScope?.tenantId !== tenantId) throw new ForbiddenError('Select this tenant (X-Tenant-Id) to read its members.');
  return context.tenantScope;
}

export const Tenant: TenantResolvers = {
  id: (tenant) => toGlobalId('Tenant', tenant.id),
  viewerRole: (tenant, _, context) => context.user?.memberships.find((membership) => membership.tenantId === tenant.id)?.role ?? null,
  members: async (tenant, { first, after }, context) =>
    toConnection(await context.services.memberships.list(scopeFor(tenant.id, context), first, after)),
  auditLog: async (tenant, { first, after }, context) =>
    toConnection(await context.services.tenants.auditLog(scopeFor(tenant.id, context), first, after)),
};
