// Matching through the HTTP API: presets, explained suggestions, whole-pool runs with locked and
// excluded pairs, approval, the match lifecycle (answers by coordinator and by personal link) and
// capacity under concurrent approvals.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { gql } from '../support/graphql';
import { mailsTo } from '../support/outbox';
import { activeProgramme, availableBuddy, call, runProposal, waitingNewcomer, type Caller } from '../support/matching';
import { demoToken } from '../support/tenants';

const stack = inject('stack');

const PRESET = `query ($id: ID!) { node(id: $id) { ... on Programme { matchingPreset { weights { criterion weight } requireVetting maxDistanceKm minimumLanguageLevel isDefault version } } } }`;
const UPDATE_PRESET = `mutation ($input: UpdateMatchingPresetInput!) { updateMatchingPreset(input: $input) {
  preset { weights { criterion weight } maxDistanceKm isDefault version } userErrors { field code message } } }`;
const SUGGESTIONS = `query ($personId: ID!, $language: Language) { matchSuggestions(personId: $personId, first: 5, language: $language) {
  newcomer { id } buddy { id firstName } score explanation criteria { criterion value weight points explanation } } }`;
const MATCH_FIELDS = `id status allowedNextStatuses score newcomerAnswer buddyAnswer declineReason declinedBy endReason version
  newcomer { id status } buddy { id status openMatchCount } history { from to reason }`;
const APPROVE = `mutation ($input: ApproveMatchInput!) { approveMatch(input: $input) { match { ${MATCH_FIELDS} } userErrors { field code message } } }`;
const ANSWER = `mutation ($input: RecordMatchAnswerInput!) { recordMatchAnswer(input: $input) { match { ${MATCH_FIELDS} } userErrors { field code message } } }`;
const LINK = `mutation ($input: MatchSideInput!) { createMatchAnswerLink(input: $input) { link { path expiresAt emailedTo } userErrors { field code message } } }`;
const INVITATION = `query ($slug: String!, $token: String!) { matchInvitation(tenantSlug: $slug, token: $token) {
  tenantName programmeName side firstName otherFirstName explanation criteria { criterion explanation } answer status } }`;
const ANSWER_LINK = `mutation ($input: AnswerMatchInvitationInput!) { answerMatchInvitation(input: $input) { invitation { answer status } userErrors { field code message } } }`;
const START = `mutation ($input: StartMatchInput!) { startMatch(input: $input) { match { ${MATCH_FIELDS} } userErrors { field code message } } }`;
const PAUSE = `mutation ($input: PauseMatchInput!) { pauseMatch(input: $input) { match { ${MATCH_FIELDS} } userErrors { field code message } } }`;
const RESUME = `mutation ($input: ResumeMatchInput!) { resumeMatch(input: $input) { match { ${MATCH_FIELDS} } userErrors { field code message } } }`;
const END = `mutation ($input: EndMatchInput!) { endMatch(input: $input) { match { ${MATCH_FIELDS} } userErrors { field code message } } }`;
const PROPOSALS = `query ($id: ID!) { node(id: $id) { ... on MatchingRun { proposals(first: 50, language: EN) {
  edges { node { id newcomer { id } buddy { id } score explanation locked status match { id status } } } } } } }`;
const PIN = `mutation ($input: SetPairPinInput!) { setPairPin(input: $input) { pin { kind reason newcomer { id } buddy { id } } userErrors { field code message } } }`;
const APPROVE_PROPOSALS = `mutation ($input: ApproveMatchProposalsInput!) { approveMatchProposals(input: $input) { matches { id status newcomer { id } buddy { id } } userErrors { field code message } } }`;

