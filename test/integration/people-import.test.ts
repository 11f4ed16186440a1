// CSV import of newcomers and buddies through the HTTP API: dry run, the all-or-nothing import in
// slices, re-imports that update instead of duplicating, row errors, and the roll-back.
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from '../../services/data/dynamo';
import { gql } from '../support/graphql';
import { onboardTenant, type OnboardedTenant } from '../support/tenants';

const stack = inject('stack');

const REPORT = 'totalRows toCreate toUpdate unchanged errorCount delimiter errors { row column field code message }';
const JOB = 'id status totalRows processed toCreate toUpdate unchanged created updated failureReason failedRow programme { id }';
const DRY_RUN = `mutation ($input: PeopleImportInput!) { dryRunPeopleImport(input: $input) { report { ${REPORT} } userErrors { field code message } } }`;
const START = `mutation ($input: PeopleImportInput!) { startPeopleImport(input: $input) { status report { ${REPORT} } job { ${JOB} } userErrors { field code message } } }`;
const CONTINUE = `mutation ($input: ContinuePeopleImportInput!) { continuePeopleImport(input: $input) { job { ${JOB} } userErrors { field code message } } }`;
const COUNT = `query ($filter: PersonFilter!, $after: String) { people(filter: $filter, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const PEOPLE = `query ($filter: PersonFilter!, $first: Int, $after: String) { people(filter: $filter, first: $first, after: $after) {
  edges { node { id firstName lastName email postcode status version externalId languages { code level } interests birthYear
    consents { purpose method textVersion } history { from to } programmes { id } } } pageInfo { hasNextPage endCursor } } }`;

const consent = { purpose: 'processing', textVersion: '2026-01' };
const header = ['Voornaam', 'Achternaam', 'E-mail', 'Postcode', 'Talen', 'Interesses', 'Dossiernummer', 'Geboortejaar'];
const mapping = [
  { column: 'Voornaam', field: 'FIRST_NAME' },
  { column: 'Achternaam', field: 'LAST_NAME' },
  { column: 'E-mail', field: 'EMAIL' },
  { column: 'Postcode', field: 'POSTCODE' },
  { column: 'Talen', field: 'LANGUAGES' },
  { column: 'Interesses', field: 'INTERESTS' },
  { column: 'Dossiernummer', field: 'EXTERNAL_ID' },
  { column: 'Geboortejaar', field: 'BIRTH_YEAR' },
];

/** A CSV file as a spreadsheet saves it: cells with the delimiter, quotes or line breaks quoted. */
function csv(rows: string[][], delimiter: ',' | ';', bom = false): string {
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `${bom ? '\uFEFF' : ''}${rows.map((row) => row.map(cell).join(delimiter)).join('\r\n')}\r\n`;
}
const base64 = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding).toString('base64');

function person(tag: string, i: number, overrides: Partial<Record<'postcode' | 'email' | 'lastName' | 'firstName' | 'languages', string>> = {}): string[] {
  return [
    overrides.firstName ?? `Naam${i}`,
    overrides.lastName ?? `Tester-${tag}-${i}`,
    overrides.email ?? `n${i}-${tag}@example.org`,
    overrides.postcode ?? String(2800 + (i % 50)),
    overrides.languages ?? 'ar:NATIVE; nl:A2',
    'cooking; hiking',
    `D-${tag}-${i}`,
    String(1960 + (i % 40)),
  ];
}

describe('people CSV import', () => {
  let tenant: OnboardedTenant;
  let programmeId: string;
  const as = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(stack, query, variables, { token: tenant.adminToken, tenant: tenant.slug });
  const input = (file: string, overrides: Record<string, unknown> = {}) => ({ role: 'NEWCOMER', programmeId, csvBase64: file, mapping, consent, ...overrides });

  /** Calls continuePeopleImport until the job is finished; returns every job state seen. */
  async function runToEnd(jobId: string, caller: typeof as = as) {
    const seen: any[] = [];
    for (let call = 0; call < 100; call++) {
      const result = await caller(CONTINUE, { input: { jobId } });
      expect(result.body.errors).toBeUndefined();
      const job = result.body.data.continuePeopleImport.job;
      seen.push(job);
      if (job.status === 'DONE' || job.status === 'FAILED') return seen;
    }
    throw new Error('The import did not finish in 100 calls');
  }

  async function everyone(role = 'NEWCOMER', search?: string) {
    const people: any[] = [];
    let after: string | null = null;
    do {
      const page: any = (await as(PEOPLE, { filter: { role, search }, first: 100, after })).body.data.people;
      people.push(...page.edges.map(({ node }: any) => node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return people;
  }

  beforeAll(async () => {
    tenant = await onboardTenant(stack);
    const created = await as(`mutation { createProgramme(input: { name: "Samen inburgeren", kind: SOCIAL_BUDDY, languages: [NL] }) { programme { id } } }`);
    programmeId = created.body.data.createProgramme.programme.id;
  });

  describe('a 5,000-row file (semicolons, with a byte order mark)', () => {
    const tag = randomUUID().slice(0, 6);
    const rows = Array.from({ length: 5000 }, (_, i) => person(tag, i));
    const file = base64(csv([header, ...rows], ';', true));
    let jobId: string;

    it('dry-runs clean and writes nothing', async () => {
      const result = await as(DRY_RUN, { input: input(file) });
      expect(result.body.data.dryRunPeopleImport).toEqual({
        report: { totalRows: 5000, toCreate: 5000, toUpdate: 0, unchanged: 0, errorCount: 0, delimiter: ';', errors: [] },
        userErrors: [],
      });
      expect(await everyone('NEWCOMER', tag)).toEqual([]);
    });

    it('imports fully through start and continue, with progress rising to 5000/5000', async () => {
      const started = (await as(START, { input: input(file) })).body.data.startPeopleImport;
      expect(started).toMatchObject({ status: 'READY', userErrors: [], report: { toCreate: 5000, errorCount: 0 } });
      expect(started.job).toMatchObject({ status: 'READY', totalRows: 5000, processed: 0, toCreate: 5000, created: 0, programme: { id: programmeId } });
      jobId = started.job.id;

      const seen = await runToEnd(jobId);
      const progress = seen.map((job) => job.processed);
      expect(progress.length).toBeGreaterThan(2);
      progress.slice(1).forEach((processed, i) => expect(processed).toBeGreaterThan(progress[i]));
      expect(seen.slice(0, -1).every((job) => job.status === 'RUNNING')).toBe(true);
      expect(seen.at(-1)).toMatchObject({ status: 'DONE', processed: 5000, totalRows: 5000, created: 5000, updated: 0, failureReason: null });
      // The rows it kept while running (personal data) are gone.
      const [, tenantId, localJobId] = Buffer.from(jobId, 'base64url').toString().split(':');
      const doc = createDocumentClient({ region: stack.Region, dynamoDbEndpoint: stack.DynamoDbEndpoint });
      const left = await doc.send(new QueryCommand({
        TableName: stack.TableName, KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': `TENANT#${tenantId}`, ':prefix': `IMPORT#${localJobId}#` },
      }));
      doc.destroy();
      expect(left.Count).toBe(0);
      // A finished job stays finished.
      expect((await as(CONTINUE, { input: { jobId } })).body.data.continuePeopleImport.job).toMatchObject({ status: 'DONE', processed: 5000 });
      expect((await as(`query ($id: ID!) { peopleImport(id: $id) { ${JOB} } }`, { id: jobId })).body.data.peopleImport).toMatchObject({ status: 'DONE', created: 5000 });
    });

    it('the people are listed with their profile, status, history and the paper consent', async () => {
      for (const i of [0, 4999]) {
        expect(await everyone('NEWCOMER', `n${i}-${tag}@`)).toEqual([
          expect.objectContaining({
            firstName: `Naam${i}`, email: `n${i}-${tag}@example.org`, postcode: String(2800 + (i % 50)), status: 'REGISTERED', version: 1,
            externalId: `D-${tag}-${i}`, birthYear: 1960 + (i % 40), languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }],
            interests: ['cooking', 'hiking'], programmes: [{ id: programmeId }],
            consents: [{ purpose: 'processing', method: 'PAPER', textVersion: '2026-01' }], history: [{ from: null, to: 'REGISTERED' }],
          }),
        ]);
      }
      const audit = await as('{ tenant { auditLog(first: 5) { edges { node { action subjectId details } } } } }');
      const imported = audit.body.data.tenant.auditLog.edges.map(({ node }: any) => node).filter((node: any) => node.action === 'people.imported');
      expect(imported).toHaveLength(1);
      expect(JSON.parse(imported[0].details)).toMatchObject({ created: 5000, updated: 0, unchanged: 0 });
    });

    it('importing the same file again creates nothing; a changed postcode updates just that row', async () => {
      const again = await as(DRY_RUN, { input: input(file) });
      expect(again.body.data.dryRunPeopleImport.report).toMatchObject({ totalRows: 5000, toCreate: 0, toUpdate: 0, unchanged: 5000, errorCount: 0 });

      const changed = rows.map((row, i) => (i === 1234 ? person(tag, i, { postcode: '3000' }) : row));
      const started = (await as(START, { input: input(base64(csv([header, ...changed], ';', true))) })).body.data.startPeopleImport;
      expect(started.report).toMatchObject({ toCreate: 0, toUpdate: 1, unchanged: 4999, errorCount: 0 });
      const seen = await runToEnd(started.job.id);
      expect(seen.at(-1)).toMatchObject({ status: 'DONE', processed: 5000, created: 0, updated: 1 });

      const [updated] = await everyone('NEWCOMER', `n1234-${tag}@`);
      expect(updated).toMatchObject({ postcode: '3000', version: 2, history: [{ from: null, to: 'REGISTERED' }] });
      const [neighbour] = await everyone('NEWCOMER', `n1235-${tag}@`);
      expect(neighbour).toMatchObject({ postcode: String(2800 + (1235 % 50)), version: 1 });
    });
  });

  describe('files with problems', () => {
    // A tenant of its own, with few people.
    let other: OnboardedTenant;
    let otherProgrammeId: string;
    const asOther = <T = any>(query: string, variables: Record<string, unknown> = {}) => gql<T>(stack, query, variables, { token: other.adminToken, tenant: other.slug });
    const otherInput = (file: string, overrides: Record<string, unknown> = {}) => input(file, { programmeId: otherProgrammeId, ...overrides });
    const count = async () => {
      let total = 0;
      let after: string | null = null;
      do {
        const page: any = (await asOther(COUNT, { filter: { role: 'NEWCOMER' }, after })).body.data.people;
        total += page.edges.length;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return total;
    };
    beforeAll(async () => {
      other = await onboardTenant(stack);
      const created = await asOther(`mutation { createProgramme(input: { name: "Elders", kind: YOUTH, languages: [NL] }) { programme { id } } }`);
      otherProgrammeId = created.body.data.createProgramme.programme.id;
    });

    it('reports every bad row with row, column and code, and writes nothing', async () => {
      const tag = randomUUID().slice(0, 6);
      const rows = [
        person(tag, 1),
        person(tag, 2, { postcode: '123' }),
        person(tag, 3, { languages: 'xx:B1; nl:A2' }),
        person(tag, 4, { lastName: '' }),
        person(tag, 5, { email: `N1-${tag}@example.org` }),
        person(tag, 6, { firstName: 'Bartholomeus'.repeat(8) }),
      ];
      const file = base64(csv([header, ...rows], ','));
      const before = await count();
      const expected = [
        [3, 'Postcode', 'POSTCODE', 'INVALID'],
        [4, 'Talen', 'LANGUAGES', 'INVALID'],
        [5, 'Achternaam', 'LAST_NAME', 'REQUIRED'],
        [6, 'E-mail', 'EMAIL', 'ALREADY_EXISTS'],
        [7, 'Voornaam', 'FIRST_NAME', 'TOO_LONG'],
      ];
      const dry = (await asOther(DRY_RUN, { input: otherInput(file) })).body.data.dryRunPeopleImport;
      expect(dry.userErrors).toEqual([]);
      expect(dry.report).toMatchObject({ totalRows: 6, toCreate: 1, errorCount: 5, delimiter: ',' });
      expect(dry.report.errors.map((error: any) => [error.row, error.column, error.field, error.code])).toEqual(expected);
      expect(dry.report.errors[1].message).toMatch(/"xx:B1".*language code/);
      expect(dry.report.errors[3].message).toContain('row 2');

      const started = (await asOther(START, { input: otherInput(file) })).body.data.startPeopleImport;
      expect(started).toMatchObject({ status: 'INVALID', job: null, userErrors: [], report: { errorCount: 5 } });
      expect(started.report.errors.map((error: any) => [error.row, error.column, error.field, error.code])).toEqual(expected);
      expect(await count()).toBe(before);
    });

    it('refuses a file that is not UTF-8, with a hint to save it as CSV UTF-8', async () => {
      const latin1 = base64(csv([header, person('x', 1, { firstName: 'Léa', lastName: 'Müller' })], ';'), 'latin1');
      const result = (await asOther(DRY_RUN, { input: otherInput(latin1) })).body.data.dryRunPeopleImport;
      expect(result.report).toBeNull();
      expect(result.userErrors).toEqual([{ field: ['input', 'csvBase64'], code: 'INVALID', message: expect.stringContaining('CSV UTF-8') }]);
      const started = (await asOther(START, { input: otherInput(latin1) })).body.data.startPeopleImport;
      expect(started).toMatchObject({ status: null, job: null, userErrors: [{ field: ['input', 'csvBase64'], code: 'INVALID' }] });
    });

    it('a mapping to a column the file does not have is a field error', async () => {
      const file = base64(csv([header, person('x', 1)], ';'));
      const result = await asOther(DRY_RUN, { input: otherInput(file, { mapping: [...mapping.slice(0, 2), { column: 'Telefoon', field: 'PHONE' }, ...mapping.slice(2)] }) });
      expect(result.body.data.dryRunPeopleImport.userErrors).toEqual([
        { field: ['input', 'mapping', '2', 'column'], code: 'INVALID', message: expect.stringContaining('no column "Telefoon"') },
      ]);
      const noKey = await asOther(DRY_RUN, { input: otherInput(file, { mapping: mapping.filter((entry) => !['EMAIL', 'EXTERNAL_ID'].includes(entry.field)) }) });
      expect(noKey.body.data.dryRunPeopleImport.userErrors).toEqual([expect.objectContaining({ field: ['input', 'mapping'], code: 'REQUIRED' })]);
    });

    it("an import into another tenant's programme is refused", async () => {
      const file = base64(csv([header, person('x', 1)], ';'));
      const before = await count();
      for (const mutation of [DRY_RUN, START]) {
        const result = await asOther(mutation, { input: input(file) });
        const payload = result.body.data.dryRunPeopleImport ?? result.body.data.startPeopleImport;
        expect(payload).toMatchObject({ report: null, userErrors: [{ field: ['input', 'programmeId'], code: 'INVALID', message: 'No such programme.' }] });
      }
      expect(await count()).toBe(before);
    });

    it('buddies: two continue calls at once write each row once; new buddies are APPLIED with their capacity', async () => {
      const tag = randomUUID().slice(0, 6);
      const rows = Array.from({ length: 30 }, (_, i) => [`Buddy${i}`, `Vrijwilliger-${tag}-${i}`, `b${i}-${tag}@example.org`, String(1 + (i % 3))]);
      const file = base64(csv([['Voornaam', 'Achternaam', 'E-mail', 'Aantal'], ...rows], ';'));
      const buddyMapping = [...mapping.slice(0, 3), { column: 'Aantal', field: 'CAPACITY' }];
      const started = (await asOther(START, { input: otherInput(file, { role: 'BUDDY', mapping: buddyMapping }) })).body.data.startPeopleImport;
      expect(started).toMatchObject({ status: 'READY', report: { toCreate: 30 } });
      const both = await Promise.all([0, 1].map(() => asOther(CONTINUE, { input: { jobId: started.job.id } })));
      const jobs = both.map((result) => result.body.data.continuePeopleImport.job);
      // One call did the slice; the other found the job taken and returned it as it was then (or already done).
      expect(jobs.map((job) => job.status)).toContain('DONE');
      expect(jobs.every((job) => ['RUNNING', 'DONE'].includes(job.status))).toBe(true);
      expect((await runToEnd(started.job.id, asOther))).toEqual([expect.objectContaining({ status: 'DONE', created: 30, processed: 30 })]);
      const buddies = (await asOther(`query ($s: String) { people(filter: { role: BUDDY, search: $s }, first: 100) { edges { node { status capacity email } } } }`, { s: tag })).body.data.people.edges.map(({ node }: any) => node);
      expect(buddies).toHaveLength(30);
      expect(buddies.every((buddy: any) => buddy.status === 'APPLIED')).toBe(true);
      expect(buddies.find((buddy: any) => buddy.email === `b4-${tag}@example.org`).capacity).toBe(2);
    });

    it('rolls back everything it wrote when a person is changed by someone else midway', async () => {
      const tag = randomUUID().slice(0, 6);
      const rowsInput = (rows: string[][]) => otherInput(base64(csv([header, ...rows], ';')));
      const first = (await asOther(START, { input: rowsInput([person(tag, 0), person(tag, 1)]) })).body.data.startPeopleImport;
      expect((await runToEnd(first.job.id, asOther)).at(-1).status).toBe('DONE');
      const original = (await asOther(PEOPLE, { filter: { role: 'NEWCOMER', search: tag } })).body.data.people.edges.map(({ node }: any) => node);
      expect(original).toHaveLength(2);

      // Row 2 updates person 0 (first slice), rows 3–601 are new, row 602 updates person 1 (second slice).
      const rows = [person(tag, 0, { postcode: '9000' }), ...Array.from({ length: 599 }, (_, i) => person(tag, i + 2)), person(tag, 1, { postcode: '9000' })];
      const started = (await asOther(START, { input: rowsInput(rows) })).body.data.startPeopleImport;
      expect(started.report).toMatchObject({ toCreate: 599, toUpdate: 2, errorCount: 0 });
      // Meanwhile a coordinator moves person 1 on in the lifecycle (a new version).
      const person1 = original.find((node: any) => node.lastName === `Tester-${tag}-1`);
      const moved = await asOther(`mutation ($input: ChangePersonStatusInput!) { changePersonStatus(input: $input) { person { version } } }`, {
        input: { personId: person1.id, version: person1.version, status: 'INTAKE_DONE' },
      });
      expect(moved.body.data.changePersonStatus.person.version).toBe(2);

      const seen = await runToEnd(started.job.id, asOther);
      expect(seen.map((job) => job.status)).toEqual(['RUNNING', 'ROLLING_BACK', 'ROLLING_BACK', 'FAILED']);
      expect(seen[0]).toMatchObject({ processed: 500, created: 499, updated: 1 });
      expect(seen[1]).toMatchObject({ failedRow: 602, failureReason: expect.stringContaining('changed by someone else') });
      expect(seen.at(-1)).toMatchObject({ processed: 0, created: 0, updated: 0, failedRow: 602 });

      const after = (await asOther(PEOPLE, { filter: { role: 'NEWCOMER', search: tag } })).body.data.people.edges.map(({ node }: any) => node);
      expect(after.map((node: any) => [node.lastName, node.postcode, node.status]).sort()).toEqual(
        original.map((node: any) => [node.lastName, node.postcode, node.lastName.endsWith('-1') ? 'INTAKE_DONE' : 'REGISTERED']).sort(),
      );
      // The e-mail addresses of the rolled-back people are free again: the same file imports now.
      const retry = (await asOther(DRY_RUN, { input: rowsInput(rows) })).body.data.dryRunPeopleImport.report;
      expect(retry).toMatchObject({ toCreate: 599, toUpdate: 2, errorCount: 0 });
    });
  });
});
