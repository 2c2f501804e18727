/**
 * The article content script, injected on demand (activeTab + scripting, or by the page
 * watcher when skip links are on for every site): builds the article model when asked,
 * moves the reader to a sentence, quote or heading, and adds the skip links and in-page
 * navigation keys. Thin glue over lib/ and its modules.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { ArticleSession } from './article-session';
import { PageUi } from './page-ui';
import { loadSettings } from '../../components/settings-store';
import { parseContentRequest, type ArticleResponse, type JumpResponse, type NavigateResponse } from '../../lib/messages';
import { isNeverRunHost } from '../../lib/site-list';

const LOADED = Symbol.for('lede.article-script');

export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise announce Lede (and its id) to every page it runs in via postMessage.
  noScriptStartedPostMessage: true,
  main() {
    // Lede reads the page a person is on, never the frames (ads, embeds) inside it.
    if (window.top !== window) return;
    // executeScript may inject us again into a page that already has us: keep one instance.
    const scope = globalThis as { [LOADED]?: true };
    if (scope[LOADED]) return;
    scope[LOADED] = true;

    const session = new ArticleSession(document);
    const ui = new PageUi(document, session);
    void loadSettings().then((settings) => {
      if (!isNeverRunHost(location.hostname, settings.neverRunOn)) ui.start();
    });
    type Response = ArticleResponse | JumpResponse | NavigateResponse | 'pong';
    browser.runtime.onMessage.addListener((raw, sender): Promise<Response> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(raw);
      if (!request) return undefined;
      switch (request.type) {
        case 'lede/ping':
          return Promise.resolve('pong');
        case 'lede/extract':
          return Promise.resolve(session.read());
        case 'lede/jump-to':
          return Promise.resolve(session.jumpTo(request.anchor));
        case 'lede/jump-to-article':
          return Promise.resolve(session.jumpToArticle());
        case 'lede/navigate':
          return Promise.resolve(ui.navigation.navigate(request.unit, request.direction));
      }
    });
  },
});
