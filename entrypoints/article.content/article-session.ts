/** One page's article: built once on request, rebuilt when the page has changed since. */
import type { ArticleModel, TextAnchor } from '../../lib/article-model';
import { buildArticle } from '../../lib/build-article';
import type { ArticleResponse, JumpResponse } from '../../lib/messages';
import { focusElement } from '../../lib/navigation/focus-target';
import { highlightTarget } from '../../lib/navigation/highlight';
import { rangeForOffsets } from '../../lib/navigation/text-range';

export class ArticleSession {
  private article: ArticleModel | null = null;
  private liveElements = new Map<string, Element>();
  private builtFor = '';

  constructor(private readonly doc: Document) {}

  extract(): ArticleResponse {
    try {
      const { result, liveElements } = buildArticle(this.doc, { url: this.doc.URL });
      this.builtFor = this.doc.URL;
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

  jumpTo(anchor: TextAnchor): JumpResponse {
    if (!this.article || this.builtFor !== this.doc.URL) this.extract();
    const block = this.article?.blocks.find((b) => b.id === anchor.blockId);
    const element = this.liveElements.get(anchor.blockId);
    if (!block || !element?.isConnected) {
      return { ok: false, message: 'That part of the page has changed since Lede read it.' };
    }
    const range = rangeForOffsets(element, block.text, anchor.start, anchor.end);
    const reduceMotion = this.doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? true;
    focusElement(element as HTMLElement, { scroll: true, smooth: !reduceMotion });
    highlightTarget(element, range);
    return { ok: true };
  }
}
