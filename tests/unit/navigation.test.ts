import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block, Quote } from '../../lib/article-model';
import { parseContentRequest } from '../../lib/messages';
import { focusElement } from '../../lib/navigation/focus-target';
import { navigationForKey, type KeyLike } from '../../lib/navigation/keymap';
import { snippet, step, targetsFor, type NavContext } from '../../lib/navigation/navigator';
import { pageWatchRegistration } from '../../lib/navigation/page-watch-registration';
import { retryOnMutation } from '../../lib/navigation/retry-on-mutation';
import { watchUrl } from '../../lib/navigation/url-watch';

function setUp(): { ctx: NavContext; el: (id: string) => HTMLElement } {
  document.body.innerHTML = `<article>
    <h1 id="h">Title</h1>
    <p id="p0">First <a id="link" href="/x">link</a> paragraph.</p>
    <p id="p1">“One,” she said. “Two,” he said.</p>
    <div id="loose">Loose text<br>more loose text</div>
    <p id="p2">Last.</p>
  </article>`;
  const el = (id: string) => document.getElementById(id)!;
  const blocks: Block[] = [
    { id: 'b0', kind: 'paragraph', text: 'First link paragraph.' },
    { id: 'b1', kind: 'paragraph', text: '“One,” she said. “Two,” he said.' },
    { id: 'b2', kind: 'paragraph', text: 'Loose text' },
    { id: 'b3', kind: 'paragraph', text: 'more loose text' },
    { id: 'b4', kind: 'paragraph', text: 'Last.' },
  ];
  const quotes: Quote[] = [
    { blockId: 'b1', start: 1, end: 4, text: 'One', speaker: 'Ana', cue: 'said', key: true },
    { blockId: 'b1', start: 18, end: 21, text: 'Two', speaker: 'Ben', cue: 'said', key: false },
    { blockId: 'b4', start: 0, end: 4, text: 'Last', speaker: null, cue: null, key: true },
  ];
  const liveElements = new Map<string, Element>([
    ['b0', el('p0')],
    ['b1', el('p1')],
    ['b2', el('loose')],
    ['b3', el('loose')],
    ['b4', el('p2')],
  ]);
  const outline = [{ element: el('h'), text: 'Title', level: 1 }];
  return { ctx: { article: { blocks, quotes }, liveElements, outline }, el };
}

describe('targetsFor', () => {
  it('makes one paragraph stop per live element, joining loose text runs of one container', () => {
    const { ctx } = setUp();
    expect(targetsFor('paragraph', ctx).map((t) => t.element.id)).toEqual(['p0', 'p1', 'loose', 'p2']);
    expect(targetsFor('paragraph', ctx)[2]!.text).toBe('Loose text more loose text');
  });

  it('lists every quote, or only the key ones, with the words to highlight', () => {
    const { ctx } = setUp();
    expect(targetsFor('quote', ctx).map((t) => t.text)).toEqual(['One', 'Two', 'Last']);
    expect(targetsFor('key-quote', ctx).map((t) => [t.text, t.anchor])).toEqual([
      ['One', { blockId: 'b1', start: 1, end: 4 }],
      ['Last', { blockId: 'b4', start: 0, end: 4 }],
    ]);
  });

  it('skips blocks whose element has left the page', () => {
    const { ctx, el } = setUp();
    el('p1').remove();
    expect(targetsFor('quote', ctx).map((t) => t.text)).toEqual(['Last']);
  });
});

