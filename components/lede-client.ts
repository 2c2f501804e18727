/** Typed calls from Lede's pages to the background: the only way they reach a tab. */
import { browser } from 'wxt/browser';
import type { TextAnchor } from '../lib/article-model';
import type { ArticleResponse, BackgroundRequest, JumpResponse } from '../lib/messages';

async function ask<T>(request: BackgroundRequest): Promise<T> {
  return (await browser.runtime.sendMessage(request)) as T;
}

export async function requestArticle(tabId: number, refresh = false): Promise<ArticleResponse> {
  try {
    return (await ask<ArticleResponse | undefined>({ type: 'lede/get-article', tabId, refresh })) ?? {
      kind: 'error',
      message: 'Lede’s background service did not answer. Try again.',
    };
  } catch (error) {
    return { kind: 'error', message: `Lede could not reach its background service (${(error as Error).message}).` };
  }
}

/** Moves the reader to `anchor` in the tab, or to the article's headline when none is given. */
export async function requestJump(tabId: number, anchor?: TextAnchor): Promise<JumpResponse> {
  const request: BackgroundRequest = anchor ? { type: 'lede/jump-to', tabId, anchor } : { type: 'lede/jump-to-article', tabId };
  try {
    return (await ask<JumpResponse | undefined>(request)) ?? { ok: false, reason: 'unreachable', message: 'No answer.' };
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: (error as Error).message };
  }
}

/** Reads the tab's article aloud on the page itself, with the page player. */
export async function requestListen(tabId: number): Promise<JumpResponse> {
  try {
    return (await ask<JumpResponse | undefined>({ type: 'lede/listen', tabId })) ?? { ok: false, reason: 'unreachable', message: 'No answer.' };
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: (error as Error).message };
  }
}
