import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type LedeBrowser } from './lede-browser';
import { openReader, recordExtensionRequests } from './reader-page';

describe('reader view (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  let requests: string[];
  beforeAll(async () => {
    lede = await launchLede();
    requests = recordExtensionRequests(lede.context);
    // Text only, as before images could be shown: these tests hold the reader to no request
    // at all (reader-images.e2e.test.ts tests the images it shows).
    await (await lede.worker()).evaluate(() => chrome.storage.sync.set({ settings: { reader: { images: 'text' } }, settings$: { v: 3 } }));
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('shows the title, meta, source link, summary, key quotes and the article under a rebuilt outline', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article);
    const main = reader.locator('main#article');
    await expect.poll(() => main.locator('h1').textContent()).toBe('Night trains return to the northern line');
    expect(await reader.title()).toBe('Night trains return to the northern line – Lede reader view');
    const meta = await main.locator('.article-meta').textContent();
    expect(meta).toContain('The Northport Ledger');
    expect(meta).toContain('Sam Adeyemi');
    expect(meta).toMatch(/\d+ min read/);
    const source = main.locator('.source-link a');
    expect(await source.getAttribute('href')).toBe(lede.server.url('pages/reader-article.html'));
    expect(await source.getAttribute('rel')).toBe('noopener noreferrer');

    // One h1 (the title); the article's h4/h5/h3 become h2/h3/h2, with no level skipped.
    const outline = await main.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => `${h.localName} ${h.textContent}`));
    expect(outline.filter((h) => h.startsWith('h1'))).toHaveLength(1);
    const articleHeadings = await main.locator('.article-content :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => `${h.localName} ${h.textContent}`));
    expect(articleHeadings).toEqual(['h2 A slower way north', 'h3 Cabins and carriages', 'h2 Fares']);

    // Summary and quotes: collapsible sections with headings, expanded to start with.
    for (const name of ['Summary', 'Key quotes']) {
      const toggle = main.getByRole('button', { name, exact: true });
      expect(await toggle.evaluate((el) => el.parentElement!.localName)).toBe('h2');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await reader.locator(`#${await toggle.getAttribute('aria-controls')}`).isHidden()).toBe(true);
      await toggle.click();
    }
    // A summary sentence leads to its place in the article: focused and marked.
    const sentence = main.locator('#summary-content .jump-item').first();
    const text = (await sentence.textContent())!;
    await sentence.click();
    await expect.poll(() => reader.evaluate(() => document.activeElement?.closest('.article-content') !== null)).toBe(true);
    expect(await reader.evaluate(() => document.activeElement!.textContent)).toContain(text);
    expect(await reader.evaluate(() => [...(CSS.highlights.get('lede-target') ?? [])].map((r) => r.toString()).join(''))).toBe(text);
    expect(requests).toEqual([]);
  });

  it('with “text only”, shows images as their descriptions and loads nothing from the network', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article);
    const content = reader.locator('.article-content');
    await content.locator('p').first().waitFor();
    expect(await content.locator('img').count()).toBe(0);
    expect(await content.locator('.lede-image').allTextContents()).toEqual([
      'Image: A blue sleeper carriage at Northport station',
      'Image: Train icon',
      'Image without description',
    ]);
    expect(await content.locator('figure figcaption').first().textContent()).toContain('The refurbished carriages');
    const link = content.getByRole('link', { name: 'Harbour Road' });
    expect(await link.getAttribute('href')).toBe(lede.server.url('stations/harbour'));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(requests).toEqual([]);
  });

  it('skip links move focus to the article and to the controls', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article);
    await reader.locator('.article-content p').first().waitFor();
    await reader.keyboard.press('Tab');
    const skip = reader.getByRole('link', { name: 'Skip to article' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    // Visible while focused: inside the viewport.
    const box = (await skip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    await reader.keyboard.press('Enter');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('article');
    await reader.keyboard.press('Shift+Tab');
    await reader.getByRole('link', { name: 'Skip to reader controls' }).focus();
    await reader.keyboard.press('Enter');
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe('controls');
    await reader.keyboard.press('Tab');
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe('Back to the page');
  });

  it('“Back to the page” brings the article’s tab to the front', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const tabId = await lede.tabIdOf(article);
    const reader = await openReader(lede, article);
    await reader.getByRole('button', { name: 'Back to the page' }).click();
    await expect
      .poll(async () => (await lede.worker()).evaluate((id) => chrome.tabs.get(id).then((t) => t.active), tabId))
      .toBe(true);
  });

  it('lays out a right-to-left article right to left', async () => {
    const article = await lede.openPage('pages/reader-rtl.html');
    const reader = await openReader(lede, article);
    const content = reader.locator('.article-content');
    await content.locator('p').first().waitFor();
    expect(await content.getAttribute('dir')).toBe('rtl');
    expect(await content.getAttribute('lang')).toBe('fa');
    expect(await content.locator('p').first().evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
    expect(await reader.locator('main h1').getAttribute('dir')).toBe('rtl');
    // Lede's own controls stay in the UI's language and direction.
    expect(await reader.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
  });

  it('remembers display settings across a reload', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article);
    await reader.locator('.article-content p').first().waitFor();
    await reader.getByRole('button', { name: 'Display' }).click();
    const size = reader.getByLabel('Text size');
    await size.focus();
    for (let i = 0; i < 4; i++) await reader.keyboard.press('ArrowRight');
    await reader.getByRole('radio', { name: 'Dark' }).check();
    await reader.getByRole('radio', { name: 'OpenDyslexic' }).check();
    await reader.getByRole('radio', { name: 'Justified' }).check();
    await reader.getByLabel('Line spacing').fill('2');
    expect(await reader.evaluate(() => getComputedStyle(document.querySelector('.reader-main')!).fontSize)).toBe('24px');
    await expect
      .poll(() => reader.evaluate(() => chrome.storage.sync.get('settings').then((s) => (s.settings as { reader?: { theme?: string } })?.reader?.theme)))
      .toBe('dark');

    await reader.reload();
    await reader.locator('.article-content p').first().waitFor();
    const applied = await reader.evaluate(() => {
      const main = getComputedStyle(document.querySelector('.reader-main')!);
      const text = getComputedStyle(document.querySelector('.article-text')!);
      return {
        fontSize: main.fontSize,
        lineHeight: main.lineHeight,
        font: main.fontFamily,
        align: text.textAlign,
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    expect(applied).toEqual({ fontSize: '24px', lineHeight: '48px', font: expect.stringMatching(/^OpenDyslexic/), align: 'justify', background: 'rgb(23, 24, 27)' });
    await reader.getByRole('button', { name: 'Display' }).click();
    expect(await reader.getByLabel('Text size').inputValue()).toBe('24');
    expect(await reader.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    // The bundled font is the one in use: no fallback, nothing fetched.
    expect(await reader.evaluate(() => document.fonts.check('24px OpenDyslexic'))).toBe(true);
    await reader.getByRole('button', { name: 'Restore defaults' }).click();
    expect(await reader.getByLabel('Text size').inputValue()).toBe('20');
    expect(requests).toEqual([]);
  });

  it('line focus dims all but the current line and moves it line by line with the arrow keys', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article);
    await reader.setViewportSize({ width: 700, height: 800 });
    await reader.locator('.article-content p').first().waitFor();
    await reader.getByRole('button', { name: 'Display' }).click();
    await reader.getByLabel(/Line focus/).check();
    const region = reader.getByRole('region', { name: /Article text/ });
    await region.focus();
    // The focused line is the `lede-line` highlight; its paragraph carries data-lede-current.
    const place = () =>
      reader.evaluate(async () => {
        // Preact renders a key press's change on its next tick: read after the next frame.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
        const range = [...(CSS.highlights.get('lede-line') ?? [])][0] as Range | undefined;
        const paragraph = document.querySelector('[data-lede-current]');
        return { line: range ? squash(range.toString()) : '', paragraph: squash(paragraph?.textContent ?? '') };
      });
    const start = await place();
    expect(start.paragraph.startsWith(start.line)).toBe(true);

    // Down walks each paragraph's lines in order, then on to the next paragraph's first line.
    const walk = [start];
    for (let i = 0; i < 12; i++) {
      await reader.keyboard.press('ArrowDown');
      walk.push(await place());
    }
    const paragraphs: { paragraph: string; lines: string[] }[] = [];
    for (const { paragraph, line } of walk) {
      if (paragraphs.at(-1)?.paragraph === paragraph) paragraphs.at(-1)!.lines.push(line);
      else paragraphs.push({ paragraph, lines: [line] });
    }
    // Every paragraph walked through whole reads back as its lines; some have several.
    for (const { paragraph, lines } of paragraphs.slice(0, -1)) expect(lines.join(' ')).toBe(paragraph);
    expect(paragraphs.some((p) => p.lines.length > 1)).toBe(true);
    // Up from a paragraph's first line goes back to the last line of the one before.
    while ((await place()).paragraph === paragraphs.at(-1)!.paragraph) await reader.keyboard.press('ArrowUp');
    const before = paragraphs.at(-2)!;
    expect(await place()).toMatchObject({ paragraph: before.paragraph, line: before.lines.at(-1) });

    // The focused line in the theme's text colour on its band; the rest in the dimmed colour.
    const colours = await reader.evaluate(() => {
      const colourOf = (value: string) => {
        const probe = document.createElement('span');
        probe.style.color = value;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      };
      const paragraph = document.querySelector('[data-lede-current]')!;
      return {
        line: getComputedStyle(paragraph, '::highlight(lede-line)').color,
        rest: getComputedStyle(paragraph).color,
        text: colourOf('var(--text)'),
        dim: colourOf('var(--dim)'),
      };
    });
    expect(colours.line).toBe(colours.text);
    expect(colours.rest).toBe(colours.dim);
    expect(colours.rest).not.toBe(colours.line);

    // Hovering a paragraph moves the focus to the line under the pointer.
    const last = reader.locator('.article-content p').last();
    await last.hover({ position: { x: 5, y: 5 } });
    const hovered = await place();
    expect(hovered.paragraph).toBe(((await last.textContent()) ?? '').replace(/\s+/g, ' ').trim());
    expect(hovered.paragraph.startsWith(hovered.line)).toBe(true);
    await reader.getByLabel(/Line focus/).uncheck();
    expect(await reader.locator('[data-lede-current]').count()).toBe(0);
    expect(await reader.evaluate(() => CSS.highlights.has('lede-line'))).toBe(false);
    expect(await reader.getByRole('region', { name: /Article text/ }).count()).toBe(0);
  });

  it('prints the article without the controls', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await lede.context.newPage();
    await reader.addInitScript(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = 1);
    });
    await reader.goto(`chrome-extension://${lede.extensionId}/reader.html?tab=${await lede.tabIdOf(article)}`);
    await reader.getByRole('button', { name: 'Print' }).click();
    expect(await reader.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    await reader.emulateMedia({ media: 'print' });
    expect(await reader.locator('#controls').isVisible()).toBe(false);
    expect(await reader.locator('.skip-links a').first().isVisible()).toBe(false);
    expect(await reader.locator('main h1').isVisible()).toBe(true);
    expect(await reader.locator('.article-content p').first().isVisible()).toBe(true);
  });

  it('saves the clean article as one self-contained HTML file', async () => {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article);
    await reader.locator('.article-content p').first().waitFor();
    const [download] = await Promise.all([reader.waitForEvent('download'), reader.getByRole('link', { name: 'Save as HTML' }).click()]);
    expect(download.suggestedFilename()).toBe('Night trains return to the northern line.html');
    const html = await readFile((await download.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>Night trains return to the northern line</h1>');
    expect(html).toContain('Sleeper trains will run between Northport');
    expect(html).toContain('Image: A blue sleeper carriage at Northport station');
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`);
    expect(html).not.toMatch(/<script|<img|<link|style="/i);
    expect(requests).toEqual([]);
  });
});

describe('reader view states', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('explains a reader opened without a page', async () => {
    const reader = await openReader(lede, null);
    await expect.poll(() => reader.locator('main h1').textContent()).toBe('This reader view shows no page');
    expect(await reader.locator('main').textContent()).toContain('Open a news article');
  });

  it('says when the page has no article, with a way to try again and back', async () => {
    const page = await lede.openPage('pages/reader-no-article.html');
    const reader = await openReader(lede, page);
    await expect.poll(() => reader.locator('main h1').textContent()).toBe('No article on this page');
    await reader.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => reader.locator('main h1').textContent()).toBe('No article on this page');
    expect(await reader.getByRole('button', { name: 'Back to the page' }).count()).toBe(1);
  });

  it('explains a page Lede may not read', async () => {
    // Anything ending in .pdf is treated as the PDF viewer's, whatever it holds.
    lede.server.route('/pages/report.pdf', { body: '<!doctype html><title>Report</title><p>Report text.</p>' });
    const page = await lede.openPage('pages/report.pdf');
    const reader = await openReader(lede, page);
    await expect.poll(() => reader.locator('main h1').textContent()).toBe('Lede cannot read this page');
    expect(await reader.locator('main').textContent()).toContain('PDF');
    expect(await reader.getByRole('button', { name: 'Back to the page' }).count()).toBe(1);
  });

  it('explains an error, with a way to try again', async () => {
    const reader = await openReader(lede, null, { tabId: 999_999 });
    await expect.poll(() => reader.locator('main h1').textContent()).toBe('Lede could not read this page');
    expect(await reader.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  });
});
