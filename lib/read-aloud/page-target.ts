/**
 * Where a speech plan's items are in the live page, for listening on the page itself: a
 * block's sentence in the block's element; a summary sentence where it stands in its
 * paragraph (the page has no summary box). And, when the page has replaced the element being
 * read, which item to go on with: the next one whose element is still in the page.
 */
import type { ArticleModel } from '../article-model';
import type { SpeechItem } from './speech-plan';

export interface Located {
  element: Element;
  /** The text the element holds (a block's); the item's offsets start `offset` into it. */
  blockText: string;
  offset: number;
}

export function locateItem(
  article: Pick<ArticleModel, 'blocks' | 'summary'>,
  liveElements: ReadonlyMap<string, Element>,
  item: SpeechItem,
): Located | null {
  if (item.target.kind === 'block') {
    const element = liveElements.get(item.target.blockId);
    return element ? { element, blockText: item.targetText, offset: 0 } : null;
  }
  const sentence = article.summary[item.target.index];
  const block = sentence && article.blocks.find((b) => b.id === sentence.blockId);
  const element = sentence && liveElements.get(sentence.blockId);
  if (!block || !element) return null;
  const offset = block.text.startsWith(item.targetText, sentence.start) ? sentence.start : block.text.indexOf(item.targetText);
  return offset < 0 ? null : { element, blockText: block.text, offset };
}

/**
 * Null while item `index` is still in the page; once its element is gone, the next item
 * after it in another element that is still there, or -1 when none is left.
 */
export function nextPresentIndex(plan: readonly SpeechItem[], index: number, locate: (item: SpeechItem) => Located | null): number | null {
  const item = plan[index];
  const here = item && locate(item);
  if (!here || here.element.isConnected) return null;
  return plan.findIndex((candidate, i) => {
    if (i <= index) return false;
    const there = locate(candidate);
    return there !== null && there.element !== here.element && there.element.isConnected;
  });
}
