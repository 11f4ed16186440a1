// From "run proposal" to "active match" in the browser: a coordinator proposes matches for a whole
// waiting list, reads why, approves them, records the buddy's answer, sends the newcomer a personal
// link that the newcomer answers in Arabic, and records the first meeting. axe audits every screen.
import { describe, expect, inject, test } from 'vitest';
import { activeProgramme, availableBuddy, waitingNewcomer, type Caller } from '../support/matching';
import { demoToken } from '../support/tenants';
import { expectAccessible, openPage, screenshotOnFailure, signInWithForm, unique, useBrowser, waitForScreen } from './helpers/browser';
import { saveScreens } from './helpers/screens';

const stack = inject('stack');
const browser = useBrowser();
const coordinator = stack.DemoUsers.find((user) => user.role === 'coordinator' && user.tenant === 'mechelen');
if (!coordinator) throw new Error('The stack has no demo coordinator of mechelen');

describe('matching', () => {
  test('a coordinator runs a proposal for the waiting list and takes a match to active', { timeout: 240_000 }, async ({ onTestFailed }) => {
    const run = unique();
    const caller: Caller = { stack, token: await demoToken(stack, 'mechelen', 'coordinator'), tenant: 'mechelen' };
    const programmeName = `Buddywerking ${run}`;
    const programmeId = await activeProgramme(caller, 'SOCIAL_BUDDY', programmeName);
    // Nour (Arabic) fits Hanne; Pavlo (Ukrainian, French) fits Luc; both buddies have one place.
    await waitingNewcomer(caller, programmeId, {
      firstName: 'Nour', lastName: `Saleh-${run}`, preferredLanguage: 'AR', postcode: '2800',
      languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }], interests: ['cooking', 'hiking'],
    });
    await waitingNewcomer(caller, programmeId, {
      firstName: 'Pavlo', lastName: `Bondar-${run}`, preferredLanguage: 'UK', postcode: '2812',
      languages: [{ code: 'uk', level: 'NATIVE' }, { code: 'fr', level: 'B2' }], interests: ['chess', 'football'], availability: [{ day: 'SAT', part: 'MORNING' }],
    });
    await availableBuddy(caller, programmeId, {
      firstName: 'Hanne', lastName: `Wouters-${run}`, postcode: '2800',
      languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'ar', level: 'A2' }], interests: ['cooking', 'hiking'],
    });
    await availableBuddy(caller, programmeId, {
      firstName: 'Luc', lastName: `Maes-${run}`, postcode: '2812',
      languages: [{ code: 'nl', level: 'NATIVE' }, { code: 'fr', level: 'C1' }], interests: ['chess', 'football'], availability: [{ day: 'SAT', part: 'MORNING' }],
    });

    const { page, context } = await openPage(browser(), { uiLanguage: 'en' });
    screenshotOnFailure(onTestFailed, () => page, 'matching-coordinator');
    await page.goto(`${stack.BaseUrl}/#/programmes/${encodeURIComponent(programmeId)}/matching`);
    await signInWithForm(page, coordinator.email, coordinator.password);
    await waitForScreen(page, `Matching: ${programmeName}`);
    await page.getByText(`Saleh-${run}`).first().waitFor();
    await expectAccessible(page, 'matching board');

    // Run the proposal: progress, then the two pairs with their reasons.
    await page.getByRole('button', { name: 'Propose matches for the whole waiting list' }).click();
    await page.getByText('The proposal is ready: 2 pairs.').waitFor({ timeout: 60_000 });
    const proposals = page.getByRole('region', { name: 'Proposed pairs' }).or(page.locator('section').filter({ has: page.getByRole('heading', { name: 'Proposed pairs' }) })).first();
    await expect.poll(() => proposals.getByText(/shared interest/).count()).toBeGreaterThanOrEqual(2);
    const nourRow = proposals.locator('li, tr').filter({ hasText: `Saleh-${run}` }).first();
    expect(await nourRow.textContent()).toContain(`Wouters-${run}`);
    expect(await nourRow.textContent()).toMatch(/2 shared interests: cooking and walking and hiking/);
    await nourRow.getByText('Why?').click();
    await nourRow.getByRole('table').getByText('Distance', { exact: true }).waitFor();
    await expectAccessible(page, 'matching proposal');
    await saveScreens(page, 'matching-board');

    // Approve all.
    await proposals.getByRole('button', { name: 'Approve all' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve all' }).click();
    await page.getByText('2 matches approved.').waitFor();

    // Open Nour's match from the programme's matches.
    const matches = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Matches', exact: true }) }).first();
    await matches.locator('tr, li').filter({ hasText: `Saleh-${run}` }).getByRole('link', { name: 'Open the match' }).click();
    await waitForScreen(page, /^Match of /);
    await page.getByText('Status: Approved.').waitFor();

    // The buddy said yes by phone; the newcomer gets a personal link.
    const buddySide = page.getByRole('heading', { name: /^Buddy: Hanne/ }).locator('..');
    await buddySide.getByRole('button', { name: 'Record: accepted' }).click();
    await page.getByText(/Recorded: Hanne .*accepted\./).waitFor();
    // Nour has no e-mail address: the coordinator is told to send the link another way.
    await page.getByRole('button', { name: /E-mail an answer link to Nour/ }).click();
    await page.getByText(/Nour .* has no e-mail address/).waitFor();
    await page.getByRole('button', { name: /Create an answer link for Nour/ }).click();
    const link = await page.getByLabel(/Personal answer link for Nour/).inputValue();
    expect(link).toMatch(/\/#\/match\/mechelen\//);
    await expectAccessible(page, 'match page');

    // The newcomer opens the link on their phone: Arabic, right to left, with the reasons.
    const phone = await context.browser()!.newContext({ locale: 'ar', viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const newcomerPage = await phone.newPage();
    await newcomerPage.goto(link);
    await newcomerPage.getByRole('heading', { name: /وجدنا لك رفيقًا: Hanne/ }).waitFor();
    expect(await newcomerPage.locator('html').getAttribute('dir')).toBe('rtl');
    await expectAccessible(newcomerPage, 'match proposal (newcomer, Arabic)');
    await saveScreens(newcomerPage, 'match-invitation-ar');
    await newcomerPage.getByRole('button', { name: 'نعم، أوافق' }).click();
    await newcomerPage.getByRole('heading', { name: /شكرًا لك يا Nour/ }).waitFor();
    await phone.close();

    // Back at the coordinator: both accepted; the first meeting makes the match active.
    await page.reload();
    await page.getByText('Status: Accepted.').waitFor();
    await page.getByLabel('Date of the first meeting').fill(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Record the first meeting' }).click();
    await page.getByText('The first meeting is recorded: the match is active.').waitFor();
    await page.getByText('Status: Active.').waitFor();
    await saveScreens(page, 'match-active');
  });
});
