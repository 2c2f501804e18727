/**
 * WCAG 2.2's visual presentation, in the reader view and the popup (real Chromium, built
 * extension): text spacing (1.4.12), line length (1.4.8), reflow at 320 CSS pixels (1.4.10),
 * forced colours and reduced motion.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type LedeBrowser } from './lede-browser';
import { openReader } from './reader-page';

/**
 * WCAG 1.4.12's values, set on every element as a user style sheet would. Set through the
 * CSSOM: the pages' CSP refuses a <style> element, not a script's own changes.
 */
function applyTextSpacing(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('body, body *')) {
      el.style.setProperty('line-height', '1.5', 'important');
      el.style.setProperty('letter-spacing', '0.12em', 'important');
      el.style.setProperty('word-spacing', '0.16em', 'important');
      if (el.localName === 'p') el.style.setProperty('margin-bottom', '2em', 'important');
    }
  });
}

/** What is cut off: text in a box that hides its overflow, and a page wider than its window. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || !el.getClientRects().length) continue;
      const hides = (value: string) => value === 'hidden' || value === 'clip';
      // A visually hidden text (the 1px screen-reader pattern) is meant to be clipped.
      if (el.clientWidth <= 1 && el.clientHeight <= 1) continue;
      if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        found.push(`${el.localName}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`);
      }
    }
    if (document.documentElement.scrollWidth > innerWidth) found.push(`page ${document.documentElement.scrollWidth}px wide in ${innerWidth}px`);
    return found;
  });
}

/** Elements whose content reaches past the window's right (or left) edge. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > innerWidth) out.push(`page: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const box = el.getBoundingClientRect();
      if (!box.width || getComputedStyle(el).position === 'absolute') continue;
      if (box.right > innerWidth + 1 || box.left < -1) out.push(`${el.localName}.${el.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    return out;
  });
}

/** The number of characters on each line of the article's paragraphs, as laid out. */
function lineLengths(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    // Measured in the chosen font, not in the fallback shown while it loads.
    const family = getComputedStyle(document.querySelector('.article-content')!).fontFamily;
    await document.fonts.load(`20px ${family}`);
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const lengths: number[] = [];
    for (const p of document.querySelectorAll('.article-content p')) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        for (const { index } of [...text.matchAll(/[^\s]/gu)]) {
          range.setStart(node, index!);
          range.setEnd(node, index! + 1);
          const top = Math.round(range.getClientRects()[0]?.top ?? -1);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
        // Spaces count as characters too, as WCAG counts them; one per gap between words.
        for (const { index } of [...text.matchAll(/\s+/gu)]) {
          if (index === 0) continue;
          range.setStart(node, index!);
          range.setEnd(node, index! + 1);
          const top = Math.round(range.getClientRects()[0]?.top ?? -1);
          if (lines.has(top)) lines.set(top, lines.get(top)! + 1);
        }
      }
      lengths.push(...lines.values());
    }
    return lengths;
  });
}

interface Colours {
  text: string;
  contrast: number;
}

/** Every text's colour against the background it is drawn on, with their contrast ratio. */
function textContrasts(page: Page): Promise<Colours[]> {
  return page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (el: Element | null): string => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        const alpha = rgb(bg)[3];
        if (alpha === undefined || alpha > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const out: Colours[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue!.trim());
      if (!own || !el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
      const [l1, l2] = [luminance(rgb(getComputedStyle(el).color)), luminance(rgb(background(el)))].sort((a, b) => b - a);
      out.push({ text: `${el.localName}: ${el.textContent!.trim().slice(0, 30)}`, contrast: (l1! + 0.05) / (l2! + 0.05) });
    }
    return out;
  });
}

