/**
 * The article's headline in the live page: where "Skip to article" and the jump-to-article
 * shortcut put focus. Readability usually drops the title heading from the article body,
 * so the page's own <h1> whose words match the model's title is looked for first.
 */
import type { ArticleModel } from '../article-model';
import { normalizeSpace } from '../text/normalize';
import { selectAll } from '../unclobbered';
import { isHidden } from './visibility';

const LEVEL_ONE = 'h1, [role="heading"][aria-level="1"]';

function comparable(text: string): string {
  return normalizeSpace(text).toLocaleLowerCase().replace(/[\u2018\u2019\u201c\u201d"'.,:;!?–—-]/g, '');
}

/**
 * A heading "is" the title when the words agree, allowing for a site-name suffix on either
 * side ("Bridge to close | The Ledger") but not for a short heading that merely starts the
 * title (a section label such as "News").
 */
function matchesTitle(headingText: string, title: string): boolean {
  const heading = comparable(headingText);
  const wanted = comparable(title);
  if (!heading || !wanted) return false;
  if (heading === wanted) return true;
  const [shorter, longer] = heading.length < wanted.length ? [heading, wanted] : [wanted, heading];
  return longer.startsWith(shorter) && shorter.length >= Math.max(12, longer.length * 0.6);
}

export function findHeadline(
  doc: Document,
  article: Pick<ArticleModel, 'title' | 'blocks'>,
  liveElements: ReadonlyMap<string, Element>,
): HTMLElement | null {
  for (const h1 of selectAll(doc, LEVEL_ONE) as NodeListOf<HTMLElement>) {
    if (!isHidden(h1) && matchesTitle(h1.textContent ?? '', article.title)) return h1;
  }
  const firstHeading = article.blocks.find((b) => b.kind === 'heading' && liveElements.get(b.id)?.isConnected);
  const first = firstHeading ?? article.blocks.find((b) => liveElements.get(b.id)?.isConnected);
  return (first && (liveElements.get(first.id) as HTMLElement | undefined)) ?? null;
}
