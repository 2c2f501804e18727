import type { ArticleModel } from '../lib/article-model';

/** Title, source, byline, date and reading time: the same header in the popup and reader view. */
export function ArticleHeader({ article, headingLevel = 1 }: { article: ArticleModel; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const date = article.publishedTime ? new Date(article.publishedTime) : null;
  const source = article.siteName ?? (article.url ? hostOf(article.url) : null);
  return (
    <header class="article-header" lang={article.lang === 'und' ? undefined : article.lang} dir={article.dir}>
      <Heading class="article-title">{article.title}</Heading>
      <p class="article-meta">
        {[
          source,
          article.byline,
          date ? <time dateTime={article.publishedTime!}>{date.toLocaleDateString()}</time> : null,
          `${article.readingMinutes} min read`,
        ]
          .filter(Boolean)
          .map((part, i) => (
            <span key={i} class="article-meta-part">
              {part}
            </span>
          ))}
      </p>
    </header>
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
