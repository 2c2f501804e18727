/**
 * The article in the popup's tab, and keeping it honest: a model is only shown while the tab
 * still shows the page it was read from. Single-page sites change their URL without loading
 * a new page, so the URL is compared when the model arrives and watched while it is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { requestArticle } from '../../components/lede-client';
import { targetTabId } from '../../components/target-tab';
import type { ArticleResponse } from '../../lib/messages';

export type TabArticleState = { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'page-changed' } | ArticleResponse;

export interface TabArticle {
  tabId: number | null;
  state: TabArticleState;
  /** Reads the page again; `refresh` skips the background's cached model. */
  read: (refresh: boolean) => void;
  /** For when the content script finds the page no longer matches the model. */
  markChanged: () => void;
}

/** The same page whatever its #fragment: following an in-page link changes nothing Lede read. */
function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

async function tabUrl(tabId: number): Promise<string | null> {
  // Without host access (activeTab not granted yet) the URL is hidden: nothing to compare.
  return browser.tabs.get(tabId).then((tab) => tab.url ?? null, () => null);
}

export function useTabArticle(): TabArticle {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabArticleState>({ kind: 'loading' });
  // Only the latest read may set the state: a slow first answer must not overwrite a retry's.
  const latest = useRef(0);

  const readTab = useCallback(async (id: number, refresh: boolean) => {
    const run = ++latest.current;
    setState({ kind: 'loading' });
    const [response, url] = await Promise.all([requestArticle(id, refresh), tabUrl(id)]);
    if (run !== latest.current) return;
    const stale = response.kind === 'article' && url && response.article.url && !samePage(url, response.article.url);
    setState(stale ? { kind: 'page-changed' } : response);
  }, []);

  const start = useCallback(async (refresh: boolean) => {
    const id = await targetTabId();
    setTabId(id);
    if (id === null) setState({ kind: 'no-tab' });
    else await readTab(id, refresh);
  }, [readTab]);

  useEffect(() => void start(false), [start]);

  const articleUrl = state.kind === 'article' ? state.article.url : null;
  useEffect(() => {
    if (tabId === null || articleUrl === null) return;
    const onUpdated = (id: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (id === tabId && change.url && !samePage(change.url, articleUrl)) setState({ kind: 'page-changed' });
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId, articleUrl]);

  return {
    tabId,
    state,
    read: (refresh) => void (tabId === null ? start(refresh) : readTab(tabId, refresh)),
    markChanged: () => setState({ kind: 'page-changed' }),
  };
}
