import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { buildOutline } from '../../lib/navigation/outline';
import { articleRegion } from '../../lib/navigation/article-region';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

/** Blocks for every element marked data-block, in page order, as the extractor would map them. */
function blocksOf(doc: Document): { blocks: Block[]; liveElements: Map<string, Element> } {
  const blocks: Block[] = [];
  const liveElements = new Map<string, Element>();
  for (const el of doc.querySelectorAll('[data-block]')) {
    const id = `b${blocks.length}`;
    const heading = /^H([1-6])$/.exec(el.tagName);
    // Readability turns every heading into <h2> or lower: the model's levels are not the page's.
    blocks.push(heading ? { id, kind: 'heading', level: 2, text: el.textContent ?? '' } : { id, kind: 'paragraph', text: el.textContent ?? '' });
    liveElements.set(id, el);
  }
  return { blocks, liveElements };
}

function outlineOf(doc: Document, title: string) {
  const { blocks, liveElements } = blocksOf(doc);
  const headline = doc.querySelector('h1') as HTMLElement;
  const region = articleRegion(liveElements.values());
  return buildOutline({ headline, title, blocks, liveElements, region }).map((e) => [e.level, e.text]);
}

describe('buildOutline', () => {
  it('puts the headline at level 1 and nests sections without gaps, whatever levels the site skipped', () => {
    const doc = page(`<article><h1>Bridge to close</h1>
      <p data-block>Intro.</p>
      <h4 data-block>Traffic</h4><p data-block>a</p>
      <h6 data-block>Buses</h6><p data-block>b</p>
      <h6 data-block>Ferries</h6><p data-block>c</p>
      <h4 data-block>What next</h4><p data-block>d</p>
      <h5 data-block>Meetings</h5><p data-block>e</p></article>`);
    expect(outlineOf(doc, 'Bridge to close')).toEqual([
      [1, 'Bridge to close'],
      [2, 'Traffic'],
      [3, 'Buses'],
      [3, 'Ferries'],
      [2, 'What next'],
      [3, 'Meetings'],
    ]);
  });

  it('uses the live page’s levels, not the flattened ones in the model', () => {
    const doc = page(`<article><h1>Title here</h1><p data-block>x</p><h2 data-block>Part one</h2><p data-block>y</p><h3 data-block>Detail</h3><p data-block>z</p></article>`);
    expect(outlineOf(doc, 'Title here')).toEqual([[1, 'Title here'], [2, 'Part one'], [3, 'Detail']]);
  });

  it('adds live headings Readability dropped, but not those of asides, forms or navigation, nor kickers above the headline', () => {
    const doc = page(`<article><h3>Analysis</h3><h1>Title here</h1>
      <p data-block>x</p>
      <h2>Dropped by Readability</h2>
      <p data-block>y</p>
      <aside><h3>Related stories</h3></aside>
      <nav><h2>More</h2></nav>
      <form><h2>Sign up</h2></form>
      <div role="heading" aria-level="3">A styled div heading</div>
      <h2 hidden>Hidden</h2>
      <p data-block>z</p></article>`);
    expect(outlineOf(doc, 'Title here')).toEqual([[1, 'Title here'], [2, 'Dropped by Readability'], [3, 'A styled div heading']]);
  });

  it('does not list a second copy of the title as a section', () => {
    const doc = page(`<article><h1>Title here</h1><p data-block>x</p><h2 data-block>Title here</h2><p data-block>y</p></article>`);
    expect(outlineOf(doc, 'Title here')).toEqual([[1, 'Title here']]);
  });

  it('is empty without a headline', () => {
    expect(buildOutline({ headline: null, title: 'T', blocks: [], liveElements: new Map(), region: null })).toEqual([]);
  });
});

describe('articleRegion', () => {
  it('is the nearest element holding every block', () => {
    const doc = page(`<main><div id="a"><p id="p1">1</p><section><p id="p2">2</p></section></div><p id="out">3</p></main>`);
    const p1 = doc.getElementById('p1')!;
    const p2 = doc.getElementById('p2')!;
    expect(articleRegion([p1, p2])).toBe(doc.getElementById('a'));
    expect(articleRegion([p1])).toBe(p1);
    expect(articleRegion([])).toBeNull();
  });
});
