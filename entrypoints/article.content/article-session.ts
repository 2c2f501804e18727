/** One page's article: built once on request, rebuilt when the page has changed since. */
import type { ArticleModel, TextAnchor } from '../../lib/article-model';
import { buildArticle } from '../../lib/build-article';
import { restrictionText } from '../../components/state-text';
import type { ArticleResponse, JumpResponse } from '../../lib/messages';
import { focusElement } from '../../lib/navigation/focus-target';
import { findHeadline } from '../../lib/navigation/headline';
import { highlightTarget } from '../../lib/navigation/highlight';
import { rangeForOffsets } from '../../lib/navigation/text-range';
import { propertyOf } from '../../lib/unclobbered';

export class ArticleSession {
  private article: ArticleModel | null = null;
  private liveElements = new Map<string, Element>();
  private builtFor = '';

  constructor(private readonly doc: Document) {}

  /** The page's address, read so that an element named "URL" cannot stand in for it. */
  private get url(): string {
    return propertyOf<string>(this.doc, 'URL');
  }

  extract(): ArticleResponse {
    // Chromium's PDF viewer hosts the document in a page of its own, which takes our script
    // but has no text: say it is a PDF (its address need not end in .pdf).
    if (propertyOf(this.doc, 'contentType') === 'application/pdf') return { kind: 'restricted', reason: 'pdf', message: restrictionText('pdf') };
    try {
      const { result, liveElements } = buildArticle(this.doc, { url: this.url });
      this.builtFor = this.url;
      if (result.kind !== 'article') {
        this.article = null;
        return result;
      }
      this.article = result.article;
      this.liveElements = liveElements;
      return { kind: 'article', article: result.article, cached: false };
    } catch (error) {
      return { kind: 'error', message: `Lede could not read this page (${(error as Error).message}).` };
    }
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
