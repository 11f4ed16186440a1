// The whole onboarding story in a browser: a municipality asks for an account, the platform
// operator approves it, the new tenant admin signs in with the mailed temporary password, chooses
// their own, and invites a coordinator. Every screen on the way passes an axe-core audit.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { invitationPassword, mailsTo } from '../support/outbox';
import {
  expectAccessible,
  useBrowser,
  openPage,
  screenshotOnFailure,
  signInWithForm,
  signOut,
  unique,
  waitForScreen,
} from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();

/** Pending requests are listed oldest first: page through until the request shows up. */
async function findRequestCard(page: Page, organisation: string) {
  const card = page.getByRole('article', { name: organisation });
  for (let pages = 0; pages < 50; pages++) {
    if (await card.count()) return card;
    const more = page.getByRole('button', { name: 'Load more' });
    await Promise.race([card.waitFor({ timeout: 10_000 }), more.waitFor({ timeout: 10_000 })]).catch(() => undefined);
    if (await card.count()) return card;
    if (!(await more.count())) break;
    await more.click();
  }
  throw new Error(`No pending request for ${organisation}`);
}

describe('onboarding a municipality through the web app', () => {
  test('request → approval → first sign-in with a new password → invite a coordinator', { timeout: 180_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'onboarding-flow');
    const id = unique();
    const organisation = `Gemeente Testdorp ${id}`;
    const slug = `testdorp-${id}`;
    const contactEmail = `contact-${id}@testdorp.example`;
    const coordinatorEmail = `coordinator-${id}@testdorp.example`;

    // 1. The public sign-in page leads to the request form.
    await page.goto(stack.BaseUrl);
    await waitForScreen(page, 'Sign in to Tandem');
    await expectAccessible(page, 'sign-in');
    await page.getByRole('link', { name: 'Request a Tandem account' }).click();
    await waitForScreen(page, 'Request a Tandem account');
    await expectAccessible(page, 'request form');

    await page.getByLabel('Name of the organisation').fill(organisation);
    await page.getByLabel('Kind of organisation').selectOption('MUNICIPALITY');
    await page.getByLabel('Country', { exact: true }).selectOption('BE');
    await page.getByRole('checkbox', { name: 'Dutch' }).check();
    await page.getByRole('checkbox', { name: 'Arabic' }).check();
    await page.getByLabel('Full name').fill('Sofie Peeters');
    await page.getByLabel('Work e-mail address').fill(contactEmail);
    await page.getByRole('button', { name: 'Send request' }).click();

    await waitForScreen(page, 'Thank you, your request is in');
    expect(await page.getByRole('main').textContent()).toContain(organisation);
    await expectAccessible(page, 'request confirmation');

    // 2. The platform operator sees the request and approves it with a chosen slug.
    const operator = stack.DemoUsers.find((user) => user.role === 'platform-operator');
    if (!operator) throw new Error('The stack has no platform operator');
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await waitForScreen(page, 'Sign in to Tandem');
    await signInWithForm(page, operator.email, operator.password);
    await waitForScreen(page, 'Welcome to Tandem');
    await expectAccessible(page, 'operator home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Onboarding requests' }).click();
    await waitForScreen(page, 'Onboarding requests');
    const card = await findRequestCard(page, organisation);
    expect(await card.textContent()).toContain(contactEmail);
    await expectAccessible(page, 'onboarding requests (pending)');

    await card.getByLabel(/Short name/).fill(slug);
    await card.getByRole('button', { name: /^Approve/ }).click();
    const approved = card.getByRole('status').filter({ hasText: 'Approved.' });
    await approved.waitFor();
    expect(await approved.textContent()).toContain(slug);
    await expectAccessible(page, 'onboarding request approved');

    await page.getByRole('link', { name: 'Approved' }).click();
    await findRequestCard(page, organisation);
    await expectAccessible(page, 'onboarding requests (approved)');
    await signOut(page);

    // 3. The contact signs in with the temporary password from the invitation mail…
    const temporaryPassword = await invitationPassword(stack, contactEmail);
    await signInWithForm(page, contactEmail, temporaryPassword);
    await waitForScreen(page, 'Choose a new password');
    await expectAccessible(page, 'choose a new password');

    // …chooses their own (a weak one is refused first, next to the field)…
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Repeat the new password').fill('short');
    await page.getByRole('button', { name: 'Save password and continue' }).click();
    const newPasswordField = page.getByLabel('New password', { exact: true });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await newPasswordField.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'choose a new password, with an error');

    const password = `Tandem-${id}-Aa1`;
    await newPasswordField.fill(password);
    await page.getByLabel('Repeat the new password').fill(password);
    await page.getByRole('button', { name: 'Save password and continue' }).click();

    // …and lands in the new tenant as its administrator.
    await waitForScreen(page, 'Welcome to Tandem');
    expect(await page.getByTestId('home-tenant-name').textContent()).toBe(organisation);
    expect(await page.getByTestId('home-role').textContent()).toBe('Tenant administrator');
    await expectAccessible(page, 'tenant admin home');

    // 4. The new admin invites a coordinator, who shows up as INVITED.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
    await waitForScreen(page, `Members of ${organisation}`);
    await expectAccessible(page, 'members');
    await page.getByLabel('E-mail address').fill(coordinatorEmail);
    await page.getByLabel('Role', { exact: true }).selectOption('COORDINATOR');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByRole('status').filter({ hasText: `Invitation sent to ${coordinatorEmail}` }).waitFor();

    const row = page.getByRole('row', { name: new RegExp(coordinatorEmail) });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(1).textContent()).toBe('Invited');
    expect(await row.getByRole('combobox').inputValue()).toBe('COORDINATOR');
    await expectAccessible(page, 'members after an invitation');

    // The coordinator received an invitation with a temporary password.
    expect(await invitationPassword(stack, coordinatorEmail)).toBeTruthy();
  });

  test('the operator rejects a request with a reason, which the contact is told', { timeout: 120_000 }, async ({ onTestFailed }) => {
    const id = unique();
    const organisation = `Vzw Afgewezen ${id}`;
    const contactEmail = `contact-${id}@afgewezen.example`;
    const requested = await gql<{ requestTenantAccount: { userErrors: unknown[] } }>(
      stack,
      'mutation ($input: RequestTenantAccountInput!) { requestTenantAccount(input: $input) { requestId userErrors { field code } } }',
      { input: { organisationName: organisation, kind: 'NGO', country: 'BE', languages: ['FR'], contactName: 'Luc Dubois', contactEmail } },
    );
    expect(requested.body.data?.requestTenantAccount.userErrors).toEqual([]);

    const operator = stack.DemoUsers.find((user) => user.role === 'platform-operator');
    if (!operator) throw new Error('The stack has no platform operator');
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'onboarding-reject');
    await page.goto(`${stack.BaseUrl}/#/onboarding`);
    await signInWithForm(page, operator.email, operator.password);
    await waitForScreen(page, 'Onboarding requests');
    const card = await findRequestCard(page, organisation);

    // The reason is required: the form says so at the field and keeps the focus there.
    await card.getByRole('button', { name: /^Reject…/ }).click();
    const reason = card.getByLabel('Reason for rejection');
    expect(await reason.evaluate((element) => element === document.activeElement)).toBe(true);
    await card.getByRole('button', { name: /^Reject request/ }).click();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'reject form with an error');

    await reason.fill('Tandem is only for public buddy programmes for now.');
    await card.getByRole('button', { name: /^Reject request/ }).click();
    await card.getByRole('status').filter({ hasText: 'Rejected.' }).waitFor();

    await page.getByRole('link', { name: 'Rejected' }).click();
    const rejected = await findRequestCard(page, organisation);
    expect(await rejected.textContent()).toContain('Tandem is only for public buddy programmes for now.');
    await expectAccessible(page, 'onboarding requests (rejected)');
    expect((await mailsTo(stack, contactEmail)).length).toBeGreaterThan(0);
  });
});
