/**
 * Answers "what is the article in tab N?" for the popup and reader view: restricted pages are
 * explained, cached models are served at once, otherwise the content script is injected
 * where needed and asked to build the model.
 */
import { browser } from 'wxt/browser';
import type { TextAnchor } from '../../lib/article-model';
import type { ArticleResponse, ContentRequest, JumpResponse } from '../../lib/messages';
import { restrictionFor, restrictionFromRefusal, type Restriction } from '../../lib/restricted-pages';
import { restrictionText } from '../../components/state-text';
import { cacheArticle, cachedArticle } from './article-cache';

const ARTICLE_SCRIPT = '/content-scripts/article.js';

function restricted(reason: Restriction): ArticleResponse {
  return { kind: 'restricted', reason, message: restrictionText(reason) };
}

/** Injects the article script unless it already answers; the browser's refusal when the page refuses us, else null. */
async function injectArticleScript(tabId: number): Promise<string | null> {
  try {
    if ((await browser.tabs.sendMessage(tabId, { type: 'lede/ping' } satisfies ContentRequest)) === 'pong') return null;
  } catch {
    /* no listener yet: inject below */
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [ARTICLE_SCRIPT] });
    return null;
  } catch (error) {
    return String((error as Error)?.message ?? error);
  }
}

/** Injects the article script unless it already answers; false when the page refuses us. */
export async function ensureArticleScript(tabId: number): Promise<boolean> {
  return (await injectArticleScript(tabId)) === null;
}

export async function articleForTab(tabId: number, refresh = false): Promise<ArticleResponse> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { kind: 'error', message: 'That tab is no longer open.' };
  if (!tab.url) {
    // Lede may not see this tab's address (no activeTab grant on browser pages, for one):
    // the browser's refusal to run a script there says what kind of page it is.
    const refusal = await injectArticleScript(tabId);
    return restricted(refusal === null ? 'no-permission' : restrictionFromRefusal(refusal));
  }
  const fileAccess = await browser.extension.isAllowedFileSchemeAccess();
  const reason = restrictionFor(tab.url, { fileAccess });
  if (reason) return restricted(reason);
  const url = tab.url;

  if (!refresh) {
    const cached = await cachedArticle(tabId, url);
    if (cached) return { kind: 'article', article: cached, cached: true };
  }
  if (!(await ensureArticleScript(tabId))) return restricted('no-permission');
  let response: ArticleResponse;
  try {
    response = (await browser.tabs.sendMessage(tabId, { type: 'lede/extract' } satisfies ContentRequest)) as ArticleResponse;
  } catch {
    return { kind: 'error', message: 'The page stopped answering. Reload it and try again.' };
  }
  if (response?.kind === 'article') await cacheArticle(tabId, url, response.article);
  return response ?? { kind: 'error', message: 'The page gave no answer.' };
}

/** Moves the reader to `anchor` in the tab, or to the article's headline when none is given. */
export async function jumpInTab(tabId: number, anchor?: TextAnchor): Promise<JumpResponse> {
  if (!(await ensureArticleScript(tabId))) return { ok: false, reason: 'unreachable', message: restrictionText('no-permission') };
  const request: ContentRequest = anchor ? { type: 'lede/jump-to', anchor } : { type: 'lede/jump-to-article' };
  try {
    const response = (await browser.tabs.sendMessage(tabId, request)) as JumpResponse;
    if (response?.ok) await browser.tabs.update(tabId, { active: true });
    return response ?? { ok: false, reason: 'unreachable', message: 'The page gave no answer.' };
  } catch {
    return { ok: false, reason: 'unreachable', message: 'The page stopped answering. Reload it and try again.' };
  }
}
