import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe-audit';
import { launchLede, type LedeBrowser } from './lede-browser';

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** What Lede has stored, read the way the extension reads it. */
function storedSettings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>);
}

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el?.labels?.[0]?.textContent ?? el?.textContent ?? null;
  });

/**
 * Headless Chromium shows the host-permission prompt but nothing can answer it, so this
 * stands in for the person's answer: `permissions.request` resolves with what the test set
 * in `window.permissionAnswer`. Everything else (the page, storage, the real
 * `permissions.contains`) is the browser's own.
 */
function answerPermissionPrompts() {
  if (location.pathname !== '/options.html') return;
  const w = window as unknown as { permissionAnswer?: boolean };
  chrome.permissions.request = ((_: unknown, callback?: (granted: boolean) => void) => {
    const granted = w.permissionAnswer === true;
    callback?.(granted);
    return Promise.resolve(granted);
  }) as typeof chrome.permissions.request;
}

describe('options page (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
    await lede.context.addInitScript(answerPermissionPrompts);
  });
  afterAll(async () => {
    await lede?.close();
  });

  const openOptions = async () => {
    const page = await lede.openExtensionPage('options.html');
    await page.getByRole('heading', { level: 1, name: 'Lede options' }).waitFor();
    return page;
  };

  it('is laid out left to right in English and passes axe', async () => {
    const page = await openOptions();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual([
      'en',
      'ltr',
      'Lede options',
    ]);
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual(['Summary', 'Skip links', 'Sites where Lede never runs', 'Reader view defaults', 'Keyboard shortcuts']);
    await expectAxeClean(page);
    await page.close();
  });

  it('saves choices made with the keyboard and keeps them after a reload', async () => {
    const page = await openOptions();
    await page.getByRole('radio', { name: 'Medium, 5 sentences' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Long, 7 sentences');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Key points from the browser’s built-in AI');
    await page.keyboard.press('Space');
    await expect.poll(() => storedSettings(page)).toMatchObject({ summaryLength: 'long', aiKeyPoints: true });

    await page.reload();
    await expect.poll(() => page.getByRole('radio', { name: 'Long, 7 sentences' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Key points from the browser’s built-in AI' }).isChecked()).toBe(true);
    await page.close();
  });

  it('adds sites in canonical form, explains a wrong entry, and removes sites from the keyboard', async () => {
    const page = await openOptions();
    const field = page.getByRole('textbox', { name: 'Website address' });
    await field.fill('news');
    await field.press('Enter');
    const error = page.getByRole('alert');
    await expect.poll(() => error.textContent()).toBe('“news” is not a website address. Enter a name such as example.com.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toContain(await error.getAttribute('id'));
    await expectAxeClean(page);

    await field.fill('https://WWW.Example.com/politics/story');
    await field.press('Enter');
    await field.fill('bücher.de');
    await page.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(async () => (await storedSettings(page)).neverRunOn).toEqual(['www.example.com', 'xn--bcher-kva.de']);
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('status').filter({ hasText: 'added' }).textContent()).toBe('xn--bcher-kva.de added.');

    await field.fill('www.example.com');
    await field.press('Enter');
    await expect.poll(() => error.textContent()).toBe('www.example.com is already on the list.');

    // Removing moves focus to the next entry, then back to the field once the list is empty.
    await page.getByRole('button', { name: 'Remove www.example.com' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Remove xn--bcher-kva.de');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Website address');
    expect(await page.getByText('No sites yet.').isVisible()).toBe(true);
    expect((await storedSettings(page)).neverRunOn).toEqual([]);
    await page.close();
  });

  it('asks for access to every site, and goes back to "on request" when refused', async () => {
    const page = await openOptions();
    const everySite = page.getByRole('radio', { name: 'Automatically on every article I open' });
    const onRequest = page.getByRole('radio', { name: 'When I ask for it, with the shortcut or from the popup' });

    await page.evaluate(() => ((window as unknown as { permissionAnswer: boolean }).permissionAnswer = false));
    await everySite.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Permission' }).textContent()).toBe(
      'Permission was not given, so skip links stay on request.',
    );
    expect(await onRequest.isChecked()).toBe(true);
    expect((await storedSettings(page)).skipLinks ?? 'on-request').toBe('on-request');

    await page.evaluate(() => ((window as unknown as { permissionAnswer: boolean }).permissionAnswer = true));
    await everySite.click();
    await expect.poll(async () => (await storedSettings(page)).skipLinks).toBe('every-site');
    expect(await everySite.isChecked()).toBe(true);

    // The stand-in granted nothing real, which is what a person sees after withdrawing
    // access in the browser: the page says so and offers to ask again.
    await page.reload();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'no longer' }).textContent())
      .toBe('Lede no longer has access to the sites you visit, so skip links appear only on request.');
    expect(await page.getByRole('button', { name: 'Allow access to all sites' }).isVisible()).toBe(true);
    await expectAxeClean(page);

    await onRequest.click();
    await expect.poll(async () => (await storedSettings(page)).skipLinks).toBe('on-request');
    expect(await page.getByRole('button', { name: 'Allow access to all sites' }).count()).toBe(0);
    await page.close();
  });

  it('sets reader defaults with named, spoken-with-unit controls', async () => {
    const page = await openOptions();
    await page.getByRole('combobox', { name: 'Font' }).selectOption({ label: 'Atkinson Hyperlegible' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    // Images in the reader view: a named group, its hint saying what is loaded.
    const images = page.getByRole('group', { name: 'Images' });
    expect(await images.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.locator(`#${await images.getAttribute('aria-describedby')}`).textContent()).toContain('without cookies');
    await images.getByRole('radio', { name: 'Text only' }).check();
    const size = page.getByRole('slider', { name: 'Text size' });
    await size.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await size.getAttribute('aria-valuetext')).toBe('22 px');
    await expect
      .poll(async () => (await storedSettings(page)).reader)
      .toMatchObject({ font: 'atkinson', theme: 'dark', fontSize: 22, images: 'text' });

    await page.getByRole('button', { name: 'Restore reader defaults' }).click();
    await expect.poll(async () => (await storedSettings(page)).reader).toMatchObject({ font: 'serif', theme: 'light', fontSize: 20, images: 'text' });
    expect(await page.getByRole('status').filter({ hasText: 'restored' }).textContent()).toBe('Reader defaults restored.');
    expect(await size.getAttribute('aria-valuetext')).toBe('20 px');
    await page.close();
  });

  it('lists the shortcuts with their keys and where to change them', async () => {
    const page = await openOptions();
    const commands = await page.evaluate(() => chrome.commands.getAll());
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(commands.length + 1);
    // The popup's command has no description of its own in Chrome; the page names it.
    const popupRow = rows.filter({ has: page.getByRole('rowheader', { name: 'Open the Lede popup' }) });
    expect(await popupRow.getByRole('cell').textContent()).toBe(commands.find((c) => c.name === '_execute_action')!.shortcut || 'Not set');
    expect(await page.getByText('chrome://extensions/shortcuts').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Copy address' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).textContent()).toBe('Address copied.');
    // Pasted the way a person would, into the page's own text field.
    const field = page.getByRole('textbox', { name: 'Website address' });
    await field.focus();
    await page.keyboard.press('ControlOrMeta+V');
    expect(await field.inputValue()).toBe('chrome://extensions/shortcuts');
    await page.close();
  });
});

/** Lede's messages in one locale, as the browser serves them (locales/<locale>.yml). */
async function messagesOf(locale: string): Promise<(key: string) => string> {
  const messages = generateChromeMessages(await parseMessagesFile(resolve(import.meta.dirname, `../../locales/${locale}.yml`)));
  return (key) => messages[key.replaceAll('.', '_')]?.message ?? '';
}

/**
 * Lede in each right-to-left UI language it ships. Chromium shows its UI (and so Lede's) in
 * another language only with that language's pack, from Debian's chromium-l10n.
 */
const RTL_UI = ['fa', 'ar'].map((locale) => ({ locale, pak: `/usr/lib/chromium/locales/${locale}.pak` }));
for (const { pak } of RTL_UI) {
  if (!existsSync(pak)) console.warn(`Skipping a right-to-left e2e test: ${pak} is missing (apt-get install chromium-l10n).`);
}

describe.each(RTL_UI)('Lede in $locale (right to left)', ({ locale, pak }) => {
  let lede: LedeBrowser;
  let t: (key: string) => string;
  const installed = existsSync(pak);
  beforeAll(async () => {
    if (!installed) return;
    t = await messagesOf(locale);
    lede = await launchLede({ args: [`--lang=${locale}`], env: { LANGUAGE: locale } });
  });
  afterAll(async () => {
    await lede?.close();
  });

  it.skipIf(!installed)('lays the options page out right to left, in its language, and passes axe', async () => {
    const page = await lede.openExtensionPage('options.html');
    await page.getByRole('heading', { level: 1, name: t('options.title') }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, 'rtl']);
    // The count in the language's digits and plural form, and each radio button to the right of its label.
    const three = await page.evaluate((l) => new Intl.NumberFormat(l).format(3), locale);
    const name = t(`options.summary.short.${new Intl.PluralRules(locale).select(3)}`);
    const label = name.replace('$1', three);
    if (locale === 'fa') expect(label).toBe('کوتاه، ۳ جمله');
    const short = page.getByRole('radio', { name: label });
    const radioBox = (await short.boundingBox())!;
    const labelBox = (await page.getByText(label).boundingBox())!;
    expect(radioBox.x).toBeGreaterThan(labelBox.x + labelBox.width - 1);
    await expectAxeClean(page);
    await page.close();
  });

  it.skipIf(!installed)('lays the popup out right to left, in its language, and passes axe', async () => {
    const article = await lede.openPage('pages/harbour-bridge.html');
    const popup = await lede.openExtensionPage('popup.html', article);
    await popup.locator('h1').waitFor();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, 'rtl']);
    expect(await popup.getByRole('heading', { level: 2 }).first().textContent()).toBe(t('popup.summaryHeading'));
    // The English article keeps its own language and direction inside the right-to-left page.
    expect([await popup.locator('h1').getAttribute('lang'), await popup.locator('h1').evaluate((h) => getComputedStyle(h).direction)]).toEqual(['en', 'ltr']);
    await expectAxeClean(popup);
    await popup.close();
    await article.close();
  });

  it.skipIf(!installed)('lays the reader view out right to left, in its language, and passes axe', async () => {
    const article = await lede.openPage('pages/harbour-bridge.html');
    const reader = await lede.openExtensionPage('reader.html', article);
    await reader.locator('.article-content p').first().waitFor();
    expect(await reader.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, 'rtl']);
    expect(await reader.getByRole('button', { name: t('reader.backToPage') }).count()).toBe(1);
    expect(await reader.locator('.article-content').getAttribute('dir')).toBe('ltr');
    await expectAxeClean(reader);
    await reader.close();
    await article.close();
  });
});
