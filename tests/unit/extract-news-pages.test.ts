import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { extractArticle, type ExtractedArticle } from '../../lib/extract/extract-article';
import { parseHtml } from '../../node/html-document';

const FIXTURES = join(import.meta.dirname, '../fixtures/news');

function load(name: string, url = `https://news.example/story/${name}`): Document {
  return parseHtml(readFileSync(join(FIXTURES, name)), url);
}

function extract(doc: Document): ExtractedArticle {
  const result = extractArticle(doc);
  if (result.kind !== 'article') throw new Error(`expected an article, got ${result.reason}`);
  return result.extracted;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** Each block maps to a live element, in page order, whose text holds the block's text. */
function expectBlocksMapToLivePage(doc: Document, { article, liveElements }: ExtractedArticle): void {
  expect(article.blocks.map((b) => b.id)).toEqual(article.blocks.map((_, i) => `b${i}`));
  let previous: Element | null = null;
  for (const block of article.blocks) {
    const live = liveElements.get(block.id);
    expect(live, block.id).toBeDefined();
    expect(doc.contains(live!)).toBe(true);
    expect(squash(live!.textContent ?? '')).toContain(squash(block.text));
    if (previous && previous !== live) {
      // Later blocks come later in the page (or sit inside the element of the one before).
      expect(previous.compareDocumentPosition(live!) & (4 | 16)).toBeTruthy();
    }
    previous = live!;
  }
}

const kinds = (blocks: Block[]) => blocks.map((b) => b.kind);

describe('extractArticle on an English news page full of furniture', () => {
  const doc = load('harbour-bridge.html');
  const before = doc.documentElement.outerHTML;
  const extracted = extract(doc);
  const { article } = extracted;

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Harbour bridge to close for six months of repairs',
      byline: 'Maria Okafor',
      siteName: 'The Coastal Courier',
      lang: 'en-GB',
      dir: 'ltr',
      publishedTime: '2024-02-12T07:30:00.000Z',
      url: 'https://news.example/story/harbour-bridge.html',
    });
  });

  it('keeps every paragraph, heading, list item and quote of the story, in order', () => {
    expect(kinds(article.blocks)).toEqual([
      'figure', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph', 'blockquote',
      'paragraph', 'list-item', 'list-item', 'list-item', 'paragraph',
    ]);
    expect(article.text.startsWith("The city's main harbour crossing will close")).toBe(true);
    expect(article.text.endsWith('paid for by a government grant awarded last year.')).toBe(true);
    expect(article.blocks.find((b) => b.kind === 'heading')).toMatchObject({ level: 2, text: 'Extra ferries and buses' });
  });

  it('drops skip links, cookie banner, menus, ticker, share row, ads, teasers, sign-ups, tags, bio and footer', () => {
    for (const furniture of [
      'Accessibility links', 'Skip to', 'cookies', 'Sport', 'Breaking News', 'Ferry workers', 'Facebook', 'Print',
      'Advertisement', 'Read more', 'Inspectors warned', 'Related stories', 'Most read', 'newsletter', 'Sign up',
      'Tags', 'She has covered', 'Comments are closed', 'All rights reserved', 'Transport correspondent', 'Published',
    ]) {
      expect(article.text, furniture).not.toContain(furniture);
    }
  });

  it('keeps a pull quote out of the text: the paragraph it repeats is enough', () => {
    expect(article.text.split('We did not take this decision lightly')).toHaveLength(2);
  });

  it('gives the figure its image and caption, with the photo credit (the reader shows both), and leaves captions out of the text', () => {
    expect(article.blocks[0]).toMatchObject({
      kind: 'figure',
      caption: 'The bridge carries about 40,000 vehicles a day. Photo: Coastal Courier',
      image: { src: 'https://news.example/images/bridge.jpg', alt: 'The harbour bridge at dusk' },
    });
    expect(article.text).not.toContain('40,000 vehicles a day.');
  });

  it('maps every block to its element in the live page', () => {
    expectBlocksMapToLivePage(doc, extracted);
    expect(extracted.liveElements.get('b0')?.tagName).toBe('FIGURE');
    expect(extracted.liveElements.get('b9')?.tagName).toBe('LI');
  });

  it('leaves the live page untouched', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('removes what it drops from the article HTML too', () => {
    expect(article.contentHtml).toContain('Extra ferries and buses');
    expect(article.contentHtml).not.toContain('Advertisement');
    expect(article.contentHtml).not.toContain('Read more');
    expect(article.contentHtml).not.toContain('data-lede-src');
  });
});