describe('matching', () => {
  let coordinator: Caller;

  beforeAll(async () => {
    coordinator = { stack, token: await demoToken(stack, 'hamont-achel', 'coordinator'), tenant: 'hamont-achel' };
  });

  it('a programme starts with the default preset; changes are versioned and validated', async () => {
    const programmeId = await activeProgramme(coordinator);
    const preset = (await call(coordinator, PRESET, { id: programmeId })).node.matchingPreset;
    expect(preset).toMatchObject({ isDefault: true, version: 0, requireVetting: true, minimumLanguageLevel: 'A2' });
    expect(preset.weights.map((weight: any) => weight.criterion)).toEqual(['INTERESTS', 'LANGUAGE', 'NEEDS', 'AVAILABILITY', 'DISTANCE', 'AGE', 'FAMILY', 'WAITING_TIME']);

    const updated = (await call(coordinator, UPDATE_PRESET, { input: { programmeId, version: 0, weights: [{ criterion: 'DISTANCE', weight: 10 }], maxDistanceKm: 15 } })).updateMatchingPreset;
    expect(updated.userErrors).toEqual([]);
    expect(updated.preset).toMatchObject({ isDefault: false, version: 1, maxDistanceKm: 15 });
    expect(updated.preset.weights.find((weight: any) => weight.criterion === 'DISTANCE').weight).toBe(10);

    const stale = (await call(coordinator, UPDATE_PRESET, { input: { programmeId, version: 0, maxDistanceKm: 20 } })).updateMatchingPreset;
    expect(stale.userErrors).toEqual([expect.objectContaining({ field: ['input', 'version'], code: 'STALE' })]);
    const zero = (await call(coordinator, UPDATE_PRESET, { input: { programmeId, version: 1, maxDistanceKm: 0 } })).updateMatchingPreset;
    expect(zero.userErrors[0]).toMatchObject({ field: ['input', 'maxDistanceKm'] });
    expect((await call(coordinator, PRESET, { id: programmeId })).node.matchingPreset.version).toBe(1);
    // A stored preset is no programme of its own in the programme list.
    const listed = (await call(coordinator, '{ programmes(first: 100) { edges { node { id name } } } }')).programmes.edges.map(({ node }: any) => node);
    expect(listed.filter((programme: any) => programme.id === programmeId)).toHaveLength(1);
    expect(listed.every((programme: any) => typeof programme.name === 'string')).toBe(true);
  });

  it('suggests the best buddies first, explained in the reader language, and never a ruled-out one', async () => {
    const programmeId = await activeProgramme(coordinator);
    const newcomer = await waitingNewcomer(coordinator, programmeId, { answers: [{ key: 'needs', value: '["work"]' }, { key: 'buddyGenderPreference', value: '"FEMALE"' }] });
    const near = await availableBuddy(coordinator, programmeId, { firstName: 'Sofie', gender: 'FEMALE', postcode: '2800' });
    const far = await availableBuddy(coordinator, programmeId, { firstName: 'Lies', gender: 'FEMALE', postcode: '3930', interests: ['chess'] });
    const man = await availableBuddy(coordinator, programmeId, { firstName: 'Tom', gender: 'MALE', postcode: '2800' });

    const suggestions = (await call(coordinator, SUGGESTIONS, { personId: newcomer, language: 'EN' })).matchSuggestions;
    expect(suggestions.map((suggestion: any) => suggestion.buddy.id)).toEqual([near]);
    // Lies is 90 km away: beyond the default maximum distance of 25 km. Tom is a man: the newcomer asked for a woman.
    expect(suggestions.map((suggestion: any) => suggestion.buddy.id)).not.toContain(far);
    expect(suggestions.map((suggestion: any) => suggestion.buddy.id)).not.toContain(man);
    const [best] = suggestions;
    expect(best.explanation).toContain('3 shared interests');
    expect(best.explanation).toMatch(/French/);
    expect(best.criteria.map((criterion: any) => criterion.criterion)).toContain('INTERESTS');
    expect(best.criteria.reduce((sum: number, criterion: any) => sum + criterion.points, 0)).toBeCloseTo(best.score, 0);

    const french = (await call(coordinator, SUGGESTIONS, { personId: newcomer, language: 'FR' })).matchSuggestions[0];
    expect(french.explanation).toMatch(/3 centres d’intérêt communs/);
    const dutch = (await call(coordinator, SUGGESTIONS, { personId: newcomer, language: 'NL' })).matchSuggestions[0];
    expect(dutch.explanation).toMatch(/Frans/);

    // From the buddy's side, the newcomer is suggested too.
    const forBuddy = (await call(coordinator, SUGGESTIONS, { personId: near, language: 'EN' })).matchSuggestions;
    expect(forBuddy.map((suggestion: any) => suggestion.newcomer.id)).toEqual([newcomer]);
  });

  it('a whole-pool run proposes the optimal assignment; locks, exclusions and re-runs; approve all', async () => {
    const programmeId = await activeProgramme(coordinator);
    // Two buddies with one place each and three waiting newcomers: Bilal fits Eva best, but the optimum
    // gives Eva to Amal (who fits only Eva) and Bilal to Koen.
    const eva = await availableBuddy(coordinator, programmeId, { firstName: 'Eva', interests: ['cooking', 'football', 'hiking'] });
    const koen = await availableBuddy(coordinator, programmeId, { firstName: 'Koen', interests: ['cooking', 'football'], availability: [{ day: 'SAT', part: 'MORNING' }] });
    const bilal = await waitingNewcomer(coordinator, programmeId, { firstName: 'Bilal', answers: [{ key: 'needs', value: '["work"]' }, { key: 'buddyGenderPreference', value: '"none"' }] });
    const amal = await waitingNewcomer(coordinator, programmeId, { firstName: 'Amal', languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'fr', level: 'B1' }] });
    await call(coordinator, PIN, { input: { programmeId, newcomerId: amal, buddyId: koen, kind: 'EXCLUDED', reason: 'Known to each other' } });
    const chris = await waitingNewcomer(coordinator, programmeId, { firstName: 'Chris', postcode: '3930' });

    const run = await runProposal(coordinator, programmeId);
    expect(run).toMatchObject({ status: 'DONE', phase: 'DONE', progress: 1, newcomerCount: 3, buddyCount: 2, proposalCount: 2, unmatchedNewcomerCount: 1 });
    const proposals = (await call(coordinator, PROPOSALS, { id: run.id })).node.proposals.edges.map(({ node }: any) => node);
    const pairs = proposals.map((proposal: any) => [proposal.newcomer.id, proposal.buddy.id]);
    expect(pairs).toEqual(expect.arrayContaining([[amal, eva], [bilal, koen]]));
    expect(pairs.flat()).not.toContain(chris);
    expect(run.totalScore).toBeCloseTo(proposals.reduce((sum: number, proposal: any) => sum + proposal.score, 0), 1);
    expect(proposals[0].explanation.length).toBeGreaterThan(10);

    // Lock Bilal with Eva and run again: the lock wins, Amal (excluded from Koen) stays unmatched.
    await call(coordinator, PIN, { input: { programmeId, newcomerId: bilal, buddyId: eva, kind: 'LOCKED' } });
    const rerun = await runProposal(coordinator, programmeId);
    const reproposed = (await call(coordinator, PROPOSALS, { id: rerun.id })).node.proposals.edges.map(({ node }: any) => node);
    expect(reproposed[0]).toMatchObject({ locked: true, newcomer: { id: bilal }, buddy: { id: eva } });
    expect(reproposed.map((proposal: any) => proposal.newcomer.id)).not.toContain(amal);
    const pins = (await call(coordinator, `query ($id: ID!) { pairPins(programmeId: $id) { edges { node { kind reason newcomer { id } } } } }`, { id: programmeId })).pairPins.edges;
    expect(pins.map(({ node }: any) => node.kind).sort()).toEqual(['EXCLUDED', 'LOCKED']);

    const approved = (await call(coordinator, APPROVE_PROPOSALS, { input: { runId: rerun.id } })).approveMatchProposals;
    expect(approved.userErrors).toEqual([]);
    expect(approved.matches).toHaveLength(reproposed.length);
    expect(approved.matches.every((match: any) => match.status === 'APPROVED')).toBe(true);
    const again = (await call(coordinator, PROPOSALS, { id: rerun.id })).node.proposals.edges.map(({ node }: any) => node);
    expect(again.every((proposal: any) => proposal.status === 'APPROVED' && proposal.match.status === 'APPROVED')).toBe(true);
    // The first run's proposals for the same people can no longer be approved.
    const old = (await call(coordinator, APPROVE_PROPOSALS, { input: { runId: run.id, proposalIds: proposals.map((proposal: any) => proposal.id) } })).approveMatchProposals;
    expect(old.matches).toEqual([]);
    expect(old.userErrors.map((error: any) => error.code)).toContain('CONFLICT');
  });

  it('takes a match from approved to active and completed, with answers by phone and by personal link', async () => {
    const programmeId = await activeProgramme(coordinator);
    const newcomer = await waitingNewcomer(coordinator, programmeId, { firstName: 'Yasmin' });
    const buddy = await availableBuddy(coordinator, programmeId, { firstName: 'Ward', capacity: 2 });
    let match = (await call(coordinator, APPROVE, { input: { programmeId, newcomerId: newcomer, buddyId: buddy } })).approveMatch.match;
    expect(match).toMatchObject({ status: 'APPROVED', newcomerAnswer: 'PENDING', buddyAnswer: 'PENDING', newcomer: { status: 'MATCHED' }, buddy: { status: 'MATCHED', openMatchCount: 1 } });

    const tooEarly = (await call(coordinator, START, { input: { matchId: match.id, version: match.version, firstMeetingAt: new Date().toISOString() } })).startMatch;
    expect(tooEarly.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED' });

    match = (await call(coordinator, ANSWER, { input: { matchId: match.id, version: match.version, side: 'BUDDY', accept: true } })).recordMatchAnswer.match;
    expect(match).toMatchObject({ status: 'APPROVED', buddyAnswer: 'ACCEPTED' });

    // Yasmin has no e-mail address: the link cannot be e-mailed, the coordinator copies it.
    const noMail = (await call(coordinator, LINK, { input: { matchId: match.id, side: 'NEWCOMER', sendByEmail: true } })).createMatchAnswerLink;
    expect(noMail).toEqual({ link: null, userErrors: [expect.objectContaining({ field: ['input', 'sendByEmail'], code: 'INVALID' })] });
    const link = (await call(coordinator, LINK, { input: { matchId: match.id, side: 'NEWCOMER' } })).createMatchAnswerLink.link;
    const [slug, token] = link.path.split('/').slice(-2);
    expect(link).toMatchObject({ emailedTo: null });
    expect(link.path).toMatch(/^\/#\/match\/hamont-achel\//);
    // Ward has one: the link goes to him by mail.
    const mailed = (await call(coordinator, LINK, { input: { matchId: match.id, side: 'BUDDY', sendByEmail: true } })).createMatchAnswerLink.link;
    expect(mailed.emailedTo).toMatch(/^buddy-.*@example.org$/);
    const [mail] = await mailsTo(stack, mailed.emailedTo, 'match-proposal');
    expect(mail.subject).toMatch(/^Hamont.*: we found a newcomer for you$/);
    expect(mail.text).toContain('Yasmin');
    expect(mail.text).toContain(`${stack.BaseUrl}/#/match/hamont-achel/`);
    const invitation = (await gql<any>(stack, INVITATION, { slug, token })).body.data.matchInvitation;
    // The newcomer reads it in French (their preferred language) and sees only the buddy's first name.
    expect(invitation).toMatchObject({ side: 'NEWCOMER', firstName: 'Yasmin', otherFirstName: 'Ward', answer: 'PENDING', status: 'APPROVED' });
    expect(invitation.explanation).toMatch(/centres d’intérêt communs/);
    const noReason = (await gql<any>(stack, ANSWER_LINK, { input: { tenantSlug: slug, token, accept: false } })).body.data.answerMatchInvitation;
    expect(noReason.userErrors).toEqual([expect.objectContaining({ field: ['input', 'reason'], code: 'REQUIRED' })]);
    const accepted = (await gql<any>(stack, ANSWER_LINK, { input: { tenantSlug: slug, token, accept: true } })).body.data.answerMatchInvitation;
    expect(accepted).toEqual({ invitation: { answer: 'ACCEPTED', status: 'ACCEPTED' }, userErrors: [] });
    const forged = await gql<any>(stack, INVITATION, { slug: 'bree', token });
    expect(forged.body.data.matchInvitation).toBeNull();

    match = (await call(coordinator, `query ($id: ID!) { node(id: $id) { ... on Match { ${MATCH_FIELDS} } } }`, { id: match.id })).node;
    expect(match).toMatchObject({ status: 'ACCEPTED', allowedNextStatuses: ['ACTIVE', 'DECLINED', 'ENDED'] });
    const future = (await call(coordinator, START, { input: { matchId: match.id, version: match.version, firstMeetingAt: '2099-01-01T10:00:00Z' } })).startMatch;
    expect(future.userErrors[0]).toMatchObject({ field: ['input', 'firstMeetingAt'] });
    match = (await call(coordinator, START, { input: { matchId: match.id, version: match.version, firstMeetingAt: new Date().toISOString() } })).startMatch.match;
    expect(match.status).toBe('ACTIVE');
    match = (await call(coordinator, PAUSE, { input: { matchId: match.id, version: match.version, reason: 'Holiday' } })).pauseMatch.match;
    expect(match.status).toBe('PAUSED');
    const stale = (await call(coordinator, RESUME, { input: { matchId: match.id, version: match.version - 1 } })).resumeMatch;
    expect(stale.userErrors[0]).toMatchObject({ code: 'STALE' });
    match = (await call(coordinator, RESUME, { input: { matchId: match.id, version: match.version } })).resumeMatch.match;
    const wrongReason = (await call(coordinator, END, { input: { matchId: match.id, version: match.version, outcome: 'COMPLETED', reason: 'MISMATCH' } })).endMatch;
    expect(wrongReason.userErrors[0]).toMatchObject({ field: ['input', 'reason'] });
    match = (await call(coordinator, END, { input: { matchId: match.id, version: match.version, outcome: 'COMPLETED', reason: 'GOALS_REACHED', note: 'Found work' } })).endMatch.match;
    expect(match).toMatchObject({ status: 'COMPLETED', endReason: 'GOALS_REACHED', newcomer: { status: 'COMPLETED' }, buddy: { status: 'AVAILABLE', openMatchCount: 0 } });
    expect(match.history.map((change: any) => change.to)).toEqual(expect.arrayContaining(['APPROVED', 'ACCEPTED', 'ACTIVE', 'PAUSED', 'COMPLETED']));
  });

  it('a decline or a mismatch puts the newcomer back on the waiting list and excludes the pair', async () => {
    const programmeId = await activeProgramme(coordinator);
    const newcomer = await waitingNewcomer(coordinator, programmeId);
    const first = await availableBuddy(coordinator, programmeId, { firstName: 'Bart' });
    const second = await availableBuddy(coordinator, programmeId, { firstName: 'Greet' });

    let match = (await call(coordinator, APPROVE, { input: { programmeId, newcomerId: newcomer, buddyId: first } })).approveMatch.match;
    match = (await call(coordinator, ANSWER, { input: { matchId: match.id, version: match.version, side: 'BUDDY', accept: false, reason: 'NO_TIME', note: 'New job' } })).recordMatchAnswer.match;
    expect(match).toMatchObject({ status: 'DECLINED', declinedBy: 'BUDDY', declineReason: 'NO_TIME', newcomer: { status: 'WAITING' }, buddy: { status: 'AVAILABLE', openMatchCount: 0 } });
    const suggested = (await call(coordinator, SUGGESTIONS, { personId: newcomer })).matchSuggestions.map((suggestion: any) => suggestion.buddy.id);
    expect(suggested).toEqual([second]);
    const again = await call(coordinator, APPROVE, { input: { programmeId, newcomerId: newcomer, buddyId: first } });
    expect(again.approveMatch.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED' });

    match = (await call(coordinator, APPROVE, { input: { programmeId, newcomerId: newcomer, buddyId: second } })).approveMatch.match;
    match = (await call(coordinator, END, { input: { matchId: match.id, version: match.version, outcome: 'ENDED', reason: 'MISMATCH' } })).endMatch.match;
    expect(match).toMatchObject({ status: 'ENDED', endReason: 'MISMATCH', newcomer: { status: 'WAITING' } });
    expect((await call(coordinator, SUGGESTIONS, { personId: newcomer })).matchSuggestions).toEqual([]);
  });

  it('people in an open match change status only through the match; export and erasure include their matches', async () => {
    const programmeId = await activeProgramme(coordinator);
    const newcomer = await waitingNewcomer(coordinator, programmeId, { firstName: 'Rahel' });
    const buddy = await availableBuddy(coordinator, programmeId, { firstName: 'Dirk', capacity: 2 });
    let match = (await call(coordinator, APPROVE, { input: { programmeId, newcomerId: newcomer, buddyId: buddy } })).approveMatch.match;
    const PERSON = `query ($id: ID!) { node(id: $id) { ... on Person { status version allowedNextStatuses } } }`;
    const STATUS = `mutation ($input: ChangePersonStatusInput!) { changePersonStatus(input: $input) { person { status } userErrors { field code message } } }`;
    const matched = (await call(coordinator, PERSON, { id: newcomer })).node;
    expect(matched).toMatchObject({ status: 'MATCHED', allowedNextStatuses: [] });
    const byHand = (await call(coordinator, STATUS, { input: { personId: newcomer, version: matched.version, status: 'WAITING' } })).changePersonStatus;
    expect(byHand.userErrors[0]).toMatchObject({ field: ['input', 'status'], code: 'NOT_ALLOWED' });
    const busyBuddy = (await call(coordinator, PERSON, { id: buddy })).node;
    expect(busyBuddy).toMatchObject({ status: 'MATCHED', allowedNextStatuses: ['PAUSED'] });

    const admin: Caller = { ...coordinator, token: await demoToken(stack, 'hamont-achel', 'tenant-admin') };
    const ERASE = `mutation ($input: PersonIdInput!) { erasePerson(input: $input) { person { firstName } userErrors { field code message } } }`;
    expect((await call(admin, ERASE, { input: { personId: newcomer } })).erasePerson.userErrors[0]).toMatchObject({ code: 'NOT_ALLOWED' });

    match = (await call(coordinator, ANSWER, { input: { matchId: match.id, version: match.version, side: 'NEWCOMER', accept: false, reason: 'OTHER', note: 'Moving to Gent' } })).recordMatchAnswer.match;
    expect(match.status).toBe('DECLINED');
    const exported = JSON.parse((await call(admin, `mutation ($input: PersonIdInput!) { exportPerson(input: $input) { json } }`, { input: { personId: newcomer } })).exportPerson.json);
    const types = exported.records.map((record: any) => record.type);
    expect(types).toEqual(expect.arrayContaining(['Match', 'MatchStatusChange', 'PairPin']));
    expect(JSON.stringify(exported)).toContain('Moving to Gent');

    expect((await call(admin, ERASE, { input: { personId: newcomer } })).erasePerson).toEqual({ person: { firstName: 'Erased' }, userErrors: [] });
    const after = (await call(coordinator, `query ($id: ID!) { node(id: $id) { ... on Match { status criteria { criterion } history { reason } } } }`, { id: match.id })).node;
    expect(after.status).toBe('DECLINED');
    expect(after.criteria).toEqual([]);
    expect(JSON.stringify(after.history)).not.toContain('Moving to Gent');
    const pins = (await call(coordinator, `query ($id: ID!) { pairPins(programmeId: $id) { edges { node { kind } } } }`, { id: programmeId })).pairPins.edges;
    expect(pins).toEqual([]);
  });

  it('two coordinators racing for the last place of a buddy: one gets CONFLICT', async () => {
    const programmeId = await activeProgramme(coordinator);
    const buddy = await availableBuddy(coordinator, programmeId, { capacity: 1 });
    const [one, two] = await Promise.all([waitingNewcomer(coordinator, programmeId), waitingNewcomer(coordinator, programmeId)]);
    const other: Caller = { ...coordinator, token: await demoToken(stack, 'hamont-achel', 'tenant-admin') };
    const results = await Promise.all([
      gql<any>(stack, APPROVE, { input: { programmeId, newcomerId: one, buddyId: buddy } }, { token: coordinator.token, tenant: coordinator.tenant }),
      gql<any>(stack, APPROVE, { input: { programmeId, newcomerId: two, buddyId: buddy } }, { token: other.token, tenant: other.tenant }),
    ]);
    const made = results.filter((result) => result.body.data?.approveMatch?.match);
    const conflicts = results.filter((result) => result.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(made).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const buddyNow = (await call(coordinator, `query ($id: ID!) { node(id: $id) { ... on Person { openMatchCount capacity status } } }`, { id: buddy })).node;
    expect(buddyNow).toEqual({ openMatchCount: 1, capacity: 1, status: 'MATCHED' });
    // The losing newcomer is still waiting, untouched.
    const loser = made[0] === results[0] ? two : one;
    expect((await call(coordinator, `query ($id: ID!) { node(id: $id) { ... on Person { status } } }`, { id: loser })).node.status).toBe('WAITING');
  });
});
