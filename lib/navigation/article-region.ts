import { containsNode, parentElementOf } from '../unclobbered';

/**
 * The part of the live page that holds the article: the nearest element containing every
 * block Lede read. In-page shortcuts act only while focus is in here (or on the headline),
 * so the site's own keyboard handling is left alone everywhere else.
 */

export function articleRegion(elements: Iterable<Element>): Element | null {
  let region: Element | null = null;
  for (const el of elements) {
    if (!el.isConnected) continue;
    if (!region) {
      region = el;
      continue;
    }
    while (region && !containsNode(region, el)) region = parentElementOf(region);
    if (!region) return null;
  }
  return region;
}

/** Whether `node` is inside the article region or the headline (which may sit outside it). */
export function isInArticle(node: Node | null, region: Element | null, headline: Element | null): boolean {
  if (!node) return false;
  return Boolean((region && containsNode(region, node)) || (headline && containsNode(headline, node)));
}
