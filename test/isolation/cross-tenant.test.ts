// The cross-tenant isolation suite: a member of tenant A can neither read nor change anything of
// tenant B through any operation, and tokens that are not genuine get UNAUTHENTICATED.
// Every Query and Mutation field must be listed in `coverage` below: a new operation fails this
// suite until its isolation test is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CognitoIdentityProviderClient, CreateUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { buildSchema } from 'graphql';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from '../support/auth';
import { decodePayload, signWithEmulatorKey, tamper, unsigned } from '../support/forged-tokens';
import { gql } from '../support/graphql';
import { activeProgramme, availableBuddy, call, runProposal, waitingNewcomer, type Caller } from '../support/matching';
import { onboardTenant, operatorToken, type OnboardedTenant } from '../support/tenants';

const stack = inject('stack');

const coverage: Record<string, string> = {
  'Query.node': 'node(id) of the other tenant, its members and onboarding requests is null',
  'Query.viewer': 'lists only own memberships',
  'Query.tenant': 'X-Tenant-Id of the other tenant is FORBIDDEN',
  'Query.tenants': 'platform operators only',
  'Query.onboardingRequests': 'platform operators only',
  'Tenant.members': 'cursor of the other tenant is refused; other tenant unreachable',
  'Tenant.auditLog': 'cursor of the other tenant is refused; other tenant unreachable',
  'Mutation.updateMyProfile': 'changes only the caller',
  'Mutation.requestTenantAccount': 'public, creates no tenant data',
  'Mutation.approveOnboardingRequest': 'platform operators only',
  'Mutation.rejectOnboardingRequest': 'platform operators only',
  'Mutation.inviteMember': 'cannot invite into the other tenant',
  'Mutation.changeMemberRole': 'membership id of the other tenant is NOT_FOUND',
  'Mutation.removeMember': 'membership id of the other tenant is NOT_FOUND',
  'Mutation.resendInvitation': 'membership id of the other tenant is NOT_FOUND',
  'Mutation.updateTenantSettings': 'cannot change the other tenant',
  'Query.programmes': 'lists only own programmes',
  'Query.intakeForms': "Tandem's shared default forms only; needs a signed-in member",
  'Query.interestTaxonomy': 'public, shared taxonomy',
  'Query.people': 'lists only own people; a programme filter of the other tenant matches nothing',
  'Query.publicSignupPage': "own slug with the other tenant's programme id is null",
  'Mutation.createProgramme': 'creates in the own tenant only',
  'Mutation.updateProgramme': 'programme id of the other tenant is NOT_FOUND',
  'Mutation.registerPerson': "programme id of the other tenant is refused",
  'Mutation.updatePerson': 'person id of the other tenant is NOT_FOUND',
  'Mutation.changePersonStatus': 'person id of the other tenant is NOT_FOUND',
  'Mutation.addNote': 'person id of the other tenant is NOT_FOUND',
  'Mutation.recordConsent': 'person id of the other tenant is NOT_FOUND',
  'Mutation.recordVetting': 'person id of the other tenant is NOT_FOUND',
  'Mutation.exportPerson': 'person id of the other tenant is NOT_FOUND',
  'Mutation.erasePerson': 'person id of the other tenant is NOT_FOUND',
  'Mutation.applyAsBuddy': "the other tenant's programme under the own slug is refused",
  'Mutation.createIntakeLink': 'person id of the other tenant is NOT_FOUND',
  'Mutation.enrolPerson': 'person id of the other tenant is NOT_FOUND',
  'Query.intakeInvitation': "the other tenant's link under the own slug is null",
  'Mutation.submitIntake': "the other tenant's link under the own slug is refused",
  'Query.peopleImport': "the other tenant's job id (also re-signed with the own tenant) is null",
  'Mutation.dryRunPeopleImport': "programme id of the other tenant is refused",
  'Mutation.startPeopleImport': "programme id of the other tenant is refused",
  'Mutation.continuePeopleImport': "the other tenant's job id (also re-signed with the own tenant) is NOT_FOUND",
  'Query.matchSuggestions': 'person id of the other tenant is NOT_FOUND',
  'Query.matchingRuns': 'programme id of the other tenant is NOT_FOUND',
  'Query.pairPins': 'programme id of the other tenant is NOT_FOUND',
  'Query.matches': 'programme id of the other tenant is NOT_FOUND',
  'Query.matchInvitation': "the other tenant's link under the own slug is null",
  'Mutation.updateMatchingPreset': 'programme id of the other tenant is NOT_FOUND',
  'Mutation.startMatchingRun': 'programme id of the other tenant is NOT_FOUND',
  'Mutation.setPairPin': 'programme and person ids of the other tenant are NOT_FOUND',
  'Mutation.approveMatchProposals': "run id of the other tenant (also re-signed with the own tenant) is NOT_FOUND; its proposal ids are not part of an own run",
  'Mutation.approveMatch': 'programme and person ids of the other tenant are NOT_FOUND',
  'Mutation.recordMatchAnswer': 'match id of the other tenant is NOT_FOUND',
  'Mutation.createMatchAnswerLink': 'match id of the other tenant is NOT_FOUND',
  'Mutation.startMatch': 'match id of the other tenant is NOT_FOUND',
  'Mutation.pauseMatch': 'match id of the other tenant is NOT_FOUND',
  'Mutation.resumeMatch': 'match id of the other tenant is NOT_FOUND',
  'Mutation.endMatch': 'match id of the other tenant is NOT_FOUND',
  'Mutation.answerMatchInvitation': "the other tenant's link under the own slug is refused",
};

