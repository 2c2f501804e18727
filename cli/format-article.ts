import type { ArticleModel } from '../lib/article-model';

/** The CLI's human-readable view of an article. */
export function formatArticle(article: ArticleModel): string {
  const lines: string[] = [article.title];
  const source = [article.siteName, article.byline].filter(Boolean).join(' · ');
  if (source) lines.push(source);
  const date = article.publishedTime ? ` · ${article.publishedTime.slice(0, 10)}` : '';
  lines.push(`${article.readingMinutes} min read · ${article.wordCount} words${date}`, '');
  if (article.summary.length) {
    lines.push('Summary', ...article.summary.map((s) => `  • ${s.text}`), '');
  }
  const key = article.quotes.filter((q) => q.key);
  if (key.length) {
    lines.push('Key quotes', ...key.map((q) => `  “${q.text}” — ${q.speaker ?? 'unattributed'}`), '');
  }
  lines.push(article.text, '');
  return lines.join('\n');
}
