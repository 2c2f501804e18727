/**
 * The popup's components and states in jsdom, with the real English messages from
 * locales/en.yml behind WXT's fake browser. Keyboard activation of the native buttons and
 * everything that needs a real tab are covered by tests/e2e/popup.e2e.test.ts.
 */
import { resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { ArticleHeader } from '../../components/ArticleHeader';
import { articleDigest } from '../../components/article-digest';
import { QuoteList } from '../../components/QuoteList';
import { SummaryList } from '../../components/SummaryList';
import type { ArticleModel, Quote, SummarySentence } from '../../lib/article-model';
import type { ArticleResponse } from '../../lib/messages';
import { restrictionFromRefusal } from '../../lib/restricted-pages';

const requestArticle = vi.fn<(tabId: number, refresh?: boolean) => Promise<ArticleResponse>>();
vi.mock('../../components/lede-client', () => ({ requestArticle, requestJump: vi.fn() }));
const { PopupApp } = await import('../../entrypoints/popup/PopupApp');

beforeAll(async () => {
  const messages = generateChromeMessages(await parseMessagesFile(resolve(import.meta.dirname, '../../locales/en.yml')));
  // browser.i18n.getMessage as Chrome answers it for the English locale.
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return (messages[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
});

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  requestArticle.mockReset();
});

const sentence = (blockId: string, text: string): SummarySentence => ({ blockId, start: 0, end: text.length, text });
const quote = (text: string, speaker: string | null, key = true): Quote => ({ blockId: 'b2', start: 0, end: text.length, text, speaker, cue: 'said', key });

function model(overrides: Partial<ArticleModel> = {}): ArticleModel {
  return {
    title: 'Library reopens',
    byline: 'Jonas Berg',
    siteName: 'The Northport Ledger',
    publishedTime: '2026-05-02T07:15:00.000Z',
    lang: 'en',
    dir: 'ltr',
    wordCount: 600,
    readingMinutes: 3,
    excerpt: null,
    url: 'https://www.ledger.example/library',
    text: 'The library reopens.',
    blocks: [{ id: 'b0', kind: 'paragraph', text: 'The library reopens.' }],
    contentHtml: '<p>The library reopens.</p>',
    summary: [sentence('b0', 'The library reopens.')],
    quotes: [],
    ...overrides,
  };
}

describe('SummaryList', () => {
  it('gives each sentence a button named by the sentence, in the article’s language, that reports its anchor', () => {
    const items = [sentence('b0', 'Ketab-khane baz shod.'), sentence('b3', 'Saat-ha bishtar ast.')];
    const onActivate = vi.fn();
    render(<SummaryList items={items} lang="fa" dir="rtl" onActivate={onActivate} />, container);
    const list = container.querySelector('ul')!;
    expect([list.lang, list.dir]).toEqual(['fa', 'rtl']);
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((b) => [b.type, b.textContent])).toEqual([
      ['button', 'Ketab-khane baz shod.'],
      ['button', 'Saat-ha bishtar ast.'],
    ]);
    buttons[1]!.click();
    expect(onActivate).toHaveBeenCalledWith(items[1]);
  });

  it('leaves the language unmarked when the article’s is unknown', () => {
    render(<SummaryList items={[sentence('b0', 'Text.')]} lang="und" dir="ltr" onActivate={() => {}} />, container);
    expect(container.querySelector('ul')!.hasAttribute('lang')).toBe(false);
  });
});

describe('QuoteList', () => {
  it('shows each quote with its speaker, and “Unattributed” in the UI language when there is none', () => {
    const items = [quote('We rebuilt it from the floor up,', 'Marta Ilves'), quote('Nobody asked us,', null)];
    const onActivate = vi.fn();
    render(<QuoteList items={items} lang="de" dir="ltr" onActivate={onActivate} />, container);
    const buttons = [...container.querySelectorAll('button')];
    expect(buttons.map((b) => [b.querySelector('q')!.textContent, b.querySelector('.quote-speaker')!.textContent])).toEqual([
      ['We rebuilt it from the floor up,', 'Marta Ilves'],
      ['Nobody asked us,', 'Unattributed'],
    ]);
    expect(container.querySelector('ul')!.lang).toBe('de');
    expect(buttons[1]!.querySelector('.unattributed')!.getAttribute('lang')).toBe('en');
    buttons[0]!.click();
    expect(onActivate).toHaveBeenCalledWith(items[0]);
  });
});

describe('ArticleHeader', () => {
  it('has the title as h1 in the article’s language and one line of facts in the UI language', () => {
    render(<ArticleHeader article={model({ lang: 'fa', dir: 'rtl', title: 'Ketab-khane' })} />, container);
    const h1 = container.querySelector('h1')!;
    expect([h1.textContent, h1.lang, h1.dir, h1.tabIndex]).toEqual(['Ketab-khane', 'fa', 'rtl', -1]);
    const parts = [...container.querySelectorAll('.article-meta-part')].map((p) => p.textContent);
    expect(parts).toEqual(['The Northport Ledger', 'Jonas Berg', 'May 2, 2026', '3 min read', 'Persian']);
    expect(container.querySelector('time')!.dateTime).toBe('2026-05-02T07:15:00.000Z');
  });

  it('falls back to the host for the source, says “1 min read”, and leaves out what it does not know', () => {
    render(<ArticleHeader article={model({ siteName: null, byline: null, publishedTime: null, lang: 'und', readingMinutes: 1 })} />, container);
    const parts = [...container.querySelectorAll('.article-meta-part')].map((p) => p.textContent);
    expect(parts).toEqual(['ledger.example', '1 min read']);
  });
});

