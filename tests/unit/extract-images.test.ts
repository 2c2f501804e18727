import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { displayedImageUrl, imageUrl, isDecorativeImage, parseSrcset, resolveArticleImages } from '../../lib/extract/images';
import { extractArticle } from '../../lib/extract/extract-article';

const BASE = 'https://news.example/world/story.html';

function img(html: string): Element {
  const doc = new JSDOM(`<body>${html}</body>`, { url: BASE }).window.document;
  return doc.querySelector('img')!;
}

describe('imageUrl', () => {
  it('keeps absolute http(s) and inline raster images, and nothing else', () => {
    expect(imageUrl('../pics/a.jpg', BASE)).toBe('https://news.example/pics/a.jpg');
    expect(imageUrl('//cdn.example/a.webp?w=800', BASE)).toBe('https://cdn.example/a.webp?w=800');
    expect(imageUrl('data:image/png;base64,iVBORw0KGgo=', BASE)).toBe('data:image/png;base64,iVBORw0KGgo=');
    for (const bad of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', 'data:image/svg+xml;base64,PHN2Zz4=', 'https://cdn.example/logo.svg', 'https://cdn.example/logo.SVGZ?x=1', 'file:///etc/passwd', 'blob:https://x/1', '']) {
      expect(imageUrl(bad, BASE), bad).toBeNull();
    }
  });
});

describe('parseSrcset', () => {
  it('reads widths and densities, and URLs with commas in them', () => {
    expect(parseSrcset('a.jpg 480w, https://cdn.example/c_fill,w_960/b.jpg 960w,c.jpg 2x, d.jpg')).toEqual([
      { url: 'a.jpg', width: 480, density: null },
      { url: 'https://cdn.example/c_fill,w_960/b.jpg', width: 960, density: null },
      { url: 'c.jpg', width: null, density: 2 },
      { url: 'd.jpg', width: null, density: null },
    ]);
  });
});

describe('displayedImageUrl', () => {
  it('takes the lazy-loading address over the placeholder the page shows meanwhile', () => {
    const placeholder = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    expect(displayedImageUrl(img(`<img src="${placeholder}" data-src="/media/chart.png">`), BASE)).toBe('https://news.example/media/chart.png');
    expect(displayedImageUrl(img(`<img src="${placeholder}" data-srcset="/m/a-400.jpg 400w, /m/a-1600.jpg 1600w, /m/a-2400.jpg 2400w">`), BASE)).toBe('https://news.example/m/a-1600.jpg');
    // Flags and sizes in data attributes are not addresses.
    expect(displayedImageUrl(img('<img src="/m/real.jpg" data-lazy="true" data-src="">'), BASE)).toBe('https://news.example/m/real.jpg');
  });

  it('takes a <picture>’s first raster source and a srcset’s fitting candidate', () => {
    expect(
      displayedImageUrl(img('<picture><source type="image/svg+xml" srcset="/m/a.svg"><source type="image/webp" srcset="/m/a.webp 1x, /m/a@2.webp 2x"><img src="/m/a.jpg"></picture>'), BASE),
    ).toBe('https://news.example/m/a.webp');
    expect(displayedImageUrl(img('<img src="/m/small.jpg" srcset="/m/s.jpg 300w, /m/m.jpg 900w">'), BASE)).toBe('https://news.example/m/m.jpg');
  });

  it('gives nothing for an image with no usable address', () => {
    expect(displayedImageUrl(img('<img src="javascript:alert(1)" srcset="data:image/svg+xml,x 1x">'), BASE)).toBeNull();
  });
});

describe('isDecorativeImage', () => {
  it('leaves out pixels, spacers, icons and images marked decorative, but not a captioned photo with an empty alt', () => {
    expect(isDecorativeImage(img('<img src="/p.gif" width="1" height="1">'), null)).toBe(true);
    expect(isDecorativeImage(img('<img src="/i.png" width="24" height="24" alt="Share">'), null)).toBe(true);
    expect(isDecorativeImage(img('<img src="/a.jpg" alt="">'), null)).toBe(true);
    expect(isDecorativeImage(img('<img src="/a.jpg" role="presentation" alt="x">'), null)).toBe(true);
    expect(isDecorativeImage(img('<figure><img src="/a.jpg" alt=""><figcaption>The harbour</figcaption></figure>'), null)).toBe(false);
    expect(isDecorativeImage(img('<img src="/a.jpg" width="800" height="450">'), null)).toBe(false);
    expect(isDecorativeImage(img('<img src="/a.jpg">'), null)).toBe(false);
  });
});

describe('resolveArticleImages', () => {
  it('leaves each image one src and removes decorative ones', () => {
    const doc = new JSDOM(
      '<body><div id="r"><picture><source srcset="/m/a.avif" type="image/avif"><img src="/m/a.jpg" srcset="/m/a-2x.jpg 2x" alt="A"></picture><img src="/t.gif" width="1" height="1" alt=""><img data-src="/m/b.png" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="B"></div></body>',
      { url: BASE },
    ).window.document;
    const root = doc.getElementById('r')!;
    resolveArticleImages(root, [], BASE);
    expect(root.innerHTML).toBe('<img src="https://news.example/m/a.avif" alt="A"><img src="https://news.example/m/b.png" alt="B">');
  });

  it('runs in extraction: figure blocks carry the displayed URL, embeds their kind and title', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story says enough about the harbour tunnel to be read as running text by anyone.</p>`).join('');
    const doc = new JSDOM(
      `<title>Tunnel</title><body><article><h1>Tunnel</h1><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/m/chart.png" alt="Chart"><figcaption>Costs</figcaption></figure>${paragraphs}<img src="/px.gif" width="1" height="1"><figure><iframe src="https://www.youtube.com/embed/x" title="Flythrough"></iframe><figcaption>Video</figcaption></figure>${paragraphs}</article></body>`,
      { url: BASE },
    ).window.document;
    const result = extractArticle(doc);
    if (result.kind !== 'article') throw new Error('no article');
    const figures = result.extracted.article.blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((b) => ({ image: b.image, embed: b.embed }))).toEqual([
      { image: { src: 'https://news.example/m/chart.png', alt: 'Chart' }, embed: undefined },
      { image: undefined, embed: { kind: 'video', title: 'Flythrough' } },
    ]);
    expect(result.extracted.article.contentHtml).not.toContain('px.gif');
    expect(result.extracted.article.contentHtml).toContain(`data-lede-block="${figures[1]!.id}"`);
  });

  it('marks a post quoted in the article with its first block, so its link in the reader goes to its place', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story says enough about the harbour tunnel to be read as running text by anyone.</p>`).join('');
    const doc = new JSDOM(
      `<title>Tunnel</title><body><article><h1>Tunnel</h1>${paragraphs}<blockquote class="twitter-tweet"><p>The tunnel opens to traffic this morning, two years late and well over budget.</p><a href="https://twitter.com/x/status/1">May 1</a></blockquote>${paragraphs}</article></body>`,
      { url: BASE },
    ).window.document;
    const result = extractArticle(doc);
    if (result.kind !== 'article') throw new Error('no article');
    const post = result.extracted.article.blocks.find((b) => b.text.startsWith('The tunnel opens to traffic'));
    expect(post).toBeDefined();
    expect(result.extracted.article.contentHtml).toMatch(new RegExp(`<blockquote[^>]*data-lede-block="${post!.id}"`));
  });
});
