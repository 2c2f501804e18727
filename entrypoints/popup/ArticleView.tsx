/**
 * The popup's answer for an article: a concise header, then the summary (the first thing a
 * screen reader reaches after the title), the AI's key points when asked for, the key quotes
 * and the actions. Activating a sentence or quote moves the reader there in the page.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { AiKeyPoints } from '../../components/AiKeyPoints';
import { ArticleHeader } from '../../components/ArticleHeader';
import { requestJump } from '../../components/lede-client';
import { LiveStatus } from '../../components/LiveStatus';
import { QuoteList } from '../../components/QuoteList';
import { SummaryList } from '../../components/SummaryList';
import { useAiKeyPoints } from '../../components/use-ai-key-points';
import type { ArticleModel, TextAnchor } from '../../lib/article-model';
import { PopupActions } from './PopupActions';

interface ArticleViewProps {
  article: ArticleModel;
  tabId: number;
  /** Opened as a tab (`?tab=`) rather than as the toolbar popup: then it stays open after a jump. */
  openedAsTab: boolean;
  onPageChanged: () => void;
}

export function ArticleView({ article, tabId, openedAsTab, onPageChanged }: ArticleViewProps) {
  const [notice, setNotice] = useState('');
  const ai = useAiKeyPoints(article);
  const keyQuotes = article.quotes.filter((quote) => quote.key);

  useEffect(() => {
    if (ai.state.kind === 'writing' && ai.state.points.length === 0) {
      // The button that asked is gone: the new section's heading takes focus instead.
      document.getElementById('ai-heading')?.focus();
      setNotice(i18n.t('popup.ai.writing'));
    } else if (ai.state.kind === 'done') {
      setNotice(i18n.t('popup.ai.ready'));
    }
  }, [ai.state.kind]);

  const jump = async (anchor?: TextAnchor) => {
    const result = await requestJump(tabId, anchor);
    if (result.ok) {
      // The toolbar popup gets out of the way so the reader lands on the page.
      if (!openedAsTab) window.close();
    } else if (result.reason === 'page-changed') {
      onPageChanged();
    } else {
      setNotice(i18n.t('popup.jumpFailed'));
    }
  };

  return (
    <>
      <ArticleHeader article={article} />
      <section class="summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{i18n.t('popup.summaryHeading')}</h2>
        {article.summary.length ? (
          <>
            <p class="hint">{i18n.t('popup.summaryHint')}</p>
            <SummaryList items={article.summary} lang={article.lang} dir={article.dir} onActivate={(s) => void jump(s)} />
          </>
        ) : (
          <p>{i18n.t('popup.summaryEmpty')}</p>
        )}
      </section>
      <AiKeyPoints state={ai.state} lang={article.lang} dir={article.dir} />
      <section class="quotes" aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">{i18n.t('popup.quotesHeading')}</h2>
        {keyQuotes.length ? (
          <QuoteList items={keyQuotes} lang={article.lang} dir={article.dir} onActivate={(q) => void jump(q)} />
        ) : (
          <p>{i18n.t('popup.quotesEmpty')}</p>
        )}
      </section>
      <PopupActions
        article={article}
        tabId={tabId}
        openedAsTab={openedAsTab}
        onJumpToArticle={() => void jump()}
        onNotice={setNotice}
        aiReady={ai.state.kind === 'ready'}
        onAiKeyPoints={ai.start}
      />
      <LiveStatus message={notice} visible />
    </>
  );
}
