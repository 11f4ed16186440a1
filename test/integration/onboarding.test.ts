// Onboarding end to end through the HTTP API: a municipality asks, the operator decides, the
// contact becomes tenant admin through an invitation with a temporary password.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/auth';
import { gql } from '../support/graphql';
import { invitationPassword, mailsTo } from '../support/outbox';
import { demoToken, newPassword, operatorToken } from '../support/tenants';

const stack = inject('stack');

const REQUEST = `mutation ($input: RequestTenantAccountInput!) {
  requestTenantAccount(input: $input) { requestId status userErrors { field code message } } }`;
const PENDING = `query ($after: String) { onboardingRequests(status: PENDING, first: 100, after: $after) {
  edges { node { id organisationName contactEmail status version } } pageInfo { hasNextPage endCursor } } }`;
const APPROVE = `mutation ($input: ApproveOnboardingRequestInput!) { approveOnboardingRequest(input: $input) {
  request { status tenant { slug } } tenant { id slug name defaultLanguage languages } userErrors { field code message } } }`;
const REJECT = `mutation ($input: RejectOnboardingRequestInput!) { rejectOnboardingRequest(input: $input) {
  request { status rejectionReason decidedAt } userErrors { field code message } } }`;

type Pending = { onboardingRequests: { edges: { node: { id: string; organisationName: string; contactEmail: string; version: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

function validRequest(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    organisationName: `Gemeente ${tag}`,
    kind: 'MUNICIPALITY',
    country: 'BE',
    languages: ['NL', 'FR'],
    contactName: 'Sara Janssens',
    contactEmail: `contact-${tag}@example.org`,
    ...overrides,
  };
}

async function findPending(operator: string, contactEmail: string) {
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof gql<Pending>>> = await gql<Pending>(stack, PENDING, { after }, { token: operator });
    const found = page.body.data!.onboardingRequests.edges.find(({ node }) => node.contactEmail === contactEmail);
    if (found) return found.node;
    after = page.body.data!.onboardingRequests.pageInfo.hasNextPage ? page.body.data!.onboardingRequests.pageInfo.endCursor : null;
  } while (after);
  return undefined;
}

describe('requesting an account', () => {
  it('needs no sign-in and confirms receipt by e-mail', async () => {
    const input = validRequest();
    const result = await gql<{ requestTenantAccount: { requestId: string; status: string; userErrors: unknown[] } }>(stack, REQUEST, { input });
    expect(result.status).toBe(200);
    expect(result.body.data!.requestTenantAccount).toMatchObject({ status: 'PENDING', userErrors: [] });
    expect(await mailsTo(stack, input.contactEmail, 'onboarding-received')).toHaveLength(1);
  });

  it('reports every bad field and records nothing', async () => {
    const input = validRequest({ organisationName: ' ', country: 'Belgium', languages: [], contactEmail: 'not-an-email', contactName: 'x'.repeat(500) });
    const result = await gql<{ requestTenantAccount: { requestId: string | null; userErrors: { field: string[]; code: string }[] } }>(stack, REQUEST, { input });
    const payload = result.body.data!.requestTenantAccount;
    expect(payload.requestId).toBeNull();
    expect(payload.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual(
      expect.arrayContaining([
        ['input.organisationName', 'REQUIRED'],
        ['input.country', 'INVALID'],
        ['input.languages', 'REQUIRED'],
        ['input.contactEmail', 'INVALID'],
        ['input.contactName', 'TOO_LONG'],
      ]),
    );
    expect(await mailsTo(stack, 'not-an-email')).toHaveLength(0);
    expect(await findPending(await operatorToken(stack), input.contactEmail)).toBeUndefined();
  });

  it('rejects an unknown enum value as a GraphQL validation error with a 400', async () => {
    const result = await gql(stack, REQUEST, { input: validRequest({ kind: 'CASTLE' }) });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the platform operator', () => {
  let operator: string;
  beforeAll(async () => {
    operator = await operatorToken(stack);
  });

  it('approves a request: the tenant exists and its contact is invited as tenant admin', async () => {
    const input = validRequest({ organisationName: 'Sint-Truiden Welzijn', languages: ['FR', 'NL'] });
    const requested = await gql<{ requestTenantAccount: { requestId: string } }>(stack, REQUEST, { input });
    const request = (await findPending(operator, input.contactEmail))!;
    expect(request.organisationName).toBe('Sint-Truiden Welzijn');
    expect(requested.body.data!.requestTenantAccount.requestId).toBe(request.id);

    const slug = `sint-truiden-${randomUUID().slice(0, 6)}`;
    const approved = await gql<{ approveOnboardingRequest: { tenant: { id: string; slug: string; defaultLanguage: string; languages: string[] }; request: { status: string }; userErrors: unknown[] } }>(
      stack, APPROVE, { input: { requestId: request.id, slug, version: request.version } }, { token: operator });
    expect(approved.body.data!.approveOnboardingRequest).toMatchObject({
      userErrors: [],
      request: { status: 'APPROVED' },
      tenant: { slug, defaultLanguage: 'FR', languages: ['FR', 'NL'] },
    });
    expect(await findPending(operator, input.contactEmail)).toBeUndefined();

    // The invitation is in French (the tenant's default language) and carries a temporary password.
    const [invitation] = await mailsTo(stack, input.contactEmail, 'invitation');
    expect(invitation.subject).toContain('Vous êtes invité');
    const temporary = await invitationPassword(stack, input.contactEmail);
    await expect(signIn(stack, input.contactEmail, temporary)).rejects.toThrow(/must choose a new password/);
    const tokens = await signIn(stack, input.contactEmail, temporary, newPassword);

    const viewer = await gql<{ viewer: { email: string; memberships: { role: string; status: string; tenant: { slug: string } }[] }; tenant: { members: { edges: { node: { status: string } }[] }; auditLog: { edges: { node: { action: string; subjectId?: string } }[] } } }>(
      stack,
      `{ viewer { email memberships { role status tenant { slug } } } tenant { members { edges { node { status } } } auditLog { edges { node { action subjectId } } } } }`,
      {},
      { token: tokens.accessToken },
    );
    expect(viewer.body.data!.viewer).toMatchObject({ email: input.contactEmail, memberships: [{ role: 'TENANT_ADMIN', status: 'ACTIVE', tenant: { slug } }] });
    expect(viewer.body.data!.tenant.members.edges.map(({ node }) => node.status)).toEqual(['ACTIVE']);
    expect(viewer.body.data!.tenant.auditLog.edges.map(({ node }) => node.action).sort()).toEqual(['member.invited', 'tenant.created']);
    const created = viewer.body.data!.tenant.auditLog.edges.find(({ node }) => node.action === 'tenant.created')!.node as { subjectId: string };
    expect(created.subjectId).toBe(approved.body.data!.approveOnboardingRequest.tenant.id);
  });

  it('cannot give two tenants the same slug', async () => {
    const input = validRequest();
    await gql(stack, REQUEST, { input });
    const request = (await findPending(operator, input.contactEmail))!;
    const result = await gql<{ approveOnboardingRequest: { tenant: null; userErrors: { field: string[]; code: string }[] } }>(
      stack, APPROVE, { input: { requestId: request.id, slug: 'mechelen', version: request.version } }, { token: operator });
    expect(result.body.data!.approveOnboardingRequest).toEqual({ request: null, tenant: null, userErrors: [expect.objectContaining({ field: ['input', 'slug'], code: 'ALREADY_EXISTS' })] });
    // Still pending, no invitation sent.
    expect(await findPending(operator, input.contactEmail)).toBeDefined();
    expect(await mailsTo(stack, input.contactEmail, 'invitation')).toHaveLength(0);
  });

  it('rejects with a reason, which is mailed to the contact; a decided request cannot be decided again', async () => {
    const input = validRequest();
    await gql(stack, REQUEST, { input });
    const request = (await findPending(operator, input.contactEmail))!;

    const noReason = await gql<{ rejectOnboardingRequest: { userErrors: { field: string[]; code: string }[] } }>(
      stack, REJECT, { input: { requestId: request.id, reason: '  ', version: request.version } }, { token: operator });
    expect(noReason.body.data!.rejectOnboardingRequest.userErrors).toEqual([expect.objectContaining({ field: ['input', 'reason'], code: 'REQUIRED' })]);

    const rejected = await gql<{ rejectOnboardingRequest: { request: { status: string; rejectionReason: string } } }>(
      stack, REJECT, { input: { requestId: request.id, reason: 'Please apply through your intermunicipal partnership.', version: request.version } }, { token: operator });
    expect(rejected.body.data!.rejectOnboardingRequest.request).toMatchObject({ status: 'REJECTED', rejectionReason: 'Please apply through your intermunicipal partnership.' });
    const [mail] = await mailsTo(stack, input.contactEmail, 'onboarding-rejected');
    expect(mail.text).toContain('Please apply through your intermunicipal partnership.');

    const again = await gql(stack, APPROVE, { input: { requestId: request.id, version: request.version + 1 } }, { token: operator });
    expect(again.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('of two concurrent approvals of one request, exactly one wins', async () => {
    const input = validRequest();
    await gql(stack, REQUEST, { input });
    const request = (await findPending(operator, input.contactEmail))!;
    const results = await Promise.all(
      [1, 2].map((n) => gql<{ approveOnboardingRequest: { tenant: { id: string } | null } | null }>(stack, APPROVE, { input: { requestId: request.id, slug: `race-${n}-${randomUUID().slice(0, 6)}`, version: request.version } }, { token: operator })),
    );
    const winners = results.filter((result) => result.body.data?.approveOnboardingRequest?.tenant);
    const losers = results.filter((result) => result.body.errors?.[0].extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
  });

  it('is the only one who can see and decide requests', async () => {
    const admin = await demoToken(stack, 'mechelen', 'tenant-admin');
    const listed = await gql(stack, PENDING, {}, { token: admin });
    expect(listed.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await gql(stack, PENDING, {});
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const input = validRequest();
    await gql(stack, REQUEST, { input });
    const request = (await findPending(operator, input.contactEmail))!;
    const approved = await gql(stack, APPROVE, { input: { requestId: request.id, version: request.version } }, { token: admin });
    expect(approved.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await findPending(operator, input.contactEmail)).toBeDefined();
  });
});