describe('step', () => {
  it('goes to the paragraph after or before the one holding focus', () => {
    const { ctx, el } = setUp();
    const paragraphs = targetsFor('paragraph', ctx);
    expect(step(paragraphs, { focus: el('h'), lastIndex: null }, 'next')).toBe(0);
    expect(step(paragraphs, { focus: el('h'), lastIndex: null }, 'previous')).toBeNull();
    expect(step(paragraphs, { focus: el('p1'), lastIndex: null }, 'next')).toBe(2);
    expect(step(paragraphs, { focus: el('p1'), lastIndex: null }, 'previous')).toBe(0);
    // Focus on a link inside the first paragraph: the reader is in that paragraph.
    expect(step(paragraphs, { focus: el('link'), lastIndex: null }, 'next')).toBe(1);
    expect(step(paragraphs, { focus: el('p2'), lastIndex: null }, 'next')).toBeNull();
  });

  it('starts from the top when nothing is focused, and from inside when the article itself is', () => {
    const { ctx } = setUp();
    const paragraphs = targetsFor('paragraph', ctx);
    expect(step(paragraphs, { focus: null, lastIndex: null }, 'next')).toBe(0);
    expect(step(paragraphs, { focus: document.querySelector('article'), lastIndex: null }, 'next')).toBe(0);
    expect(step(paragraphs, { focus: document.body, lastIndex: null }, 'previous')).toBeNull();
  });

  it('visits two quotes in one paragraph in turn, and counts a quote in the focused paragraph as ahead', () => {
    const { ctx, el } = setUp();
    const quotes = targetsFor('quote', ctx);
    expect(step(quotes, { focus: el('p1'), lastIndex: null }, 'next')).toBe(0);
    expect(step(quotes, { focus: el('p1'), lastIndex: 0 }, 'next')).toBe(1);
    expect(step(quotes, { focus: el('p1'), lastIndex: 1 }, 'previous')).toBe(0);
    expect(step(quotes, { focus: el('p1'), lastIndex: 1 }, 'next')).toBe(2);
    expect(step(quotes, { focus: el('p2'), lastIndex: null }, 'previous')).toBe(1);
  });

  it('forgets the last target once focus has moved elsewhere', () => {
    const { ctx, el } = setUp();
    const quotes = targetsFor('quote', ctx);
    expect(step(quotes, { focus: el('p0'), lastIndex: 2 }, 'next')).toBe(0);
  });
});

describe('navigationForKey', () => {
  const key = (k: Partial<KeyLike>): KeyLike => ({ key: '', code: '', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, ...k });

  it('maps Alt+Shift with arrows, Page keys and . / , to paragraph, heading and quote moves', () => {
    expect(navigationForKey(key({ key: 'ArrowDown' }))).toEqual({ unit: 'paragraph', direction: 'next' });
    expect(navigationForKey(key({ key: 'ArrowUp' }))).toEqual({ unit: 'paragraph', direction: 'previous' });
    expect(navigationForKey(key({ key: 'PageDown' }))).toEqual({ unit: 'heading', direction: 'next' });
    expect(navigationForKey(key({ key: 'PageUp' }))).toEqual({ unit: 'heading', direction: 'previous' });
    // macOS: Option+Shift+. types "˘"; the physical key still counts.
    expect(navigationForKey(key({ key: '˘', code: 'Period' }))).toEqual({ unit: 'quote', direction: 'next' });
    expect(navigationForKey(key({ key: '<', code: 'Comma' }))).toEqual({ unit: 'quote', direction: 'previous' });
  });

  it('ignores keys without both Alt and Shift, or with Ctrl or Meta, and has no single-key shortcuts', () => {
    expect(navigationForKey(key({ key: 'ArrowDown', shiftKey: false }))).toBeNull();
    expect(navigationForKey(key({ key: 'ArrowDown', altKey: false }))).toBeNull();
    expect(navigationForKey(key({ key: 'ArrowDown', ctrlKey: true }))).toBeNull();
    expect(navigationForKey(key({ key: 'ArrowDown', metaKey: true }))).toBeNull();
    expect(navigationForKey(key({ key: 'h', code: 'KeyH', altKey: false, shiftKey: false }))).toBeNull();
  });
});

describe('snippet', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(snippet('Buses and ferries')).toBe('Buses and ferries');
    const long = 'Pedestrians and cyclists will still be able to use a protected lane on the eastern side for most of the works.';
    expect(snippet(long, 40)).toBe('Pedestrians and cyclists will still be…');
  });
});

