/**
 * Articles in Russian, Arabic and Chinese in real Chromium, the interface in English: the
 * popup and the reader view mark the article's words with its language and direction, read
 * it at its script's pace, sum it up with whole sentences, and read it aloud one sentence at
 * a time at the sentence boundaries of its language. The Arabic article is drawn with the
 * bundled Arabic-script font, loaded from the extension itself.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../lib/article-model';
import { axeViolations } from './axe-audit';
import { askForArticle, expectArticle } from './hardening-helpers';
import { launchLede, type LedeBrowser } from './lede-browser';
import { openReader } from './reader-page';

interface Case {
  page: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Reading time at the script's pace (lib/text/reading-time.ts), counted from the fixture. */
  minutes: number;
  /** The lead sentence, which the summary starts with. */
  lead: string;
  /** The sentences of one paragraph, in order, as read aloud. */
  paragraph: { start: string; sentences: string[] };
  /**
   * Who says each quote: read with the language's own quote file, which the background
   * loads into the tab for it (the article script carries English's alone).
   */
  speakers: string[];
}

const CASES: Case[] = [
  {
    page: 'pages/lang-ru.html',
    lang: 'ru',
    dir: 'ltr',
    minutes: 1,
    lead: 'Трамвайный маршрут № 5, старейший в Самаре, закроют на полгода с первого апреля.',
    paragraph: {
      start: 'Пути на ул.',
      sentences: [
        'Пути на ул. Галактионовской и контактную сеть не меняли с середины 1980-х годов.',
        'Осенью инженеры нашли трещины в рельсах сразу на трёх участках, а летом из-за перегрева проводов трамваи дважды останавливались посреди улицы.',
      ],
    },
    speakers: ['А. В. Смирнова', 'Нина Фёдорова'],
  },
  {
    page: 'pages/lang-ar.html',
    lang: 'ar',
    dir: 'rtl',
    minutes: 2,
    lead: 'تغلق المكتبة الفرعية في حي المنشية أبوابها عامًا كاملًا ابتداءً من الشهر المقبل لإصلاح السقف وتجديد شبكات الكهرباء والمياه.',
    paragraph: {
      start: 'خلال فترة الترميم',
      sentences: [
        'خلال فترة الترميم ينتقل جزء من الكتب إلى قصر الثقافة في شارع فؤاد.',
        'هل يكفي المكان لكل القراء؟',
        'تقول المحافظة إن قاعة المطالعة المؤقتة ستضم مئة مقعد على الأقل.',
      ],
    },
    speakers: ['سلمى العطار', 'كريم منصور'],
  },
  {
    page: 'pages/lang-zh.html',
    lang: 'zh-CN',
    dir: 'ltr',
    minutes: 2,
    lead: '江城市图书馆将从五月一日起闭馆一年，更换屋顶并改造馆内的水电设施。',
    paragraph: {
      start: '翻修期间',
      sentences: ['翻修期间，部分藏书将搬到人民路的文化宫。', '那里的空间够用吗？', '文化局表示，临时阅览室至少会有一百个座位。'],
    },
    speakers: ['李建国', '陈静'],
  },
];

let lede: LedeBrowser;
beforeAll(async () => {
  lede = await launchLede();
});
afterEach(async () => {
  for (const page of lede.context.pages()) await page.close();
});
afterAll(async () => {
  await lede?.close();
});

/** The model the background serves for the tab: what the popup and the reader must show. */
async function modelFor(page: Page, tabId: number): Promise<ArticleModel> {
  return expectArticle((await askForArticle(page, tabId)).response).article;
}

