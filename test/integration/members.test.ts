// Tenant admins manage members and settings; every rule holds through the HTTP API.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/auth';
import { gql } from '../support/graphql';
import { invitationPassword, mailsTo } from '../support/outbox';
import { demoToken, newPassword, onboardTenant, type OnboardedTenant } from '../support/tenants';

const stack = inject('stack');

const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) {
  membership { id email role status version } userErrors { field code message } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {
  membership { id role version } userErrors { field code message } } }`;
const REMOVE = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId userErrors { field code message } } }`;
const MEMBERS = `query ($first: Int, $after: String) { tenant { members(first: $first, after: $after) {
  edges { node { id email role status version } } pageInfo { hasNextPage endCursor } } } }`;
const SETTINGS = `mutation ($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) {
  tenant { name defaultLanguage languages version } userErrors { field code message } } }`;
const AUDIT = `{ tenant { auditLog(first: 50) { edges { node { action actorId subjectId details at } } } } }`;

type Member = { id: string; email: string; role: string; status: string; version: number };
const email = () => `person-${randomUUID().slice(0, 8)}@example.org`;

describe('members', () => {
  let tenant: OnboardedTenant;
  let token: string;
  const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(stack, query, variables, { token });

  beforeAll(async () => {
    tenant = await onboardTenant(stack);
    token = tenant.adminToken;
  });

  it('an admin invites a coordinator, who signs in with the mailed temporary password', async () => {
    const coordinator = email();
    const invited = await call(INVITE, { input: { email: coordinator.toUpperCase(), role: 'COORDINATOR', language: 'EN' } });
    expect(invited.body.data.inviteMember).toMatchObject({ userErrors: [], membership: { email: coordinator, role: 'COORDINATOR', status: 'INVITED', version: 1 } });
    const [mail] = await mailsTo(stack, coordinator, 'invitation');
    expect(mail.subject).toMatch(/You are invited/);

    const tokens = await signIn(stack, coordinator, await invitationPassword(stack, coordinator), newPassword);
    const viewer = await gql<any>(stack, '{ viewer { memberships { role status tenant { slug } } } tenant { viewerRole } }', {}, { token: tokens.accessToken });
    expect(viewer.body.data).toEqual({
      viewer: { memberships: [{ role: 'COORDINATOR', status: 'ACTIVE', tenant: { slug: tenant.slug } }] },
      tenant: { viewerRole: 'COORDINATOR' },
    });
    // A coordinator cannot manage members.
    const denied = await gql<any>(stack, INVITE, { input: { email: email(), role: 'BUDDY' } }, { token: tokens.accessToken });
    expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('resends an invitation with a fresh temporary password until the member has signed in', async () => {
    const person = email();
    const member: Member = (await call(INVITE, { input: { email: person, role: 'NEWCOMER', language: 'NL' } })).body.data.inviteMember.membership;
    const first = await invitationPassword(stack, person);
    const RESEND = `mutation ($input: ResendInvitationInput!) { resendInvitation(input: $input) { membership { id status } userErrors { field code } } }`;
    const resent = await call(RESEND, { input: { membershipId: member.id } });
    expect(resent.body.data.resendInvitation).toEqual({ membership: { id: member.id, status: 'INVITED' }, userErrors: [] });
    const invitations = await mailsTo(stack, person, 'invitation');
    expect(invitations).toHaveLength(2);
    expect(invitations[1].subject).toMatch(/Je bent uitgenodigd/);
    const second = await invitationPassword(stack, person);
    expect(second).not.toBe(first);
    // (Real Cognito also refuses the first password now; cognito-local does not model that.)
    const tokens = await signIn(stack, person, second, newPassword);
    await gql(stack, '{ viewer { id } }', {}, { token: tokens.accessToken });
    const afterSignIn = await call(RESEND, { input: { membershipId: member.id } });
    expect(afterSignIn.body.data.resendInvitation.userErrors).toEqual([{ field: ['input', 'membershipId'], code: 'NOT_ALLOWED' }]);
  });

  it('refuses a duplicate invitation and a bad e-mail address, writing nothing', async () => {
    const person = email();
    await call(INVITE, { input: { email: person, role: 'BUDDY' } });
    const duplicate = await call(INVITE, { input: { email: person, role: 'NEWCOMER' } });
    expect(duplicate.body.data.inviteMember).toEqual({ membership: null, userErrors: [expect.objectContaining({ field: ['input', 'email'], code: 'ALREADY_EXISTS' })] });
    const bad = await call(INVITE, { input: { email: 'someone@', role: 'BUDDY' } });
    expect(bad.body.data.inviteMember.userErrors).toEqual([expect.objectContaining({ field: ['input', 'email'], code: 'INVALID' })]);
    const members = await call(MEMBERS, { first: 100 });
    expect(members.body.data.tenant.members.edges.filter(({ node }: { node: Member }) => node.email === person)).toHaveLength(1);
  });

  it('adds an existing account to a second tenant without a new password', async () => {
    const coordinator = stack.DemoUsers.find((user) => user.tenant === 'bree' && user.role === 'coordinator')!;
    const added = await call(INVITE, { input: { email: coordinator.email, role: 'BUDDY' } });
    expect(added.body.data.inviteMember.userErrors).toEqual([]);
    expect((await mailsTo(stack, coordinator.email, 'added-to-tenant')).length).toBeGreaterThan(0);
    const tokens = await signIn(stack, coordinator.email, coordinator.password);
    const viewer = await gql<any>(stack, '{ viewer { memberships { role tenant { slug } } } }', {}, { token: tokens.accessToken });
    expect(viewer.body.data.viewer.memberships.map((m: any) => `${m.tenant.slug}:${m.role}`).sort()).toEqual(['bree:COORDINATOR', `${tenant.slug}:BUDDY`].sort());
    // With two memberships the tenant must be chosen per request.
    const unchosen = await gql<any>(stack, '{ tenant { slug } }', {}, { token: tokens.accessToken });
    expect(unchosen.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const chosen = await gql<any>(stack, '{ tenant { slug viewerRole } }', {}, { token: tokens.accessToken, tenant: tenant.slug });
    expect(chosen.body.data.tenant).toEqual({ slug: tenant.slug, viewerRole: 'BUDDY' });
  });

  it('changes a role with optimistic locking: a stale version gets CONFLICT', async () => {
    const person = email();
    const member: Member = (await call(INVITE, { input: { email: person, role: 'BUDDY' } })).body.data.inviteMember.membership;
    const changed = await call(CHANGE_ROLE, { input: { membershipId: member.id, role: 'COORDINATOR', version: member.version } });
    expect(changed.body.data.changeMemberRole).toEqual({ membership: { id: member.id, role: 'COORDINATOR', version: 2 }, userErrors: [] });
    const stale = await call(CHANGE_ROLE, { input: { membershipId: member.id, role: 'NEWCOMER', version: member.version } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('of two admins changing the same member at once, one gets CONFLICT and nothing is lost', async () => {
    const member: Member = (await call(INVITE, { input: { email: email(), role: 'BUDDY' } })).body.data.inviteMember.membership;
    const results = await Promise.all(
      ['COORDINATOR', 'NEWCOMER'].map((role) => call(CHANGE_ROLE, { input: { membershipId: member.id, role, version: member.version } })),
    );
    const won = results.filter((result) => result.body.data?.changeMemberRole?.membership);
    expect(won).toHaveLength(1);
    expect(results.filter((result) => result.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const members = await call(MEMBERS, { first: 100 });
    const stored = members.body.data.tenant.members.edges.find(({ node }: { node: Member }) => node.id === member.id).node;
    expect(stored).toMatchObject({ role: won[0].body.data.changeMemberRole.membership.role, version: 2 });
  });

  it('keeps at least one tenant admin', async () => {
    const members = await call(MEMBERS, { first: 100 });
    const me: Member = members.body.data.tenant.members.edges.find(({ node }: { node: Member }) => node.email === tenant.adminEmail).node;
    const demote = await call(CHANGE_ROLE, { input: { membershipId: me.id, role: 'COORDINATOR', version: me.version } });
    expect(demote.body.data.changeMemberRole.userErrors).toEqual([expect.objectContaining({ field: ['input', 'role'], code: 'LAST_ADMIN' })]);
    const remove = await call(REMOVE, { input: { membershipId: me.id } });
    expect(remove.body.data.removeMember.userErrors).toEqual([expect.objectContaining({ code: 'LAST_ADMIN' })]);

    // With a second admin, the first may step down.
    await call(INVITE, { input: { email: email(), role: 'TENANT_ADMIN' } });
    const stepDown = await call(CHANGE_ROLE, { input: { membershipId: me.id, role: 'COORDINATOR', version: me.version } });
    expect(stepDown.body.data.changeMemberRole.membership.role).toBe('COORDINATOR');
    // ... and is then no longer allowed to manage members.
    const denied = await call(MEMBERS);
    expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('removing members, pagination, settings and the audit trail', () => {
  let tenant: OnboardedTenant;
  let token: string;
  const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(stack, query, variables, { token });

  beforeAll(async () => {
    tenant = await onboardTenant(stack);
    token = tenant.adminToken;
  });

  it('removes a member, who then loses access', async () => {
    const person = email();
    const member: Member = (await call(INVITE, { input: { email: person, role: 'COORDINATOR' } })).body.data.inviteMember.membership;
    const tokens = await signIn(stack, person, await invitationPassword(stack, person), newPassword);
    const removed = await call(REMOVE, { input: { membershipId: member.id } });
    expect(removed.body.data.removeMember).toEqual({ removedMembershipId: member.id, userErrors: [] });
    const after = await gql<any>(stack, '{ tenant { name } }', {}, { token: tokens.accessToken, tenant: tenant.slug });
    expect(after.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const again = await call(REMOVE, { input: { membershipId: member.id } });
    expect(again.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('pages through members with cursors, each member exactly once', async () => {
    for (let i = 0; i < 5; i++) await call(INVITE, { input: { email: email(), role: 'BUDDY' } });
    const all = (await call(MEMBERS, { first: 100 })).body.data.tenant.members.edges.map(({ node }: { node: Member }) => node.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = (await call(MEMBERS, { first: 2, after })).body.data.tenant.members;
      seen.push(...page.edges.map(({ node }: { node: Member }) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
    const tooMany = await call(MEMBERS, { first: 1000 });
    expect(tooMany.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('updates settings; the default language must be offered; a stale version gets CONFLICT', async () => {
    const current = (await call('{ tenant { version } }')).body.data.tenant.version as number;
    const invalid = await call(SETTINGS, { input: { defaultLanguage: 'AR', languages: ['NL', 'FR'], version: current } });
    expect(invalid.body.data.updateTenantSettings.userErrors).toEqual([expect.objectContaining({ field: ['input', 'defaultLanguage'], code: 'NOT_ALLOWED' })]);
    const updated = await call(SETTINGS, { input: { name: 'Gemeente Lommel', defaultLanguage: 'FR', languages: ['NL', 'FR', 'AR'], version: current } });
    expect(updated.body.data.updateTenantSettings).toEqual({ tenant: { name: 'Gemeente Lommel', defaultLanguage: 'FR', languages: ['NL', 'FR', 'AR'], version: current + 1 }, userErrors: [] });
    const stale = await call(SETTINGS, { input: { name: 'Lost update', version: current } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await call('{ tenant { name } }')).body.data.tenant.name).toBe('Gemeente Lommel');
  });

  it('records every change in the audit trail, newest first, without personal data', async () => {
    const entries = (await call(AUDIT)).body.data.tenant.auditLog.edges.map(({ node }: any) => node);
    const actions = entries.map((entry: any) => entry.action);
    expect(actions[0]).toBe('tenant.settings_updated');
    expect(actions).toEqual(expect.arrayContaining(['tenant.created', 'member.invited', 'member.removed']));
    expect(entries.map((entry: any) => entry.at)).toEqual([...entries.map((entry: any) => entry.at)].sort().reverse());
    expect(JSON.stringify(entries)).not.toContain('@');
  });
});

describe('a coordinator of a demo tenant', () => {
  it('sees their tenant but not its member list or audit trail', async () => {
    const token = await demoToken(stack, 'peer', 'coordinator');
    const result = await gql<any>(stack, '{ tenant { name viewerRole } }', {}, { token });
    expect(result.body.data.tenant).toEqual({ name: 'Peer', viewerRole: 'COORDINATOR' });
    for (const query of [MEMBERS, AUDIT]) {
      expect((await gql<any>(stack, query, {}, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
