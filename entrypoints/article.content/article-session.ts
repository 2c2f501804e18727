/** One page's article: built once on request, rebuilt when the page has changed since. */
import type { ArticleModel, TextAnchor } from '../../lib/article-model';
import { buildArticle, buildArticlePaced, type BuiltArticle, type Pace } from '../../lib/build-article';
import { restrictionText, tooSlowText } from '../../components/state-text';
import type { ArticleResponse, JumpResponse } from '../../lib/messages';
import { focusElement } from '../../lib/navigation/focus-target';
import { findHeadline } from '../../lib/navigation/headline';
import { highlightTarget } from '../../lib/navigation/highlight';
import { pageChanges } from '../../lib/navigation/page-changes';
import { rangeForOffsets } from '../../lib/navigation/text-range';
import { quoteLanguageCode } from '../../lib/quotes/languages/codes';
import { registeredLanguages } from '../../lib/quotes/languages/registry';
import { propertyOf } from '../../lib/unclobbered';

/**
 * Past this, a read in the page stops at its next pause and says the page is too big, rather
 * than keep the page busy (under the popup's 8 s before it offers to try again).
 */
const READ_BUDGET_MS = 7_000;

/** Pauses that let the page handle input and paint between phases; `scheduler.yield` resumes first where there is one. */
function pageThreadPace(): Pace {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return {
    pause: () => (typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resume) => setTimeout(resume, 0))),
    now: () => performance.now(),
    budgetMs: READ_BUDGET_MS,
  };
}

function failed(error: unknown): ArticleResponse {
  return { kind: 'error', message: `Lede could not read this page (${(error as Error).message}).` };
}

export class ArticleSession {
  private article: ArticleModel | null = null;
  private liveElements = new Map<string, Element>();
  private builtFor = '';
  private reading: Promise<ArticleResponse> | null = null;
  /** The last reading's answer, while the page has not changed since (see `extractPaced`). */
  private answer: ArticleResponse | null = null;
  private readonly changes: ReturnType<typeof pageChanges>;

  /**
   * @param loadQuoteLanguage has the quote file of a language loaded into this frame (the
   *   content script carries English's alone); settles whether or not it could.
   */
  constructor(
    private readonly doc: Document,
    private readonly loadQuoteLanguage: (code: string) => Promise<unknown> = async () => {},
  ) {
    this.changes = pageChanges(doc);
  }

  /** Loads the quote file of the page's declared language, unless it is English's or already here. */
  private async quoteLanguageReady(): Promise<void> {
    const root = propertyOf<Element | null>(this.doc, 'documentElement');
    const lang = root ? Element.prototype.getAttribute.call(root, 'lang') : null;
    const code = lang ? quoteLanguageCode(lang) : null;
    if (code && code !== 'en' && !registeredLanguages()[code]) await this.loadQuoteLanguage(code);
  }

  /** The page's address, read so that an element named "URL" cannot stand in for it. */
  private get url(): string {
    return propertyOf<string>(this.doc, 'URL');
  }

  /** Reads the page at once (for the page's own skip links and jumps). */
  extract(): ArticleResponse {
    this.answer = null;
    if (propertyOf(this.doc, 'contentType') === 'application/pdf') return this.pdf();
    const url = this.url;
    try {
      return this.accept(buildArticle(this.doc, { url }), url);
    } catch (error) {
      return failed(error);
    }
  }

  /**
   * Reads the page for the popup and reader view, giving the page's main thread back between
   * phases and giving up past the time budget; one read at a time. The last reading's answer
   * stands while the page (its URL, elements and text) has not changed since: the skip links
   * read the page once it is idle, and the popup asks as it opens, so whichever comes second
   * gets the first's answer.
   */
  extractPaced(): Promise<ArticleResponse> {
    if (this.answer && this.builtFor === this.url && !this.changes.changed) return Promise.resolve(this.answer);
    this.reading ??= this.readPaced().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async readPaced(): Promise<ArticleResponse> {
    this.answer = null;
    if (propertyOf(this.doc, 'contentType') === 'application/pdf') return this.pdf();
    const url = this.url;
    try {
      await this.quoteLanguageReady();
      const paced = await buildArticlePaced(this.doc, { url }, pageThreadPace());
      if (paced.kind === 'out-of-time') return { kind: 'error', reason: 'too-slow', message: tooSlowText() };
      return this.accept(paced.built, url);
    } catch (error) {
      return failed(error);
    }
  }

  // Chromium's PDF viewer hosts the document in a page of its own, which takes our script
  // but has no text: say it is a PDF (its address need not end in .pdf).
  private pdf(): ArticleResponse {
    return { kind: 'restricted', reason: 'pdf', message: restrictionText('pdf') };
  }

  private accept({ result, liveElements }: BuiltArticle, url: string): ArticleResponse {
    this.builtFor = url;
    // The page changes from here on are what a later request must see.
    this.changes.watch();
    if (result.kind !== 'article') {
      this.article = null;
      return (this.answer = result);
    }
    this.article = result.article;
    this.liveElements = liveElements;
    return (this.answer = { kind: 'article', article: result.article, cached: false });
  }

  /** Whether the page has been read at its current URL. */
  isCurrent(): boolean {
    return this.builtFor === this.url;
  }

  /** The article as built for the page's current URL (building it now if need be), or null when there is none. */
  current(): { article: ArticleModel; liveElements: ReadonlyMap<string, Element> } | null {
    if (this.builtFor !== this.url) this.extract();
    return this.article ? { article: this.article, liveElements: this.liveElements } : null;
  }

  jumpTo(anchor: TextAnchor): JumpResponse {
    if (!this.article || this.builtFor !== this.url) this.extract();
    const block = this.article?.blocks.find((b) => b.id === anchor.blockId);
    const element = this.liveElements.get(anchor.blockId);
    if (!block || !element?.isConnected) {
      return { ok: false, reason: 'page-changed', message: 'That part of the page has changed since Lede read it.' };
    }
    this.moveTo(element as HTMLElement, rangeForOffsets(element, block.text, anchor.start, anchor.end));
    return { ok: true };
  }

  /** To the headline, where "Skip to article" goes too. */
  jumpToArticle(): JumpResponse {
    if (!this.article || this.builtFor !== this.url) this.extract();
    const headline = this.article && findHeadline(this.doc, this.article, this.liveElements);
    if (!headline) return { ok: false, reason: 'page-changed', message: 'Lede no longer finds the article on this page.' };
    this.moveTo(headline, null);
    return { ok: true };
  }

  /** Focus, scroll and highlight: every move Lede makes in the page (jumps, skip links, keyboard navigation). */
  moveTo(element: HTMLElement, range: Range | null): void {
    const reduceMotion = propertyOf<Window | null>(this.doc, 'defaultView')?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    focusElement(element, { scroll: true, smooth: !reduceMotion });
    highlightTarget(element, range);
  }
}
