import type { ArticleModel, Quote } from '../lib/article-model';

export interface DigestLabels {
  summary: string;
  keyQuotes: string;
  /** One quote with its speaker (or "Unattributed"), punctuated for the UI language. */
  quote: (quote: Quote) => string;
}

/**
 * The summary and key quotes as plain text for the clipboard: title and address first, so
 * the text still says where it came from once pasted somewhere else. Sections with nothing
 * in them are left out.
 */
export function articleDigest(article: Pick<ArticleModel, 'title' | 'url' | 'summary' | 'quotes'>, labels: DigestLabels): string {
  const keyQuotes = article.quotes.filter((quote) => quote.key);
  const sections = [[article.title, article.url].filter(Boolean).join('\n')];
  if (article.summary.length) {
    sections.push([labels.summary, ...article.summary.map((sentence) => `- ${sentence.text}`)].join('\n'));
  }
  if (keyQuotes.length) {
    sections.push([labels.keyQuotes, ...keyQuotes.map((quote) => `- ${labels.quote(quote)}`)].join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
