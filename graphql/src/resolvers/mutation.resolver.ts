// Mutations are one-liners: the service decides, withUserErrors maps bad input to userErrors.
import type { MutationResolvers } from '../generated/resolvers-types';
import { NotFoundError } from '../../../services/shared/errors';
import type { TenantScope } from '../../../services/shared/scope';
import { requireTenant, requireUser, type Context } from '../context';
import { localId, ownLocalId, partsOf, toGlobalId, type NodeType } from '../ids';
import { withUserErrors } from './connection';

/** The user id inside a Membership id, if that membership belongs to the scope's tenant. */
function memberUserId(membershipId: string, scope: TenantScope): string {
  const parts = partsOf(membershipId, 'Membership');
  if (!parts || parts[0] !== scope.tenantId) throw new NotFoundError('This member does not exist.');
  return parts[1];
}

const requestId = (id: string) => partsOf(id, 'OnboardingRequest')?.[0] ?? '';

/** The local id of the scope's tenant's object `id`; ids of other tenants are NOT_FOUND. */
const own = (id: string, type: NodeType, scope: TenantScope) => ownLocalId(id, type, scope.tenantId);

/** Form ids as the service knows them (default forms have the same id in every tenant). */
const formId = (id: string | null | undefined) => (id ? (partsOf(id, 'IntakeForm')?.[0] ?? id) : id);

/** A mutation on one person: the person id is resolved in the request's tenant, then `run` decides. */
const onPerson =
  <I extends { personId: string }, R extends object>(run: (context: Context, scope: TenantScope, input: I) => Promise<R>) =>
  (_: unknown, { input }: { input: I }, context: Context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      return run(context, scope, { ...input, personId: own(input.personId, 'Person', scope) });
    });

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

  createProgramme: (_, { input }, context) =>
    withUserErrors(async () => ({
      programme: await context.services.programmes.create(requireTenant(context), { ...input, newcomerFormId: formId(input.newcomerFormId), buddyFormId: formId(input.buddyFormId) }),
    })),

  updateProgramme: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      const programmeId = own(input.programmeId, 'Programme', scope);
      return { programme: await context.services.programmes.update(scope, { ...input, programmeId, newcomerFormId: formId(input.newcomerFormId), buddyFormId: formId(input.buddyFormId) }) };
    }),

  registerPerson: (_, { input }, context) =>
    withUserErrors(async () => {
      const scope = requireTenant(context);
      // A programme id of another tenant is reported like an unknown one.
      const programmeId = localId(input.programmeId, 'Programme', scope.tenantId) ?? '-';
      return { person: await context.services.people.register(scope, { ...input, programmeId }) };
    }),

  updatePerson: onPerson(async (context, scope, input) => ({ person: await context.services.people.update(scope, input) })),
  changePersonStatus: onPerson(async (context, scope, input) => ({ person: await context.services.people.changeStatus(scope, input) })),
  enrolPerson: onPerson(async (context, scope, input) => ({
    person: await context.services.people.enrol(scope, { ...input, programmeId: localId(input.programmeId, 'Programme', scope.tenantId) ?? '-' }),
  })),
  addNote: onPerson(async (context, scope, input) => ({ note: await context.services.people.addNote(scope, input) })),
  recordConsent: onPerson(async (context, scope, input) => ({ person: await context.services.people.recordConsent(scope, input) })),
  recordVetting: onPerson(async (context, scope, input) => ({ person: await context.services.people.recordVetting(scope, input) })),
  exportPerson: onPerson(async (context, scope, input) => ({ json: await context.services.people.exportJson(scope, input.personId) })),
  erasePerson: onPerson(async (context, scope, input) => ({ person: await context.services.people.erase(scope, input.personId) })),

  createIntakeLink: onPerson(async (context, scope, input) => {
    const link = await context.services.intakeLinks.create(scope, input.personId);
    return { intakeLink: { path: `/#/intake/${link.tenantSlug}/${link.token}`, expiresAt: link.expiresAt } };
  }),

  submitIntake: async (_, { input }, context) => {
    const { tenantSlug, token, ...intake } = input;
    const result = await withUserErrors(async () => {
      await context.services.intakeLinks.submit(tenantSlug, token, intake);
      return { received: true };
    });
    return { received: result.received ?? false, userErrors: result.userErrors };
  },

  applyAsBuddy: async (_, { input }, context) => {
    const { tenantSlug, programmeId, ...application } = input;
    const result = await withUserErrors(async () => {
      await context.services.publicSignup.apply(tenantSlug, { ...application, programmeId: partsOf(programmeId, 'Programme')?.[1] ?? '-' });
      return { received: true };
    });
    return { received: result.received ?? false, userErrors: result.userErrors };
  },

  updateTenantSettings: (_, { input }, context) =>
    withUserErrors(async () => ({ tenant: await context.services.tenants.updateSettings(requireTenant(context), input) })),
};