describe('focusElement', () => {
  it('makes a heading focusable only while it has focus, then restores the tab order', () => {
    document.body.innerHTML = '<h1 id="h">Title</h1><button id="b">x</button>';
    const h = document.getElementById('h')!;
    focusElement(h, { scroll: false, smooth: false });
    expect(document.activeElement).toBe(h);
    expect(h.getAttribute('tabindex')).toBe('-1');
    document.getElementById('b')!.focus();
    expect(h.hasAttribute('tabindex')).toBe(false);
  });

  it('leaves elements that are focusable already untouched', () => {
    document.body.innerHTML = '<a id="a" href="/x">x</a><p id="p" tabindex="0">p</p>';
    const a = document.getElementById('a')!;
    const p = document.getElementById('p')!;
    focusElement(a, { scroll: false, smooth: false });
    expect(a.hasAttribute('tabindex')).toBe(false);
    focusElement(p, { scroll: false, smooth: false });
    a.focus();
    expect(p.getAttribute('tabindex')).toBe('0');
  });

  it('scrolls the element to just below the top when asked', () => {
    document.body.innerHTML = '<p id="p">p</p>';
    // The document's own window, as Lede reads it (through Document.prototype, which a page
    // cannot clobber); Vitest's global `window` stands in front of it.
    const win = Object.getOwnPropertyDescriptor(Document.prototype, 'defaultView')!.get!.call(document) as Window;
    const scrollTo = vi.spyOn(win, 'scrollTo').mockImplementation(() => undefined);
    const p = document.getElementById('p')!;
    vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top: 900 } as DOMRect);
    focusElement(p, { scroll: true, smooth: true });
    expect(scrollTo).toHaveBeenCalledWith({ top: 884, behavior: 'smooth' });
    vi.restoreAllMocks();
  });
});

describe('pageWatchRegistration', () => {
  const everySite = { skipLinks: 'every-site' as const, neverRunOn: ['example.com', '[::1]'] };

  it('registers on the granted http(s) origins, top frame only, leaving out never-run sites', () => {
    expect(pageWatchRegistration(everySite, ['http://*/*', 'https://*/*', 'file:///*'])).toEqual({
      id: 'lede-page-watch',
      js: ['page-watch.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://example.com/*', '*://*.example.com/*'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
  });

  it('registers nothing for skip links on request, or without host access', () => {
    expect(pageWatchRegistration({ ...everySite, skipLinks: 'on-request' }, ['https://*/*'])).toBeNull();
    expect(pageWatchRegistration(everySite, [])).toBeNull();
  });
});

describe('parseContentRequest: lede/navigate', () => {
  it('accepts known units and directions only', () => {
    expect(parseContentRequest({ type: 'lede/navigate', unit: 'key-quote', direction: 'next' })).toEqual({ type: 'lede/navigate', unit: 'key-quote', direction: 'next' });
    expect(parseContentRequest({ type: 'lede/navigate', unit: 'word', direction: 'next' })).toBeNull();
    expect(parseContentRequest({ type: 'lede/navigate', unit: 'heading', direction: 'sideways' })).toBeNull();
  });
});

describe('watchUrl and retryOnMutation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports a new page URL (history.pushState), not an in-page anchor', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const stop = watchUrl(window, (url) => seen.push(url));
    history.pushState({}, '', '#section');
    vi.advanceTimersByTime(1500);
    expect(seen).toEqual([]);
    history.pushState({}, '', '/news/second-story');
    vi.advanceTimersByTime(1500);
    expect(seen).toEqual([`${location.origin}/news/second-story`]);
    stop();
  });

  it('tries again after each quiet spell of DOM changes until the check passes', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="root"></div>';
    let found = false;
    const attempt = vi.fn(() => found);
    retryOnMutation(document.body, attempt, { debounceMs: 100, maxTries: 5, maxMs: 10_000 });
    document.getElementById('root')!.append(document.createElement('p'));
    await Promise.resolve();
    document.getElementById('root')!.append(document.createElement('p'));
    await Promise.resolve();
    vi.advanceTimersByTime(150);
    expect(attempt).toHaveBeenCalledTimes(1);
    found = true;
    document.getElementById('root')!.append(document.createElement('article'));
    await Promise.resolve();
    vi.advanceTimersByTime(150);
    expect(attempt).toHaveBeenCalledTimes(2);
    document.getElementById('root')!.append(document.createElement('p'));
    await Promise.resolve();
    vi.advanceTimersByTime(150);
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('gives up after its tries run out', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="root"></div>';
    const attempt = vi.fn(() => false);
    retryOnMutation(document.body, attempt, { debounceMs: 10, maxTries: 2, maxMs: 10_000 });
    for (let i = 0; i < 5; i++) {
      document.getElementById('root')!.append(document.createElement('p'));
      await Promise.resolve();
      vi.advanceTimersByTime(20);
    }
    expect(attempt).toHaveBeenCalledTimes(2);
  });
});
