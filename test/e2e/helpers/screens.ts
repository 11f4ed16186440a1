// Screenshots for looking at a screen, not for asserting: with E2E_SCREENSHOTS=1 a test saves each
// screen it passes at desktop and at phone width (into the failure screenshots' folder), the phone
// one in parts of one screen height so that each part can be read.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './browser';

const NARROW = { width: 390, height: 844 };

export async function saveScreens(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(screenshotDir, { recursive: true });
  const wide = page.viewportSize();
  await page.screenshot({ path: path.join(screenshotDir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(NARROW);
  const { width, height } = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  if (width > NARROW.width) console.warn(`[screens] ${name}: the page is ${width}px wide at ${NARROW.width}px`);
  for (let y = 0, part = 1; y < height; y += NARROW.height, part++) {
    const clip = { x: 0, y, width: NARROW.width, height: Math.min(NARROW.height, height - y) };
    await page.screenshot({ path: path.join(screenshotDir, `${name}-narrow-${part}.png`), fullPage: true, clip });
  }
  if (wide) await page.setViewportSize(wide);
}
