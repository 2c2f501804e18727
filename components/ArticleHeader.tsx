import { i18n } from '#i18n';
import type { ArticleModel } from '../lib/article-model';
import { articleLang, pluralUi, uiLocale } from './ui-locale';

/**
 * Title, then one line of source, byline, date, reading time and language: the same concise
 * header in the popup and the reader view. The title, source and byline are the article's
 * words (its language and direction); the rest is Lede's, in the UI language.
 */
export function ArticleHeader({ article, headingLevel = 1 }: { article: ArticleModel; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const lang = articleLang(article.lang);
  const locale = uiLocale();
  const source = article.siteName ?? (article.url ? hostOf(article.url) : null);
  const date = formatDate(article.publishedTime, locale);
  const language = lang ? languageName(lang, locale) : null;
  return (
    <header class="article-header">
      {/* Focusable from script only: the popup moves focus here when a state change removed the focused control. */}
      <Heading class="article-title" tabIndex={-1} lang={lang} dir={article.dir}>
        {article.title}
      </Heading>
      <p class="article-meta">
        {source && (
          <span class="article-meta-part" lang={lang} dir={article.dir}>
            {source}
          </span>
        )}
        {article.byline && (
          <span class="article-meta-part" lang={lang} dir={article.dir}>
            {article.byline}
          </span>
        )}
        {date && (
          <time class="article-meta-part" dateTime={article.publishedTime!}>
            {date}
          </time>
        )}
        <span class="article-meta-part">{pluralUi('popup.readingTime', article.readingMinutes)}</span>
        {language && <span class="article-meta-part">{language}</span>}
      </p>
    </header>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function formatDate(iso: string | null, locale: string): string | null {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** "English", "Persian"… in the UI language; null for a tag the browser cannot name. */
function languageName(lang: string, locale: string): string | null {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(lang);
    return name && name !== lang ? name : null;
  } catch {
    return null;
  }
}
