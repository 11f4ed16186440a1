// Signing in with the keyboard only, and what a coordinator then sees (and may not see).
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { expectAccessible, useBrowser, openPage, screenshotOnFailure, waitForScreen } from './helpers/browser';

const stack = inject('stack');
const browser = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase(),
      name: element?.getAttribute('name') ?? null,
      text: element?.textContent?.trim() ?? '',
      outline: element ? getComputedStyle(element).outlineStyle : 'none',
    };
  });

describe('keyboard', () => {
  test('a coordinator signs in using only the keyboard', async ({ onTestFailed }) => {
    const coordinator = stack.DemoUsers.find((user) => user.role === 'coordinator');
    if (!coordinator) throw new Error('The stack has no demo coordinator');
    const { page } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'keyboard');
    await page.goto(stack.BaseUrl);
    await waitForScreen(page, 'Sign in to Tandem');

    // The screen's heading has the focus, so the first Tab reaches the e-mail field.
    expect((await focused(page)).tag).toBe('h1');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('email');
    // Focus is visible on every stop.
    expect((await focused(page)).outline).not.toBe('none');
    await page.keyboard.type(coordinator.email);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('password');
    await page.keyboard.type(coordinator.password);
    await page.keyboard.press('Enter');

    await waitForScreen(page, 'Welcome to Tandem');
    expect(await page.getByTestId('home-role').textContent()).toBe('Coordinator');
    expect(await page.getByTestId('home-tenant-name').textContent()).toBeTruthy();
    await expectAccessible(page, 'coordinator home');

    // Coordinators get no administration screens: not in the navigation, not by address.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'Programmes', 'Newcomers', 'Buddies']);
    await page.goto(`${stack.BaseUrl}/#/members`);
    await waitForScreen(page, 'Not available');
    await expectAccessible(page, 'not available');

    // The skip link is the first stop of every page; signing out is reachable from the keyboard too.
    const firstStop = await page.evaluate(() => document.querySelector<HTMLElement>('a[href], button, input, select, textarea')?.textContent);
    expect(firstStop).toBe('Skip to main content');
    for (let presses = 0; presses < 10 && (await focused(page)).text !== 'Sign out'; presses++) await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toBe('Sign out');
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'Sign in to Tandem');
    expect(await page.getByRole('status').textContent()).toContain('You are signed out.');
  });
});
