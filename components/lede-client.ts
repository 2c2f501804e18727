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

export async function requestJump(tabId: number, anchor: TextAnchor): Promise<JumpResponse> {
  try {
    return (await ask<JumpResponse | undefined>({ type: 'lede/jump-to', tabId, anchor })) ?? { ok: false, message: 'No answer.' };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
