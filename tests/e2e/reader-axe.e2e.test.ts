import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe-audit';
import { launchLede, type LedeBrowser } from './lede-browser';
import { highlighted, openReader } from './reader-page';
import { imagesShown, serveImageArticle } from './reader-images-fixture';

describe('reader view accessibility (axe-core in real Chromium)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
    await serveImageArticle(lede);
  });
  afterAll(async () => {
    await lede?.close();
  });

  for (const theme of ['Light', 'Sepia', 'Dark', 'High contrast']) {
    it(`has no WCAG 2.2 AA violations in the ${theme} theme, with every control shown, line focus and read-aloud on`, async () => {
      const article = await lede.openPage('pages/reader-article.html');
      const reader = await openReader(lede, article, { fakeSpeech: true });
      await reader.locator('.article-content p').first().waitFor();
      await reader.getByRole('button', { name: 'Display' }).click();
      await reader.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await reader.getByRole('radio', { name: theme }).check();
      expect(await axeViolations(reader)).toEqual([]);

      await reader.getByLabel(/Line focus/).check();
      await reader.getByRole('button', { name: 'Play', exact: true }).click();
      await reader.evaluate(() => window.__speech.word(1));
      await expect.poll(() => highlighted(reader, 'lede-word')).not.toBe('');
      expect(await axeViolations(reader)).toEqual([]);
      await reader.close();
    });
  }

  for (const theme of ['Light', 'Sepia', 'Dark', 'High contrast']) {
    it(`has no violations with the article's images, figures, table and embed link in the ${theme} theme`, async () => {
      const article = await lede.openPage('pages/reader-images.html');
      const reader = await openReader(lede, article);
      await imagesShown(reader);
      await reader.getByRole('button', { name: 'Display' }).click();
      await reader.getByRole('radio', { name: theme }).check();
      expect(await axeViolations(reader)).toEqual([]);
      await reader.close();
    });
  }

  it('has no violations in its states without an article', async () => {
    const page = await lede.openPage('pages/reader-no-article.html');
    const noArticle = await openReader(lede, page);
    await expect.poll(() => noArticle.locator('main h1').textContent()).toBe('No article on this page');
    expect(await axeViolations(noArticle)).toEqual([]);
    const noTab = await openReader(lede, null);
    await expect.poll(() => noTab.locator('main h1').textContent()).toBe('This reader view shows no page');
    expect(await axeViolations(noTab)).toEqual([]);
  });

  it('has no violations for a right-to-left article', async () => {
    const article = await lede.openPage('pages/reader-rtl.html');
    const reader = await openReader(lede, article);
    await reader.locator('.article-content p').first().waitFor();
    expect(await axeViolations(reader)).toEqual([]);
  });
});
