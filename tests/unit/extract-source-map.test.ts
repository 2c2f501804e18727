import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageFurniture } from '../../lib/extract/news-cleanup';
import { SOURCE_ATTR, cloneWithSourceMap } from '../../lib/extract/source-map';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PAGE = `<!doctype html><html lang="en"><head><title>Ferry returns</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="share-bar"><a href="/s">Share</a></div>
<main><article><h1>Ferry returns</h1>
<p>The night ferry returns in September, the port authority said.</p>
<aside class="related-stories"><ul><li><a href="/a">Another story</a></li></ul></aside>
<p>Islanders had campaigned for its return <em>for ten years</em>.</p>
</article></main>
<footer><a href="/privacy">Privacy</a></footer>
</body></html>`;

/** Every tagged clone element, paired with the live element its tag names. */
function pairs(clone: Document, liveElements: Element[]): [Element, Element][] {
  return [...clone.querySelectorAll(`[${SOURCE_ATTR}]`)].map((el) => [el, liveElements[Number(el.getAttribute(SOURCE_ATTR))]!]);
}

describe('cloneWithSourceMap', () => {
  it('leaves the furniture out of the clone, and every element of its body names its live twin', () => {
    const page = doc(PAGE);
    const { clone, liveElements } = cloneWithSourceMap(page, pageFurniture);
    expect(clone.querySelector('nav, footer, .share-bar, .related-stories')).toBeNull();
    expect(clone.querySelectorAll('p')).toHaveLength(2);
    const tagged = pairs(clone, liveElements);
    expect(tagged).toHaveLength(clone.body.querySelectorAll('*').length + 1);
    expect(clone.head.querySelector(`[${SOURCE_ATTR}]`)).toBeNull();
    for (const [copy, live] of tagged) {
      expect(live.tagName).toBe(copy.tagName);
      expect(live.getAttribute('class')).toBe(copy.getAttribute('class'));
      if (!live.querySelector('nav, footer, .share-bar, .related-stories')) expect(live.textContent).toBe(copy.textContent);
    }
    // The live page is read, never changed.
    expect(page.querySelectorAll('nav, footer, .share-bar, .related-stories')).toHaveLength(4);
    expect(page.querySelector(`[${SOURCE_ATTR}]`)).toBeNull();
  });

  it('maps every element whatever is left out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (size, picks) => {
        const page = doc(`<body>${Array.from({ length: size }, (_, i) => `<div id="d${i}"><p id="p${i}">${i}<span id="s${i}">x</span></p></div>`).join('')}</body>`);
        const all = [...page.body.querySelectorAll('*')];
        // Disjoint subtrees, as pageFurniture gives them.
        const left = [...new Set(picks.map((n) => all[n % all.length]!))].filter((el, _, chosen) => !chosen.some((other) => other !== el && other.contains(el)));
        const { clone, liveElements } = cloneWithSourceMap(page, () => left);
        for (const el of left) expect(clone.getElementById(el.id)).toBeNull();
        const tagged = pairs(clone, liveElements);
        expect(tagged).toHaveLength(clone.body.querySelectorAll('*').length + 1);
        for (const [copy, live] of tagged) expect(live.id).toBe(copy.id);
      }),
    );
  });
});
