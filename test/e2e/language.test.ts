// The UI language: chosen on any screen, reflected in <html lang dir>, remembered across reloads,
// and guessed from the browser's language the first time.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { expectAccessible, useBrowser, openPage, screenshotOnFailure, waitForScreen } from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();

const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('language switcher', () => {
  test('switching to Nederlands and Français changes the text and <html lang>, and survives a reload', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { locale: 'en-GB' });
    screenshotOnFailure(onTestFailed, () => page, 'language');
    await page.goto(stack.BaseUrl);
    await waitForScreen(page, 'Sign in to Tandem');
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });

    await page.getByLabel('Language').selectOption({ label: 'Nederlands' });
    await waitForScreen(page, 'Aanmelden bij Tandem');
    expect(await documentLanguage(page)).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(await page.getByRole('button', { name: 'Aanmelden' }).count()).toBe(1);
    expect(await page.title()).toBe('Aanmelden bij Tandem · Tandem');
    await expectAccessible(page, 'sign-in in Dutch');

    await page.getByLabel('Taal').selectOption({ label: 'Français' });
    await waitForScreen(page, 'Se connecter à Tandem');
    expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });

    // The other screens follow, and the choice is still there after a reload.
    await page.getByRole('link', { name: 'Demander un compte Tandem' }).click();
    await waitForScreen(page, 'Demander un compte Tandem');
    await page.reload();
    await waitForScreen(page, 'Demander un compte Tandem');
    expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(await page.getByLabel('Langue').inputValue()).toBe('fr');
    await expectAccessible(page, 'request form in French');

    await page.getByLabel('Langue').selectOption({ label: 'English' });
    await waitForScreen(page, 'Request a Tandem account');
    expect((await documentLanguage(page)).lang).toBe('en');
  });

  test('the first visit follows the browser language', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { locale: 'nl-BE' });
    screenshotOnFailure(onTestFailed, () => page, 'language-default');
    await page.goto(stack.BaseUrl);
    await waitForScreen(page, 'Aanmelden bij Tandem');
    expect((await documentLanguage(page)).lang).toBe('nl');
  });

  test('a browser language the UI does not offer falls back to English', async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { locale: 'ja-JP' });
    screenshotOnFailure(onTestFailed, () => page, 'language-fallback');
    await page.goto(stack.BaseUrl);
    await waitForScreen(page, 'Sign in to Tandem');
    expect((await documentLanguage(page)).lang).toBe('en');
  });
});
