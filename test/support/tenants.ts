// Onboarding a fresh tenant through the public API, the way a municipality and the operator do.
import { randomUUID } from 'node:crypto';
import { signIn } from './auth';
import { gql } from './graphql';
import { invitationPassword } from './outbox';
import type { StackOutputs } from './stack';

export const demoPassword = (stack: StackOutputs) => stack.DemoUsers[0].password;
export const newPassword = 'Fresh-password-2026';

export async function operatorToken(stack: StackOutputs): Promise<string> {
  const operator = stack.DemoUsers.find((user) => user.role === 'platform-operator')!;
  return (await signIn(stack, operator.email, operator.password)).accessToken;
}

export async function demoToken(stack: StackOutputs, tenant: string, role: 'tenant-admin' | 'coordinator'): Promise<string> {
  const user = stack.DemoUsers.find((candidate) => candidate.tenant === tenant && candidate.role === role)!;
  return (await signIn(stack, user.email, user.password)).accessToken;
}

export interface OnboardedTenant {
  tenantId: string;
  slug: string;
  adminEmail: string;
  adminToken: string;
  /** Global id of the approved onboarding request. */
  requestId: string;
}

/** Requests an account, has the operator approve it, and signs the new admin in (new password set). */
export async function onboardTenant(stack: StackOutputs, name = `Testgemeente ${randomUUID().slice(0, 8)}`): Promise<OnboardedTenant> {
  const adminEmail = `admin-${randomUUID().slice(0, 8)}@example.org`;
  const requested = await gql<{ requestTenantAccount: { requestId: string; userErrors: unknown[] } }>(
    stack,
    `mutation ($input: RequestTenantAccountInput!) { requestTenantAccount(input: $input) { requestId userErrors { field code } } }`,
    { input: { organisationName: name, kind: 'MUNICIPALITY', country: 'BE', languages: ['NL', 'EN'], contactName: 'Test Contact', contactEmail: adminEmail } },
  );
  const requestId = requested.body.data?.requestTenantAccount.requestId;
  if (!requestId) throw new Error(`Request failed: ${JSON.stringify(requested.body)}`);
  const operator = await operatorToken(stack);
  const approved = await gql<{ approveOnboardingRequest: { tenant: { id: string; slug: string } | null; userErrors: unknown[] } }>(
    stack,
    `mutation ($input: ApproveOnboardingRequestInput!) { approveOnboardingRequest(input: $input) { tenant { id slug } userErrors { field code message } } }`,
    { input: { requestId, version: 1 } },
    { token: operator },
  );
  const tenant = approved.body.data?.approveOnboardingRequest.tenant;
  if (!tenant) throw new Error(`Approval failed: ${JSON.stringify(approved.body)}`);
  const tokens = await signIn(stack, adminEmail, await invitationPassword(stack, adminEmail), newPassword);
  return { tenantId: tenant.id, slug: tenant.slug, adminEmail, adminToken: tokens.accessToken, requestId };
}
