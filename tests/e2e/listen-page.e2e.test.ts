/**
 * Listening on the page itself (issue 18): the article read aloud in the page with the
 * sentence and word marked, the player in its shadow root, line focus, and a clean exit.
 * Speech is the reader tests' scripted speechSynthesis, installed in Lede's isolated world of
 * the tab: it speaks nothing and reports word boundaries only when the test says so.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchLede, type LedeBrowser } from './lede-browser';
import {
  endUtterance,
  inLedeWorld,
  installSpeechInLede,
  normal,
  pageHighlight,
  pageSnapshot,
  playerFocus,
  sayWord,
  speaking,
  spokenLog,
} from './listen-page-helpers';
import { focused, openFresh, readLikeAClick, waitForSkipLinks } from './skip-links-page';

const player = (page: Page) => page.locator('lede-listen section');
const isOpen = (page: Page) => page.evaluate(() => document.querySelector('lede-listen') !== null);

describe('listening on the page (real Chromium, scripted speechSynthesis)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterEach(() => {
    // Nothing leaves the machine: no Lede context asked for anything but the fixture server.
    expect(lede.takeLeaks()).toEqual([]);
  });
  afterAll(async () => {
    await lede?.close();
  });

  /** A fixture page read by Lede, with the fake voice in place and its skip links up. */
  async function articlePage(path = 'pages/nav-article.html'): Promise<Page> {
    const page = await openFresh(lede, path);
    await page.setViewportSize({ width: 1000, height: 700 });
    await readLikeAClick(lede, page);
    await waitForSkipLinks(page);
    await installSpeechInLede(lede, page);
    return page;
  }

  /** "Listen to article" from the skip links, by keyboard only. */
  async function listenByKeyboard(page: Page): Promise<void> {
    for (let i = 0; i < 6 && (await focused(page)).lede !== 'Listen to article'; i++) await page.keyboard.press('Tab');
    expect((await focused(page)).lede).toBe('Listen to article');
    await page.keyboard.press('Enter');
    await expect.poll(() => playerFocus(page)).toMatchObject({ tag: 'button', text: 'Play' });
  }

  it('loads the player only when asked: the always-on parts stay small and never include it', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: unknown; commands: Record<string, { suggested_key?: unknown }> };
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(statSync(join(EXTENSION_DIR, 'page-watch.js')).size).toBeLessThan(10_000);
    expect(statSync(join(EXTENSION_DIR, 'content-scripts/article.js')).size).toBeLessThan(200_000);
    const article = readFileSync(join(EXTENSION_DIR, 'content-scripts/article.js'), 'utf8');
    expect(article).not.toContain('lede-listen');
    expect(article).not.toContain('SpeechSynthesisUtterance');
    // Listen is a command, unassigned: Chrome's four suggested keys stay as they were.
    expect(manifest.commands.listen).toBeDefined();
    expect(manifest.commands.listen!.suggested_key).toBeUndefined();
  });

  it('marks the sentence and then each word being spoken in the page, and moves on sentence by sentence', async () => {
    const page = await articlePage();
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    const first = normal(await speaking(lede, page));
    expect(first).toMatch(/^Sleeper trains will run again/);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(first);
    const word = await sayWord(lede, page, 2);
    await expect.poll(() => pageHighlight(page, 'lede-word')).toBe(word);
    const later = await sayWord(lede, page, 4);
    expect(later).not.toBe(word);
    await expect.poll(() => pageHighlight(page, 'lede-word')).toBe(later);

    await endUtterance(lede, page);
    const second = normal(await speaking(lede, page));
    expect(second).toMatch(/^The new service will leave/);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(second);
    await expect.poll(() => pageHighlight(page, 'lede-word')).toBe('');
    // Only the device's own voice ever speaks.
    expect((await spokenLog(lede, page)).every((u) => u.voice === 'Lede Test Voice')).toBe(true);
  });

  it('keeps the spoken line in view and never under the player', async () => {
    const page = await articlePage();
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    // Far down the article: the last paragraphs lie below the window at first.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+L');
    const text = normal(await speaking(lede, page));
    expect(text).toMatch(/^The authority said it had agreed/);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(text);
    const placement = () =>
      page.evaluate(() => {
        const range = [...CSS.highlights.get('lede-sentence')!][0] as Range;
        const line = range.getClientRects()[0]!;
        const panel = document.querySelector('lede-listen')!.shadowRoot!.querySelector('section')!.getBoundingClientRect();
        return { inView: line.top >= 0 && line.bottom <= innerHeight, covered: line.bottom > panel.top && line.top < panel.bottom };
      });
    await expect.poll(placement).toEqual({ inView: true, covered: false });
  });

  it('jumps straight to the spoken line, with no smooth scrolling, for people who ask for reduced motion', async () => {
    const page = await articlePage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+L');
    expect(normal(await speaking(lede, page))).toMatch(/^The authority said it had agreed/);
    // Read at once, no waiting: an instant scroll has already put the sentence in view.
    expect(
      await page.evaluate(() => {
        const line = ([...CSS.highlights.get('lede-sentence')!][0] as Range).getClientRects()[0]!;
        return line.top >= 0 && line.bottom <= innerHeight;
      }),
    ).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('reads the summary first when asked, each sentence marked where it stands in the article', async () => {
    const page = await articlePage();
    const popup = await lede.openExtensionPage('popup.html', page);
    const response = (await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId: id }), await lede.tabIdOf(page))) as {
      article: { summary: { text: string }[] };
    };
    await popup.close();
    const summary = response.article.summary.map((s) => normal(s.text));
    expect(summary.length).toBeGreaterThan(1);
    await page.bringToFront();
    await listenByKeyboard(page);
    await player(page).getByRole('combobox', { name: 'Read' }).selectOption('summary-first');
    await player(page).getByRole('button', { name: 'Play', exact: true }).click();
    expect(normal(await speaking(lede, page))).toBe(summary[0]);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(summary[0]);
    await endUtterance(lede, page);
    expect(normal(await speaking(lede, page))).toBe(summary[1]);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(summary[1]);
    // Back to reading the whole article next time.
    await player(page).getByRole('combobox', { name: 'Read' }).selectOption('article');
    await player(page).getByRole('button', { name: 'Stop and close' }).click();
  });

  it('works every control from the keyboard, then stops and leaves the page exactly as it was', async () => {
    const page = await articlePage();
    const before = await pageSnapshot(page);
    await listenByKeyboard(page);

    // Single keys while focus is in the player, as in the reader view.
    await page.keyboard.press('k');
    const first = await speaking(lede, page);
    expect(first).not.toBeNull();
    await page.keyboard.press('l');
    const second = await speaking(lede, page);
    expect(second).not.toBe(first);
    // Each step is announced politely.
    const status = () => player(page).locator('[role="status"]').textContent();
    await expect.poll(status).toMatch(/^Sentence 2 of \d+$/);
    await page.keyboard.press('j');
    expect(await speaking(lede, page)).toBe(first);
    await page.keyboard.press('l');
    await page.keyboard.press('l');
    const third = await speaking(lede, page);
    expect([first, second]).not.toContain(third);
    // From the middle of a paragraph, back to its start; then on to the next paragraph.
    await page.keyboard.press('Shift+J');
    expect(await speaking(lede, page)).toBe(second);
    await page.keyboard.press('Shift+L');
    const paragraph = await speaking(lede, page);
    expect([first, second, third]).not.toContain(paragraph);
    await page.keyboard.press('Shift+J');
    expect(await speaking(lede, page)).toBe(second);
    await page.keyboard.press('k');
    expect(await speaking(lede, page)).toBeNull();
    expect(await player(page).locator('button.play').textContent()).toBe('Play');

    // Every control in tab order, each named, each working with Enter, Space or arrows.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      const now = await playerFocus(page);
      if (!now) break;
      stops.push(now.tag === 'button' ? (now.label ?? now.text) : now.tag);
      await page.keyboard.press('Tab');
    }
    expect(stops).toEqual(['Previous paragraph', 'Previous sentence', 'Play', 'Next sentence', 'Next paragraph', 'Stop and close', 'input', 'select', 'select', 'select']);
    await page.keyboard.press('Shift+Tab');
    while ((await playerFocus(page))?.label !== 'Next sentence') await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await playerFocus(page))?.text).toBe('Play');
    await page.keyboard.press('Space');
    expect(await speaking(lede, page)).toBe(second);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await speaking(lede, page)).toBe(third);

    // Speed: the slider's arrow keys; the new rate applies at once.
    await player(page).getByRole('slider', { name: 'Speed' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await spokenLog(lede, page)).at(-1)!.rate).toBe(1.1);
    // What to read: the key quotes only, each after who said it.
    await player(page).getByRole('combobox', { name: 'Read' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => player(page).getByRole('combobox', { name: 'Read' }).inputValue()).toBe('key-quotes');
    await player(page).getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Enter');
    const quote = await speaking(lede, page);
    expect(quote).toMatch(/^[A-Z][\p{L} ]+: /u);
    // The speaker is said, not marked: the mark is on the quoted words in the page.
    const quoted = normal(quote!.slice(quote!.indexOf(': ') + 2));
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(quoted);
    // The voice list takes letters itself, so K does nothing there.
    await player(page).getByRole('combobox', { name: 'Voice' }).focus();
    expect(await player(page).getByRole('combobox', { name: 'Voice' }).locator('option').allTextContents()).toEqual(['Lede Test Voice (British English)']);
    // Line focus: three lines, off by default.
    const lineFocus = player(page).getByRole('combobox', { name: 'Line focus' });
    expect(await lineFocus.inputValue()).toBe('0');
    await lineFocus.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lineFocus.inputValue()).toBe('3');
    await expect.poll(() => page.evaluate(() => document.querySelector('lede-listen')!.shadowRoot!.querySelectorAll('.dim').length)).toBeGreaterThan(0);
    await lineFocus.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => lineFocus.inputValue()).toBe('0');
    await player(page).getByRole('combobox', { name: 'Read' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');

    // Escape stops and closes; focus goes back where it was, and the page is as it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await speaking(lede, page)).toBeNull();
    expect((await focused(page)).lede).toBe('Listen to article');
    expect(await pageSnapshot(page)).toEqual(before);
  });

  it('line focus: a band that follows the line being read, then moves line by line with the arrow keys, dimming the rest of the article', async () => {
    const page = await articlePage();
    await listenByKeyboard(page);
    const lineFocus = player(page).getByRole('combobox', { name: 'Line focus' });
    await lineFocus.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => lineFocus.inputValue()).toBe('1');
    /** The clear band between the two dimmed parts of the article, in page coordinates. */
    const band = () =>
      page.evaluate(() => {
        const dims = [...document.querySelector('lede-listen')!.shadowRoot!.querySelectorAll('.dim')].map((d) => d.getBoundingClientRect());
        const article = document.querySelector('article')!.getBoundingClientRect();
        if (dims.length !== 2) return null;
        return { top: dims[0]!.bottom + scrollY, bottom: dims[1]!.top + scrollY, left: dims[0]!.left, right: dims[0]!.right, article: { left: article.left, right: article.right } };
      });
    await player(page).getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Enter');
    await sayWord(lede, page, 1);
    const spokenLine = () =>
      page.evaluate(() => {
        const rect = ([...CSS.highlights.get('lede-word')!][0] as Range).getBoundingClientRect();
        return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
      });
    await expect.poll(async () => {
      const b = await band();
      const line = await spokenLine();
      return b !== null && line.top >= b.top && line.bottom <= b.bottom && b.bottom - b.top < 3 * (line.bottom - line.top);
    }).toBe(true);
    // Only the article is dimmed, not the page around it.
    const first = (await band())!;
    expect(first.left).toBeGreaterThanOrEqual(first.article.left - 1);
    expect(first.right).toBeLessThanOrEqual(first.article.right + 1);

    // Paused, reading silently: the arrow keys move the band a line at a time.
    await page.keyboard.press('k');
    await page.locator('article p').nth(1).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await band())!.top).toBeGreaterThan(first.top);
    const second = (await band())!;
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await band())!.top).toBeGreaterThan(second.top);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => Math.round((await band())!.top)).toBe(Math.round(second.top));

    await player(page).getByRole('button', { name: 'Stop and close' }).click();
    await expect.poll(() => isOpen(page)).toBe(false);
  });

  it('marks the words without the Highlight API too, and still leaves the page as it was', async () => {
    const page = await articlePage();
    const before = await pageSnapshot(page);
    // A browser without the CSS Custom Highlight API, as Lede's scripts see it.
    await inLedeWorld(lede, page, () => {
      delete (globalThis as { Highlight?: unknown }).Highlight;
    });
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    const word = await sayWord(lede, page, 1);
    expect(word).toBeTruthy();
    const marks = () =>
      page.evaluate(() => {
        const root = document.querySelector('lede-listen')!.shadowRoot!;
        const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.startsWith('Sleeper trains'))!.getBoundingClientRect();
        const boxes = [...root.querySelectorAll('.mark')].map((m) => ({ kind: m.classList.contains('lede-word') ? 'word' : 'sentence', rect: m.getBoundingClientRect() }));
        return {
          sentence: boxes.filter((b) => b.kind === 'sentence').length,
          word: boxes.filter((b) => b.kind === 'word').length,
          insideParagraph: boxes.every((b) => b.rect.top >= p.top - 1 && b.rect.bottom <= p.bottom + 1 && b.rect.left >= p.left - 1 && b.rect.right <= p.right + 1),
          pageHighlights: CSS.highlights.size,
        };
      });
    await expect.poll(marks).toMatchObject({ word: 1, insideParagraph: true, pageHighlights: 0 });
    expect((await marks()).sentence).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await pageSnapshot(page)).toEqual(before);
  });

  it('has no accessibility violations in the player', async () => {
    const page = await articlePage();
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).not.toBe('');
    const { violations } = await new AxeBuilder({ page })
      .include('lede-listen')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await player(page).getByRole('button', { name: 'Stop and close' }).click();
  });

  it('goes on with the next paragraph when the page replaces the one being read', async () => {
    const page = await articlePage();
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+L');
    const reading = normal(await speaking(lede, page));
    expect(reading).toMatch(/^The new service will leave/);
    // The site's own script swaps the paragraph for a new element (as live blogs and ads do).
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent!.startsWith('The new service'))!;
      const replacement = document.createElement('p');
      replacement.textContent = 'Updated: this paragraph was rewritten by the site.';
      p.replaceWith(replacement);
    });
    await expect.poll(async () => normal(await speaking(lede, page))).toMatch(/^“People have asked us for this train/);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toMatch(/^“People have asked us for this train/);
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
  });

  it('closes cleanly when the page navigates', async () => {
    const page = await articlePage();
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).not.toBe('');
    await page.evaluate(() => history.pushState({}, '', '/pages/elsewhere'));
    await expect.poll(() => isOpen(page)).toBe(false);
    expect(await speaking(lede, page)).toBeNull();
    expect(await page.evaluate(() => [CSS.highlights.size, document.adoptedStyleSheets.length])).toEqual([0, 0]);
  });

  it('reads a right-to-left article, marking its words in place', async () => {
    const page = await articlePage('pages/reader-rtl.html');
    await listenByKeyboard(page);
    await page.keyboard.press('Enter');
    const first = normal(await speaking(lede, page));
    expect(first).toMatch(/^قطارهای شبانه از شهریور/);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(first);
    await endUtterance(lede, page);
    const second = normal(await speaking(lede, page));
    expect(second).toMatch(/^این خبر را شرکت/);
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toBe(second);
    const word = await sayWord(lede, page, 3);
    await expect.poll(() => pageHighlight(page, 'lede-word')).toBe(word);
    // No Persian voice here: the one on the device reads, and the player says so.
    expect(await player(page).locator('.hint').textContent()).toContain('Lede Test Voice');
    await page.keyboard.press('Escape');
  });

  it('opens from the Listen shortcut, and a second press brings focus back to the one player', async () => {
    const page = await articlePage();
    const tabId = await lede.tabIdOf(page);
    const run = () => lede.worker().then((w) => w.evaluate((id) => globalThis.ledeCommands.run('listen', id), tabId));
    expect(await run()).toEqual({ ok: true });
    await expect.poll(() => playerFocus(page)).toMatchObject({ text: 'Play' });
    await player(page).getByRole('slider', { name: 'Speed' }).focus();
    expect(await run()).toEqual({ ok: true });
    await expect.poll(() => playerFocus(page)).toMatchObject({ text: 'Play' });
    expect(await page.evaluate(() => document.querySelectorAll('lede-listen').length)).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page)).toBe(false);
  });

  it('opens from the popup’s Listen button', async () => {
    const page = await articlePage();
    const popup = await lede.openExtensionPage('popup.html', page);
    await popup.getByRole('button', { name: 'Listen', exact: true }).click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await popup.close().catch(() => undefined);
    await page.bringToFront();
    await player(page).getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => pageHighlight(page, 'lede-sentence')).toMatch(/^Sleeper trains will run again/);
    await player(page).getByRole('button', { name: 'Stop and close' }).click();
    await expect.poll(() => isOpen(page)).toBe(false);
  });
});
