/**
 * Answers "what is the article in tab N?" for the popup and reader view: restricted pages are
 * explained, cached models are served at once, otherwise the content script is injected
 * where needed and asked to build the model.
 */
import { browser } from 'wxt/browser';
import type { TextAnchor } from '../../lib/article-model';
import type { ArticleResponse, ContentRequest, JumpResponse } from '../../lib/messages';
import { restrictionFor, restrictionFromRefusal, type Restriction } from '../../lib/restricted-pages';
import { notRespondingText, restrictionText } from '../../components/state-text';
import { cacheArticle, cachedArticle } from './article-cache';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

const ARTICLE_SCRIPT = '/content-scripts/article.js';
/** The page player: loaded only when someone asks to listen (it reads the article script's article). */
const LISTEN_SCRIPT = '/content-scripts/listen.js';

function restricted(reason: Restriction): ArticleResponse {
  return { kind: 'restricted', reason, message: restrictionText(reason) };
}

const TAB_CLOSED: ArticleResponse = { kind: 'error', message: 'That tab is no longer open.' };

function notResponding(): ArticleResponse {
  return { kind: 'error', reason: 'not-responding', message: notRespondingText() };
}

async function isOpen(tabId: number): Promise<boolean> {
  return (await browser.tabs.get(tabId).catch(() => null)) !== null;
}

/**
 * A page whose own script blocks its main thread (a hung page) never answers a message, nor
 * takes a script; without a limit the popup would say "Reading the page…" forever. A live
 * page answers the ping at once, or refuses it at once when the article script is not in it
 * yet; so a few seconds of silence mean the page is stuck, and trying to inject would only
 * wait longer.
 */
const PING_TIMEOUT_MS = 4_000;
/**
 * Chromium never settles executeScript on a view-source: tab whose address Lede can't see.
 * Generous, since a busy page delays the injection legitimately.
 */
const INJECTION_TIMEOUT_MS = 8_000;
/** What `withTimeout` rejects with, and `injectArticleScript` reports, when time runs out. */
const TIMED_OUT = 'Lede gave up waiting for the page.';

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(TIMED_OUT)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Injects the article script unless it already answers. Null once it is in; else why not:
 * `TIMED_OUT` when the page did not answer in time, or the browser's refusal.
 */
async function injectArticleScript(tabId: number): Promise<string | null> {
  try {
    if ((await withTimeout(browser.tabs.sendMessage(tabId, { type: 'lede/ping' } satisfies ContentRequest), PING_TIMEOUT_MS)) === 'pong') return null;
  } catch (error) {
    if ((error as Error)?.message === TIMED_OUT) return TIMED_OUT;
    /* no listener yet: inject below */
  }
  try {
    await withTimeout(browser.scripting.executeScript({ target: { tabId }, files: [ARTICLE_SCRIPT] }), INJECTION_TIMEOUT_MS);
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
  if (!tab) return TAB_CLOSED;
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
  const refusal = await injectArticleScript(tabId);
  if (refusal !== null) {
    // A tab closed mid-way fails the injection too: say so, not "no permission"; and a page
    // too busy to answer (its own script hangs it) may yet recover.
    if (!(await isOpen(tabId))) return TAB_CLOSED;
    return refusal === TIMED_OUT ? notResponding() : restricted(restrictionFromRefusal(refusal));
  }
  let response: ArticleResponse;
  try {
    response = (await browser.tabs.sendMessage(tabId, { type: 'lede/extract' } satisfies ContentRequest)) as ArticleResponse;
  } catch {
    return (await isOpen(tabId)) ? { kind: 'error', message: 'The page stopped answering. Reload it and try again.' } : TAB_CLOSED;
  }
  // A page closed mid-read may also answer nothing at all.
  if (!response) return (await isOpen(tabId)) ? { kind: 'error', message: 'The page gave no answer.' } : TAB_CLOSED;
  if (response.kind === 'article') {
    // Not waited for: the popup shows the article while it is stored. (storage.session holds
    // 10 MB: when it is full, the reader still gets the article, uncached.)
    void cacheArticle(tabId, url, response.article).catch((error: unknown) => console.warn('Lede could not cache an article', error));
  }
  return response;
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

/**
 * Reads the tab's article aloud on the page itself: the article script first (it knows where
 * the article is), then the player, which opens (or, already open, takes focus) as it loads.
 */
export async function listenInTab(tabId: number): Promise<JumpResponse> {
  if (!(await ensureArticleScript(tabId))) return { ok: false, reason: 'unreachable', message: restrictionText('no-permission') };
  try {
    await withTimeout(browser.scripting.executeScript({ target: { tabId }, files: [LISTEN_SCRIPT] }), INJECTION_TIMEOUT_MS);
    await browser.tabs.update(tabId, { active: true });
    return { ok: true };
  } catch {
    return { ok: false, reason: 'unreachable', message: 'The page stopped answering. Reload it and try again.' };
  }
}

/**
 * Loads one language's quote file into the frame whose article script asked for it (the
 * code is checked against the files that exist). Settles either way: without it, quotes are
 * read with English's words and every loaded language's verbs.
 */
export async function loadQuoteLanguage(target: { tabId: number; frameIds: number[] }, code: string): Promise<{ ok: boolean }> {
  try {
    // Checked against the list of files before it reaches here; the build lists each path.
    const file = `/quote-language-${code}.js` as ScriptPublicPath;
    await withTimeout(browser.scripting.executeScript({ target, files: [file] }), INJECTION_TIMEOUT_MS);
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
