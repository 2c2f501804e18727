/**
 * The page watcher's bounded "does this look like an article?" test gives Readability's own
 * answer (isProbablyReaderable), on the fixture pages and on generated ones, whichever way it
 * is sliced; it gives up with "no" after its cap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readerableScan } from '../../lib/navigation/readerable-scan';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

/** The scan to its end, in slices of one batch each (no time left after the first). */
function sliced(doc: Document, maxLookedAt?: number): { answer: boolean; slices: number } {
  const scan = readerableScan(doc, maxLookedAt);
  for (let slices = 1; ; slices++) {
    const answer = scan.resume(() => false);
    if (answer !== undefined) return { answer, slices };
  }
}

const whole = (doc: Document) => readerableScan(doc).resume(() => true);

describe('readerableScan', () => {
  it.each(readdirSync(PAGES).filter((name) => name.endsWith('.html')))('%s: Readability’s answer', (name) => {
    const doc = new JSDOM(readFileSync(join(PAGES, name), 'utf8')).window.document;
    const expected = isProbablyReaderable(doc);
    expect(whole(doc)).toBe(expected);
    expect(sliced(doc).answer).toBe(expected);
  });

  it('says yes to the article fixture and no to the index page', () => {
    const read = (name: string) => whole(new JSDOM(readFileSync(join(PAGES, name), 'utf8')).window.document);
    expect(read('nav-article.html')).toBe(true);
    expect(read('nav-index.html')).toBe(false);
  });

  // Elements of every kind it scores, with and without what disqualifies them.
  const block = fc.record({
    tag: fc.constantFrom('p', 'pre', 'article', 'div', 'li', 'span'),
    length: fc.oneof(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 130, max: 700 })),
    className: fc.constantFrom('', 'story', 'sidebar', 'sidebar main', 'Comment-Body', 'fallback-image', 'BANNER'),
    id: fc.constantFrom('', 'content', 'footer'),
    hidden: fc.constantFrom('', 'hidden', 'style="display: none"', 'style="color: red"', 'aria-hidden="true"', 'aria-hidden="false"'),
    inList: fc.boolean(),
    withBreak: fc.boolean(),
  });
  const html = (b: typeof block extends fc.Arbitrary<infer T> ? T : never) => {
    const inner = `${'word '.repeat(Math.ceil(b.length / 5)).slice(0, b.length)}${b.withBreak ? '<br>more' : ''}`;
    const element = `<${b.tag} class="${b.className}" id="${b.id}" ${b.hidden}>${inner}</${b.tag}>`;
    return b.inList ? `<ul><li>${element}</li></ul>` : element;
  };

  it('matches Readability on generated pages, whole or sliced', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), (blocks) => {
        const doc = new JSDOM(`<body>${blocks.map(html).join('')}</body>`).window.document;
        const expected = isProbablyReaderable(doc);
        expect(whole(doc)).toBe(expected);
        expect(sliced(doc).answer).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('answers on a page whose images shadow the document’s methods (DOM clobbering)', () => {
    const doc = new JSDOM(readFileSync(join(import.meta.dirname, '../fixtures/pages/harbour-bridge.html'), 'utf8')).window.document;
    const expected = isProbablyReaderable(doc);
    const img = doc.createElement('img');
    doc.body.append(img);
    // What <img name="getElementsByTagName"> does in a browser (jsdom has no named properties).
    Object.defineProperty(doc, 'getElementsByTagName', { get: () => img });
    expect(readerableScan(doc).resume(() => true)).toBe(expected);
  });

  it('stops at the first yes, and gives up with no after its cap', () => {
    const long = `<p>${'word '.repeat(200)}</p>`;
    const doc = new JSDOM(`<body>${long.repeat(3)}${'<p>short</p>'.repeat(500)}</body>`).window.document;
    expect(sliced(doc)).toEqual({ answer: true, slices: 1 });
    const late = new JSDOM(`<body>${'<p>short</p>'.repeat(300)}${long.repeat(3)}</body>`).window.document;
    expect(isProbablyReaderable(late)).toBe(true);
    expect(sliced(late, 200).answer).toBe(false);
    expect(sliced(late).answer).toBe(true);
  });

  it('resumes where it left off, a batch at a time when there is no time', () => {
    const doc = new JSDOM(`<body>${'<p>short</p>'.repeat(120)}<p>${'word '.repeat(200)}</p><p>${'word '.repeat(200)}</p></body>`).window.document;
    expect(sliced(doc)).toEqual({ answer: true, slices: 3 });
  });
});
