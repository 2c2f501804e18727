import { describe, expect, it } from 'vitest';
import type { ArticleModel, Block, Quote, SummarySentence } from '../../lib/article-model';
import { findHeadline } from '../../lib/navigation/headline';
import { planSkipLinks } from '../../lib/navigation/skip-link-plan';
import { findSiteSkipLink } from '../../lib/navigation/site-skip-link';

/** The test window's own document, so computed styles (display: none) apply as in a browser tab. */
function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

const ARTICLE = `<article>
  <h1>Harbour bridge to close for two years</h1>
  <p id="p1">The bridge will close in June, the council said.</p>
  <p id="p2">“We cannot keep patching it,” said Mayor Helen Okafor.</p>
</article>`;

function model(doc: Document, extra: Partial<ArticleModel> = {}) {
  const blocks: Block[] = [
    { id: 'b0', kind: 'paragraph', text: doc.getElementById('p1')?.textContent ?? '' },
    { id: 'b1', kind: 'paragraph', text: doc.getElementById('p2')?.textContent ?? '' },
  ];
  const liveElements = new Map<string, Element>();
  if (doc.getElementById('p1')) liveElements.set('b0', doc.getElementById('p1')!);
  if (doc.getElementById('p2')) liveElements.set('b1', doc.getElementById('p2')!);
  const article = { title: 'Harbour bridge to close for two years', blocks, summary: [], quotes: [], ...extra } as unknown as ArticleModel;
  return { article, liveElements };
}

const sentence: SummarySentence = { blockId: 'b0', start: 0, end: 20, text: 'The bridge will close' };
const quote = (key: boolean, blockId = 'b1'): Quote => ({ blockId, start: 1, end: 26, text: 'We cannot keep patching it', speaker: 'Helen Okafor', cue: 'said', key });

function plan(doc: Document, extra: Partial<ArticleModel> = {}) {
  const { article, liveElements } = model(doc, extra);
  const headline = findHeadline(doc, article, liveElements);
  return planSkipLinks({ doc, article, liveElements, headline });
}

describe('findHeadline', () => {
  it('is the visible <h1> whose words are the title, allowing for a site-name suffix', () => {
    const doc = page(`<header><h1 class="logo">The Northport Ledger</h1></header><h1 hidden>Harbour bridge to close for two years</h1>${ARTICLE.replace('<h1>Harbour bridge to close for two years</h1>', '<h1>Harbour bridge to close for two years | The Ledger</h1>')}`);
    const { article, liveElements } = model(doc);
    expect(findHeadline(doc, article, liveElements)?.textContent).toBe('Harbour bridge to close for two years | The Ledger');
  });

  it('does not take a short heading that only starts the title', () => {
    const doc = page(`<h1>Harbour</h1><p id="p1">one</p><p id="p2">two</p>`);
    const { article, liveElements } = model(doc);
    expect(findHeadline(doc, article, liveElements)).toBe(doc.getElementById('p1'));
  });

  it('falls back to the first heading block, then to the first block', () => {
    const doc = page(`<h2 id="h">Section</h2><p id="p1">one</p><p id="p2">two</p>`);
    const { article, liveElements } = model(doc);
    article.blocks.unshift({ id: 'b9', kind: 'heading', level: 2, text: 'Section' });
    liveElements.set('b9', doc.getElementById('h')!);
    expect(findHeadline(doc, article, liveElements)).toBe(doc.getElementById('h'));
  });
});

describe('findSiteSkipLink', () => {
  it('finds an early link whose target holds the headline with nothing to tab through first', () => {
    const doc = page(`<a href="#main">Skip to content</a><nav><a href="/a">A</a></nav><main id="main">${ARTICLE}</main>`);
    expect(findSiteSkipLink(doc, doc.querySelector('h1')!)?.textContent).toBe('Skip to content');
  });

  it('finds a link straight to the headline', () => {
    const doc = page(`<a href="#headline">Skip</a>${ARTICLE.replace('<h1>', '<h1 id="headline">')}`);
    expect(findSiteSkipLink(doc, doc.querySelector('h1')!)).not.toBeNull();
  });

  it('ignores a link to a <main> that opens with a menu of links before the article', () => {
    const menu = Array.from({ length: 6 }, (_, i) => `<a href="/s${i}">Section ${i}</a>`).join('');
    const doc = page(`<a href="#main">Skip to content</a><main id="main"><div>${menu}</div>${ARTICLE}</main>`);
    expect(findSiteSkipLink(doc, doc.querySelector('h1')!)).toBeNull();
  });

  it('ignores hidden links, links to nowhere and same-page links far down the tab order', () => {
    const hidden = page(`<a href="#main" style="display:none">Skip</a><main id="main">${ARTICLE}</main>`);
    expect(findSiteSkipLink(hidden, hidden.querySelector('h1')!)).toBeNull();
    const broken = page(`<a href="#content">Skip</a><main id="main">${ARTICLE}</main>`);
    expect(findSiteSkipLink(broken, broken.querySelector('h1')!)).toBeNull();
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/x${i}">x</a>`).join('');
    const late = page(`${links}<a href="#main">Skip</a><main id="main">${ARTICLE}</main>`);
    expect(findSiteSkipLink(late, late.querySelector('h1')!)).toBeNull();
  });
});

describe('planSkipLinks', () => {
  it('offers "Skip to article" to the headline when the site has no skip link of its own', () => {
    const doc = page(ARTICLE);
    const result = plan(doc);
    expect(result.links).toEqual(['article']);
    expect(result.headline).toBe(doc.querySelector('h1'));
  });

  it('does not duplicate a working site skip link, but still offers the summary and key quotes', () => {
    const doc = page(`<a href="#main">Skip to main content</a><main id="main">${ARTICLE}</main>`);
    const result = plan(doc, { summary: [sentence], quotes: [quote(true)] });
    expect(result.siteSkipLink?.textContent).toBe('Skip to main content');
    expect(result.links).toEqual(['summary', 'key-quotes']);
  });

  it('lists key quotes only, and leaves out what is no longer in the page', () => {
    const doc = page(ARTICLE);
    const result = plan(doc, { summary: [sentence, { ...sentence, blockId: 'b7' }], quotes: [quote(true), quote(false), quote(true, 'b7')] });
    expect(result.links).toEqual(['article', 'summary', 'key-quotes']);
    expect(result.summary).toHaveLength(1);
    expect(result.keyQuotes).toEqual([{ text: 'We cannot keep patching it', speaker: 'Helen Okafor', anchor: { blockId: 'b1', start: 1, end: 26 } }]);
  });

  it('offers nothing when there is no article text in the page', () => {
    const doc = page('<p>nothing here</p>');
    expect(plan(doc).links).toEqual([]);
  });
});
