// Mutations are one-liners: the service decides, withUserErrors maps bad input to userErrors.
import type { MutationResolvers } from '../generated/resolvers-types';
import { NotFoundError } from '../../../services/shared/errors';
import type { TenantScope } from '../../../services/shared/scope';
import { requireTenant, requireUser } from '../context';
import { partsOf, toGlobalId } from '../ids';
import { withUserErrors } from './connection';

/** The user id inside a Membership id, if that membership belongs to the scope's tenant. */
function memberUserId(membershipId: string, scope: TenantScope): string {
  const parts = partsOf(membershipId, 'Membership');
  if (!parts || parts[0] !== scope.tenantId) throw new NotFoundError('This member does not exist.');
  return parts[1];
}

const requestId = (id: string) => partsOf(id, 'OnboardingRequest')?.[0] ?? '';

export const Mutation: MutationResolvers = {
  updateMyProfile: (_, { input }, context) =>
    withUserErrors(async () => {
      const user = requireUser(context);
      await context.services.identity.setPreferredLanguage(user, input.preferredLanguage);
      return { viewer: user };
    }),

  requestTenantAccount: (_, { input }, context) =>
    withUserErrors(async () => {
      const request = await context.services.onboarding.requestAccount(input);
      return { requestId: toGlobalId('OnboardingRequest', request.id), status: request.status };
    }),

  approveOnboardingRequest: (_, { input }, context) =>
    withUserErrors(() =>
      context.services.onboarding.approve(context.platformScope ?? undefined, { ...input, requestId: requestId(input.requestId) }),
    ),

  rejectOnboardingRequest: (_, { input }, context) =>
    withUserErrors(async () => ({
      request: await context.services.onboarding.reject(context.platformScope ?? undefined, { ...input, requestId: requestId(input.requestId) }),
    })),

  inviteMember: (_, { input }, context) =>
    withUserErrors(async () => ({ membership: await context.services.memberships.invite(requireTenant(context), input) })),

  changeMemberRole: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      const userId = memberUserId(input.membershipId, scope);
      return { membership: await context.services.memberships.changeRole(scope, { userId, role: input.role, version: input.version }) };
    }),

  removeMember: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      await context.services.memberships.remove(scope, memberUserId(input.membershipId, scope));
      return { removedMembershipId: input.membershipId };
    }),

  resendInvitation: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return { membership: await context.services.memberships.resendInvitation(scope, memberUserId(input.membershipId, scope)) };
    }),

  updateTenantSettings: (_, { input }, context) =>
    withUserErrors(async () => ({ tenant: await context.services.tenants.updateSettings(requireTenant(context), input) })),
};
