// Programmes, assisted intake, the public sign-up and the people lifecycle through the HTTP API.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { gql } from '../support/graphql';
import { demoToken } from '../support/tenants';

const stack = inject('stack');

const CREATE_PROGRAMME = `mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) {
  programme { id name kind status hourTarget version publicSignupOpen publicSignupPath sensitiveCategories newcomerForm { id fields { key required } } }
  userErrors { field code message } } }`;
const UPDATE_PROGRAMME = `mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) {
  programme { id status version publicSignupOpen } userErrors { field code message } } }`;
const PERSON_FIELDS = `id role status allowedNextStatuses firstName lastName email postcode languages { code level } interests
  waitingSince version sensitive { health } programmes { id } answers { key value } vetting { interviewedAt goodConductCheckedAt }
  consents { purpose granted method } history { from to }`;
const REGISTER = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { ${PERSON_FIELDS} } userErrors { field code message } } }`;
const STATUS = `mutation ($input: ChangePersonStatusInput!) { changePersonStatus(input: $input) { person { ${PERSON_FIELDS} } userErrors { field code message } } }`;
const PEOPLE = `query ($filter: PersonFilter!, $sort: PersonSort, $first: Int, $after: String) { people(filter: $filter, sort: $sort, first: $first, after: $after) {
  edges { node { id firstName lastName status waitingSince } } pageInfo { hasNextPage endCursor } } }`;

const consent = { purpose: 'processing', granted: true, textVersion: '1' };
function newcomerProfile(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 6);
  return {
    firstName: 'Amina',
    lastName: `Haddad-${tag}`,
    email: `amina-${tag}@example.org`,
    postcode: '2800',
    languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }],
    interests: ['cooking', 'hiking'],
    availability: [{ day: 'TUE', part: 'EVENING' }],
    answers: [{ key: 'needs', value: JSON.stringify(['language-practice', 'work']) }],
    ...overrides,
  };
}

describe('programmes and people', () => {
  let coordinator: string;
  let admin: string;
  let programme: { id: string; version: number; publicSignupPath: string };
  // The tenant is named on every request: other test files may give these demo users a second membership.
  const asCoordinator = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(stack, query, variables, { token: coordinator, tenant: 'bree' });

  beforeAll(async () => {
    [coordinator, admin] = await Promise.all([demoToken(stack, 'bree', 'coordinator'), demoToken(stack, 'bree', 'tenant-admin')]);
    const created = await asCoordinator(CREATE_PROGRAMME, {
      input: { name: `Participatietraject ${randomUUID().slice(0, 4)}`, kind: 'PARTICIPATION_TRAJECTORY', languages: ['NL', 'AR'], sensitiveCategories: ['HEALTH'] },
    });
    programme = created.body.data.createProgramme.programme;
  });

  it('a participation trajectory starts as a draft with a 40-hour target and the default intake forms', async () => {
    const created = await asCoordinator(CREATE_PROGRAMME, { input: { name: 'Taalbuddy', kind: 'LANGUAGE_BUDDY', languages: ['NL'] } });
    expect(created.body.data.createProgramme.programme).toMatchObject({ kind: 'LANGUAGE_BUDDY', status: 'DRAFT', hourTarget: null, version: 1, publicSignupOpen: false });
    expect(programme).toMatchObject({ hourTarget: 40, status: 'DRAFT', sensitiveCategories: ['HEALTH'] });
    const fields = (programme as any).newcomerForm.fields.filter((field: any) => field.required).map((field: any) => field.key);
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'lastName', 'postcode', 'languages', 'needs', 'consentProcessing']));
    const bad = await asCoordinator(CREATE_PROGRAMME, { input: { name: 'x', kind: 'YOUTH', languages: [], hourTarget: 0 } });
    expect(bad.body.data.createProgramme.userErrors.map((error: any) => [error.field.join('.'), error.code])).toEqual(
      expect.arrayContaining([['input.name', 'TOO_SHORT'], ['input.languages', 'REQUIRED'], ['input.hourTarget', 'INVALID']]),
    );
  });

  it('activates with public sign-up; a draft cannot come back; stale versions conflict', async () => {
    const activated = await asCoordinator(UPDATE_PROGRAMME, { input: { programmeId: programme.id, version: programme.version, status: 'ACTIVE', publicSignupOpen: true } });
    expect(activated.body.data.updateProgramme.programme).toMatchObject({ status: 'ACTIVE', version: 2, publicSignupOpen: true });
    const back = await asCoordinator(UPDATE_PROGRAMME, { input: { programmeId: programme.id, version: 2, status: 'DRAFT' } });
    expect(back.body.data.updateProgramme.userErrors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'NOT_ALLOWED' })]);
    const stale = await asCoordinator(UPDATE_PROGRAMME, { input: { programmeId: programme.id, version: 1, name: 'Lost update' } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    programme.version = 2;
    const listed = await asCoordinator('{ programmes(status: ACTIVE, first: 100) { edges { node { id } } } }');
    expect(listed.body.data.programmes.edges.map(({ node }: any) => node.id)).toContain(programme.id);
  });

  it('assisted intake registers a newcomer with intake done, consent recorded and history started', async () => {
    const profile = newcomerProfile({ sensitive: { health: 'Diabetes; needs breaks.' } });
    const result = await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile, consents: [consent], intakeDone: true } });
    const person = result.body.data.registerPerson.person;
    expect(result.body.data.registerPerson.userErrors).toEqual([]);
    expect(person).toMatchObject({
      role: 'NEWCOMER', status: 'INTAKE_DONE', allowedNextStatuses: ['WAITING', 'WITHDRAWN'], email: profile.email,
      languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }], sensitive: { health: 'Diabetes; needs breaks.' },
      programmes: [{ id: programme.id }], consents: [{ purpose: 'processing', granted: true, method: 'ASSISTED' }], history: [{ from: null, to: 'INTAKE_DONE' }],
    });
    // Sensitive data is for coordinators only.
    const asAdmin = await gql<any>(stack, 'query ($id: ID!) { node(id: $id) { ... on Person { firstName sensitive { health } } } }', { id: person.id }, { token: admin, tenant: 'bree' });
    expect(asAdmin.body.data.node).toEqual({ firstName: 'Amina', sensitive: null });
  });

  it('reports every bad field of an intake and writes nothing', async () => {
    const profile = newcomerProfile({
      firstName: '',
      postcode: '123',
      languages: [{ code: 'xx', level: 'B1' }],
      lastName: 'y'.repeat(200),
      answers: [{ key: 'needs', value: JSON.stringify(['flying']) }, { key: 'shoeSize', value: '42' }],
      sensitive: { religion: 'Not collected by this programme' },
    });
    const result = await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile, consents: [] } });
    const errors = result.body.data.registerPerson.userErrors.map((error: any) => [error.field.join('.'), error.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['input.profile.firstName', 'REQUIRED'],
        ['input.profile.lastName', 'TOO_LONG'],
        ['input.profile.languages.0.code', 'INVALID'],
      ]),
    );
    // Schema errors come first; once the shape is right the form rules apply.
    const second = await asCoordinator(REGISTER, {
      input: { role: 'NEWCOMER', programmeId: programme.id, consents: [], intakeDone: true, profile: newcomerProfile({ postcode: '123', answers: [{ key: 'needs', value: JSON.stringify(['flying']) }, { key: 'shoeSize', value: '42' }], sensitive: { religion: 'x' } }) },
    });
    expect(second.body.data.registerPerson.userErrors.map((error: any) => [error.field.join('.'), error.code])).toEqual(
      expect.arrayContaining([
        ['input.profile.postcode', 'INVALID'],
        ['input.profile.answers.needs', 'INVALID'],
        ['input.profile.answers.shoeSize', 'INVALID'],
        ['input.profile.sensitive.religion', 'NOT_ALLOWED'],
        ['input.consents.processing', 'REQUIRED'],
      ]),
    );
    const found = await asCoordinator(PEOPLE, { filter: { role: 'NEWCOMER', search: 'y'.repeat(50) } });
    expect(found.body.data.people.edges).toEqual([]);
  });

  it('refuses a second newcomer with the same e-mail address', async () => {
    const profile = newcomerProfile();
    await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile, consents: [consent] } });
    const again = await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile: { ...profile, email: profile.email.toUpperCase() }, consents: [consent] } });
    expect(again.body.data.registerPerson.userErrors).toEqual([expect.objectContaining({ field: ['input', 'profile', 'email'], code: 'ALREADY_EXISTS' })]);
  });

  it('follows the lifecycle: waiting sets waitingSince, impossible steps are refused, concurrent changes conflict', async () => {
    const registered = (await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile: newcomerProfile(), consents: [consent], intakeDone: true } })).body.data.registerPerson.person;
    const waiting = (await asCoordinator(STATUS, { input: { personId: registered.id, version: registered.version, status: 'WAITING' } })).body.data.changePersonStatus.person;
    expect(waiting.status).toBe('WAITING');
    expect(Date.parse(waiting.waitingSince)).toBeGreaterThan(Date.now() - 60_000);
    const skip = await asCoordinator(STATUS, { input: { personId: registered.id, version: waiting.version, status: 'COMPLETED' } });
    expect(skip.body.data.changePersonStatus.userErrors).toEqual([expect.objectContaining({ field: ['input', 'status'], code: 'NOT_ALLOWED' })]);
    const buddyStatus = await asCoordinator(STATUS, { input: { personId: registered.id, version: waiting.version, status: 'TRAINED' } });
    expect(buddyStatus.body.data.changePersonStatus.userErrors[0].code).toBe('NOT_ALLOWED');
    const race = await Promise.all(
      ['WITHDRAWN', 'WITHDRAWN'].map((status) => asCoordinator(STATUS, { input: { personId: registered.id, version: waiting.version, status, reason: 'Moved to Ghent' } })),
    );
    expect(race.filter((result) => result.body.data?.changePersonStatus?.person)).toHaveLength(1);
    expect(race.filter((result) => result.body.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const stale = await asCoordinator(STATUS, { input: { personId: registered.id, version: waiting.version, status: 'WITHDRAWN' } });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const history = (await gql<any>(stack, 'query ($id: ID!) { node(id: $id) { ... on Person { history { from to reason } } } }', { id: registered.id }, { token: coordinator, tenant: 'bree' })).body.data.node.history;
    expect(history).toEqual([
      { from: null, to: 'INTAKE_DONE', reason: null },
      { from: 'INTAKE_DONE', to: 'WAITING', reason: null },
      { from: 'WAITING', to: 'WITHDRAWN', reason: 'Moved to Ghent' },
    ]);
  });

  it('lists with filters and sorts the longest-waiting first', async () => {
    const tag = randomUUID().slice(0, 6);
    const ids: string[] = [];
    for (const [i, language] of ['ti', 'prs', 'ti'].entries()) {
      const person = (await asCoordinator(REGISTER, {
        input: { role: 'NEWCOMER', programmeId: programme.id, consents: [consent], intakeDone: true, profile: newcomerProfile({ firstName: `Filter${tag}`, lastName: `N${i}`, languages: [{ code: language, level: 'NATIVE' }], postcode: i === 1 ? '3960' : '2800' }) },
      })).body.data.registerPerson.person;
      await asCoordinator(STATUS, { input: { personId: person.id, version: person.version, status: 'WAITING' } });
      ids.push(person.id);
    }
    const byLanguage = await asCoordinator(PEOPLE, { filter: { role: 'NEWCOMER', search: `filter${tag}`, language: 'ti' } });
    expect(byLanguage.body.data.people.edges.map(({ node }: any) => node.id).sort()).toEqual([ids[0], ids[2]].sort());
    const byArea = await asCoordinator(PEOPLE, { filter: { role: 'NEWCOMER', search: `Filter${tag}`, postcodePrefix: '39' } });
    expect(byArea.body.data.people.edges.map(({ node }: any) => node.id)).toEqual([ids[1]]);
    const waiting = await asCoordinator(PEOPLE, { filter: { role: 'NEWCOMER', status: ['WAITING'], search: `filter${tag}` }, sort: 'WAITING_SINCE', first: 2 });
    expect(waiting.body.data.people.edges.map(({ node }: any) => node.id)).toEqual([ids[0], ids[1]]);
    expect(waiting.body.data.people.pageInfo.hasNextPage).toBe(true);
    const rest = await asCoordinator(PEOPLE, { filter: { role: 'NEWCOMER', status: ['WAITING'], search: `filter${tag}` }, sort: 'WAITING_SINCE', first: 2, after: waiting.body.data.people.pageInfo.endCursor });
    expect(rest.body.data.people.edges.map(({ node }: any) => node.id)).toEqual([ids[2]]);
  });

  it('a volunteer applies on the public page; the coordinator screens and trains them', async () => {
    const [slug, programmeId] = programme.publicSignupPath.replace('/#/join/', '').split('/');
    expect(slug).toBe('bree');
    const page = await gql<any>(stack, 'query ($slug: String!, $id: ID!) { publicSignupPage(tenantSlug: $slug, programmeId: $id) { tenantName programmeName form { audience } } }', { slug, id: programmeId });
    expect(page.body.data.publicSignupPage).toMatchObject({ tenantName: 'Bree', form: { audience: 'BUDDY' } });
    const tag = randomUUID().slice(0, 6);
    const profile = {
      firstName: 'Jan', lastName: `Peeters-${tag}`, email: `jan-${tag}@example.org`, postcode: '3960', capacity: 2,
      languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'fr', level: 'B2' }], availability: [{ day: 'TUE', part: 'EVENING' }],
      answers: [{ key: 'offers', value: JSON.stringify(['language-practice']) }, { key: 'motivation', value: JSON.stringify('Ik wil mijn stad delen.') }],
    };
    const consents = [consent, { purpose: 'good-conduct-check', granted: true, textVersion: '1' }];
    const APPLY = `mutation ($input: ApplyAsBuddyInput!) { applyAsBuddy(input: $input) { received userErrors { field code } } }`;
    const missing = await gql<any>(stack, APPLY, { input: { tenantSlug: slug, programmeId, profile, consents: [consent] } });
    expect(missing.body.data.applyAsBuddy).toEqual({ received: false, userErrors: [{ field: ['input', 'consents', 'good-conduct-check'], code: 'REQUIRED' }] });
    const applied = await gql<any>(stack, APPLY, { input: { tenantSlug: slug, programmeId, profile, consents } });
    expect(applied.body.data.applyAsBuddy).toEqual({ received: true, userErrors: [] });

    const buddy = (await asCoordinator(PEOPLE, { filter: { role: 'BUDDY', search: profile.lastName } })).body.data.people.edges[0].node;
    expect(buddy.status).toBe('APPLIED');
    const tooEarly = await asCoordinator(STATUS, { input: { personId: buddy.id, version: 1, status: 'SCREENED' } });
    expect(tooEarly.body.data.changePersonStatus.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED' });
    const VET = `mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { person { version vetting { goodConductCheckedAt } } userErrors { field code } } }`;
    const vetted = await asCoordinator(VET, { input: { personId: buddy.id, version: 1, interviewedAt: '2026-11-20T10:00:00Z', goodConductCheckedAt: '2026-11-21T00:00:00Z', goodConductValidUntil: '2027-11-21T00:00:00Z' } });
    expect(vetted.body.data.recordVetting.person.version).toBe(2);
    const screened = (await asCoordinator(STATUS, { input: { personId: buddy.id, version: 2, status: 'SCREENED' } })).body.data.changePersonStatus.person;
    const trained = (await asCoordinator(STATUS, { input: { personId: buddy.id, version: screened.version, status: 'TRAINED' } })).body.data.changePersonStatus.person;
    expect(trained).toMatchObject({ status: 'TRAINED', allowedNextStatuses: ['AVAILABLE', 'STOPPED'], consents: expect.arrayContaining([expect.objectContaining({ purpose: 'good-conduct-check', method: 'SELF_SERVICE' })]) });
    // Closed programmes take no applications.
    await asCoordinator(UPDATE_PROGRAMME, { input: { programmeId: programme.id, version: programme.version, publicSignupOpen: false } });
    programme.version += 1;
    const closed = await gql<any>(stack, APPLY, { input: { tenantSlug: slug, programmeId, profile: { ...profile, email: `other-${tag}@example.org` }, consents } });
    expect(closed.body.data.applyAsBuddy.userErrors[0]).toMatchObject({ field: ['input', 'programmeId'], code: 'NOT_ALLOWED' });
  });

  it('a newcomer completes their own intake through a personal link, once', async () => {
    const registered = (await asCoordinator(REGISTER, {
      input: { role: 'NEWCOMER', programmeId: programme.id, consents: [], profile: { firstName: 'Yusuf', lastName: `Karimi-${randomUUID().slice(0, 4)}`, preferredLanguage: 'AR', phone: '+32 470 12 34 56' } },
    })).body.data.registerPerson;
    expect(registered.userErrors).toEqual([]);
    const LINK = `mutation ($input: PersonIdInput!) { createIntakeLink(input: $input) { intakeLink { path expiresAt } userErrors { field code } } }`;
    const link = (await asCoordinator(LINK, { input: { personId: registered.person.id } })).body.data.createIntakeLink.intakeLink;
    expect(Date.parse(link.expiresAt)).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const [slug, token] = link.path.replace('/#/intake/', '').split('/');

    const INVITATION = `query ($slug: String!, $token: String!) { intakeInvitation(tenantSlug: $slug, token: $token) {
      tenantName firstName lastName preferredLanguage sensitiveCategories form { audience fields { key label { language text } } } } }`;
    const invitation = (await gql<any>(stack, INVITATION, { slug, token })).body.data.intakeInvitation;
    expect(invitation.lastName).toMatch(/^Karimi-/);
    expect(invitation).toMatchObject({ tenantName: 'Bree', firstName: 'Yusuf', preferredLanguage: 'AR', sensitiveCategories: ['HEALTH'], form: { audience: 'NEWCOMER' } });
    const needs = invitation.form.fields.find((field: any) => field.key === 'needs');
    expect(needs.label.find((label: any) => label.language === 'AR').text).toMatch(/[\u0600-\u06FF]/);

    const SUBMIT = `mutation ($input: SubmitIntakeInput!) { submitIntake(input: $input) { received userErrors { field code } } }`;
    const profile = newcomerProfile({ firstName: 'Yusuf', lastName: 'Karimi', email: null, preferredLanguage: 'AR', languages: [{ code: 'prs', level: 'NATIVE' }] });
    const incomplete = await gql<any>(stack, SUBMIT, { input: { tenantSlug: slug, token, profile: { ...profile, postcode: '' }, consents: [consent] } });
    expect(incomplete.body.data.submitIntake).toEqual({ received: false, userErrors: [{ field: ['input', 'profile', 'postcode'], code: 'REQUIRED' }] });
    const submitted = await gql<any>(stack, SUBMIT, { input: { tenantSlug: slug, token, profile, consents: [consent] } });
    expect(submitted.body.data.submitIntake).toEqual({ received: true, userErrors: [] });

    const person = (await gql<any>(stack, `query ($id: ID!) { node(id: $id) { ... on Person { status phone languages { code } consents { method } history { from to by } } } }`, { id: registered.person.id }, { token: coordinator, tenant: 'bree' })).body.data.node;
    // The phone number the coordinator registered stays although the newcomer left it empty.
    expect(person).toEqual({ status: 'INTAKE_DONE', phone: '+32 470 12 34 56', languages: [{ code: 'prs' }], consents: [{ method: 'SELF_SERVICE' }], history: [{ from: null, to: 'REGISTERED', by: expect.any(String) }, { from: 'REGISTERED', to: 'INTAKE_DONE', by: null }] });
    // Used up: the link shows nothing and takes nothing.
    expect((await gql<any>(stack, INVITATION, { slug, token })).body.data.intakeInvitation).toBeNull();
    const again = await gql<any>(stack, SUBMIT, { input: { tenantSlug: slug, token, profile, consents: [consent] } });
    expect(again.body.data.submitIntake.userErrors).toEqual([{ field: ['input', 'token'], code: 'INVALID' }]);
    // And no link for someone whose intake is done.
    const done = await asCoordinator(LINK, { input: { personId: registered.person.id } });
    expect(done.body.data.createIntakeLink.userErrors).toEqual([{ field: ['input', 'personId'], code: 'NOT_ALLOWED' }]);
    // A made-up token shows nothing.
    expect((await gql<any>(stack, INVITATION, { slug, token: token.replace(/.$/, token.endsWith('A') ? 'B' : 'A') })).body.data.intakeInvitation).toBeNull();
  });

  it('a person can take part in more than one programme', async () => {
    const second = (await asCoordinator(CREATE_PROGRAMME, { input: { name: 'Jobbuddy', kind: 'JOB_BUDDY', languages: ['NL'] } })).body.data.createProgramme.programme;
    const person = (await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile: newcomerProfile(), consents: [consent], intakeDone: true } })).body.data.registerPerson.person;
    const ENROL = `mutation ($input: EnrolPersonInput!) { enrolPerson(input: $input) { person { version programmes { id name } } userErrors { field code } } }`;
    const enrolled = await asCoordinator(ENROL, { input: { personId: person.id, programmeId: second.id, version: person.version } });
    expect(enrolled.body.data.enrolPerson.person.programmes.map((entry: any) => entry.id)).toEqual([programme.id, second.id]);
    const twice = await asCoordinator(ENROL, { input: { personId: person.id, programmeId: second.id, version: person.version + 1 } });
    expect(twice.body.data.enrolPerson.userErrors).toEqual([{ field: ['input', 'programmeId'], code: 'ALREADY_EXISTS' }]);
    const filtered = await asCoordinator(PEOPLE, { filter: { role: 'NEWCOMER', programmeId: second.id } });
    expect(filtered.body.data.people.edges.map(({ node }: any) => node.id)).toEqual([person.id]);
  });

  it('notes, export and erasure', async () => {
    const person = (await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile: newcomerProfile({ sensitive: { health: 'Asthma' } }), consents: [consent] } })).body.data.registerPerson.person;
    await asCoordinator(`mutation ($input: AddNoteInput!) { addNote(input: $input) { note { id } } }`, { input: { personId: person.id, text: 'First meeting at the library.' } });
    const notes = await asCoordinator('query ($id: ID!) { node(id: $id) { ... on Person { notes { edges { node { text } } } } } }', { id: person.id });
    expect(notes.body.data.node.notes.edges).toEqual([{ node: { text: 'First meeting at the library.' } }]);

    const EXPORT = `mutation ($input: PersonIdInput!) { exportPerson(input: $input) { json userErrors { code } } }`;
    expect((await asCoordinator(EXPORT, { input: { personId: person.id } })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exported = JSON.parse((await gql<any>(stack, EXPORT, { input: { personId: person.id } }, { token: admin, tenant: 'bree' })).body.data.exportPerson.json);
    expect(exported.person).toMatchObject({ firstName: 'Amina', email: person.email });
    expect(exported.records.map((record: any) => record.type).sort()).toEqual(['Consent', 'Note', 'StatusChange']);

    const ERASE = `mutation ($input: PersonIdInput!) { erasePerson(input: $input) { person { firstName lastName email postcode languages { code } } userErrors { code } } }`;
    const erased = await gql<any>(stack, ERASE, { input: { personId: person.id } }, { token: admin, tenant: 'bree' });
    expect(erased.body.data.erasePerson.person).toEqual({ firstName: 'Erased', lastName: 'person', email: null, postcode: null, languages: [] });
    const afterwards = JSON.parse((await gql<any>(stack, EXPORT, { input: { personId: person.id } }, { token: admin, tenant: 'bree' })).body.data.exportPerson.json);
    expect(JSON.stringify(afterwards)).not.toMatch(/Amina|Asthma|library|example\.org/);
    // The e-mail address is free again.
    const again = await asCoordinator(REGISTER, { input: { role: 'NEWCOMER', programmeId: programme.id, profile: newcomerProfile({ email: person.email }), consents: [consent] } });
    expect(again.body.data.registerPerson.userErrors).toEqual([]);
    const audit = await gql<any>(stack, '{ tenant { auditLog(first: 20) { edges { node { action } } } } }', {}, { token: admin, tenant: 'bree' });
    expect(audit.body.data.tenant.auditLog.edges.map(({ node }: any) => node.action)).toEqual(expect.arrayContaining(['person.erased', 'person.exported']));
  });
});
