// node(id): fetches any object by global id, but only within what the viewer may see; ids of other
// tenants' objects answer null, exactly like ids that do not exist.
import type { NodeResolvers } from '../generated/resolvers-types';
import type { Context } from '../context';
import { fromGlobalId } from '../ids';

export async function resolveNode(id: string, context: Context) {
  const decoded = fromGlobalId(id);
  if (!decoded || !context.user) return null;
  const scope = context.tenantScope;
  const [first, second] = decoded.parts;
  switch (decoded.type) {
    case 'Tenant': {
      const visible = context.platformScope || context.user.memberships.some((membership) => membership.tenantId === first);
      const tenant = visible ? await context.loaders.tenant.load(first) : null;
      return tenant ? { ...tenant, __typename: 'Tenant' as const } : null;
    }
    case 'Membership': {
      if (!scope || scope.tenantId !== first) return null;
      if (second !== scope.userId && scope.role !== 'TENANT_ADMIN') return null;
      const membership = await context.services.repositories.memberships.get(scope, second);
      return membership ? { ...membership, __typename: 'Membership' as const } : null;
    }
    case 'OnboardingRequest': {
      if (!context.platformScope) return null;
      const request = await context.services.onboarding.get(context.platformScope, first);
      return request ? { ...request, __typename: 'OnboardingRequest' as const } : null;
    }
    default:
      // Audit entries are read through Tenant.auditLog only.
      return null;
  }
}

export const Node: NodeResolvers = {
  __resolveType: (node) => (node as { __typename?: 'Tenant' | 'Membership' | 'OnboardingRequest' }).__typename ?? null,
};
