// A programme with people ready to match, built through the public API as a coordinator would:
// newcomers registered with intake done and put on the waiting list, buddies registered, vetted and
// made available.
import { randomUUID } from 'node:crypto';
import { gql } from './graphql';
import type { StackOutputs } from './stack';

const consent = { purpose: 'processing', granted: true, textVersion: '1' };

export interface Caller {
  stack: StackOutputs;
  token: string;
  tenant: string;
}

/** Runs an operation as the caller; throws on top-level errors unless `allowErrors`. */
export async function call<T = any>(caller: Caller, query: string, variables: Record<string, unknown> = {}, allowErrors = false): Promise<T> {
  const response = await gql<T>(caller.stack, query, variables, { token: caller.token, tenant: caller.tenant });
  if (!allowErrors && response.body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}

/** An ACTIVE programme of the caller's tenant; returns its global id. */
export async function activeProgramme(caller: Caller, kind = 'SOCIAL_BUDDY', name = `Buddywerking ${randomUUID().slice(0, 6)}`): Promise<string> {
  const created = await call(caller, 'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { programme { id version } userErrors { field message } } }', {
    input: { name, kind, languages: ['NL', 'FR', 'EN'] },
  });
  const programme = created.createProgramme.programme;
  if (!programme) throw new Error(JSON.stringify(created.createProgramme.userErrors));
  await call(caller, 'mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { programme { status } } }', {
    input: { programmeId: programme.id, version: programme.version, status: 'ACTIVE' },
  });
  return programme.id;
}

async function register(caller: Caller, role: 'NEWCOMER' | 'BUDDY', programmeId: string, profile: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const result = await call(caller, 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id version } userErrors { field code message } } }', {
    input: {
      role,
      programmeId,
      profile,
      consents: role === 'BUDDY' ? [consent, { purpose: 'good-conduct-check', granted: true, textVersion: '1' }] : [consent],
      intakeDone: true,
    },
  });
  const person = result.registerPerson.person;
  if (!person) throw new Error(JSON.stringify(result.registerPerson.userErrors));
  return person;
}

async function moveTo(caller: Caller, person: { id: string; version: number }, statuses: string[]): Promise<{ id: string; version: number }> {
  let current = person;
  for (const status of statuses) {
    const result = await call(caller, 'mutation ($input: ChangePersonStatusInput!) { changePersonStatus(input: $input) { person { id version } userErrors { field code message } } }', {
      input: { personId: current.id, version: current.version, status },
    });
    if (!result.changePersonStatus.person) throw new Error(JSON.stringify(result.changePersonStatus.userErrors));
    current = result.changePersonStatus.person;
  }
  return current;
}

/** A newcomer on the waiting list; returns the global id. */
export async function waitingNewcomer(caller: Caller, programmeId: string, profile: Record<string, unknown> = {}): Promise<string> {
  const tag = randomUUID().slice(0, 6);
  const person = await register(caller, 'NEWCOMER', programmeId, {
    firstName: 'Amina',
    lastName: `Test-${tag}`,
    postcode: '2800',
    preferredLanguage: 'FR',
    languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'fr', level: 'B2' }],
    interests: ['cooking', 'football', 'hiking'],
    availability: [{ day: 'TUE', part: 'EVENING' }],
    answers: [{ key: 'needs', value: JSON.stringify(['language-practice', 'work']) }],
    ...profile,
  });
  return (await moveTo(caller, person, ['WAITING'])).id;
}

/** A vetted, available buddy with `capacity` places; returns the global id. */
export async function availableBuddy(caller: Caller, programmeId: string, profile: Record<string, unknown> = {}): Promise<string> {
  const tag = randomUUID().slice(0, 6);
  const person = await register(caller, 'BUDDY', programmeId, {
    firstName: 'Jan',
    lastName: `Test-${tag}`,
    email: `buddy-${tag}@example.org`,
    postcode: '2800',
    capacity: 1,
    languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'fr', level: 'C1' }],
    interests: ['cooking', 'football', 'hiking'],
    availability: [{ day: 'TUE', part: 'EVENING' }],
    answers: [{ key: 'offers', value: JSON.stringify(['language-practice', 'work']) }, { key: 'motivation', value: JSON.stringify('Mijn stad delen.') }],
    ...profile,
  });
  const vetted = await call(caller, 'mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { person { id version } userErrors { field code message } } }', {
    input: { personId: person.id, version: person.version, interviewedAt: '2026-11-20T10:00:00Z', goodConductCheckedAt: '2026-11-21T00:00:00Z', goodConductValidUntil: '2030-11-21T00:00:00Z' },
  });
  if (!vetted.recordVetting.person) throw new Error(JSON.stringify(vetted.recordVetting.userErrors));
  return (await moveTo(caller, vetted.recordVetting.person, ['SCREENED', 'TRAINED', 'AVAILABLE'])).id;
}

export const RUN_FIELDS = `id status phase progress newcomerCount buddyCount allowedPairCount proposalCount totalScore unmatchedNewcomerCount failureReason`;

/** Starts a whole-pool run and polls it until it is no longer RUNNING. */
export async function runProposal(caller: Caller, programmeId: string): Promise<any> {
  const started = await call(caller, `mutation ($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { run { ${RUN_FIELDS} } userErrors { field code message } } }`, { input: { programmeId } });
  let run = started.startMatchingRun.run;
  if (!run) throw new Error(JSON.stringify(started.startMatchingRun.userErrors));
  for (let attempt = 0; run.status === 'RUNNING' && attempt < 600; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = (await call(caller, `query ($id: ID!) { node(id: $id) { ... on MatchingRun { ${RUN_FIELDS} } } }`, { id: run.id })).node;
  }
  return run;
}