describe('extractArticle on a right-to-left Persian page', () => {
  const doc = load('isfahan-library-fa.html');
  const extracted = extract(doc);
  const { article } = extracted;

  it('reads it as Persian, right to left', () => {
    expect(article).toMatchObject({ lang: 'fa', dir: 'rtl', title: 'کتابخانه مرکزی اصفهان پس از سه سال بازسازی بازگشایی شد' });
  });

  it('keeps the story and drops the menu, share buttons, ad label and related links', () => {
    expect(kinds(article.blocks)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(article.text).toContain('«ما می‌خواستیم جایی بسازیم');
    for (const furniture of ['سیاسی', 'تلگرام', 'تبلیغات', 'بیشتر بخوانید', 'اخبار مرتبط', 'حقوق']) {
      expect(article.text, furniture).not.toContain(furniture);
    }
  });

  it('maps every block to its element in the live page', () => {
    expectBlocksMapToLivePage(doc, extracted);
  });
});

describe('extractArticle on a German page', () => {
  const doc = load('wohnungsbau-de.html');
  const extracted = extract(doc);
  const { article } = extracted;

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      lang: 'de',
      dir: 'ltr',
      title: 'Stadt will bis 2030 zehntausend neue Wohnungen bauen',
      siteName: 'Rheinische Rundschau',
      publishedTime: '2024-02-12T12:05:00.000Z',
    });
  });

  it('keeps the story and drops the skip link, ad label, teaser, share row and newsletter box', () => {
    expect(kinds(article.blocks)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(article.text.startsWith('Der Stadtrat hat am Montag')).toBe(true);
    expect(article.text).toContain('„Wir können nicht länger zusehen');
    for (const furniture of ['Zum Inhalt', 'Startseite', 'Anzeige', 'Lesen Sie auch', 'Mietspiegel', 'Teilen', 'Newsletter', '12.02.2024']) {
      expect(article.text, furniture).not.toContain(furniture);
    }
  });

  it('maps every block to its element in the live page', () => {
    expectBlocksMapToLivePage(doc, extracted);
  });
});

describe('extractArticle on pages without an article', () => {
  it('gives a typed no-article result for a sign-in page', () => {
    expect(extractArticle(load('sign-in.html'))).toMatchObject({ kind: 'no-article', reason: 'no-content' });
  });

  it('gives a typed no-article result for a page of headlines only', () => {
    const doc = parseHtml(
      '<html><body><h1>Latest news</h1><ul>' +
        '<li><a href="/a">Council approves bus lanes</a></li><li><a href="/b">Storm warning for the coast</a></li>' +
        '</ul></body></html>',
      'https://news.example/latest',
    );
    expect(extractArticle(doc)).toMatchObject({ kind: 'no-article' });
  });

  it('gives a typed no-article result for an empty page', () => {
    expect(extractArticle(parseHtml('<html><body>  </body></html>'))).toMatchObject({ kind: 'no-article', reason: 'empty' });
  });

  it('keeps a short news brief: one real paragraph is an article', () => {
    const doc = parseHtml(
      '<html><head><title>Ferry strike called off</title></head><body><article><h1>Ferry strike called off</h1>' +
        '<p>The 48-hour ferry strike planned for this weekend has been called off after talks with the operator.</p>' +
        '</article></body></html>',
      'https://news.example/brief',
    );
    expect(extractArticle(doc)).toMatchObject({ kind: 'article' });
  });
});
