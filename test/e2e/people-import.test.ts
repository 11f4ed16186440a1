// Importing newcomers from a spreadsheet in the browser: a Dutch Excel file (semicolons, a byte
// order mark) is mapped from its headers, checked, imported to 100 % and found in the list; a file
// with bad rows shows each problem at its row and cannot be imported. axe-core audits the report.
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { demoToken } from '../support/tenants';
import { expectAccessible, openPage, screenshotOnFailure, signInWithForm, unique, useBrowser, waitForScreen } from './helpers/browser';
import { createActiveProgramme } from './helpers/programmes';
import { saveScreens } from './helpers/screens';

const stack = inject('stack');
const browser = useBrowser();
const coordinator = stack.DemoUsers.find((user) => user.role === 'coordinator' && user.tenant === 'mechelen');
if (!coordinator) throw new Error('The stack has no demo coordinator of mechelen');
const { email, password } = coordinator;

const run = unique();
const programmeName = `Importtraject ${run}`;
// The coordinator works in Mechelen even when another test file gave them a second membership.
let mechelen: { userId: string; tenantId: string } | undefined;

beforeAll(async () => {
  await createActiveProgramme(stack, { name: programmeName, kind: 'SOCIAL_BUDDY', languages: ['NL'] });
  const token = await demoToken(stack, 'mechelen', 'coordinator');
  const viewer = await gql<{ viewer: { id: string; memberships: { tenant: { id: string; slug: string } }[] } }>(
    stack,
    '{ viewer { id memberships { tenant { id slug } } } }',
    {},
    { token },
  );
  const tenantId = viewer.body.data?.viewer.memberships.find((membership) => membership.tenant.slug === 'mechelen')?.tenant.id;
  if (!viewer.body.data || !tenantId) throw new Error(`viewer: ${JSON.stringify(viewer.body)}`);
  mechelen = { userId: viewer.body.data.viewer.id, tenantId };
});

const header = ['Voornaam', 'Achternaam', 'E-mail', 'Postcode', 'Geboortejaar', 'Talen', 'Geslacht', 'Opmerking'];
const lastName = (tag: string, i: number) => `Import-${tag}-${i}`;

function person(tag: string, i: number): string[] {
  return [`Amal${i}`, lastName(tag, i), `amal.${i}.${tag}@example.org`, String(2800 + (i % 20)), String(1960 + (i % 40)), 'ar:NATIVE; nl:A2', i % 2 ? 'V' : 'M', ''];
}

