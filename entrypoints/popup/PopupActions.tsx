/** The popup's actions: reader view, jump to the article, copy, and AI key points where offered. */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { articleDigest } from '../../components/article-digest';
import { requestListen } from '../../components/lede-client';
import type { ArticleModel } from '../../lib/article-model';

interface PopupActionsProps {
  article: ArticleModel;
  tabId: number;
  openedAsTab: boolean;
  onJumpToArticle: () => void;
  /** Reports the outcome of an action through the popup's visible status. */
  onNotice: (message: string) => void;
  aiReady: boolean;
  onAiKeyPoints: () => void;
}

export function PopupActions({ article, tabId, openedAsTab, onJumpToArticle, onNotice, aiReady, onAiKeyPoints }: PopupActionsProps) {
  const openReader = async () => {
    // Resolved against this page, so it is the reader view of this very extension.
    await browser.tabs.create({ url: new URL(`/reader.html?tab=${tabId}`, location.href).href });
    if (!openedAsTab) window.close();
  };

  /** The page player opens in the tab, which takes focus; the popup is done. */
  const listen = async () => {
    const response = await requestListen(tabId);
    if (!response.ok) onNotice(i18n.t('popup.listenFailed'));
    else if (!openedAsTab) window.close();
  };

  const copy = async () => {
    const text = articleDigest(article, {
      summary: i18n.t('popup.summaryHeading'),
      keyQuotes: i18n.t('popup.quotesHeading'),
      quote: (quote) => i18n.t('popup.copiedQuote', [quote.text, quote.speaker ?? i18n.t('popup.unattributed')]),
    });
    try {
      await navigator.clipboard.writeText(text);
      onNotice(i18n.t('popup.copied'));
    } catch {
      onNotice(i18n.t('popup.copyFailed'));
    }
  };

  return (
    <section class="actions" aria-label={i18n.t('popup.actionsLabel')}>
      <div class="action-row">
        <button type="button" class="action" onClick={() => void openReader()}>
          {i18n.t('popup.openReader')}
        </button>
        <button type="button" class="action" onClick={onJumpToArticle}>
          {i18n.t('popup.jumpToArticle')}
        </button>
        <button type="button" class="action" onClick={() => void listen()}>
          {i18n.t('popup.listen')}
        </button>
        <button type="button" class="action" onClick={() => void copy()}>
          {i18n.t('popup.copy')}
        </button>
        {aiReady && (
          <button type="button" class="action" onClick={onAiKeyPoints}>
            {i18n.t('popup.ai.button')}
          </button>
        )}
      </div>
    </section>
  );
}
