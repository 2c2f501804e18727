import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { pageFurniture } from '../../lib/extract/news-cleanup';
import { READABILITY_FIRST_PASS, isReadabilityUnlikely } from '../../lib/extract/readability-unlikely';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PARAGRAPH = 'The harbour authority said on Tuesday that the night ferry would return in September, after a decade in which islanders campaigned for it.';

describe("Readability's first-pass rules", () => {
  it('are read from the pinned Readability (an upgrade that moves them fails here)', () => {
    expect(READABILITY_FIRST_PASS.REGEXPS.unlikelyCandidates).toBeInstanceOf(RegExp);
    expect(READABILITY_FIRST_PASS.REGEXPS.okMaybeItsACandidate).toBeInstanceOf(RegExp);
    expect(READABILITY_FIRST_PASS.UNLIKELY_ROLES).toContain('complementary');
    expect(READABILITY_FIRST_PASS.DEFAULT_CHAR_THRESHOLD).toBeGreaterThan(0);
  });

  it('name unlikely candidates as Readability does', () => {
    const page = doc(`<body>
      <div id="a" class="sidebar"></div>
      <div id="b" class="sidebar-content"></div>
      <a id="c" class="comment-link" href="/c">Comments</a>
      <div id="d" role="complementary"></div>
      <div id="e"><div class="x" id="comments"></div></div>
      <table><tbody><tr><td><div id="f" class="social"></div></td></tr></tbody></table>
      <table><tbody><tr><td><div><div><div id="g" class="social"></div></div></div></td></tr></tbody></table>
      <div id="h" class="story"></div>
    </body>`);
    const unlikely = (id: string) => isReadabilityUnlikely(page.getElementById(id)!);
    expect(unlikely('a')).toBe(true);
    // "content" makes it a maybe-candidate; links are never removed by name.
    expect(unlikely('b')).toBe(false);
    expect(unlikely('c')).toBe(false);
    expect(unlikely('d')).toBe(true);
    expect(unlikely('e') || unlikely('comments')).toBe(true);
    // A table up to four levels up spares it; further up it does not.
    expect(unlikely('f')).toBe(false);
    expect(unlikely('g')).toBe(true);
    expect(unlikely('h')).toBe(false);
  });
});

describe('pageFurniture with firstPassUnlikely', () => {
  const page = doc(`<!doctype html><html><head><title>Ferry returns</title></head><body>
    <div class="comments" id="plain"><p>${PARAGRAPH}</p></div>
    <div class="sidebar" id="with-h1"><h1>Ferry returns</h1></div>
    <div class="sidebar" id="with-jsonld"><script type="application/ld+json">{"author":"A"}</script></div>
    <div class="sidebar" id="with-meta"><meta name="author" content="Ana Ruiz"></div>
    <div class="sidebar" id="with-byline"><span class="byline">By Ana Ruiz</span></div>
    <h2 class="sidebar-title" id="h2">Ferry returns soon</h2>
    <div class="social" id="before-noscript"><img src="a.jpg"></div><noscript><img src="b.jpg"></noscript>
    <div class="sidebar" id="outer"><div class="comments" id="inner"></div></div>
    <main><p>${PARAGRAPH}</p></main>
  </body></html>`);

  it('leaves out what the first pass removes unread, and nothing it reads first', () => {
    const ids = pageFurniture(page, { firstPassUnlikely: true }).map((el) => el.id);
    expect(ids).toContain('plain');
    expect(ids).toContain('outer');
    // None inside another: the pass never looks inside what it removes.
    expect(ids).not.toContain('inner');
    for (const read of ['with-h1', 'with-jsonld', 'with-meta', 'with-byline', 'h2', 'before-noscript']) expect(ids).not.toContain(read);
  });

  it('leaves them in otherwise', () => {
    expect(pageFurniture(page).map((el) => el.id)).not.toContain('plain');
  });
});

describe('extractArticle', () => {
  it("reads an article that only Readability's later passes find, from the whole page", () => {
    // Everything is inside a "sidebar": the first pass finds nothing, so the page is read again.
    const page = doc(`<!doctype html><html><head><title>Ferry returns</title></head><body>
      <div class="sidebar"><p id="p1">${PARAGRAPH}</p><p id="p2">${PARAGRAPH} Services resume on the first of the month.</p>
      <p id="p3">${PARAGRAPH} The mayor welcomed the news.</p><p id="p4">${PARAGRAPH} Tickets go on sale next week.</p></div>
    </body></html>`);
    const result = extractArticle(page, { url: 'https://news.example/ferry' });
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    const { article, liveElements } = result.extracted;
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(article.blocks.map((b) => liveElements.get(b.id)?.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });
});
