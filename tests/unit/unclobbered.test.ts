/**
 * DOM clobbering (jsdom, with the browser's named properties emulated): a form control or
 * image named like any DOM property never makes extraction throw, loop or answer wrongly, and
 * the blocks still map to the page's own elements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../lib/build-article';
import { articleRegion } from '../../lib/navigation/article-region';
import { bodyOf, isClobbered, parentElementOf, unclobberedCopy } from '../../lib/unclobbered';
import { parseHtml } from '../../node/html-document';
import { HARBOUR, page } from '../fixtures/hostile/article';
import { REPORTED_NAMES, clobberedPage, domPropertyNames, emulateNamedProperties, type Clobber } from '../fixtures/hostile/clobbering';

const URL = 'https://news.example/2026/ferry';

function clobbered(clobbers: Clobber[]): Document {
  const doc = parseHtml(clobberedPage(clobbers), URL);
  emulateNamedProperties(doc);
  return doc;
}

function expectHarbour(doc: Document): void {
  const { result, liveElements } = buildArticle(doc);
  if (result.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  expect(result.article.title).toBe(HARBOUR.title);
  expect(result.article.url).toBe(URL);
  for (const paragraph of HARBOUR.paragraphs) expect(result.article.text).toContain(paragraph);
  expect(liveElements.size).toBeGreaterThan(0);
  for (const [id, el] of liveElements) {
    expect(el.ownerDocument).toBe(doc);
    expect(el.isConnected).toBe(true);
    expect(result.article.blocks.find((b) => b.id === id)!.text).toBe((el.textContent ?? '').replace(/\s+/g, ' ').trim());
  }
}

const NAMES = domPropertyNames(parseHtml('').defaultView as Window & typeof globalThis);

describe('DOM clobbering', () => {
  it('the emulation does what Chromium does', () => {
    const doc = clobbered([{ name: 'parentNode', attr: 'name', on: 'form' }, { name: 'body', attr: 'name', on: 'document' }]);
    const form = doc.querySelector('header form')!;
    expect(form.parentNode).toBe(form.querySelector('input'));
    expect(doc.body.tagName).toBe('IMG');
    expect(parentElementOf(form)!.tagName).toBe('HEADER');
    expect(bodyOf(doc)!.tagName).toBe('BODY');
  });

  it.each(REPORTED_NAMES)('a form control named "%s" (the reported ones) neither loops nor stops extraction', (name) => {
    expectHarbour(clobbered([{ name, attr: 'name', on: 'form' }, { name, attr: 'id', on: 'form' }]));
  });

  it('an image named like the document’s body, title or URL does not redirect the reads', () => {
    expectHarbour(clobbered(['body', 'title', 'URL', 'documentElement', 'querySelectorAll', 'createTreeWalker'].map((name) => ({ name, attr: 'name', on: 'document' }) as const)));
  });

  it('a control renamed after its form was read still counts (the form keeps the old name)', () => {
    const doc = parseHtml(page(HARBOUR, { after: '<form><input name="q"></form>' }), URL);
    expect(isClobbered(doc)).toBe(false);
    Object.defineProperty(doc.querySelector('form')!, 'parentElement', { get: () => doc.querySelector('input') });
    expect(isClobbered(doc)).toBe(true);
  });

  it('ordinary pages are read as they are: nothing on them shadows a DOM property', () => {
    const doc = parseHtml(page(HARBOUR, { after: '<form><input name="q" id="search-q"><input type="hidden" name="lang"></form>' }), URL);
    // `lang` is a property of HTMLElement: a control named so is taken away in the copy.
    expect(isClobbered(doc)).toBe(false);
    const copy = unclobberedCopy(doc);
    expect(copy.querySelector('form input[type=hidden]')!.hasAttribute('name')).toBe(false);
    expect(copy.querySelector('#search-q')!.getAttribute('name')).toBe('q');
  });

  it('the live-page helpers climb through a clobbered form', () => {
    const doc = clobbered(REPORTED_NAMES.map((name) => ({ name, attr: 'name', on: 'form' }) as const));
    const { result, liveElements } = buildArticle(doc);
    if (result.kind !== 'article') throw new Error('expected an article');
    expect(articleRegion(liveElements.values())?.tagName).toBe('ARTICLE');
  });

  it('property: any element named (name or id) like any Node, Element, HTMLElement, HTMLFormElement or Document property never makes extraction throw or loop', { timeout: 120_000 }, () => {
    expect(NAMES.length).toBeGreaterThan(300);
    const clobber = fc.record({ name: fc.constantFrom(...NAMES), attr: fc.constantFrom('name' as const, 'id' as const), on: fc.constantFrom('form' as const, 'document' as const) });
    fc.assert(
      fc.property(fc.array(clobber, { minLength: 1, maxLength: 6 }), (clobbers) => expectHarbour(clobbered(clobbers))),
      { numRuns: 60 },
    );
  });
});
