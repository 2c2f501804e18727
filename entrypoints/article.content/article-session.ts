/** One page's article: built once on request, rebuilt when the page has changed since. */
import type { ArticleModel, TextAnchor } from '../../lib/article-model';
import { buildArticle } from '../../lib/build-article';
import { restrictionText } from '../../components/state-text';
import type { ArticleResponse, JumpResponse } from '../../lib/messages';
import { focusElement } from '../../lib/navigation/focus-target';
import { findHeadline } from '../../lib/navigation/headline';
import { highlightTarget } from '../../lib/navigation/highlight';
import { pageChanges } from '../../lib/navigation/page-changes';
import { rangeForOffsets } from '../../lib/navigation/text-range';

export class ArticleSession {
  private article: ArticleModel | null = null;
  private liveElements = new Map<string, Element>();
  private builtFor = '';
  /** The last reading's answer, while the page has not changed since (see `read`). */
  private answer: ArticleResponse | null = null;
  private readonly changes: ReturnType<typeof pageChanges>;

  constructor(private readonly doc: Document) {
    this.changes = pageChanges(doc);
  }

  /**
   * The article of the page as it is now: the last reading's when the page (its URL, elements
   * and text) has not changed since, else a new reading. The skip links read the page once it
   * is idle, and the popup asks as it opens; whichever comes second gets the first's answer.
   */
  read(): ArticleResponse {
    if (this.answer && this.builtFor === this.doc.URL && !this.changes.changed) return this.answer;
    return this.extract();
  }

  /** Reads the page again, whatever it holds. */
  extract(): ArticleResponse {
    this.answer = null;
    // Chromium's PDF viewer hosts the document in a page of its own, which takes our script
    // but has no text: say it is a PDF (its address need not end in .pdf).
    if (this.doc.contentType === 'application/pdf') return { kind: 'restricted', reason: 'pdf', message: restrictionText('pdf') };
    try {
      const { result, liveElements } = buildArticle(this.doc, { url: this.doc.URL });
      this.builtFor = this.doc.URL;
      // Reading changes nothing in the page, and no page script ran since it began.
      this.changes.watch();
      if (result.kind !== 'article') {
        this.article = null;
        return (this.answer = result);
      }
      this.article = result.article;
      this.liveElements = liveElements;
      return (this.answer = { kind: 'article', article: result.article, cached: false });
    } catch (error) {
      return { kind: 'error', message: `Lede could not read this page (${(error as Error).message}).` };
    }
  }

  /** The article as built for the page's current URL (building it now if need be), or null when there is none. */
  current(): { article: ArticleModel; liveElements: ReadonlyMap<string, Element> } | null {
    if (this.builtFor !== this.doc.URL) this.extract();
    return this.article ? { article: this.article, liveElements: this.liveElements } : null;
  }

  jumpTo(anchor: TextAnchor): JumpResponse {
    if (!this.article || this.builtFor !== this.doc.URL) this.extract();
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
    if (!this.article || this.builtFor !== this.doc.URL) this.extract();
    const headline = this.article && findHeadline(this.doc, this.article, this.liveElements);
    if (!headline) return { ok: false, reason: 'page-changed', message: 'Lede no longer finds the article on this page.' };
    this.moveTo(headline, null);
    return { ok: true };
  }

  /** Focus, scroll and highlight: every move Lede makes in the page (jumps, skip links, keyboard navigation). */
  moveTo(element: HTMLElement, range: Range | null): void {
    const reduceMotion = this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    focusElement(element, { scroll: true, smooth: !reduceMotion });
    highlightTarget(element, range);
  }
}
