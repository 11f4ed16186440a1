import type { QueryResolvers } from '../generated/resolvers-types';
import { requireTenant } from '../context';
import { toConnection } from './connection';
import { resolveNode } from './node.resolver';

export const Query: QueryResolvers = {
  node: (_, { id }, context) => resolveNode(id, context),
  viewer: (_, __, context) => context.user,
  tenant: (_, __, context) => context.services.tenants.get(requireTenant(context)),
  tenants: async (_, { first, after }, context) =>
    toConnection(await context.services.tenants.list(context.platformScope ?? undefined, first, after)),
  onboardingRequests: async (_, { status, first, after }, context) =>
    toConnection(await context.services.onboarding.list(context.platformScope ?? undefined, status ?? 'PENDING', first, after)),
};
