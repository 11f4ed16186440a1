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
    case 'Programme': {
      if (!scope || scope.tenantId !== first || (scope.role !== 'COORDINATOR' && scope.role !== 'TENANT_ADMIN')) return null;
      const programme = await context.services.programmes.find(scope, second);
      return programme ? { ...programme, __typename: 'Programme' as const } : null;
    }
    case 'Person': {
      if (!scope || scope.tenantId !== first || (scope.role !== 'COORDINATOR' && scope.role !== 'TENANT_ADMIN')) return null;
      const person = await context.services.people.get(scope, second).catch(() => null);
      return person ? { ...person, __typename: 'Person' as const } : null;
    }
    case 'Match': {
      if (!scope || scope.tenantId !== first || (scope.role !== 'COORDINATOR' && scope.role !== 'TENANT_ADMIN')) return null;
      const match = await context.services.matches.get(scope, second).catch(() => null);
      return match ? { ...match, __typename: 'Match' as const } : null;
    }
    case 'MatchingRun': {
      if (!scope || scope.tenantId !== first || (scope.role !== 'COORDINATOR' && scope.role !== 'TENANT_ADMIN')) return null;
      const run = await context.services.matching.run(scope, second).catch(() => null);
      return run ? { ...run, __typename: 'MatchingRun' as const } : null;
    }
    case 'IntakeForm': {
      const form = scope ? context.services.programmes.form(first) : null;
      return form ? { ...form, __typename: 'IntakeForm' as const } : null;
    }
    default:
      // Audit entries and notes are read through their parents only.
      return null;
  }
}

export const Node: NodeResolvers = {
  __resolveType: (node) => (node as { __typename?: 'Tenant' | 'Membership' | 'OnboardingRequest' | 'Programme' | 'Person' | 'IntakeForm' | 'Match' | 'MatchingRun' }).__typename ?? null,
};
