// The public sign-up page of a programme, as a volunteer who reads Arabic sees it: right to left,
// accessible, with the API's field errors next to their field. No sign-in anywhere.
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { expectAccessible, openPage, screenshotOnFailure, unique, useBrowser, waitForScreen } from './helpers/browser';
import { createActiveProgramme } from './helpers/programmes';
import { saveScreens } from './helpers/screens';

const stack = inject('stack');
const browser = useBrowser();
const programmeName = `Buddywerking ${unique()}`;
let signupPath = '';

beforeAll(async () => {
  const programme = await createActiveProgramme(stack, { name: programmeName, kind: 'SOCIAL_BUDDY', languages: ['NL', 'AR'], publicSignupOpen: true });
  signupPath = programme.publicSignupPath;
});

describe('public sign-up page', () => {
  test('in Arabic it is right to left and accessible, and a bad postcode is shown at its field', { timeout: 120_000 }, async ({ onTestFailed }) => {
    const { page } = await openPage(browser(), { locale: 'en-GB' });
    screenshotOnFailure(onTestFailed, () => page, 'public-signup-ar');

    // A link that is not (or no longer) open says so.
    await page.goto(`${stack.BaseUrl}/#/join/mechelen/UHJvZ3JhbW1lOm5vdGhpbmc`);
    await waitForScreen(page, 'This sign-up page is not open');

    await page.goto(`${stack.BaseUrl}${signupPath}`);
    await waitForScreen(page, `Become a buddy: ${programmeName}`);
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'العربية' });
    await waitForScreen(page, `كن رفيقًا: ${programmeName}`);
    expect(await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))).toEqual({ lang: 'ar', dir: 'rtl' });
    // Mirrored: the form's labels start at the right edge.
    const label = await page.getByText('الاسم الأول', { exact: true }).boundingBox();
    const input = await page.getByLabel('الاسم الأول').boundingBox();
    if (!label || !input) throw new Error('The first name field is not on the page');
    expect(Math.abs(label.x + label.width - (input.x + input.width))).toBeLessThan(2);
    await expectAccessible(page, 'public sign-up in Arabic');

    await page.getByLabel('الاسم الأول').fill('سارة');
    await page.getByLabel('اسم العائلة').fill(`Janssens-${unique()}`);
    await page.getByLabel('البريد الإلكتروني').fill(`sara.${unique()}@example.org`);
    await page.getByLabel('الرمز البريدي').fill('ABC');
    await page.getByLabel('اللغة 1').fill('ar');
    await page.getByLabel('المستوى 1').selectOption('NATIVE');
    await page.getByRole('table').getByRole('checkbox').first().check();
    await page.getByRole('checkbox', { name: 'ممارسة اللغة' }).check();
    await page.getByLabel('لماذا تريد أن تصبح رفيقًا؟').fill('أحب مساعدة الآخرين.');
    await page.getByRole('radio', { name: '1' }).check();
    await page.getByRole('checkbox', { name: /أوافق على أن تحفظ البلدية/ }).check();
    await page.getByRole('checkbox', { name: /أوافق على تقديم شهادة حسن السيرة/ }).check();
    await page.getByRole('button', { name: 'أرسل طلبي' }).click();

    // The API refuses the postcode: the error sits at the field, which gets the focus.
    const postcode = page.getByLabel('الرمز البريدي');
    await page.getByText('أدخل رمزًا بريديًا صحيحًا.').waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await postcode.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page, 'public sign-up in Arabic with a field error');
    await saveScreens(page, 'public-signup-ar');

    await postcode.fill('2800');
    await page.getByRole('button', { name: 'أرسل طلبي' }).click();
    await waitForScreen(page, 'شكرًا على طلبك');
    await expectAccessible(page, 'public sign-up thanks in Arabic');
  });
});
