/**
 * Whether the page's content has changed since Lede read it. The article is asked for more
 * than once in a row (the skip links read the page once it is idle, the popup asks as it
 * opens; which comes first depends on timing): a page whose text and elements have not
 * changed since the last read has the same article, and reading it again would only cost
 * the time again. Lede's own UI in the page (its skip-link host) is no change to the page.
 */
import { LEDE_UI_ATTR } from './focus-target';

function isLedeUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).hasAttribute(LEDE_UI_ATTR);
}

function isPageChange(record: MutationRecord): boolean {
  if (record.type !== 'childList') return !isLedeUi(record.target) && !(record.target.parentElement?.closest(`[${LEDE_UI_ATTR}]`));
  for (const node of record.addedNodes) if (!isLedeUi(node)) return true;
  for (const node of record.removedNodes) if (!isLedeUi(node)) return true;
  return false;
}

export interface PageChanges {
  /** Whether the page changed since `watch` was last called (true before the first call). */
  readonly changed: boolean;
  /** Starts over: the page as it is now counts as unchanged. */
  watch(): void;
}

/**
 * Watches the document for changes to its elements and text (not attributes: focus and
 * highlight moves set those, and Lede's reading never depends on them), until the first one.
 */
export function pageChanges(doc: Document): PageChanges {
  let changed = true;
  // A document made by script (no window of its own) is watched through the caller's.
  const MutationObserverImpl = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const observer = MutationObserverImpl
    ? new MutationObserverImpl((records) => {
        if (!records.some(isPageChange)) return;
        changed = true;
        observer?.disconnect();
      })
    : null;
  return {
    get changed() {
      // Records not yet delivered to the callback count too.
      if (!changed && observer?.takeRecords().some(isPageChange)) {
        changed = true;
        observer.disconnect();
      }
      return changed;
    },
    watch() {
      if (!observer) return;
      observer.disconnect();
      changed = false;
      observer.observe(doc, { childList: true, characterData: true, subtree: true });
    },
  };
}
