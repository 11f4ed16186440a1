// The signed-in session: an expired access token is refreshed without the user noticing, a token
// the API refuses leads back to the sign-in page with a word of explanation, and switching tenant
// (for people in more than one) is remembered.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { newPassword, onboardTenant } from '../support/tenants';
import { expectAccessible, useBrowser, openPage, screenshotOnFailure, signInWithForm, unique, waitForScreen } from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();

interface StoredSession {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
}

const storedSession = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('tandem.session') ?? 'null') as StoredSession | null);

const changeStoredSession = (page: Page, change: Partial<StoredSession>) =>
  page.evaluate((patch) => {
    const session = JSON.parse(sessionStorage.getItem('tandem.session') ?? '{}') as object;
    sessionStorage.setItem('tandem.session', JSON.stringify({ ...session, ...patch }));
  }, change);

function demoUser(role: 'coordinator' | 'tenant-admin') {
  const user = stack.DemoUsers.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`The stack has no demo ${role}`);
  return user;
}

describe('session', () => {
  test('an expired access token is refreshed with the refresh token', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'session-refresh');
    const user = demoUser('coordinator');
    await page.goto(stack.BaseUrl);
    await signInWithForm(page, user.email, user.password);
    await waitForScreen(page, 'Welcome to Tandem');
    const before = await storedSession(page);
    expect(before?.refreshToken).toBeTruthy();

    await changeStoredSession(page, { expiresAt: Date.now() - 1000 });
    await page.reload();
    await waitForScreen(page, 'Welcome to Tandem');
    const after = await storedSession(page);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.expiresAt).toBeGreaterThan(Date.now());
  });

  test('a refused token is refreshed once; when that fails too, the sign-in page says why', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'session-refused');
    const user = demoUser('coordinator');
    await page.goto(stack.BaseUrl);
    await signInWithForm(page, user.email, user.password);
    await waitForScreen(page, 'Welcome to Tandem');

    // With a good refresh token the app recovers by itself…
    await changeStoredSession(page, { accessToken: 'not-a-token' });
    await page.reload();
    await waitForScreen(page, 'Welcome to Tandem');
    expect((await storedSession(page))?.accessToken).not.toBe('not-a-token');

    // …without one, the session ends.
    await changeStoredSession(page, { accessToken: 'not-a-token', refreshToken: 'not-a-refresh-token' });
    await page.reload();
    await waitForScreen(page, 'Sign in to Tandem');
    expect(await page.getByRole('status').textContent()).toContain('Your session has ended. Please sign in again.');
    expect(await storedSession(page)).toBeNull();
    await expectAccessible(page, 'sign-in after the session ended');
  });

  test('someone in two tenants switches between them, and the choice is remembered', { timeout: 120_000 }, async ({ onTestFailed }) => {
    const [first, second] = await Promise.all([onboardTenant(stack, `Eerste ${unique()}`), onboardTenant(stack, `Tweede ${unique()}`)]);
    // The second tenant's admin invites the first tenant's admin as a coordinator.
    const invited = await gql<{ inviteMember: { userErrors: unknown[] } }>(
      stack,
      'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { userErrors { field code message } } }',
      { input: { email: first.adminEmail, role: 'COORDINATOR' } },
      { token: second.adminToken, tenant: second.tenantId },
    );
    expect(invited.body.errors).toBeUndefined();
    expect(invited.body.data?.inviteMember.userErrors).toEqual([]);

    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'session-tenant-switch');
    await page.goto(stack.BaseUrl);
    await signInWithForm(page, first.adminEmail, newPassword);
    await waitForScreen(page, 'Welcome to Tandem');

    const names = async () => ({
      tenant: await page.getByTestId('home-tenant-name').textContent(),
      role: await page.getByTestId('home-role').textContent(),
    });
    const tenantSelect = page.getByLabel('Tenant', { exact: true });
    const options = await tenantSelect.locator('option').allTextContents();
    expect(options).toHaveLength(2);
    const start = await names();
    const target = start.role === 'Tenant administrator' ? second : first;
    const targetName = (await gql<{ tenant: { name: string } }>(stack, '{ tenant { name } }', {}, { token: target.adminToken, tenant: target.tenantId })).body.data?.tenant.name;
    await expectAccessible(page, 'home with a tenant switcher');

    await tenantSelect.selectOption({ value: target.tenantId });
    await page.getByRole('button', { name: 'Switch' }).click();
    await page.getByTestId('home-tenant-name').filter({ hasText: targetName ?? '' }).waitFor();
    const switched = await names();
    expect(switched.role).toBe(target === second ? 'Coordinator' : 'Tenant administrator');
    // The navigation follows the role in the current tenant.
    const links = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(links.includes('Members')).toBe(switched.role === 'Tenant administrator');

    await page.reload();
    await waitForScreen(page, 'Welcome to Tandem');
    expect(await names()).toEqual(switched);
  });
});
