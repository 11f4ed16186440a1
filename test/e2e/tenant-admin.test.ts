// A tenant admin's screens in a browser, on a fresh tenant of its own: change a member's role
// (and meet a concurrent change), remove a member, edit settings, read the audit log.
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { mailsTo } from '../support/outbox';
import { newPassword, onboardTenant, type OnboardedTenant } from '../support/tenants';
import { expectAccessible, useBrowser, openPage, screenshotOnFailure, signInWithForm, unique, waitForScreen } from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();
let tenant: OnboardedTenant;
const tenantName = `Testgemeente ${unique()}`;

interface MemberNode {
  id: string;
  email: string;
  role: string;
  version: number;
}

async function inviteThroughApi(email: string, role: string): Promise<void> {
  const answer = await gql<{ inviteMember: { userErrors: unknown[] } }>(
    stack,
    'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { membership { id } userErrors { field code message } } }',
    { input: { email, role } },
    { token: tenant.adminToken, tenant: tenant.tenantId },
  );
  expect(answer.body.errors).toBeUndefined();
  expect(answer.body.data?.inviteMember.userErrors).toEqual([]);
}

async function memberThroughApi(email: string): Promise<MemberNode> {
  const answer = await gql<{ tenant: { members: { edges: { node: MemberNode }[] } } }>(
    stack,
    '{ tenant { members(first: 50) { edges { node { id email role version } } } } }',
    {},
    { token: tenant.adminToken, tenant: tenant.tenantId },
  );
  const member = answer.body.data?.tenant.members.edges.map((edge) => edge.node).find((node) => node.email === email);
  if (!member) throw new Error(`${email} is not a member: ${JSON.stringify(answer.body)}`);
  return member;
}

beforeAll(async () => {
  tenant = await onboardTenant(stack, tenantName);
});

describe('tenant admin screens', () => {
  test('members: change a role, meet a concurrent change, remove someone', { timeout: 120_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'tenant-admin-members');
    const buddyEmail = `buddy-${unique()}@example.org`;
    const leaverEmail = `leaver-${unique()}@example.org`;
    await inviteThroughApi(buddyEmail, 'COORDINATOR');
    await inviteThroughApi(leaverEmail, 'COORDINATOR');

    await page.goto(`${stack.BaseUrl}/#/members`);
    await signInWithForm(page, tenant.adminEmail, newPassword);
    await waitForScreen(page, `Members of ${tenantName}`);

    // Someone who has not signed in yet can get a new invitation.
    const invitationsBefore = (await mailsTo(stack, buddyEmail, 'invitation')).length;
    await page.getByRole('row', { name: new RegExp(buddyEmail) }).getByRole('button', { name: /Resend invitation/ }).click();
    await page.getByRole('status').filter({ hasText: `A new invitation with a new temporary password was sent to ${buddyEmail}.` }).waitFor();
    expect((await mailsTo(stack, buddyEmail, 'invitation')).length).toBe(invitationsBefore + 1);

    // Change a role with the row's own select and button.
    const row = page.getByRole('row', { name: new RegExp(buddyEmail) });
    await row.getByRole('combobox').selectOption('BUDDY');
    await row.getByRole('button', { name: /Save role/ }).click();
    await page.getByRole('status').filter({ hasText: `${buddyEmail} is now Buddy` }).waitFor();
    expect((await memberThroughApi(buddyEmail)).role).toBe('BUDDY');

    // Someone else changes the same member meanwhile: the page says so and offers a reload.
    const current = await memberThroughApi(buddyEmail);
    const concurrent = await gql(
      stack,
      'mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } userErrors { code } } }',
      { input: { membershipId: current.id, role: 'NEWCOMER', version: current.version } },
      { token: tenant.adminToken, tenant: tenant.tenantId },
    );
    expect(concurrent.body.errors).toBeUndefined();
    await row.getByRole('combobox').selectOption('COORDINATOR');
    await row.getByRole('button', { name: /Save role/ }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'changed' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`Someone changed ${buddyEmail} meanwhile`);
    await expectAccessible(page, 'members with a conflict');
    await conflict.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('row', { name: new RegExp(buddyEmail) }).getByRole('combobox').filter({ has: page.locator('option:checked[value="NEWCOMER"]') }).waitFor();

    // The last administrator cannot step down: the API says why, the page repeats it.
    const own = page.getByRole('row', { name: new RegExp(tenant.adminEmail) });
    await own.getByRole('combobox').selectOption('COORDINATOR');
    await own.getByRole('button', { name: /Save role/ }).click();
    await page.getByRole('alert').filter({ hasText: 'This is the last administrator' }).waitFor();

    // Remove a member after confirming in a dialog.
    await page.getByRole('row', { name: new RegExp(leaverEmail) }).getByRole('button', { name: /Remove/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove this member?' });
    await dialog.waitFor();
    await expectAccessible(page, 'remove member dialog');
    await dialog.getByRole('button', { name: 'Yes, remove' }).click();
    await page.getByRole('status').filter({ hasText: `${leaverEmail} was removed.` }).waitFor();
    await page.getByRole('row', { name: new RegExp(leaverEmail) }).waitFor({ state: 'detached' });
    // The button that opened the dialog is gone with its row: the keyboard continues at the list.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Current members');
    await expectAccessible(page, 'members after a removal');
  });

  test('settings and audit log', { timeout: 120_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'tenant-admin-settings');
    await page.goto(`${stack.BaseUrl}/#/settings`);
    await signInWithForm(page, tenant.adminEmail, newPassword);
    await waitForScreen(page, 'Tenant settings');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe(tenantName);
    await expectAccessible(page, 'settings');

    // The default language must be one of the languages offered (checked before sending).
    await page.getByLabel('Default language').selectOption('IT');
    await page.getByRole('button', { name: 'Save settings' }).click();
    const defaultLanguage = page.getByLabel('Default language');
    await page.locator('select[aria-invalid="true"]').waitFor();
    expect(await defaultLanguage.getAttribute('aria-invalid')).toBe('true');

    const renamed = `${tenantName} (renamed)`;
    await page.getByLabel('Name', { exact: true }).fill(renamed);
    await page.getByRole('checkbox', { name: 'German' }).check();
    await defaultLanguage.selectOption('DE');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'The settings are saved.' }).waitFor();
    await expectAccessible(page, 'settings saved');

    const stored = await gql<{ tenant: { name: string; defaultLanguage: string; languages: string[] } }>(
      stack,
      '{ tenant { name defaultLanguage languages } }',
      {},
      { token: tenant.adminToken, tenant: tenant.tenantId },
    );
    expect(stored.body.data?.tenant).toMatchObject({ name: renamed, defaultLanguage: 'DE' });
    expect(stored.body.data?.tenant.languages).toContain('DE');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await waitForScreen(page, 'Audit log');
    await page.getByRole('rowheader', { name: 'Settings changed' }).first().waitFor();
    await expectAccessible(page, 'audit log');
  });
});
