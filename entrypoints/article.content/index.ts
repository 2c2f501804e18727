/**
 * The article content script, injected on demand (activeTab + scripting): builds the
 * article model when asked and moves the reader to a sentence or quote. Thin glue over lib/.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ArticleSession } from './article-session';
import { parseContentRequest, type ArticleResponse, type JumpResponse } from '../../lib/messages';

const LOADED = Symbol.for('lede.article-script');

export default defineContentScript({
  registration: 'runtime',
  main() {
    // executeScript may inject us again into a page that already has us: keep one instance.
    const scope = globalThis as { [LOADED]?: true };
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    const session = new ArticleSession(document);
    browser.runtime.onMessage.addListener((raw, sender): Promise<ArticleResponse | JumpResponse | 'pong'> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(raw);
      if (!request) return undefined;
      switch (request.type) {
        case 'lede/ping':
          return Promise.resolve('pong');
        case 'lede/extract':
          return Promise.resolve(session.extract());
        case 'lede/jump-to':
          return Promise.resolve(session.jumpTo(request.anchor));
        case 'lede/jump-to-article':
          return Promise.resolve(session.jumpToArticle());
      }
    });
  },
});
