import type { MembershipResolvers } from '../generated/resolvers-types';
import { NotFoundError } from '../../../services/shared/errors';
import { toGlobalId } from '../ids';

export const Membership: MembershipResolvers = {
  id: (membership) => toGlobalId('Membership', membership.tenantId, membership.userId),
  tenant: async (membership, _, context) => {
    const tenant = await context.loaders.tenant.load(membership.tenantId);
    if (!tenant) throw new NotFoundError('Tenant not found.');
    return tenant;
  },
};
