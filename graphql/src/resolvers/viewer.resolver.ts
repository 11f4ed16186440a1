import type { ViewerResolvers } from '../generated/resolvers-types';

export const Viewer: ViewerResolvers = {
  id: (user) => user.userId,
  email: (user) => user.email ?? '',
  isPlatformOperator: (user) => user.isPlatformOperator,
  preferredLanguage: (user) => user.preferredLanguage,
  memberships: (user, _, context) =>
    Promise.all(context.services.identity.scopesOf(user).map((scope) => context.services.memberships.get(scope, user.userId))),
  currentTenant: (_, __, context) => (context.tenantScope ? context.loaders.tenant.load(context.tenantScope.tenantId) : null),
};
