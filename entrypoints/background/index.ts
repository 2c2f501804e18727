/** Background service worker: message routing and cache upkeep. Thin glue over its modules. */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { parseBackgroundRequest } from '../../lib/messages';
import { forgetTab } from './article-cache';
import { articleForTab, jumpInTab } from './article-service';

export default defineBackground(() => {
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
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void forgetTab(tabId);
  });
});
