/**
 * How the page player reaches the article the article script has read. Both scripts run in
 * the extension's isolated world of the page, so the article script leaves this one
 * read-only accessor on that world's global (never visible to the page's own scripts), and
 * the player, loaded later and only on request, asks it rather than reading the page again.
 */
import type { ArticleModel } from '../article-model';

export interface ListenArticle {
  article: ArticleModel;
  /** Each block's element in the live page. */
  liveElements: ReadonlyMap<string, Element>;
  /** The element holding the article (line focus works in it only), when one does. */
  region: Element | null;
}

export interface ListenSource {
  /** The article as built for the page's current URL (building it now if need be), or null. */
  current(): ListenArticle | null;
  /** Says `text` through Lede's polite live region in the page. */
  announce(text: string): void;
}

export const LISTEN_SOURCE = Symbol.for('lede.listen-source');

export function listenSource(scope: object = globalThis): ListenSource | null {
  return (scope as { [LISTEN_SOURCE]?: ListenSource })[LISTEN_SOURCE] ?? null;
}

export function provideListenSource(source: ListenSource, scope: object = globalThis): void {
  (scope as { [LISTEN_SOURCE]?: ListenSource })[LISTEN_SOURCE] = source;
}
