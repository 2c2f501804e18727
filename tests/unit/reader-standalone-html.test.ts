import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../lib/article-model';
import { htmlFileName, standaloneArticleHtml } from '../../lib/reader/standalone-html';

const article: ArticleModel = {
  title: 'Night trains <return>',
  byline: 'Sam Adeyemi',
  siteName: 'The Ledger',
  publishedTime: null,
  lang: 'fa',
  dir: 'rtl',
  wordCount: 20,
  readingMinutes: 1,
  excerpt: null,
  url: 'https://news.example/trains',
  text: '',
  blocks: [],
  contentHtml:
    '<p>Body text <a href="/more">more</a>.</p><script>alert(1)</script><img src="https://cdn.example/x.jpg" alt="Train" onerror="alert(1)"><p style="color:red">Styled</p>',
  summary: [{ blockId: 'b0', start: 0, end: 10, text: 'Body text.' }],
  quotes: [
    { blockId: 'b0', start: 0, end: 4, text: 'Yes', speaker: null, cue: 'said', key: true },
    { blockId: 'b0', start: 0, end: 4, text: 'Minor', speaker: 'X', cue: 'said', key: false },
  ],
};

const LABELS = {
  meta: 'The Ledger · Sam Adeyemi',
  original: 'Original article on news.example',
  summaryHeading: 'Summary',
  quotesHeading: 'Key quotes',
  unattributed: 'Unattributed',
  describeImage: (alt: string) => `Image: ${alt}`,
  undescribedImage: 'Image without description',
};

describe('standaloneArticleHtml', () => {
  const html = standaloneArticleHtml(article, LABELS);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('is one document that may load and run nothing', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toMatch(/^default-src 'none'/);
    expect(doc.querySelectorAll('script, iframe, link, [style], [onerror]')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('img')).toBeNull();
  });

  it('holds the title, meta, source, summary, key quotes and the sanitised body', () => {
    expect(doc.title).toBe('Night trains <return>');
    expect(doc.documentElement.lang).toBe('fa');
    expect(doc.documentElement.dir).toBe('rtl');
    expect(doc.querySelector('h1')!.textContent).toBe('Night trains <return>');
    expect(doc.querySelector('.meta')!.textContent).toBe(LABELS.meta);
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://news.example/trains');
    expect([...doc.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Body text.', 'Yes — Unattributed']);
    expect(doc.body.textContent).toContain('Body text more.');
    expect(doc.body.textContent).toContain('Image: Train');
    expect(doc.querySelector('a[href="https://news.example/more"]')!.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('htmlFileName', () => {
  it('keeps the title readable and drops what file systems refuse', () => {
    expect(htmlFileName('Night trains: a return? <yes>/no')).toBe('Night trains a return yes no.html');
    expect(htmlFileName('بازگشت قطارهای شبانه')).toBe('بازگشت قطارهای شبانه.html');
    expect(htmlFileName('...')).toBe('article.html');
    expect(htmlFileName('x'.repeat(200))).toHaveLength(85);
  });
});
