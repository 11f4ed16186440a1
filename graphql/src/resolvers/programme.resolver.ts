import type { ProgrammeResolvers } from '../generated/resolvers-types';
import { requireTenant } from '../context';
import { toGlobalId } from '../ids';

export const Programme: ProgrammeResolvers = {
  id: (programme) => toGlobalId('Programme', programme.tenantId, programme.id),
  newcomerForm: (programme, _, context) => context.services.programmes.form(programme.newcomerFormId)!,
  buddyForm: (programme, _, context) => context.services.programmes.form(programme.buddyFormId)!,
  matchingPreset: (programme, _, context) => context.services.matching.presetOf(requireTenant(context), programme.id),
  publicSignupPath: async (programme, _, context) => {
    const tenant = await context.loaders.tenant.load(programme.tenantId);
    return `/#/join/${tenant?.slug ?? ''}/${toGlobalId('Programme', programme.tenantId, programme.id)}`;
  },
};
