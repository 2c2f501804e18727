import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

// Pieces news pages are made of, furniture included, to be put together at random.
const FRAGMENTS = [
  '<p>The council approved the plan on Monday after a long debate about its cost and timing.</p>',
  '<p>Advertisement</p>', '<p>Read more: <a href="/x">Another story</a></p>', '<nav><a href="/">Home</a></nav>',
  '<h2>What happens next</h2>', '<ul><li><a href="/a">Related one</a></li><li><a href="/b">Related two</a></li></ul>',
  '<figure><img src="a.jpg"><figcaption>A caption (AP Photo/Jane Doe)</figcaption></figure>', '<div class="share-bar">Share</div>',
  '<blockquote><p>"We will keep going," she said.</p></blockquote>', '<p>By Jane Doe</p>', '<p>Tags: <a href="/t">Town</a></p>',
  '<table><tr><td>Votes</td><td>12</td></tr></table>', '<br>', '<p></p>', 'loose text', '<div><div><span>deep</span></div></div>',
  '<footer>© 2024</footer>', '<form><input></form>', '<header><h1>Headline</h1></header>', '<article>', '</article>', '<p>',
];

const BODY = Array.from({ length: 4 }, (_, i) => `<p>The harbour authority said on Tuesday that the night ferry would return in September, and islanders who campaigned for a decade welcomed it (${i}).</p>`).join('');

describe('extractArticle', () => {
  it("takes Readability's metadata from the head, which its walk of the page skips", () => {
    const page = doc(`<html lang="en"><head><title>Ferry returns | Island News</title>
      <meta property="og:site_name" content="Island News"><meta property="og:description" content="The night ferry is back.">
      <meta property="article:published_time" content="2024-05-07T09:00:00Z"><meta name="author" content="Ana Ruiz">
      </head><body><article><h1>Ferry returns</h1>${BODY}</article></body></html>`);
    const result = extractArticle(page, { url: 'https://news.example/ferry' });
    if (result.kind !== 'article') throw new Error(result.message);
    expect(result.extracted.article).toMatchObject({
      title: 'Ferry returns',
      siteName: 'Island News',
      excerpt: 'The night ferry is back.',
      publishedTime: '2024-05-07T09:00:00.000Z',
      byline: 'Ana Ruiz',
      lang: 'en',
    });
  });

  it("resolves the article's links against the page's <base>", () => {
    const page = doc(`<html><head><title>Ferry returns</title><base href="https://cdn.example/news/"></head>
      <body><article>${BODY}<p>The timetable is in <a href="timetable">a separate story</a> published by the harbour authority today.</p></article></body></html>`);
    const result = extractArticle(page, { url: 'https://news.example/ferry' });
    if (result.kind !== 'article') throw new Error(result.message);
    expect(result.extracted.article.contentHtml).toContain('href="https://cdn.example/news/timetable"');
  });

  it.each([
    ['by class', '<span class="wp-caption-text">The ferry at its berth.</span>'],
    ['by id alone', '<p id="photoCaption">The ferry at its berth.</p>'],
  ])('takes a caption named %s out of the running text', (_, caption) => {
    const page = doc(`<html><head><title>Ferry returns</title></head><body><article>${BODY}<img src="ferry.jpg">${caption}${BODY}</article></body></html>`);
    const result = extractArticle(page, { url: 'https://news.example/ferry' });
    if (result.kind !== 'article') throw new Error(result.message);
    const { blocks, text } = result.extracted.article;
    expect(blocks.filter((b) => b.kind === 'figure').map((b) => b.caption)).toEqual(['The ferry at its berth.']);
    expect(text).not.toContain('berth');
  });

  it('gives a typed no-article result for an empty page', () => {
    expect(extractArticle(doc('<html><body></body></html>'))).toMatchObject({ kind: 'no-article', reason: 'empty' });
  });

  it('never throws, whatever the page is made of', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (parts) => {
        const result = extractArticle(doc(`<html><head><title>T</title></head><body>${parts.join('')}</body></html>`));
        expect(['article', 'no-article']).toContain(result.kind);
        if (result.kind === 'article') {
          const { blocks } = result.extracted.article;
          expect(blocks.map((b) => b.id)).toEqual(blocks.map((_, i) => `b${i}`));
        }
      }),
      { numRuns: 80 },
    );
  });
});
