import type { ArticleModel } from '../lib/article-model';

/**
 * What a terminal would act on rather than show, in text from a page: escape sequences (CSI,
 * OSC, DCS and other string commands, two-character escapes), the remaining C0 controls but
 * tab and newline, DEL, the C1 controls (which some terminals obey as escapes) and the
 * bidirectional embeddings, overrides and isolates that reorder what is shown.
 */
const TERMINAL_CONTROL = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]?', // CSI … final byte
    '\\u001b[\\]PX^_][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?', // OSC, DCS, SOS, PM, APC … terminator
    '\\u001b[ -/]*[0-~]?', // any other escape
    '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]', // C0 (not \\t \\n), DEL, C1
    '[\\u202a-\\u202e\\u2066-\\u2069]', // bidi embeddings, overrides, isolates
  ].join('|'),
  'g',
);

/** Text from a page, safe to print to a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROL, '');
}

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