const MEMBERS = `query ($after: String) { tenant { id members(first: 1, after: $after) { edges { node { id email role version } } pageInfo { endCursor } } } }`;
const AUDIT = `query ($after: String) { tenant { auditLog(first: 1, after: $after) { edges { node { action } } pageInfo { endCursor } } } }`;

describe('cross-tenant isolation', () => {
  let a: OnboardedTenant;
  let b: OnboardedTenant;
  let bTenantId: string;
  let bMember: { id: string; email: string; role: string; version: number };
  let bMembersCursor: string;
  let bAuditCursor: string;
  const asA = <T = any>(query: string, variables: Record<string, unknown> = {}, tenant?: string) =>
    gql<T>(stack, query, variables, { token: a.adminToken, tenant });
  const asB = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(stack, query, variables, { token: b.adminToken });

  beforeAll(async () => {
    [a, b] = await Promise.all([onboardTenant(stack), onboardTenant(stack)]);
    const members = (await asB(MEMBERS)).body.data.tenant;
    bTenantId = members.id;
    bMember = members.members.edges[0].node;
    bMembersCursor = members.members.pageInfo.endCursor;
    bAuditCursor = (await asB(AUDIT)).body.data.tenant.auditLog.pageInfo.endCursor;
  });

  it('covers every operation of the schema', () => {
    const schema = buildSchema(readFileSync(path.join(import.meta.dirname, '../../graphql/schema.graphql'), 'utf8'));
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((field) => `Query.${field}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((field) => `Mutation.${field}`),
    ];
    expect(operations.filter((operation) => !coverage[operation])).toEqual([]);
  });

  it('selecting the other tenant (by id, slug or raw id) is FORBIDDEN', async () => {
    const rawId = Buffer.from(bTenantId, 'base64url').toString().split(':')[1];
    for (const selector of [bTenantId, b.slug, rawId, 'no-such-tenant']) {
      const result = await asA('{ tenant { name } }', {}, selector);
      expect(result.status).toBe(403);
      expect(result.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(result.body)).not.toContain(b.slug);
    }
  });

  it('node(id) gives null for the other tenant, its members and its onboarding request', async () => {
    for (const id of [bTenantId, bMember.id, b.requestId]) {
      const result = await asA('query ($id: ID!) { node(id: $id) { id ... on Tenant { name } ... on Membership { email } } }', { id });
      expect(result.body).toEqual({ data: { node: null } });
    }
    // ... while the own tenant is visible.
    const own = await asA('query ($id: ID!) { node(id: $id) { id } }', { id: a.tenantId });
    expect(own.body.data.node).toEqual({ id: a.tenantId });
  });

  it('viewer shows only the own membership', async () => {
    const viewer = await asA('{ viewer { memberships { tenant { slug } } } }');
    expect(viewer.body.data.viewer.memberships).toEqual([{ tenant: { slug: a.slug } }]);
  });

  it("a cursor from the other tenant's lists is refused", async () => {
    const members = await asA(MEMBERS, { after: bMembersCursor });
    expect(members.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(members.body)).not.toContain(bMember.email);
    const audit = await asA(AUDIT, { after: bAuditCursor });
    expect(audit.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("changing, removing or re-inviting the other tenant's member is NOT_FOUND and changes nothing", async () => {
    const change = await asA(`mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { id } } }`, {
      input: { membershipId: bMember.id, role: 'NEWCOMER', version: bMember.version },
    });
    expect(change.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const remove = await asA(`mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }`, { input: { membershipId: bMember.id } });
    expect(remove.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const resend = await asA(`mutation ($input: ResendInvitationInput!) { resendInvitation(input: $input) { membership { id } } }`, { input: { membershipId: bMember.id } });
    expect(resend.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The same user id under A's tenant id does not exist in A either.
    const [, , userId] = Buffer.from(bMember.id, 'base64url').toString().split(':');
    const aTenantRaw = Buffer.from(a.tenantId, 'base64url').toString().split(':')[1];
    const forged = Buffer.from(`Membership:${aTenantRaw}:${userId}`).toString('base64url');
    const forgedChange = await asA(`mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }`, { input: { membershipId: forged } });
    expect(forgedChange.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const after = (await asB(MEMBERS)).body.data.tenant.members.edges[0].node;
    expect(after).toEqual(bMember);
  });

  it('inviting into or changing the settings of the other tenant is FORBIDDEN', async () => {
    const invite = await asA(`mutation { inviteMember(input: { email: "intruder@example.org", role: TENANT_ADMIN }) { membership { id } } }`, {}, b.slug);
    expect(invite.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const settings = await asA(`mutation { updateTenantSettings(input: { name: "Hacked", version: 1 }) { tenant { name } } }`, {}, b.slug);
    expect(settings.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Without a selector, A's admin can only ever change A.
    const own = await asA(`mutation { updateTenantSettings(input: { name: "Renamed A", version: 1 }) { tenant { id name } } }`);
    expect(own.body.data.updateTenantSettings.tenant).toEqual({ id: a.tenantId, name: 'Renamed A' });
    const bTenant = (await asB('{ tenant { name members(first: 100) { edges { node { email } } } } }')).body.data.tenant;
    expect(bTenant.name).not.toBe('Hacked');
    expect(bTenant.members.edges.map(({ node }: any) => node.email)).not.toContain('intruder@example.org');
  });

  describe('programmes and people', () => {
    let bProgramme: { id: string; version: number };
    let bPerson: { id: string; version: number };
    const consent = { purpose: 'processing', granted: true, textVersion: '1' };
    const profile = (email: string) => ({
      firstName: 'Bilal', lastName: 'Private', email, postcode: '3900', languages: [{ code: 'ps', level: 'NATIVE' }],
      answers: [{ key: 'needs', value: JSON.stringify(['work']) }],
    });
    beforeAll(async () => {
      bProgramme = (await asB(`mutation { createProgramme(input: { name: "B only", kind: SOCIAL_BUDDY, languages: [NL] }) { programme { id version } } }`)).body.data.createProgramme.programme;
      bProgramme = (await asB(`mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { id version } } }`, { input: { programmeId: bProgramme.id, version: 1, status: 'ACTIVE', publicSignupOpen: true } })).body.data.updateProgramme.programme;
      bPerson = (await asB(`mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id version } userErrors { field code } } }`, {
        input: { role: 'NEWCOMER', programmeId: bProgramme.id, profile: profile('bilal@example.org'), consents: [consent] },
      })).body.data.registerPerson.person;
    });

    it("lists and node() show nothing of the other tenant's programmes and people", async () => {
      const own = await asA(`mutation { createProgramme(input: { name: "A only", kind: YOUTH, languages: [FR] }) { programme { id } } }`);
      const programmes = (await asA('{ programmes(first: 100) { edges { node { id name } } } }')).body.data.programmes.edges.map(({ node }: any) => node);
      expect(programmes).toEqual([{ id: own.body.data.createProgramme.programme.id, name: 'A only' }]);
      const people = await asA('query ($p: ID) { people(filter: { role: NEWCOMER, programmeId: $p }) { edges { node { id } } } all: people(filter: { role: NEWCOMER }) { edges { node { id } } } }', { p: bProgramme.id });
      expect(people.body.data).toEqual({ people: { edges: [] }, all: { edges: [] } });
      for (const id of [bProgramme.id, bPerson.id]) {
        expect((await asA('query ($id: ID!) { node(id: $id) { id } }', { id })).body).toEqual({ data: { node: null } });
      }
      const forms = await asA('{ intakeForms { audience isDefault } }');
      expect(forms.body.data.intakeForms.every((form: any) => form.isDefault)).toBe(true);
    });

    it("every person and programme mutation with the other tenant's ids is NOT_FOUND or refused, and changes nothing", async () => {
      const notFound = [
        [`mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { id } } }`, { programmeId: bProgramme.id, version: bProgramme.version, name: 'Hacked' }],
        [`mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }`, { personId: bPerson.id, version: bPerson.version, profile: profile('x@example.org') }],
        [`mutation ($input: ChangePersonStatusInput!) { changePersonStatus(input: $input) { person { id } } }`, { personId: bPerson.id, version: bPerson.version, status: 'WITHDRAWN' }],
        [`mutation ($input: AddNoteInput!) { addNote(input: $input) { note { id } } }`, { personId: bPerson.id, text: 'Hacked' }],
        [`mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { person { id } } }`, { personId: bPerson.id, consent: { ...consent, granted: false }, method: 'PAPER' }],
        [`mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { person { id } } }`, { personId: bPerson.id, version: bPerson.version, interviewedAt: '2026-01-01T00:00:00Z' }],
        [`mutation ($input: PersonIdInput!) { exportPerson(input: $input) { json } }`, { personId: bPerson.id }],
        [`mutation ($input: PersonIdInput!) { erasePerson(input: $input) { person { id } } }`, { personId: bPerson.id }],
        [`mutation ($input: PersonIdInput!) { createIntakeLink(input: $input) { intakeLink { path } } }`, { personId: bPerson.id }],
        [`mutation ($input: EnrolPersonInput!) { enrolPerson(input: $input) { person { id } } }`, { personId: bPerson.id, programmeId: bProgramme.id, version: bPerson.version }],
      ] as const;
      for (const [mutation, input] of notFound) {
        const result = await asA(mutation, { input });
        expect(result.body.errors?.[0].extensions?.code, mutation).toBe('NOT_FOUND');
        expect(JSON.stringify(result.body)).not.toContain('Bilal');
      }
      const register = await asA(`mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } userErrors { field code } } }`, {
        input: { role: 'NEWCOMER', programmeId: bProgramme.id, profile: profile('intruder@example.org'), consents: [consent] },
      });
      expect(register.body.data.registerPerson).toEqual({ person: null, userErrors: [{ field: ['input', 'programmeId'], code: 'INVALID' }] });
      const page = await gql<any>(stack, 'query ($s: String!, $p: ID!) { publicSignupPage(tenantSlug: $s, programmeId: $p) { programmeName } }', { s: a.slug, p: bProgramme.id });
      expect(page.body.data.publicSignupPage).toBeNull();
      const apply = await gql<any>(stack, `mutation ($input: ApplyAsBuddyInput!) { applyAsBuddy(input: $input) { received userErrors { field code } } }`, {
        input: { tenantSlug: a.slug, programmeId: bProgramme.id, profile: profile('volunteer@example.org'), consents: [consent] },
      });
      expect(apply.body.data.applyAsBuddy).toEqual({ received: false, userErrors: [{ field: ['input', 'programmeId'], code: 'NOT_ALLOWED' }] });

      // B's own intake link, tried under A's slug.
      const link = (await asB(`mutation ($input: PersonIdInput!) { createIntakeLink(input: $input) { intakeLink { path } } }`, { input: { personId: bPerson.id } })).body.data.createIntakeLink.intakeLink;
      const token = link.path.split('/').pop();
      expect((await gql<any>(stack, 'query ($s: String!, $t: String!) { intakeInvitation(tenantSlug: $s, token: $t) { firstName } }', { s: a.slug, t: token })).body.data.intakeInvitation).toBeNull();
      const submitted = await gql<any>(stack, `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { received userErrors { field code } } }`, {
        input: { tenantSlug: a.slug, token, profile: profile('bilal@example.org'), consents: [consent] },
      });
      expect(submitted.body.data.submitIntake).toEqual({ received: false, userErrors: [{ field: ['input', 'token'], code: 'INVALID' }] });

      const after = await asB('query ($id: ID!) { node(id: $id) { ... on Person { firstName status version notes { edges { node { id } } } consents { granted } } } }', { id: bPerson.id });
      expect(after.body.data.node).toEqual({ firstName: 'Bilal', status: 'REGISTERED', version: bPerson.version, notes: { edges: [] }, consents: [{ granted: true }] });
      const bProgrammes = (await asB('{ programmes { edges { node { name } } } }')).body.data.programmes.edges.map(({ node }: any) => node.name);
      expect(bProgrammes).toEqual(['B only']);
    });

    it("the other tenant's CSV import can be neither seen nor continued, nor aimed at its programme", async () => {
      const importInput = {
        role: 'NEWCOMER', programmeId: bProgramme.id, csvBase64: Buffer.from('Voornaam;Achternaam;E-mail\nBilal;Import;bilal.import@example.org\n').toString('base64'),
        mapping: [{ column: 'Voornaam', field: 'FIRST_NAME' }, { column: 'Achternaam', field: 'LAST_NAME' }, { column: 'E-mail', field: 'EMAIL' }], consent: { purpose: 'processing', textVersion: '1' },
      };
      const START = `mutation ($input: PeopleImportInput!) { startPeopleImport(input: $input) { job { id status } userErrors { field code } } }`;
      const job = (await asB(START, { input: importInput })).body.data.startPeopleImport.job;
      // The same job id under A's tenant id: keys come from the scope, so there is no such job in A either.
      const rawA = Buffer.from(a.tenantId, 'base64url').toString().split(':')[1];
      const forged = Buffer.from(`PeopleImportJob:${rawA}:${Buffer.from(job.id, 'base64url').toString().split(':')[2]}`).toString('base64url');
      for (const id of [job.id, forged]) {
        expect((await asA('query ($id: ID!) { peopleImport(id: $id) { id status } }', { id })).body).toEqual({ data: { peopleImport: null } });
        const continued = await asA(`mutation ($input: ContinuePeopleImportInput!) { continuePeopleImport(input: $input) { job { id } } }`, { input: { jobId: id } });
        expect(continued.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      for (const mutation of [START, `mutation ($input: PeopleImportInput!) { dryRunPeopleImport(input: $input) { report { totalRows } userErrors { field code } } }`]) {
        const result = await asA(mutation, { input: importInput });
        expect(Object.values(result.body.data)[0]).toMatchObject({ userErrors: [{ field: ['input', 'programmeId'], code: 'INVALID' }] });
      }
      expect((await asB('query ($id: ID!) { peopleImport(id: $id) { status processed } }', { id: job.id })).body.data.peopleImport).toEqual({ status: 'READY', processed: 0 });
    });
  });

  describe('matching', () => {
    let bProgramme: string;
    let bNewcomer: string;
    let bBuddy: string;
    let bRun: { id: string };
    let bProposalIds: string[];
    let bMatch: { id: string; version: number };
    let bToken: string;
    const reSigned = (id: string, type: string) => {
      const [, , local] = Buffer.from(id, 'base64url').toString().split(':');
      const rawA = Buffer.from(a.tenantId, 'base64url').toString().split(':')[1];
      return Buffer.from(`${type}:${rawA}:${local}`).toString('base64url');
    };

    beforeAll(async () => {
      const bCaller: Caller = { stack, token: b.adminToken, tenant: b.slug };
      bProgramme = await activeProgramme(bCaller);
      [bNewcomer, bBuddy] = await Promise.all([waitingNewcomer(bCaller, bProgramme, { firstName: 'Bilal' }), availableBuddy(bCaller, bProgramme, { firstName: 'Bertha', capacity: 2 })]);
      await waitingNewcomer(bCaller, bProgramme, { firstName: 'Bilal' });
      bRun = await runProposal(bCaller, bProgramme);
      bProposalIds = (await call(bCaller, 'query ($id: ID!) { node(id: $id) { ... on MatchingRun { proposals { edges { node { id } } } } } }', { id: bRun.id })).node.proposals.edges.map(({ node }: any) => node.id);
      bMatch = (await call(bCaller, 'mutation ($input: ApproveMatchProposalsInput!) { approveMatchProposals(input: $input) { matches { id version } } }', { input: { runId: bRun.id, proposalIds: [bProposalIds[0]] } })).approveMatchProposals.matches[0];
      const link = (await call(bCaller, 'mutation ($input: MatchSideInput!) { createMatchAnswerLink(input: $input) { link { path } } }', { input: { matchId: bMatch.id, side: 'NEWCOMER' } })).createMatchAnswerLink.link;
      bToken = link.path.split('/').pop();
    });

    it("every matching query and mutation with the other tenant's ids is NOT_FOUND, null or refused, and changes nothing", async () => {
      const own = { stack, token: a.adminToken } as const;
      const aProgramme = await activeProgramme({ ...own, tenant: a.slug });
      const aRun = await runProposal({ ...own, tenant: a.slug }, aProgramme);
      const notFound = [
        ['query ($id: ID!) { matchSuggestions(personId: $id) { score } }', { id: bNewcomer }],
        ['query ($id: ID!) { matchingRuns(programmeId: $id) { edges { node { id } } } }', { id: bProgramme }],
        ['query ($id: ID!) { pairPins(programmeId: $id) { edges { node { kind } } } }', { id: bProgramme }],
        ['query ($id: ID!) { matches(filter: { programmeId: $id }) { edges { node { id } } } }', { id: bProgramme }],
        ['mutation ($input: UpdateMatchingPresetInput!) { updateMatchingPreset(input: $input) { preset { version } } }', { input: { programmeId: bProgramme, version: 0, maxDistanceKm: 5 } }],
        ['mutation ($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { run { id } } }', { input: { programmeId: bProgramme } }],
        ['mutation ($input: SetPairPinInput!) { setPairPin(input: $input) { pin { kind } } }', { input: { programmeId: bProgramme, newcomerId: bNewcomer, buddyId: bBuddy, kind: 'EXCLUDED' } }],
        ['mutation ($input: SetPairPinInput!) { setPairPin(input: $input) { pin { kind } } }', { input: { programmeId: aProgramme, newcomerId: bNewcomer, buddyId: bBuddy, kind: 'LOCKED' } }],
        ['mutation ($input: ApproveMatchProposalsInput!) { approveMatchProposals(input: $input) { matches { id } } }', { input: { runId: bRun.id } }],
        ['mutation ($input: ApproveMatchProposalsInput!) { approveMatchProposals(input: $input) { matches { id } } }', { input: { runId: reSigned(bRun.id, 'MatchingRun') } }],
        ['mutation ($input: ApproveMatchInput!) { approveMatch(input: $input) { match { id } } }', { input: { programmeId: bProgramme, newcomerId: bNewcomer, buddyId: bBuddy } }],
        ['mutation ($input: ApproveMatchInput!) { approveMatch(input: $input) { match { id } } }', { input: { programmeId: aProgramme, newcomerId: bNewcomer, buddyId: bBuddy } }],
        ['mutation ($input: RecordMatchAnswerInput!) { recordMatchAnswer(input: $input) { match { id } } }', { input: { matchId: bMatch.id, version: bMatch.version, side: 'BUDDY', accept: false, reason: 'OTHER' } }],
        ['mutation ($input: RecordMatchAnswerInput!) { recordMatchAnswer(input: $input) { match { id } } }', { input: { matchId: reSigned(bMatch.id, 'Match'), version: bMatch.version, side: 'BUDDY', accept: true } }],
        ['mutation ($input: MatchSideInput!) { createMatchAnswerLink(input: $input) { link { path } } }', { input: { matchId: bMatch.id, side: 'BUDDY' } }],
        ['mutation ($input: StartMatchInput!) { startMatch(input: $input) { match { id } } }', { input: { matchId: bMatch.id, version: bMatch.version, firstMeetingAt: '2026-11-01T10:00:00Z' } }],
        ['mutation ($input: PauseMatchInput!) { pauseMatch(input: $input) { match { id } } }', { input: { matchId: bMatch.id, version: bMatch.version } }],
        ['mutation ($input: ResumeMatchInput!) { resumeMatch(input: $input) { match { id } } }', { input: { matchId: bMatch.id, version: bMatch.version } }],
        ['mutation ($input: EndMatchInput!) { endMatch(input: $input) { match { id } } }', { input: { matchId: bMatch.id, version: bMatch.version, outcome: 'ENDED', reason: 'OTHER' } }],
      ] as const;
      for (const [operation, variables] of notFound) {
        const result = await asA(operation, variables);
        expect(result.body.errors?.[0].extensions?.code, operation).toBe('NOT_FOUND');
        expect(JSON.stringify(result.body)).not.toMatch(/Bilal|Bertha/);
      }
      for (const id of [bMatch.id, bRun.id, reSigned(bMatch.id, 'Match'), reSigned(bRun.id, 'MatchingRun')]) {
        expect((await asA('query ($id: ID!) { node(id: $id) { id } }', { id })).body).toEqual({ data: { node: null } });
      }
      // B's proposal ids are not part of A's own run.
      const approved = await asA('mutation ($input: ApproveMatchProposalsInput!) { approveMatchProposals(input: $input) { matches { id } userErrors { field code } } }', { input: { runId: aRun.id, proposalIds: bProposalIds } });
      expect(approved.body.data.approveMatchProposals).toEqual({ matches: [], userErrors: bProposalIds.map((_, i) => ({ field: ['input', 'proposalIds', String(i)], code: 'INVALID' })) });
      // B's answer link under A's slug.
      expect((await gql<any>(stack, 'query ($s: String!, $t: String!) { matchInvitation(tenantSlug: $s, token: $t) { firstName } }', { s: a.slug, t: bToken })).body.data.matchInvitation).toBeNull();
      const answered = await gql<any>(stack, 'mutation ($input: AnswerMatchInvitationInput!) { answerMatchInvitation(input: $input) { invitation { answer } userErrors { field code } } }', { input: { tenantSlug: a.slug, token: bToken, accept: false, reason: 'OTHER' } });
      expect(answered.body.data.answerMatchInvitation).toEqual({ invitation: null, userErrors: [{ field: ['input', 'token'], code: 'INVALID' }] });

      const bCaller: Caller = { stack, token: b.adminToken, tenant: b.slug };
      const after = await call(bCaller, 'query ($id: ID!) { node(id: $id) { ... on Match { status version newcomerAnswer buddyAnswer } } }', { id: bMatch.id });
      expect(after.node).toEqual({ status: 'APPROVED', version: bMatch.version, newcomerAnswer: 'PENDING', buddyAnswer: 'PENDING' });
      const bPreset = await call(bCaller, 'query ($id: ID!) { node(id: $id) { ... on Programme { matchingPreset { isDefault } } } pairPins(programmeId: $id) { edges { node { kind } } } }', { id: bProgramme });
      expect(bPreset).toEqual({ node: { matchingPreset: { isDefault: true } }, pairPins: { edges: [] } });
    });
  });

  it('platform operations are FORBIDDEN for tenant admins', async () => {
    expect((await asA('{ tenants { edges { node { slug } } } }')).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await asA('{ onboardingRequests { edges { node { id } } } }')).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const id = Buffer.from('OnboardingRequest:any').toString('base64url');
    for (const mutation of [
      `mutation { approveOnboardingRequest(input: { requestId: "${id}", version: 1 }) { tenant { id } } }`,
      `mutation { rejectOnboardingRequest(input: { requestId: "${id}", reason: "no", version: 1 }) { request { id } } }`,
    ]) {
      expect((await asA(mutation)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('updateMyProfile changes only the caller; requestTenantAccount creates no tenant data', async () => {
    const updated = await asA('mutation { updateMyProfile(input: { preferredLanguage: AR }) { viewer { email preferredLanguage } } }');
    expect(updated.body.data.updateMyProfile.viewer).toEqual({ email: a.adminEmail, preferredLanguage: 'AR' });
    expect((await asB('{ viewer { preferredLanguage } }')).body.data.viewer.preferredLanguage).not.toBe('AR');
    const name = `Sneaky ${Date.now()}`;
    await gql(stack, `mutation { requestTenantAccount(input: { organisationName: "${name}", kind: NGO, country: "BE", languages: [EN], contactName: "Eve", contactEmail: "${a.adminEmail}" }) { requestId } }`);
    // Other test files onboard tenants concurrently: look for this request's name, not at a count.
    const tenants = (await gql<any>(stack, '{ tenants(first: 100) { edges { node { name } } } }', {}, { token: await operatorToken(stack) })).body.data.tenants.edges;
    expect(tenants.map(({ node }: any) => node.name)).not.toContain(name);
    expect((await asA('{ viewer { memberships { tenant { slug } } } }')).body.data.viewer.memberships).toEqual([{ tenant: { slug: a.slug } }]);
  });
});

describe('tokens', () => {
  let valid: { accessToken: string; idToken: string };
  let otherAdmin: { accessToken: string };
  beforeAll(async () => {
    const admin = stack.DemoUsers.find((user) => user.tenant === 'mechelen' && user.role === 'tenant-admin')!;
    const other = stack.DemoUsers.find((user) => user.tenant === 'capaci' && user.role === 'tenant-admin')!;
    valid = await signIn(stack, admin.email, admin.password);
    otherAdmin = await signIn(stack, other.email, other.password);
  });

  const expectUnauthenticated = async (token: string) => {
    const result = await gql(stack, '{ viewer { email } tenant { name } }', {}, { token });
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.body.data ?? null).toBeNull();
  };

  it('a genuine access token works', async () => {
    const result = await gql<any>(stack, '{ tenant { name } }', {}, { token: valid.accessToken });
    expect(result.body.data.tenant.name).toBe('Mechelen');
  });

  it('no token: viewer is null and tenant data is UNAUTHENTICATED', async () => {
    const result = await gql<any>(stack, '{ viewer { email } }');
    expect(result.body.data.viewer).toBeNull();
    const tenant = await gql<any>(stack, '{ tenant { name } }');
    expect(tenant.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(tenant.body.data?.tenant ?? null).toBeNull();
  });

  it('expired tokens are refused, even with a genuine signature', async () => {
    const payload = decodePayload(valid.accessToken);
    const past = Math.floor(Date.now() / 1000) - 3600;
    await expectUnauthenticated(signWithEmulatorKey({ ...payload, iat: past - 3600, exp: past }));
  });

  it('tampered tokens are refused (another user id under the original signature)', async () => {
    await expectUnauthenticated(tamper(valid.accessToken, { sub: decodePayload(otherAdmin.accessToken).sub }));
  });

  it('alg:none tokens are refused', async () => {
    await expectUnauthenticated(unsigned(decodePayload(valid.accessToken)));
  });

  it('ID tokens, tokens of another issuer and tokens of another app client are refused', async () => {
    await expectUnauthenticated(valid.idToken);
    await expectUnauthenticated(signWithEmulatorKey({ ...decodePayload(valid.accessToken), iss: 'http://127.0.0.1:1/eu-west-1_other' }));
    const cognito = new CognitoIdentityProviderClient({ endpoint: stack.CognitoEndpoint, region: stack.Region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const client = await cognito.send(
      new CreateUserPoolClientCommand({ UserPoolId: stack.UserPoolId, ClientName: 'someone-elses-app', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }),
    );
    const admin = stack.DemoUsers.find((user) => user.tenant === 'mechelen' && user.role === 'tenant-admin')!;
    const foreign = await signIn({ ...stack, UserPoolClientId: client.UserPoolClient!.ClientId! }, admin.email, admin.password);
    await expectUnauthenticated(foreign.accessToken);
  });

  it('a malformed Authorization header is refused', async () => {
    const response = await fetch(stack.GraphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${valid.accessToken}` },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('a genuine token of a user without memberships reaches no tenant', async () => {
    const stranger = signWithEmulatorKey({ ...decodePayload(valid.accessToken), sub: '00000000-0000-4000-8000-000000000000' });
    const result = await gql<any>(stack, '{ viewer { memberships { id } } tenant { name } }', {}, { token: stranger });
    expect(result.body.data.viewer).toEqual({ memberships: [] });
    expect(result.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
