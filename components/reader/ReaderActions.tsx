/** Back to the page, print, and save the clean article as one HTML file. */
import { useEffect, useMemo } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ArticleModel } from '../../lib/article-model';
import { htmlFileName, standaloneArticleHtml } from '../../lib/reader/standalone-html';
import { hostOf, isWebUrl } from '../../lib/reader/web-url';
import { pluralUi, uiLocale } from '../ui-locale';
import { articleLabels } from './article-labels';
import { focusTab } from './back-to-page';

interface ReaderActionsProps {
  article: ArticleModel;
  tabId: number;
  /** The reader's shown images as `data:` URLs: the saved file holds these, and describes the rest. */
  images: ReadonlyMap<string, string>;
  onNotice: (message: string) => void;
}

/** The header's meta line as plain text, for the saved file. */
function metaLine(article: ArticleModel): string {
  const date = article.publishedTime ? new Date(article.publishedTime) : null;
  return [
    article.siteName,
    article.byline,
    date && !Number.isNaN(date.getTime()) ? new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' }).format(date) : null,
    pluralUi('popup.readingTime', article.readingMinutes),
  ]
    .filter(Boolean)
    .join(' · ');
}

export function ReaderActions({ article, tabId, images, onNotice }: ReaderActionsProps) {
  // A blob: URL made once per article, so "Save as HTML" is a plain link (it also works
  // with the browser's "Save link as…").
  const saved = useMemo(() => {
    const html = standaloneArticleHtml(article, {
      meta: metaLine(article),
      original: i18n.t('reader.original', [isWebUrl(article.url) ? hostOf(article.url) : (article.siteName ?? '')]),
      summaryHeading: i18n.t('reader.summaryHeading'),
      quotesHeading: i18n.t('reader.quotesHeading'),
      unattributed: i18n.t('popup.unattributed'),
      ...articleLabels(),
      imageSource: (url) => images.get(url) ?? null,
    });
    return { url: URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' })), name: htmlFileName(article.title) };
  }, [article, images]);
  useEffect(() => () => URL.revokeObjectURL(saved.url), [saved]);

  const back = async () => {
    if (!(await focusTab(tabId))) onNotice(i18n.t('reader.backFailed'));
  };

  return (
    <nav class="reader-actions" aria-label={i18n.t('reader.actionsLabel')}>
      <button type="button" class="action" onClick={() => void back()}>
        {i18n.t('reader.backToPage')}
      </button>
      <button type="button" class="action" onClick={() => print()}>
        {i18n.t('reader.print')}
      </button>
      <a class="action" href={saved.url} download={saved.name}>
        {i18n.t('reader.saveHtml')}
      </a>
    </nav>
  );
}
