// Self-service intake: a coordinator registers a newcomer with only a name and sends a personal
// intake link; the newcomer opens it on their own phone, in Arabic, without an account, and fills
// in the intake. The link then works no more. axe-core audits the newcomer's screens.
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { gql } from '../support/graphql';
import { demoToken } from '../support/tenants';
import { expectAccessible, openPage, screenshotOnFailure, signInWithForm, unique, useBrowser, waitForScreen } from './helpers/browser';
import { createActiveProgramme } from './helpers/programmes';
import { saveScreens } from './helpers/screens';

const stack = inject('stack');
const browser = useBrowser();
const coordinator = stack.DemoUsers.find((user) => user.role === 'coordinator' && user.tenant === 'mechelen');
if (!coordinator) throw new Error('The stack has no demo coordinator of mechelen');

const run = unique();
const programmeName = `Buddywerking ${run}`;
const lastName = `Haddad-${run}`;
let programmeId = '';
// The coordinator works in Mechelen even when another test file gave them a second membership.
let mechelen: { userId: string; tenantId: string } | undefined;

beforeAll(async () => {
  programmeId = (await createActiveProgramme(stack, { name: programmeName, kind: 'SOCIAL_BUDDY', languages: ['NL', 'AR'], sensitiveCategories: ['HEALTH'] })).id;
  const token = await demoToken(stack, 'mechelen', 'coordinator');
  const viewer = await gql<{ viewer: { id: string; memberships: { tenant: { id: string; slug: string } }[] } }>(
    stack,
    '{ viewer { id memberships { tenant { id slug } } } }',
    {},
    { token },
  );
  const tenantId = viewer.body.data?.viewer.memberships.find((membership) => membership.tenant.slug === 'mechelen')?.tenant.id;
  if (!viewer.body.data || !tenantId) throw new Error(`viewer: ${JSON.stringify(viewer.body)}`);
  mechelen = { userId: viewer.body.data.viewer.id, tenantId };
});

/** The date in 14 days as the English UI writes it ("December 7, 2026"). */
function inFourteenDays(): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(Date.now() + 14 * 86_400_000));
}

describe('intake link', () => {
  test('a coordinator sends an intake link; the newcomer fills in the intake in Arabic, once', { timeout: 180_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { uiLanguage: 'en', tenant: mechelen });
    screenshotOnFailure(onTestFailed, () => page, 'intake-link-coordinator');
    await page.goto(`${stack.BaseUrl}/#/newcomers/register?programme=${encodeURIComponent(programmeId)}`);
    await signInWithForm(page, coordinator.email, coordinator.password);
    await waitForScreen(page, 'Register a newcomer');
    await page.getByRole('heading', { name: `Intake form of ${programmeName}` }).waitFor();

    // Registered before the intake: the name is enough, and the newcomer reads Arabic.
    await page.getByRole('checkbox', { name: 'The intake interview is done' }).uncheck();
    await page.getByLabel('First name').fill('Amal');
    await page.getByLabel('Last name').fill(lastName);
    await page.getByLabel('Your preferred language').selectOption('AR');
    await page.getByRole('button', { name: 'Register newcomer' }).click();

    // The next step is offered right away: a personal link.
    await waitForScreen(page, `Amal ${lastName}`);
    expect(await page.getByTestId('person-status').textContent()).toBe('Registered');
    const section = page.getByRole('region', { name: 'Intake through a personal link' });
    await section.getByText('Amal is registered without an intake.', { exact: false }).waitFor();
    expect(await section.textContent()).toContain('The link works once, for 14 days.');
    await expectAccessible(page, 'newcomer registered before the intake');
    await section.getByRole('button', { name: 'Send intake link' }).click();

    const address = section.getByRole('textbox', { name: 'Personal intake link for Amal' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${stack.BaseUrl}/#/intake/mechelen/[A-Za-z0-9_-]{40,60}$`));
    expect(await section.getByTestId('intake-link-expires').textContent()).toContain(inFourteenDays());
    await page.getByRole('status').filter({ hasText: 'The intake link for Amal is ready.' }).waitFor();
    await expectAccessible(page, 'intake link');
    await saveScreens(page, 'intake-link');

    // The newcomer, on their own phone: no account, Arabic, right to left.
    const newcomer = await openPage(browser(), { locale: 'ar' });
    screenshotOnFailure(onTestFailed, () => newcomer.page, 'intake-link-newcomer');
    const phone = newcomer.page;
    await phone.goto(url);
    await waitForScreen(phone, 'مرحبًا Amal!');
    expect(await phone.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    await phone.getByText(`أهلًا بك في ${programmeName} لدى`).waitFor();
    expect(await phone.getByLabel('الاسم الأول').inputValue()).toBe('Amal');
    // The programme collects health information, so its question is asked; religion is not.
    await phone.getByLabel('هل هناك شيء عن صحتك يجب أن يعرفه المنسّق؟').waitFor();
    expect(await phone.getByLabel('الدين أو المعتقد').count()).toBe(0);
    await expectAccessible(phone, 'intake page in Arabic');
    await saveScreens(phone, 'intake-ar');

    // Arabic is also the newcomer's preferred language: it wins over a Dutch browser's.
    const elsewhere = await openPage(browser(), { locale: 'nl-BE' });
    await elsewhere.page.goto(url);
    await waitForScreen(elsewhere.page, 'مرحبًا Amal!');
    await elsewhere.context.close();

    // The languages are at the top, each in its own name.
    await phone.getByRole('button', { name: 'Nederlands' }).click();
    await waitForScreen(phone, 'Hallo Amal!');
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await saveScreens(phone, 'intake-nl');
    await phone.getByRole('button', { name: 'العربية' }).click();
    await waitForScreen(phone, 'مرحبًا Amal!');

    // The link does not say the last name: the newcomer fills it in with the rest.
    await phone.getByLabel('اسم العائلة').fill(lastName);
    await phone.getByLabel('الرمز البريدي').fill('2800');
    await phone.getByLabel('اللغة 1').fill('ar');
    await phone.getByLabel('المستوى 1').selectOption('NATIVE');
    await phone.getByRole('checkbox', { name: 'ممارسة اللغة' }).check();
    await phone.getByRole('checkbox', { name: /أوافق على أن تحفظ البلدية/ }).check();
    await phone.getByRole('button', { name: 'أرسل إجاباتي' }).click();
    await waitForScreen(phone, 'شكرًا لك يا Amal!');
    expect(await phone.getByRole('status').textContent()).toContain(programmeName);
    await expectAccessible(phone, 'intake thanks in Arabic');
    await saveScreens(phone, 'intake-thanks-ar');

    // The coordinator sees the intake done, with the newcomer's answers.
    await page.reload();
    await waitForScreen(page, `Amal ${lastName}`);
    expect(await page.getByTestId('person-status').textContent()).toBe('Intake done');
    expect(await page.getByTestId('person-postcode').textContent()).toBe('2800');
    expect(await page.getByRole('region', { name: 'Intake through a personal link' }).count()).toBe(0);

    // The link worked once.
    await phone.reload();
    await waitForScreen(phone, 'هذا الرابط لم يعد يعمل');
    await phone.getByText('اطلب رابطًا جديدًا من المنسّق المسؤول عنك.').waitFor();
    await expectAccessible(phone, 'used intake link in Arabic');
    await saveScreens(phone, 'intake-gone-ar');
    await newcomer.context.close();
  });
});