describe('articleDigest', () => {
  const labels = { summary: 'Summary', keyQuotes: 'Key quotes', quote: (q: Quote) => `“${q.text}” — ${q.speaker ?? 'Unattributed'}` };

  it('gives title and address, then the summary and only the key quotes', () => {
    const article = model({
      summary: [sentence('b0', 'One.'), sentence('b1', 'Two.')],
      quotes: [quote('Yes,', 'Ana'), quote('Minor,', 'Ben', false), quote('No,', null)],
    });
    expect(articleDigest(article, labels)).toBe(
      'Library reopens\nhttps://www.ledger.example/library\n\nSummary\n- One.\n- Two.\n\nKey quotes\n- “Yes,” — Ana\n- “No,” — Unattributed\n',
    );
  });

  it('leaves out empty sections and an unknown address', () => {
    expect(articleDigest(model({ url: null, summary: [], quotes: [] }), labels)).toBe('Library reopens\n');
  });
});

describe('restrictionFromRefusal', () => {
  it('reads the kind of page from Chrome’s refusal to run a script', () => {
    expect(restrictionFromRefusal('Cannot access a chrome:// URL')).toBe('browser-page');
    expect(restrictionFromRefusal('Cannot access a chrome-extension:// URL of different extension')).toBe('browser-page');
    expect(restrictionFromRefusal('The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(restrictionFromRefusal('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe(
      'no-permission',
    );
  });
});

describe('PopupApp states', () => {
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.tabs.resetState();
    tabId = (await fakeBrowser.tabs.create({ url: 'https://news.example/story' })).id!;
    history.replaceState(null, '', `/popup.html?tab=${tabId}`);
  });

  async function renderPopup(): Promise<void> {
    await act(async () => {
      render(<PopupApp />, container);
    });
  }

  const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
  const h1 = () => container.querySelector('h1')?.textContent;
  const buttons = () => [...container.querySelectorAll('button')].map((b) => b.textContent);

  it('explains a local file without file access and offers the extension settings', async () => {
    requestArticle.mockResolvedValue({ kind: 'restricted', reason: 'file-access', message: '' });
    await renderPopup();
    await settle();
    expect(h1()).toBe('Lede cannot read this page');
    expect(container.querySelector('.status-message p')!.textContent).toContain('Allow access to file URLs');
    expect(buttons()).toEqual(['Open extension settings', 'Try again']);
  });

  it('after Try again, focus moves to the new state’s heading instead of being lost', async () => {
    requestArticle.mockResolvedValueOnce({ kind: 'error', message: 'x' });
    requestArticle.mockResolvedValueOnce({ kind: 'no-article', reason: 'no-content', message: 'x' });
    await renderPopup();
    await settle();
    expect(h1()).toBe('Lede could not read this page');
    const retry = container.querySelector<HTMLButtonElement>('.status-message button')!;
    retry.focus();
    await act(() => retry.click());
    await settle();
    expect(requestArticle).toHaveBeenLastCalledWith(tabId, true);
    expect(h1()).toBe('No article on this page');
    expect(document.activeElement).toBe(container.querySelector('h1'));
  });

  it('says a hung page is not responding, and offers Try again', async () => {
    requestArticle.mockResolvedValue({ kind: 'error', reason: 'not-responding', message: 'x' });
    await renderPopup();
    await settle();
    expect(h1()).toBe('This page is not responding');
    expect(container.querySelector('.status-message p')!.textContent).toMatch(/reload the page/);
    expect(buttons()).toEqual(['Try again']);
  });

  it('says a page too big to read in Lede’s time budget is so, instead of waiting, and offers Try again', async () => {
    requestArticle.mockResolvedValue({ kind: 'error', reason: 'too-slow', message: 'x' });
    await renderPopup();
    await settle();
    expect(h1()).toBe('This page is too big to read quickly');
    expect(container.querySelector('.status-message p')!.textContent).toMatch(/stays responsive/);
    expect(buttons()).toEqual(['Try again']);
  });

  it('shows “Reading the page…” only when the answer takes a while', async () => {
    let answer!: (response: ArticleResponse) => void;
    requestArticle.mockReturnValue(new Promise((r) => (answer = r)));
    await renderPopup();
    const status = () => container.querySelector('[role="status"]')!;
    expect(status().textContent).toBe('');
    await act(() => new Promise<void>((r) => setTimeout(r, 200)));
    expect([status().textContent, status().className]).toEqual(['Reading the page…', 'live-status']);
    await act(() => answer({ kind: 'article', article: model({ url: 'https://news.example/story' }), cached: false }));
    await settle();
    expect(h1()).toBe('Library reopens');
    // Announced once, now only for screen readers: the summary is on screen.
    expect([status().textContent, status().className]).toEqual(['Summary ready.', 'visually-hidden']);
  });

  it('offers Try again when the page does not answer at all', async () => {
    vi.useFakeTimers();
    try {
      requestArticle.mockReturnValue(new Promise(() => {}));
      await renderPopup();
      await act(async () => void (await vi.advanceTimersByTimeAsync(7000)));
      expect(buttons()).toEqual([]);
      await act(async () => void (await vi.advanceTimersByTimeAsync(1000)));
      expect(buttons()).toEqual(['Try again']);
      await act(() => container.querySelector('button')!.click());
      expect(requestArticle).toHaveBeenLastCalledWith(tabId, true);
    } finally {
      vi.useRealTimers();
    }
  });
});
