/** Background service worker: message routing and cache upkeep. Thin glue over its modules. */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { parseBackgroundRequest, parseContentEvent } from '../../lib/messages';
import { forgetTab } from './article-cache';
import { articleForTab, jumpInTab, listenInTab, loadQuoteLanguage } from './article-service';
import { runCommand } from './commands';
import { injectForWatchedPage, keepPageWatchInSync } from './page-watch';

declare global {
  /**
   * The shortcut handler, reachable from Lede's own contexts only (nothing else can reach a
   * service worker's global). The e2e suite presses "shortcuts" through it, since a test
   * cannot dispatch `commands.onCommand`: `ledeCommands.run('next-quote', tabId)`.
   */
  var ledeCommands: { run: typeof runCommand };
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  globalThis.ledeCommands = { run: runCommand };

  // Skip links on every site: the always-on watcher's registration, and its requests.
  keepPageWatchInSync();
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Content scripts only (Lede's pages are answered below), and only in a tab.
    if (sender.id !== browser.runtime.id || !sender.tab || sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    const event = parseContentEvent(raw);
    if (event?.type === 'lede/page-is-article') void injectForWatchedPage(sender);
    // "Listen to article" in the skip links: the article script asks for the player in its own tab.
    if (event?.type === 'lede/listen' && sender.tab.id !== undefined) void listenInTab(sender.tab.id);
    if (event?.type === 'lede/quote-language' && sender.tab.id !== undefined) {
      return loadQuoteLanguage({ tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, event.code);
    }
    return undefined;
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only Lede's own pages may ask: never a content script (a hostile page could drive it)
    // nor another extension.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    const request = parseBackgroundRequest(raw);
    if (!request) return undefined;
    switch (request.type) {
      case 'lede/get-article':
        return articleForTab(request.tabId, request.refresh);
      case 'lede/jump-to':
        return jumpInTab(request.tabId, request.anchor);
      case 'lede/jump-to-article':
        return jumpInTab(request.tabId);
      case 'lede/listen':
        return listenInTab(request.tabId);
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void forgetTab(tabId);
  });
});
