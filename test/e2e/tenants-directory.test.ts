// The platform operator's directory of all tenants: the demo tenants with their slugs, in the UI
// language, on a phone-sized screen too; tenant admins get no such screen.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { operatorToken } from '../support/tenants';
import { expectAccessible, useBrowser, openPage, screenshotOnFailure, signInWithForm, waitForScreen } from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();

const DEMO_TENANTS = [
  { name: 'Mechelen', slug: 'mechelen' },
  { name: 'Capaci', slug: 'capaci' },
  { name: 'Bree', slug: 'bree' },
  { name: 'Peer', slug: 'peer' },
  { name: 'Hamont-Achel', slug: 'hamont-achel' },
];

function operator() {
  const user = stack.DemoUsers.find((candidate) => candidate.role === 'platform-operator');
  if (!user) throw new Error('The stack has no platform operator');
  return user;
}

/** The table row whose row header is exactly `name`. */
function tenantRow(table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name, exact: true }) });
}

const cellTexts = (row: Locator) => row.getByRole('cell').allTextContents();

const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName.toLowerCase());

/** Mechelen's creation time, as the API has it. */
async function mechelenCreatedAt(): Promise<string> {
  const answer = await gql<{ tenants: { edges: { node: { slug: string; createdAt: string } }[] } }>(
    stack,
    '{ tenants(first: 20) { edges { node { slug createdAt } } } }',
    {},
    { token: await operatorToken(stack) },
  );
  const mechelen = answer.body.data?.tenants.edges.find((edge) => edge.node.slug === 'mechelen');
  if (!mechelen) throw new Error(`Mechelen is not among the tenants: ${JSON.stringify(answer.body)}`);
  return mechelen.node.createdAt;
}

describe('tenant directory', () => {
  test('the operator opens Tenants and sees every demo tenant with its slug', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'tenants-directory');
    await page.goto(stack.BaseUrl);
    await signInWithForm(page, operator().email, operator().password);
    await waitForScreen(page, 'Welcome to Tandem');

    // The operator's home card leads there as well as the navigation.
    const operatorCard = page.getByRole('region', { name: 'Platform operator' });
    expect(await operatorCard.getByRole('link', { name: 'Tenants' }).getAttribute('href')).toBe('#/tenants');
    await expectAccessible(page, 'operator home');

    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'Onboarding requests', 'Tenants']);
    await nav.getByRole('link', { name: 'Tenants' }).click();
    await waitForScreen(page, 'Tenants');
    expect(await page.title()).toBe('Tenants · Tandem');
    expect(await focusedTag(page)).toBe('h1');
    expect(await nav.getByRole('link', { name: 'Tenants' }).getAttribute('aria-current')).toBe('page');

    const table = page.getByRole('table', { name: 'All tenants on Tandem' });
    for (const { name, slug } of DEMO_TENANTS) {
      const row = tenantRow(table, name);
      await row.waitFor();
      const [slugCell, kind, , , status] = await cellTexts(row);
      expect(slugCell, name).toBe(slug);
      expect(kind, name).toBe('Municipality');
      expect(status, name).toBe('Active');
    }

    // Oldest first: the demo tenants, seeded with the stack, come before any a test created.
    const firstFive = await table.getByRole('rowheader').evaluateAll((cells) => cells.slice(0, 5).map((cell) => cell.textContent));
    expect([...firstFive].sort()).toEqual(DEMO_TENANTS.map((tenant) => tenant.name).sort());

    // Country, languages and date in the UI language, not as codes.
    const createdAt = await mechelenCreatedAt();
    const expectedDate = await page.evaluate((iso) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso)), createdAt);
    const [, , country, languages, , created] = await cellTexts(tenantRow(table, 'Mechelen'));
    expect(country).toBe('Belgium');
    expect(languages).toMatch(/^Dutch, French, English,? and Arabic$/);
    expect(created).toBe(expectedDate);
    expect(await cellTexts(tenantRow(table, 'Capaci'))).toContain('Italy');
    await expectAccessible(page, 'tenants');

    // At 380 px the rows stack into cards, labelled by their column, with nothing to scroll sideways.
    await page.setViewportSize({ width: 380, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const slugLabel = await tenantRow(table, 'Bree')
      .getByRole('cell')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(slugLabel).toBe('"Short name"');
    await expectAccessible(page, 'tenants at 380 px');
  });

  test('in Dutch the screen is called Organisaties and says kind and country in Dutch', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'nl' });
    screenshotOnFailure(onTestFailed, () => page, 'tenants-directory-nl');
    await page.goto(`${stack.BaseUrl}/#/tenants`);
    await waitForScreen(page, 'Aanmelden bij Tandem');
    await page.getByLabel('E-mailadres').fill(operator().email);
    await page.getByLabel('Wachtwoord', { exact: true }).fill(operator().password);
    await page.getByRole('button', { name: 'Aanmelden' }).click();

    await waitForScreen(page, 'Organisaties');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).getAttribute('aria-current')).toBe('page');
    const row = tenantRow(page.getByRole('table', { name: 'Alle organisaties op Tandem' }), 'Mechelen');
    await row.waitFor();
    const [slug, kind, country, languages, status] = await cellTexts(row);
    expect([slug, kind, country, status]).toEqual(['mechelen', 'Gemeente', 'België', 'Actief']);
    expect(languages).toBe('Nederlands, Frans, Engels en Arabisch');
    await expectAccessible(page, 'tenants in Dutch');
  });

  test('a tenant admin has no Tenants screen', async ({ onTestFailed }) => {
    const admin = stack.DemoUsers.find((user) => user.email === 'admin.bree@tandem.test');
    if (!admin) throw new Error('The stack has no admin for Bree');
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'tenants-directory-admin');
    await page.goto(stack.BaseUrl);
    await signInWithForm(page, admin.email, admin.password);
    await waitForScreen(page, 'Welcome to Tandem');

    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'Programmes', 'Newcomers', 'Buddies', 'Members', 'Settings', 'Audit log']);
    expect(await page.getByRole('link', { name: 'Tenants' }).count()).toBe(0);

    // Not by address either.
    await page.goto(`${stack.BaseUrl}/#/tenants`);
    await waitForScreen(page, 'Not available');
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