describe.each(CASES)('an article in $lang (real Chromium, English interface)', ({ page: path, lang, dir, minutes, lead, paragraph, speakers }) => {
  it('finds who says each quote with its language loaded into the tab, and the key quotes show them', async () => {
    const article = await lede.openPage(path);
    const popup = await lede.openExtensionPage('popup.html', article);
    await popup.locator('h1').waitFor();
    const model = await modelFor(popup, await lede.tabIdOf(article));
    expect(model.quotes.map((q) => q.speaker)).toEqual(speakers);
    const quotes = popup.getByRole('region', { name: 'Key quotes' });
    for (const speaker of speakers) await expect.poll(() => quotes.textContent()).toContain(speaker);
  });


  it('shows it in the popup in its language and direction, with its reading time and a summary of whole sentences', async () => {
    const article = await lede.openPage(path);
    const popup = await lede.openExtensionPage('popup.html', article);
    const title = popup.locator('h1');
    await title.waitFor();
    const model = await modelFor(popup, await lede.tabIdOf(article));
    expect(model).toMatchObject({ lang, dir, readingMinutes: minutes });

    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect([await title.getAttribute('lang'), await title.getAttribute('dir')]).toEqual([lang, dir]);
    expect(await title.evaluate((h) => getComputedStyle(h).direction)).toBe(dir);
    expect(await popup.locator('.article-meta').textContent()).toContain(`${minutes} min read`);

    const summary = popup.getByRole('region', { name: 'Summary' });
    const list = summary.locator('ul');
    expect([await list.getAttribute('lang'), await list.getAttribute('dir')]).toEqual([lang, dir]);
    const sentences = await summary.getByRole('button').allTextContents();
    expect(sentences).toEqual(model.summary.map((s) => s.text));
    expect(sentences[0]).toBe(lead);
    for (const sentence of sentences) expect(sentence).toMatch(/[.?!。？！؟»”]$/u);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('shows it in the reader view in its language, direction and fonts, and reads it aloud sentence by sentence', async () => {
    const article = await lede.openPage(path);
    const reader = await openReader(lede, article, { fakeSpeech: true });
    const content = reader.locator('.article-content');
    await content.locator('p').first().waitFor();
    expect([await content.getAttribute('lang'), await content.getAttribute('dir')]).toEqual([lang, dir]);
    expect(await content.locator('p').first().evaluate((p) => getComputedStyle(p).direction)).toBe(dir);
    const main = reader.locator('main#article');
    expect([await main.locator('h1').getAttribute('lang'), await main.locator('h1').getAttribute('dir')]).toEqual([lang, dir]);
    expect(await main.locator('.article-meta').textContent()).toContain(`${minutes} min read`);

    const model = await modelFor(reader, await lede.tabIdOf(article));
    const summary = main.getByRole('region', { name: 'Summary' });
    const items = summary.locator('ul').getByRole('button');
    expect(await items.allTextContents()).toEqual(model.summary.map((s) => s.text));
    expect(await items.first().textContent()).toBe(lead);

    if (dir === 'rtl') {
      // Arabic letters come from the bundled Vazirmatn (the reader's own fonts have none), and
      // the letters of a word stay joined: no letter-spacing in a joined script.
      await reader.evaluate(() => document.fonts.ready);
      const loaded = await reader.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/['"]/g, '') === 'Vazirmatn' && f.status === 'loaded').length);
      expect(loaded).toBeGreaterThan(0);
      await reader.getByRole('button', { name: 'Display' }).click();
      const spacing = reader.getByLabel('Letter spacing');
      await spacing.focus();
      for (let i = 0; i < 3; i++) await reader.keyboard.press('ArrowRight');
      await expect.poll(() => main.locator('.article-meta').evaluate((m) => getComputedStyle(m).letterSpacing)).not.toBe('normal');
      expect(await content.locator('p').first().evaluate((p) => getComputedStyle(p).letterSpacing)).toBe('normal');
      await reader.getByRole('button', { name: 'Restore defaults' }).click();
      await reader.getByRole('button', { name: 'Display' }).click();
    }

    // Read aloud from the paragraph: one utterance per sentence, in the article's language.
    await reader.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => reader.evaluate(() => window.__speech.current())).not.toBeNull();
    for (let step = 0; step < 40; step++) {
      const now = await reader.evaluate(() => window.__speech.current());
      if (now?.startsWith(paragraph.start)) break;
      await reader.getByRole('button', { name: 'Next sentence' }).click();
    }
    const spoken: string[] = [];
    for (const _ of paragraph.sentences) {
      spoken.push((await reader.evaluate(() => window.__speech.current())) ?? '');
      await reader.getByRole('button', { name: 'Next sentence' }).click();
    }
    expect(spoken).toEqual(paragraph.sentences);
    const utterances = await reader.evaluate(() => window.__speech.spoken);
    expect(new Set(utterances.map((u) => u.lang))).toEqual(new Set([lang]));
    expect(await axeViolations(reader)).toEqual([]);
  });
});