describe('visual presentation (WCAG 2.2)', () => {
  let lede: LedeBrowser;
  let article: Page;
  beforeAll(async () => {
    lede = await launchLede();
    article = await lede.openPage('pages/reader-article.html');
  });
  afterAll(async () => {
    await lede?.close();
  });

  async function reader(width = 1280, height = 900): Promise<Page> {
    const page = await openReader(lede, article);
    await page.setViewportSize({ width, height });
    await page.locator('.article-content p').first().waitFor();
    return page;
  }

  async function popup(width: number, height = 700): Promise<Page> {
    const page = await lede.openExtensionPage('popup.html', article);
    await page.setViewportSize({ width, height });
    await page.locator('.jump-item').first().waitFor();
    return page;
  }

  it('1.4.12: word spacing is one of the display controls, and the reader and popup survive the text-spacing values', async () => {
    const page = await reader();
    await page.getByRole('button', { name: 'Display' }).click();
    const word = page.getByLabel('Word spacing');
    await word.fill('0.16');
    expect(await page.locator('.article-content p').first().evaluate((p) => getComputedStyle(p).wordSpacing)).toBe(`${0.16 * 20}px`);
    expect(await page.locator('output[for="pref-wordSpacing"]').textContent()).toBe('0.16 em');
    await page.getByRole('button', { name: 'Restore defaults' }).click();

    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await applyTextSpacing(page);
      expect(await clipped(page), `reader at ${width}px`).toEqual([]);
      const small = await popup(width === 1280 ? 400 : 320);
      await applyTextSpacing(small);
      expect(await clipped(small), `popup at ${width}px`).toEqual([]);
      await small.close();
    }
  });

  it('1.4.8: lines hold at most 80 characters at the widest setting, and 40 in Chinese, Japanese and Korean', async () => {
    // A window wide enough that the setting, not the window, sets the measure.
    const page = await reader(2400, 900);
    await page.getByRole('button', { name: 'Display' }).click();
    const width = page.getByLabel('Line length');
    expect(await width.getAttribute('max')).toBe('80');
    await width.fill('80');
    for (const font of ['Source Serif', 'Source Sans', 'Atkinson Hyperlegible', 'OpenDyslexic']) {
      await page.getByRole('radio', { name: font }).check();
      const lengths = await lineLengths(page);
      expect(lengths.length).toBeGreaterThan(10);
      expect(Math.max(...lengths), font).toBeLessThanOrEqual(80);
      // The setting is a measure, not a squeeze: the longest lines come close to it.
      expect(Math.max(...lengths), font).toBeGreaterThan(64);
    }

    const ja = await lede.openPage('pages/lang-ja.html');
    const japanese = await openReader(lede, ja);
    await japanese.setViewportSize({ width: 2400, height: 900 });
    await japanese.locator('.article-content p').first().waitFor();
    await japanese.getByRole('button', { name: 'Display' }).click();
    await japanese.getByLabel('Line length').fill('80');
    const lengths = await lineLengths(japanese);
    expect(lengths.length).toBeGreaterThan(3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(40);
    // Long enough paragraphs fill their lines: the limit is a measure, not a squeeze.
    expect(Math.max(...lengths)).toBeGreaterThan(30);
  });

  it('1.4.10: no horizontal scrolling at 320 CSS pixels (1280 at 400% zoom) in the reader and the popup', async () => {
    const page = await reader(320, 256);
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    expect(await overflowing(page)).toEqual([]);
    const small = await popup(320, 256);
    expect(await overflowing(small)).toEqual([]);
  });

  it('forced colours: every text in the reader and the popup keeps its contrast, whatever the theme', async () => {
    for (const theme of ['Sepia', 'High contrast']) {
      const page = await reader();
      await page.getByRole('button', { name: 'Display' }).click();
      await page.getByRole('radio', { name: theme }).check();
      await page.emulateMedia({ forcedColors: 'active' });
      const low = (await textContrasts(page)).filter((c) => c.contrast < 4.5);
      expect(low, theme).toEqual([]);
      // The system's colours, not the theme's, draw the text.
      const colours = await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const system = getComputedStyle(probe).color;
        probe.remove();
        return { system, text: getComputedStyle(document.querySelector('.article-content p')!).color };
      });
      expect(colours.text).toBe(colours.system);
      await page.close();
    }
    const small = await popup(400);
    await small.emulateMedia({ forcedColors: 'active' });
    expect((await textContrasts(small)).filter((c) => c.contrast < 4.5)).toEqual([]);
  });

  it('prefers-reduced-motion: no smooth scrolling, transitions or animations', async () => {
    const motion = (page: Page) =>
      page.evaluate(() => ({
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        moving: [...document.querySelectorAll('*')].filter((el) => {
          const style = getComputedStyle(el);
          return style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || style.animationName !== 'none';
        }).length,
      }));
    const page = await reader();
    expect((await motion(page)).scroll).toBe('smooth');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await motion(page)).toEqual({ scroll: 'auto', moving: 0 });

    const small = await popup(400);
    expect((await motion(small)).moving).toBeGreaterThan(0);
    await small.emulateMedia({ reducedMotion: 'reduce' });
    expect((await motion(small)).moving).toBe(0);
  });
});
