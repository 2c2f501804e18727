/**
 * Per-tab cache of article models in `storage.session`: it outlives service-worker restarts
 * (MV3 stops the worker after 30 s idle) but never touches disk, and is keyed by URL so a
 * tab that navigated is never shown its previous page.
 */
import { storage } from 'wxt/utils/storage';
import type { ArticleModel } from '../../lib/article-model';

interface CachedArticle {
  url: string;
  article: ArticleModel;
}

const keyFor = (tabId: number) => `session:article:${tabId}` as const;

export async function cachedArticle(tabId: number, url: string): Promise<ArticleModel | null> {
  const entry = await storage.getItem<CachedArticle>(keyFor(tabId));
  return entry && entry.url === url ? entry.article : null;
}

export async function cacheArticle(tabId: number, url: string, article: ArticleModel): Promise<void> {
  await storage.setItem<CachedArticle>(keyFor(tabId), { url, article });
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(keyFor(tabId));
}
