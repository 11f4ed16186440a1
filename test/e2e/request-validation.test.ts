// The public request form explains bad input next to the field it concerns, both what the page
// checks itself and what only the API knows (a country code that does not exist).
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { expectAccessible, useBrowser, openPage, screenshotOnFailure, unique, waitForScreen } from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();

/** The error text tied to a field: its id is in the field's aria-describedby, and it sits in the field's box. */
async function errorOf(page: Page, label: string): Promise<string | null> {
  const field = page.getByLabel(label, { exact: true });
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
  expect(errorId, `${label} has no error in aria-describedby`).toBeTruthy();
  const error = page.locator(`[id="${errorId}"]`);
  // "Next to the field": the error is in the same field container as the control.
  expect(await error.evaluate((element, fieldId) => element.closest('.field')?.contains(document.getElementById(fieldId)) ?? false, (await field.getAttribute('id')) ?? '')).toBe(true);
  return error.textContent();
}

async function fillValidRequest(page: Page): Promise<void> {
  await page.getByLabel('Name of the organisation').fill(`Gemeente Foutloos ${unique()}`);
  await page.getByRole('checkbox', { name: 'Dutch' }).check();
  await page.getByLabel('Full name').fill('An Janssens');
  await page.getByLabel('Work e-mail address').fill(`an-${unique()}@example.org`);
}

describe('request form validation', () => {
  test('a bad e-mail address is shown next to the field and the field gets the focus', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'request-validation-email');
    await page.goto(`${stack.BaseUrl}/#/request-account`);
    await waitForScreen(page, 'Request a Tandem account');
    await fillValidRequest(page);
    await page.getByLabel('Work e-mail address').fill('not-an-email');
    await page.getByRole('button', { name: 'Send request' }).click();

    expect(await errorOf(page, 'Work e-mail address')).toBe('Enter an e-mail address like name@example.org.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('contactEmail');
    // Only the wrong field is marked.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    await expectAccessible(page, 'request form with an error');

    // Fixing it and sending again reaches the confirmation.
    await page.getByLabel('Work e-mail address').fill(`fixed-${unique()}@example.org`);
    await page.getByLabel('Work e-mail address').press('Enter');
    await waitForScreen(page, 'Thank you, your request is in');
  });

  test('an error only the API finds (unknown country code) comes back next to its field', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'request-validation-country');
    await page.goto(`${stack.BaseUrl}/#/request-account`);
    await waitForScreen(page, 'Request a Tandem account');
    await fillValidRequest(page);
    await page.getByLabel('Country', { exact: true }).selectOption('other');
    await page.getByLabel('Country code').fill('XX');
    await page.getByRole('button', { name: 'Send request' }).click();

    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await errorOf(page, 'Country code')).toBe('Enter a two-letter country code, like BE.');
    await expectAccessible(page, 'request form with an API error');
  });

  test('the same error is shown in the language of the page', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'fr' });
    screenshotOnFailure(onTestFailed, () => page, 'request-validation-fr');
    await page.goto(`${stack.BaseUrl}/#/request-account`);
    await waitForScreen(page, 'Demander un compte Tandem');
    await page.getByLabel('Adresse e-mail professionnelle').fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    expect(await errorOf(page, 'Adresse e-mail professionnelle')).toBe('Saisissez une adresse e-mail comme nom@exemple.be.');
  });
});