/** A CSV file as Excel saves it in Belgium: semicolons, a byte order mark, CRLF, cells with a ; quoted. */
function excelCsv(rows: string[][]): Buffer {
  const cell = (value: string) => (/[";\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}

/** Signs in as the Mechelen coordinator and opens the import screen from the newcomers list. */
async function openImport(page: Page): Promise<void> {
  await page.goto(`${stack.BaseUrl}/#/newcomers`);
  await signInWithForm(page, email, password);
  await waitForScreen(page, 'Newcomers');
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click();
  await waitForScreen(page, 'Import from a spreadsheet');
  expect(await page.getByRole('radio', { name: 'Newcomers' }).isChecked()).toBe(true);
  await page.getByLabel('Programme', { exact: true }).selectOption({ label: programmeName });
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByTestId('import-file-summary').waitFor();
}

describe('people import', () => {
  test('a coordinator imports 300 newcomers from a Dutch Excel file and finds them in the list', { timeout: 60_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en', tenant: mechelen });
    screenshotOnFailure(onTestFailed, () => page, 'people-import');
    const tag = unique();
    await openImport(page);
    await chooseFile(page, 'nieuwkomers.csv', excelCsv([header, ...Array.from({ length: 300 }, (_, i) => person(tag, i + 1))]));
    expect(await page.getByTestId('import-file-summary').textContent()).toBe('nieuwkomers.csv: 8 columns, separated by semicolons.');

    // Guessed from the Dutch headers; a column nobody asked for is left out.
    const fillsIn = (column: string) => page.getByLabel(`What “${column}” fills in`);
    const guessed = await Promise.all(header.map((column) => fillsIn(column).inputValue()));
    expect(guessed).toEqual(['FIRST_NAME', 'LAST_NAME', 'EMAIL', 'POSTCODE', 'BIRTH_YEAR', 'LANGUAGES', 'GENDER', '']);
    await page.getByRole('checkbox', { name: 'I confirm that every person in this file agreed that we store their data.' }).check();
    await saveScreens(page, 'people-import-mapping');

    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What the import would do' }).waitFor();
    expect(await page.getByTestId('import-rows').textContent()).toBe('300 rows in the file');
    expect(await page.getByTestId('import-to-create').textContent()).toBe('300 new people');
    expect(await page.getByTestId('import-error-count').textContent()).toBe('0 problems');
    await expectAccessible(page, 'people import report');
    await saveScreens(page, 'people-import-report');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import complete' }).waitFor();
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    expect(await progress.evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([300, 300]);
    expect(await page.getByTestId('import-progress-text').textContent()).toBe('300 of 300 rows (100%)');
    expect(await page.getByTestId('import-done-counts').textContent()).toBe('New: 300. Updated: 0. Unchanged: 0.');
    await expectAccessible(page, 'people import done');
    await saveScreens(page, 'people-import-done');

    // The list of the programme shows them.
    await page.getByRole('link', { name: `Show the newcomers of ${programmeName}` }).click();
    await waitForScreen(page, 'Newcomers');
    await page.getByLabel('Search').fill(lastName(tag, 150));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(lastName(tag, 150)) });
    await row.waitFor();
    expect(await row.textContent()).toContain(programmeName);
  });

  test('a file with bad rows shows each problem at its row, and cannot be imported', { timeout: 60_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en', tenant: mechelen });
    screenshotOnFailure(onTestFailed, () => page, 'people-import-errors');
    const tag = unique();
    const rows = Array.from({ length: 6 }, (_, i) => person(tag, i + 1));
    rows[1][2] = 'not-an-e-mail-address'; // row 3 of the spreadsheet (the header is row 1)
    rows[3][4] = '19x0'; // row 5
    await openImport(page);
    await chooseFile(page, 'fouten.csv', excelCsv([header, ...rows]));
    await page.getByRole('checkbox', { name: /I confirm that every person/ }).check();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What the import would do' }).waitFor();

    expect(await page.getByTestId('import-error-count').textContent()).toBe('2 problems');
    const problems = page.getByRole('table', { name: 'Problems' }).locator('tbody tr');
    expect(await problems.count()).toBe(2);
    const cells = await problems.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent?.trim())));
    expect(cells).toEqual([
      ['Row 3', 'E-mail', 'This is not an e-mail address like name@example.org.'],
      ['Row 5', 'Geboortejaar', 'Use a year of four digits, like 1990.'],
    ]);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'people import report with problems');
    await saveScreens(page, 'people-import-problems');
  });

  test('an import that fails midway is undone, and the page says that nothing was imported', { timeout: 60_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en', tenant: mechelen });
    screenshotOnFailure(onTestFailed, () => page, 'people-import-failed');
    const tag = unique();
    await openImport(page);
    await chooseFile(page, 'nieuwkomers.csv', excelCsv([header, ...Array.from({ length: 3 }, (_, i) => person(tag, i + 1))]));
    await page.getByRole('checkbox', { name: /I confirm that every person/ }).check();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'What the import would do' }).waitFor();

    // A roll-back needs someone to change a person while the import writes, which a browser cannot
    // time (the API's own tests cover it): here the API's answers to the continue calls are played.
    const states = [
      { status: 'RUNNING', processed: 2 },
      { status: 'ROLLING_BACK', processed: 1, failureReason: 'Row 3: this person was changed by someone else after the import started.', failedRow: 3 },
      { status: 'FAILED', processed: 0, failureReason: 'Row 3: this person was changed by someone else after the import started.', failedRow: 3 },
    ];
    let calls = 0;
    let release: () => void = () => undefined;
    const rollingBackShown = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route: Route) => {
      const body = route.request().postDataJSON() as { query: string; variables: { input: { jobId: string } } };
      if (!body.query.includes('continuePeopleImport')) return route.continue();
      const state = states[Math.min(calls++, states.length - 1)];
      // The page waits on ROLLING_BACK until the test has seen it.
      if (state.status === 'FAILED') await rollingBackShown;
      const job = {
        __typename: 'PeopleImportJob', id: body.variables.input.jobId, role: 'NEWCOMER', programme: { __typename: 'Programme', id: 'p', name: programmeName },
        totalRows: 3, toCreate: 3, toUpdate: 0, unchanged: 0, created: 0, updated: 0, failureReason: null, failedRow: null, updatedAt: `2026-01-01T00:00:0${calls}Z`, ...state,
      };
      await route.fulfill({ json: { data: { continuePeopleImport: { __typename: 'ContinuePeopleImportPayload', job, userErrors: [] } } } });
    });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Tandem is undoing it' }).waitFor();
    expect(await page.getByText('Undoing the import', { exact: true }).count()).toBe(1);
    release();
    await page.getByRole('heading', { name: 'The import failed' }).waitFor();
    expect(await page.getByText('Nothing of the file was imported').count()).toBe(1);
    await page.getByText('The problem is in row 3 of the file.').waitFor();
    await page.getByText('Row 3: this person was changed by someone else after the import started.').waitFor();
    expect(await page.getByTestId('import-progress-text').textContent()).toBe('0 of 3 rows (0%)');
    await expectAccessible(page, 'people import failed');
    await saveScreens(page, 'people-import-failed');
  });
});
