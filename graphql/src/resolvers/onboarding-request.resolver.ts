import type { OnboardingRequestResolvers } from '../generated/resolvers-types';
import { toGlobalId } from '../ids';

export const OnboardingRequest: OnboardingRequestResolvers = {
  id: (request) => toGlobalId('OnboardingRequest', request.id),
  tenant: (request, _, context) => (request.tenantId ? context.loaders.tenant.load(request.tenantId) : null),
};
