import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticleResponse } from '../../lib/messages';
import { launchLede, type LedeBrowser } from './lede-browser';
import { highlighted, openReader } from './reader-page';

const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('reader read-aloud (real Chromium, scripted speechSynthesis)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
  });

  async function readerWithSpeech(): Promise<Page> {
    const article = await lede.openPage('pages/reader-article.html');
    const reader = await openReader(lede, article, { fakeSpeech: true });
    await reader.locator('.article-content p').first().waitFor();
    return reader;
  }

  const current = (reader: Page) => reader.evaluate(() => window.__speech.current());

  it('highlights the sentence being spoken and the word the voice reports, and moves on', async () => {
    const reader = await readerWithSpeech();
    const play = reader.getByRole('button', { name: 'Play', exact: true });
    await play.click();
    const first = normal(await current(reader));
    expect(first).not.toBe('');
    await expect.poll(() => highlighted(reader, 'lede-sentence')).toBe(first);
    expect(await reader.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);

    const word = await reader.evaluate(() => window.__speech.word(2));
    await expect.poll(() => highlighted(reader, 'lede-word')).toBe(word);
    const later = await reader.evaluate(() => window.__speech.word(4));
    await expect.poll(() => highlighted(reader, 'lede-word')).toBe(later);

    await reader.evaluate(() => window.__speech.end());
    const second = normal(await current(reader));
    expect(second).not.toBe(first);
    await expect.poll(() => highlighted(reader, 'lede-sentence')).toBe(second);
    await expect.poll(() => highlighted(reader, 'lede-word')).toBe('');
    // The highlighted sentence comes on screen (once the smooth scroll has run).
    const visible = () =>
      reader.evaluate(() => {
        const rect = ([...CSS.highlights.get('lede-sentence')!][0] as Range).getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight;
      });
    await expect.poll(visible).toBe(true);
    expect(await reader.locator('.player-position').textContent()).toMatch(/^Sentence 2 of \d+$/);
  });

  it('speaks only with a voice that runs on this device', async () => {
    const reader = await readerWithSpeech();
    expect(await reader.getByLabel('Voice').locator('option').allTextContents()).toEqual(['Lede Test Voice (British English)']);
    await reader.getByRole('button', { name: 'Play', exact: true }).click();
    const spoken = await reader.evaluate(() => window.__speech.spoken);
    expect(spoken[0]).toMatchObject({ voice: 'Lede Test Voice', lang: 'en-GB', rate: 1 });
  });

  it('steps by sentence and paragraph, pauses and resumes from the word reached', async () => {
    const reader = await readerWithSpeech();
    await reader.getByRole('button', { name: 'Play', exact: true }).click();
    const first = await current(reader);
    await reader.getByRole('button', { name: 'Next sentence' }).click();
    const second = await current(reader);
    expect(second).not.toBe(first);
    await reader.getByRole('button', { name: 'Previous sentence' }).click();
    expect(await current(reader)).toBe(first);
    await reader.getByRole('button', { name: 'Next paragraph' }).click();
    const paragraph = normal(await current(reader));
    await expect.poll(() => highlighted(reader, 'lede-sentence')).toBe(paragraph);
    await reader.getByRole('button', { name: 'Previous paragraph' }).click();
    expect(await current(reader)).toBe(first);

    const word = await reader.evaluate(() => window.__speech.word(3));
    await reader.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(await current(reader)).toBeNull();
    // Paused: the place stays marked.
    expect(await highlighted(reader, 'lede-word')).toBe(word);
    await reader.getByRole('button', { name: 'Play', exact: true }).click();
    expect((await current(reader))!.startsWith(word!)).toBe(true);
    await reader.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect.poll(() => highlighted(reader, 'lede-sentence')).toBe('');
  });

  it('takes single-key shortcuts only while focus is in the read-aloud controls', async () => {
    const reader = await readerWithSpeech();
    // In the article, K does nothing.
    await reader.locator('main#article').focus();
    await reader.keyboard.press('k');
    expect(await current(reader)).toBeNull();

    await reader.getByRole('button', { name: 'Play', exact: true }).focus();
    await reader.keyboard.press('k');
    const first = await current(reader);
    expect(first).not.toBeNull();
    await reader.keyboard.press('l');
    const second = await current(reader);
    expect(second).not.toBe(first);
    await reader.keyboard.press('j');
    expect(await current(reader)).toBe(first);
    // From a one-sentence paragraph to the next paragraph, then back to its start from its middle.
    await reader.keyboard.press('l');
    await reader.keyboard.press('Shift+L');
    const paragraphStart = await current(reader);
    expect([first, second]).not.toContain(paragraphStart);
    await reader.keyboard.press('l');
    expect(await current(reader)).not.toBe(paragraphStart);
    await reader.keyboard.press('Shift+J');
    expect(await current(reader)).toBe(paragraphStart);
    await reader.keyboard.press('=');
    await expect.poll(() => reader.evaluate(() => window.__speech.spoken.at(-1)!.rate)).toBe(1.1);
    await reader.keyboard.press('Escape');
    expect(await current(reader)).toBeNull();
    // In the voice list, letters choose voices: no shortcut fires there.
    await reader.getByLabel('Voice').focus();
    await reader.keyboard.press('k');
    expect(await current(reader)).toBeNull();
    // The shortcuts are listed on the page.
    await reader.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const list = await reader.locator('#shortcut-list dl').textContent();
    expect(list).toContain('Play or pause');
    expect(list).toContain('Shift + L');
  });

  it('reads the summary first when asked, highlighting it in the summary', async () => {
    const reader = await readerWithSpeech();
    const response = (await reader.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId: id }),
      Number(new URL(reader.url()).searchParams.get('tab')),
    )) as ArticleResponse;
    if (response.kind !== 'article') throw new Error(`no article: ${response.kind}`);
    const summary = response.article.summary;
    expect(summary.length).toBeGreaterThan(0);
    await reader.getByLabel('Read the summary first').check();
    // Collapsed, so the reader must open it to show the sentence.
    await reader.getByRole('button', { name: 'Summary', exact: true }).click();
    await reader.getByRole('button', { name: 'Play', exact: true }).click();
    expect(normal(await current(reader))).toBe(normal(summary[0]!.text));
    await expect.poll(() => highlighted(reader, 'lede-sentence')).toBe(normal(await current(reader)));
    expect(await reader.getByRole('button', { name: 'Summary', exact: true }).getAttribute('aria-expanded')).toBe('true');
    expect(
      await reader.evaluate(() => [...CSS.highlights.get('lede-sentence')!][0]!.startContainer.parentElement!.closest('#summary-content') !== null),
    ).toBe(true);
  });
});
