/**
 * Which tabs Lede may not read, by address (including places the e2e suite can't open without
 * the network, like the web stores) and by the browser's refusal when the address is hidden,
 * and the background's answer for each: a typed `restricted` result, never a throw.
 */
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleForTab } from '../../entrypoints/background/article-service';
import { restrictionFor, restrictionFromRefusal, type Restriction } from '../../lib/restricted-pages';

const CASES: [string, Restriction | null][] = [
  ['chrome://version', 'browser-page'],
  ['chrome://extensions/?id=abc', 'browser-page'],
  ['CHROME://settings', 'browser-page'],
  ['about:blank', 'browser-page'],
  ['about:srcdoc', 'browser-page'],
  ['edge://settings', 'browser-page'],
  ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'browser-page'],
  ['chrome-untrusted://terminal/', 'browser-page'],
  ['devtools://devtools/bundled/inspector.html', 'browser-page'],
  ['moz-extension://1234/reader.html', 'browser-page'],
  ['data:text/html,<p>hi</p>', 'browser-page'],
  ['blob:https://example.org/3c6f', 'browser-page'],
  ['javascript:alert(1)', 'browser-page'],
  ['ftp://example.org/file.txt', 'browser-page'],
  ['https://chromewebstore.google.com/detail/lede/abc', 'web-store'],
  ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
  ['https://microsoftedge.microsoft.com/addons/detail/abc', 'web-store'],
  ['https://addons.mozilla.org/en-US/firefox/addon/lede/', 'web-store'],
  ['chrome-error://chromewebdata/', 'load-failed'],
  ['about:neterror?e=connectionFailure&u=https%3A//example.org/', 'load-failed'],
  ['about:certerror?e=nssBadCert', 'load-failed'],
  ['view-source:https://example.org/', 'view-source'],
  ['VIEW-SOURCE:https://example.org/', 'view-source'],
  ['https://example.org/report.pdf', 'pdf'],
  ['https://example.org/REPORT.PDF?download=1#page=2', 'pdf'],
  ['https://example.org/news/story', null],
  ['http://127.0.0.1:8080/story.html', null],
  // Look-alikes of the stores are ordinary sites.
  ['https://chromewebstore.google.com.evil.example/detail/x', null],
  ['https://example.org/?next=https://addons.mozilla.org/', null],
  ['https://example.org/pdf-guide', null],
];

describe('restrictionFor', () => {
  it.each(CASES)('%s → %s', (url, expected) => {
    expect(restrictionFor(url, { fileAccess: false })).toBe(expected);
  });

  it('file:// needs the file-access setting, and a local PDF is still a PDF', () => {
    expect(restrictionFor('file:///home/me/story.html', { fileAccess: false })).toBe('file-access');
    expect(restrictionFor('file:///home/me/story.html', { fileAccess: true })).toBeNull();
    expect(restrictionFor('file:///home/me/paper.pdf', { fileAccess: true })).toBe('pdf');
  });

  it('a hidden address (no activeTab grant) means no permission yet', () => {
    expect(restrictionFor(undefined, { fileAccess: true })).toBe('no-permission');
    expect(restrictionFor('', { fileAccess: true })).toBe('no-permission');
  });

  it('never throws, and lets through only http(s) and permitted file addresses (fast-check)', () => {
    const urls = fc.oneof(
      fc.string(),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom('view-source:', 'file://', 'chrome://', 'about:', 'https://', 'http://', 'HTTPS://', 'data:', ''), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(urls, fc.boolean(), (url, fileAccess) => {
        const reason = restrictionFor(url, { fileAccess });
        if (reason === null) expect(/^(https?:|file:)/i.test(url)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('restrictionFromRefusal', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'browser-page'],
    ['The extensions gallery cannot be scripted.', 'web-store'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'no-permission'],
    ['Frame with ID 0 is showing error page', 'load-failed'],
    ['Cannot access contents of url "chrome-error://chromewebdata/".', 'load-failed'],
    ['The page did not let Lede in.', 'no-permission'],
    ['', 'no-permission'],
  ] as const)('%s → %s', (message, expected) => {
    expect(restrictionFromRefusal(message)).toBe(expected);
  });
});

describe('the background’s answer for restricted tabs (fake browser)', () => {
  let messages: Record<string, { message: string }>;
  beforeAll(async () => {
    messages = generateChromeMessages(await parseMessagesFile(resolve(import.meta.dirname, '../../locales/en.yml')));
  });
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // The English sentences, as Chrome's i18n would give them.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => messages[name]?.message ?? '');
  });

  async function answerFor(url: string | undefined, options: { fileAccess?: boolean; refusal?: string } = {}) {
    // (`as never`: the fake's methods are typed with their callback overloads, returning void.)
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, url } as never);
    vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue((options.fileAccess ?? false) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(options.refusal ?? 'refused'));
    return { answer: await articleForTab(5), inject };
  }

  it.each(CASES.filter(([, reason]) => reason !== null))('%s is explained without touching the page', async (url, reason) => {
    const { answer, inject } = await answerFor(url);
    expect(answer).toMatchObject({ kind: 'restricted', reason, message: expect.stringMatching(/\w+ \w+/) });
    expect(inject).not.toHaveBeenCalled();
  });

  it('a hidden address is named from the browser’s refusal', async () => {
    expect((await answerFor(undefined, { refusal: 'Cannot access a chrome:// URL' })).answer).toMatchObject({ reason: 'browser-page' });
    expect((await answerFor(undefined, { refusal: 'The extensions gallery cannot be scripted.' })).answer).toMatchObject({ reason: 'web-store' });
  });

  it('a tab whose page failed to load says so, though the tab keeps the address it tried', async () => {
    const { answer } = await answerFor('https://news.example/story', { refusal: 'Frame with ID 0 is showing error page' });
    expect(answer).toMatchObject({ kind: 'restricted', reason: 'load-failed', message: expect.stringMatching(/did not load.*Reload the page/) });
  });

  it('a hung page (a ping that never settles) is "not responding" after the wait, and nothing is injected', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, url: 'https://news.example/story' } as never);
      vi.spyOn(fakeBrowser.extension, 'isAllowedFileSchemeAccess').mockResolvedValue(false as never);
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockReturnValue(new Promise(() => {}) as never);
      const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
      const answer = articleForTab(5, true);
      await vi.advanceTimersByTimeAsync(4_000);
      await expect(answer).resolves.toMatchObject({ kind: 'error', reason: 'not-responding', message: expect.stringMatching(/too busy to answer/) });
      expect(inject).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a closed tab is an error, not a throw', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 5.'));
    await expect(articleForTab(5)).resolves.toEqual({ kind: 'error', message: 'That tab is no longer open.' });
  });
});
