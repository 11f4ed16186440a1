// A coordinator's day in the browser: create and activate a programme, register a newcomer in an
// assisted intake, find them again; a volunteer applies through the public link, and the coordinator
// screens and trains them. axe-core audits every screen on the way.
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { demoToken } from '../support/tenants';
import { expectAccessible, openPage, screenshotOnFailure, signInWithForm, unique, useBrowser, waitForScreen } from './helpers/browser';
import { createActiveProgramme } from './helpers/programmes';
import { saveScreens } from './helpers/screens';

const stack = inject('stack');
const browser = useBrowser();
const coordinator = stack.DemoUsers.find((user) => user.role === 'coordinator' && user.tenant === 'mechelen');
if (!coordinator) throw new Error('The stack has no demo coordinator of mechelen');

const run = unique();
const programmeName = `Participatietraject ${run}`;
const newcomerLastName = `Haddad-${run}`;
const buddyLastName = `Peeters-${run}`;
// Set by the first test, used by the others: the link the coordinator shares, the programme's and
// the newcomer's pages.
let signupUrl = '';
let programmeUrl = '';
let newcomerUrl = '';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
const today = () => new Date().toISOString().slice(0, 10);
const inYears = (years: number) => `${new Date().getFullYear() + years}-01-31`;

describe('programmes and people', () => {
  test('a coordinator creates and activates a programme, then registers a newcomer in an assisted intake', { timeout: 180_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'programmes-coordinator');
    await page.goto(`${stack.BaseUrl}/#/programmes`);
    await signInWithForm(page, coordinator.email, coordinator.password);
    await waitForScreen(page, 'Programmes');
    await expectAccessible(page, 'programmes');

    // Create: a participation trajectory comes with its 40 hours, explained.
    await page.getByRole('link', { name: 'New programme' }).click();
    await waitForScreen(page, 'New programme');
    await page.getByLabel('Name').fill(programmeName);
    await page.getByLabel('Kind').selectOption('PARTICIPATION_TRAJECTORY');
    const hourTarget = page.getByLabel('Hour target');
    expect(await hourTarget.inputValue()).toBe('40');
    await page.getByText('asks 40 hours of participation').waitFor();
    await page.getByRole('checkbox', { name: 'Health' }).check();
    await page.getByRole('status').or(page.locator('.notice-warning')).filter({ hasText: 'only coordinators and administrators' }).waitFor();
    await page.getByRole('checkbox', { name: 'Public sign-up for volunteers' }).check();
    await expectAccessible(page, 'new programme');
    await saveScreens(page, 'programme-new');
    await page.getByRole('button', { name: 'Create programme' }).click();

    // A new programme is a draft; activating it opens the public sign-up link.
    await waitForScreen(page, programmeName);
    expect(await page.getByTestId('programme-status').textContent()).toBe('Draft');
    expect(await page.getByTestId('programme-hour-target').textContent()).toBe('40 hours');
    await page.getByText('Public sign-up is on, but the link works only while the programme is active.').waitFor();
    await page.getByRole('button', { name: 'Activate programme' }).click();
    await page.getByRole('status').filter({ hasText: 'The programme is active.' }).waitFor();
    expect(await page.getByTestId('programme-status').textContent()).toBe('Active');
    signupUrl = await page.getByRole('textbox', { name: 'Public sign-up link' }).inputValue();
    programmeUrl = page.url();
    expect(signupUrl).toMatch(new RegExp(`^${stack.BaseUrl}/#/join/mechelen/[A-Za-z0-9_-]+$`));
    await expectAccessible(page, 'programme');
    await saveScreens(page, 'programme');

    // The list shows it with its kind, status, languages and hour target.
    await page.getByRole('link', { name: 'Back to the programmes' }).click();
    await waitForScreen(page, 'Programmes');
    const row = page.getByRole('row', { name: new RegExp(programmeName) });
    expect(await row.textContent()).toContain('Participation trajectory (40 hours)');
    expect(await row.textContent()).toContain('Active');
    expect(await row.textContent()).toContain('40 hours');
    await saveScreens(page, 'programmes');

    // Assisted intake: choose the programme, then its newcomer form.
    await nav(page, 'Newcomers');
    await waitForScreen(page, 'Newcomers');
    await expectAccessible(page, 'newcomers');
    await page.getByRole('link', { name: 'Register a newcomer' }).click();
    await waitForScreen(page, 'Register a newcomer');
    await page.getByLabel('Programme').selectOption({ label: programmeName });
    await page.getByRole('button', { name: 'Show the form' }).click();
    await page.getByRole('heading', { name: `Intake form of ${programmeName}` }).waitFor();
    await expectAccessible(page, 'newcomer intake form');

    await page.getByLabel('First name').fill('Amal');
    await page.getByLabel('Last name').fill(newcomerLastName);
    await page.getByLabel('Postcode').fill('2800');
    // A language by its name (the list offers it), another by its ISO code.
    await page.getByLabel('Language 1').fill('Arabic');
    await page.getByLabel('Level 1').selectOption('NATIVE');
    await page.getByRole('button', { name: 'Add a language' }).click();
    await page.getByLabel('Language 2').fill('nl');
    await page.getByLabel('Level 2').selectOption('A2');
    expect(await page.getByLabel('Language 1').inputValue()).toBe('ar');
    await page.getByRole('checkbox', { name: 'Cooking' }).check();
    await page.getByLabel('Other interests').fill('calligraphy');
    await page.getByRole('checkbox', { name: 'Monday, Evening' }).check();
    await page.getByRole('checkbox', { name: 'Saturday, Morning' }).check();
    await page.getByRole('checkbox', { name: 'Finding work' }).check();
    // The programme collects health information: its question is there, the others are not.
    await page.getByLabel('Anything about your health the coordinator should know?').fill('Mild asthma.');
    expect(await page.getByLabel('Religion or belief').count()).toBe(0);
    await page.getByRole('checkbox', { name: /I agree that the municipality stores and uses this information/ }).check();
    await saveScreens(page, 'newcomer-intake');
    await page.getByRole('button', { name: 'Register newcomer' }).click();

    await waitForScreen(page, `Amal ${newcomerLastName}`);
    newcomerUrl = page.url();
    expect(await page.getByTestId('person-status').textContent()).toBe('Intake done');
    expect(await page.getByTestId('person-languages').textContent()).toContain('Arabic');
    expect(await page.getByTestId('person-interests').textContent()).toContain('calligraphy');
    await page.getByRole('table', { name: 'Availability' }).waitFor();
    await page.getByRole('heading', { name: 'Sensitive information' }).waitFor();
    await expectAccessible(page, 'newcomer');

    // A note, kept with the person.
    await page.getByLabel('New note').fill('First meeting went well.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.locator('.note').filter({ hasText: 'First meeting went well.' }).waitFor();
    await saveScreens(page, 'newcomer');

    // Found again in the list by search, with the status the intake gave.
    await nav(page, 'Newcomers');
    await waitForScreen(page, 'Newcomers');
    await page.getByLabel('Search').fill(newcomerLastName);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const found = page.getByRole('row', { name: new RegExp(newcomerLastName) });
    await found.waitFor();
    expect(await found.textContent()).toContain('Intake done');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    await expectAccessible(page, 'newcomers filtered');
    await saveScreens(page, 'newcomers');

    // The other filters narrow the same way: language, interest, postcode, status.
    await page.getByLabel('Speaks').fill('ar');
    await page.getByLabel('Interest').selectOption('cooking');
    await page.getByLabel('Postcode starts with').fill('28');
    await page.getByRole('checkbox', { name: 'Intake done' }).check();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/status=INTAKE_DONE/);
    await page.getByRole('row', { name: new RegExp(newcomerLastName) }).waitFor();
    await page.getByLabel('Speaks').fill('ti');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByText('Nobody matches these filters.').waitFor();
  });

  test('a volunteer applies through the public link; the coordinator screens and trains them', { timeout: 180_000 }, async ({ onTestFailed }) => {
    expect(signupUrl, 'the first test shares the sign-up link').not.toBe('');
    const volunteer = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => volunteer.page, 'public-signup');
    const page = volunteer.page;
    await page.goto(signupUrl);
    await waitForScreen(page, `Become a buddy: ${programmeName}`);
    await expectAccessible(page, 'public sign-up');

    await page.getByLabel('First name').fill('Jan');
    await page.getByLabel('Last name').fill(buddyLastName);
    await page.getByLabel('Email address').fill(`jan.${run}@example.org`);
    await page.getByLabel('Postcode').fill('2800');
    await page.getByLabel('Language 1').fill('nl');
    await page.getByLabel('Level 1').selectOption('NATIVE');
    await page.getByRole('checkbox', { name: 'Tuesday, Evening' }).check();
    await page.getByRole('checkbox', { name: 'Practising the language' }).check();
    await page.getByLabel('Why do you want to be a buddy?').fill('I like meeting people from elsewhere.');
    await page.getByRole('radio', { name: '1' }).check();
    await page.getByRole('checkbox', { name: /I agree that the municipality stores/ }).check();
    await page.getByRole('checkbox', { name: /I agree to show a certificate of good conduct/ }).check();
    await saveScreens(page, 'public-signup');
    await page.getByRole('button', { name: 'Send my application' }).click();
    await waitForScreen(page, 'Thank you for applying');
    await expectAccessible(page, 'public sign-up thanks');
    await volunteer.context.close();

    // The coordinator finds the application among the buddies who applied.
    const { page: coordinatorPage } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => coordinatorPage, 'buddy-screening');
    await coordinatorPage.goto(`${stack.BaseUrl}/#/buddies`);
    await signInWithForm(coordinatorPage, coordinator.email, coordinator.password);
    await waitForScreen(coordinatorPage, 'Buddies');
    await coordinatorPage.getByRole('checkbox', { name: 'Applied' }).check();
    await coordinatorPage.getByLabel('Search').fill(buddyLastName);
    await coordinatorPage.getByRole('button', { name: 'Show', exact: true }).click();
    const row = coordinatorPage.getByRole('row', { name: new RegExp(buddyLastName) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Applied');
    await expectAccessible(coordinatorPage, 'buddies');
    await row.getByRole('link').click();
    await waitForScreen(coordinatorPage, `Jan ${buddyLastName}`);
    expect(await coordinatorPage.getByTestId('person-status').textContent()).toBe('Applied');
    await expectAccessible(coordinatorPage, 'buddy');

    // Screening: the interview and the certificate of good conduct, then the status.
    await coordinatorPage.getByLabel('Interview on').fill(today());
    await coordinatorPage.getByLabel('Certificate of good conduct checked on').fill(today());
    await coordinatorPage.getByLabel('Certificate valid until').fill(inYears(1));
    await coordinatorPage.getByRole('button', { name: 'Save screening' }).click();
    await coordinatorPage.getByRole('status').filter({ hasText: 'The screening is saved.' }).waitFor();
    expect(await coordinatorPage.getByTestId('vetting-valid-until').textContent()).toContain(String(new Date().getFullYear() + 1));
    await coordinatorPage.getByRole('button', { name: 'Mark as Screened' }).click();
    await coordinatorPage.getByRole('status').filter({ hasText: 'The status is now Screened.' }).waitFor();
    expect(await coordinatorPage.getByTestId('person-status').textContent()).toBe('Screened');

    // Training, then trained.
    await coordinatorPage.getByLabel('Training', { exact: true }).fill('Basic buddy training');
    await coordinatorPage.getByLabel('Completed on').fill(today());
    await coordinatorPage.getByRole('button', { name: 'Add training' }).click();
    await coordinatorPage.getByRole('status').filter({ hasText: 'The training Basic buddy training is added.' }).waitFor();
    await coordinatorPage.getByLabel('Reason').fill('Completed the basic training');
    await coordinatorPage.getByRole('button', { name: 'Mark as Trained' }).click();
    await coordinatorPage.getByRole('status').filter({ hasText: 'The status is now Trained.' }).waitFor();
    expect(await coordinatorPage.getByTestId('person-status').textContent()).toBe('Trained');
    await coordinatorPage.locator('summary', { hasText: 'Status history' }).click();
    await coordinatorPage.getByText('Completed the basic training').waitFor();
    await expectAccessible(coordinatorPage, 'buddy trained');
    await saveScreens(coordinatorPage, 'buddy');
  });

  test('someone else changed the programme meanwhile: the page says so and reloads', { timeout: 60_000 }, async ({ onTestFailed }) => {
    expect(programmeUrl, 'the first test made a programme').not.toBe('');
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'programme-conflict');
    await page.goto(programmeUrl);
    await signInWithForm(page, coordinator.email, coordinator.password);
    await waitForScreen(page, programmeName);

    const programmeId = new URL(programmeUrl.replace('#/programme?', '?')).searchParams.get('id');
    const options = { token: await demoToken(stack, 'mechelen', 'coordinator'), tenant: 'mechelen' };
    const current = await gql<{ node: { version: number } }>(stack, 'query ($id: ID!) { node(id: $id) { ... on Programme { version } } }', { id: programmeId }, options);
    const renamed = `${programmeName} (renamed)`;
    const update = await gql<{ updateProgramme: { userErrors: unknown[] } }>(
      stack,
      'mutation ($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { userErrors { code } } }',
      { input: { programmeId, version: current.body.data?.node.version, name: renamed } },
      options,
    );
    expect(update.body.data?.updateProgramme.userErrors).toEqual([]);

    await page.getByRole('button', { name: 'Close programme' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this programme meanwhile.' });
    await alert.waitFor();
    await expectAccessible(page, 'programme conflict');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await waitForScreen(page, renamed);
    expect(await page.getByTestId('programme-status').textContent()).toBe('Active');
  });

  test('a coordinator adds the newcomer to a second programme', { timeout: 60_000 }, async ({ onTestFailed }) => {
    expect(newcomerUrl, 'the first test registered a newcomer').not.toBe('');
    const secondName = `Jobbuddy ${run}`;
    await createActiveProgramme(stack, { name: secondName, kind: 'JOB_BUDDY', languages: ['NL'] });
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'person-enrol');
    await page.goto(newcomerUrl);
    await signInWithForm(page, coordinator.email, coordinator.password);
    await waitForScreen(page, `Amal ${newcomerLastName}`);

    // Offered: the programmes the newcomer is not in yet. Nothing chosen is said at the field.
    const select = page.getByLabel('Programme', { exact: true });
    expect(await select.locator('option', { hasText: programmeName }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Choose a programme.').waitFor();
    await expect.poll(() => select.evaluate((element) => element === document.activeElement)).toBe(true);

    // By keyboard: choose, Tab to the button, Enter.
    await select.selectOption({ label: secondName });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `The person now also takes part in ${secondName}.` }).waitFor();
    expect(await page.getByTestId('person-programmes').textContent()).toMatch(new RegExp(`^${programmeName}.*, ${secondName}$`));
    expect(await select.locator('option', { hasText: secondName }).count()).toBe(0);
    await expectAccessible(page, 'newcomer in two programmes');
    await saveScreens(page, 'newcomer-enrolled');

    await page.reload();
    await waitForScreen(page, `Amal ${newcomerLastName}`);
    expect(await page.getByTestId('person-programmes').textContent()).toMatch(new RegExp(`^${programmeName}.*, ${secondName}$`));
  });

  test('a tenant admin exports a person as JSON and erases them', { timeout: 60_000 }, async ({ onTestFailed }) => {
    expect(newcomerUrl, 'the first test registered a newcomer').not.toBe('');
    const admin = stack.DemoUsers.find((user) => user.role === 'tenant-admin' && user.tenant === 'mechelen');
    if (!admin) throw new Error('The stack has no demo tenant admin of mechelen');
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'person-admin');
    await page.goto(newcomerUrl);
    await signInWithForm(page, admin.email, admin.password);
    await waitForScreen(page, `Amal ${newcomerLastName}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export (JSON)' }).click();
    const file = await (await download).path();
    expect(await readFile(file, 'utf8')).toContain(newcomerLastName);
    await page.getByRole('status').filter({ hasText: 'The export is downloaded.' }).waitFor();

    await page.getByRole('button', { name: 'Erase…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase this person?' });
    await dialog.waitFor();
    await expectAccessible(page, 'erase dialog');
    await dialog.getByRole('button', { name: 'Yes, erase' }).click();
    await page.getByRole('status').filter({ hasText: 'The person is erased. This is what remains.' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Erased person');
    expect(await page.getByTestId('person-postcode').textContent()).toBe('—');
    await page.getByText('No notes yet.').waitFor();
    // What remains is only looked at: no status change, note, consent, programme, export or erasure any more.
    expect(await page.getByRole('button', { name: /^(Mark as|Add note|Add$|Record consent|Export|Erase)/ }).count()).toBe(0);
    await expectAccessible(page, 'erased person');

    // The list of the programme's newcomers shows the placeholder, in the UI language.
    const programmeId = new URL(programmeUrl.replace('#/programme?', '?')).searchParams.get('id') ?? '';
    await page.goto(`${stack.BaseUrl}/#/newcomers?programme=${encodeURIComponent(programmeId)}`);
    await waitForScreen(page, 'Newcomers');
    const erased = page.locator('tbody tr').filter({ hasText: 'Erased person' });
    await erased.waitFor();
    expect(await erased.textContent()).not.toContain(newcomerLastName);
  });
});
