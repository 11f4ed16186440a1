import type { QueryResolvers } from '../generated/resolvers-types';
import { requireTenant } from '../context';
import { localId, partsOf } from '../ids';
import { toConnection } from './connection';
import { resolveNode } from './node.resolver';

export const Query: QueryResolvers = {
  node: (_, { id }, context) => resolveNode(id, context),
  viewer: (_, __, context) => context.user,
  tenant: (_, __, context) => context.services.tenants.get(requireTenant(context)),
  tenants: async (_, { first, after }, context) =>
    toConnection(await context.services.tenants.list(context.platformScope ?? undefined, first, after)),
  programmes: async (_, { status, first, after }, context) =>
    toConnection(await context.services.programmes.list(requireTenant(context), status ?? null, first, after)),
  intakeForms: (_, { audience }, context) => {
    requireTenant(context);
    return context.services.programmes.forms(audience ?? null);
  },
  interestTaxonomy: (_, __, context) => context.services.programmes.interests(),
  people: async (_, { filter, sort, first, after }, context) => {
    const scope = requireTenant(context);
    const { status, programmeId, ...rest } = filter;
    const programme = programmeId ? localId(programmeId, 'Programme', scope.tenantId) : null;
    return toConnection(await context.services.people.list(scope, { ...rest, statuses: status, programmeId: programme ?? (programmeId ? 'none' : null) }, sort ?? 'CREATED_AT', first, after));
  },
  publicSignupPage: (_, { tenantSlug, programmeId }, context) =>
    context.services.publicSignup.page(tenantSlug, partsOf(programmeId, 'Programme')?.[1] ?? ''),
  intakeInvitation: (_, { tenantSlug, token }, context) => context.services.intakeLinks.invitation(tenantSlug, token),
  onboardingRequests: async (_, { status, first, after }, context) =>
    toConnection(await context.services.onboarding.list(context.platformScope ?? undefined, status ?? 'PENDING', first, after)),
};
