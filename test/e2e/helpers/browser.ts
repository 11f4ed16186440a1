// Browser helpers for the end-to-end tests: Chromium via playwright-core, axe-core audits,
// screenshots of failures, and the few UI steps most tests share.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/** Failed tests leave a full-page screenshot here (the path is printed). */
export const screenshotDir = path.join(tmpdir(), 'tandem-e2e-screenshots');

/** One Chromium for the test file: launched before its tests, closed after them. Call at top level. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not launched yet (use it inside tests)');
    return browser;
  };
}

interface PageOptions {
  /** The browser's language (navigator.language); the app's default UI language follows it. */
  locale?: string;
  /** Behave like someone who already chose this UI language (localStorage), so a profile language does not switch it. */
  uiLanguage?: 'en' | 'nl' | 'fr';
  /**
   * Work in this tenant after signing in (the remembered tenant choice): other test files give some
   * demo users a second membership, and the app would otherwise open the first one.
   */
  tenant?: { userId: string; tenantId: string };
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion: no colour transitions in flight while axe measures contrast.
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  if (options.uiLanguage) {
    await context.addInitScript((language) => {
      if (!localStorage.getItem('tandem.locale')) localStorage.setItem('tandem.locale', language);
    }, options.uiLanguage);
  }
  if (options.tenant) {
    await context.addInitScript(({ userId, tenantId }) => {
      if (!localStorage.getItem(`tandem.tenant.${userId}`)) localStorage.setItem(`tandem.tenant.${userId}`, tenantId);
    }, options.tenant);
  }
  const page = await context.newPage();
  // Page errors and console errors show in the output: they are bugs even when the test passes.
  page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') console.error(`[browser console] ${message.text()}`);
  });
  return { context, page };
}

/** Registers a screenshot of `page` for when the current test fails. */
export function screenshotOnFailure(onTestFailed: (fn: () => Promise<void>) => void, page: () => Page | undefined, name: string) {
  onTestFailed(async () => {
    const current = page();
    if (!current || current.isClosed()) return;
    mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}-${Date.now()}.png`);
    await current.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`[e2e] screenshot of the failure: ${file}`);
  });
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the page as it is now and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags) => {
    // axe.min.js defines a global `axe`; its type comes from axe-core's own declarations.
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  }, WCAG_TAGS);
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious, `axe-core on "${screen}"`).toEqual([]);
}

/** Waits for the screen whose one h1 has this name. */
export async function waitForScreen(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

export async function signInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await waitForScreen(page, 'Sign in to Tandem');
}

/** A unique suffix, so tests sharing one stack never collide. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
