/**
 * "Save as HTML": the clean article as one self-contained file. It holds the same sanitised
 * body as the reader view, a few lines of CSS and a Content-Security-Policy that lets the
 * file load and run nothing, wherever it is opened later.
 */
import type { ArticleModel } from '../article-model';
import { sanitizeArticle, type SanitizeOptions } from './sanitize-article';
import { isWebUrl } from './web-url';

export interface StandaloneLabels extends Pick<SanitizeOptions, 'describeImage' | 'undescribedImage' | 'describeEmbed' | 'imageSource'> {
  /** Source, byline, date and reading time, already formatted for the UI language. */
  meta: string;
  /** The text of the link to the original page. */
  original: string;
  summaryHeading: string;
  quotesHeading: string;
  unattributed: string;
}

const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE_MARK = 'lede-style';

const CSS = `
body { margin: 0 auto; padding: 2rem 1rem; max-width: 66ch; font: 1.15rem/1.6 Georgia, 'Times New Roman', serif; color: #1c1c1c; background: #fff; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
a { color: #0b53c4; }
img { display: block; max-width: 100%; height: auto; }
figcaption { color: #4f4f4f; font-size: 0.9em; }
figure { margin: 1.5rem 0; }
.lede-image { display: block; padding: 0.75rem; border: 1px dashed #6e6e6e; color: #4f4f4f; font-style: italic; }
.meta { color: #4f4f4f; }
blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 4px solid #6e6e6e; }
table { border-collapse: collapse; } td, th { border: 1px solid #6e6e6e; padding: 0.25rem 0.5rem; }
@media (prefers-color-scheme: dark) {
  body { color: #e8e6e3; background: #17181b; } a { color: #8fb8ff; } .meta, .lede-image { color: #b3afa8; }
}`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

export function standaloneArticleHtml(article: ArticleModel, labels: StandaloneLabels): string {
  // An inert document: nothing built here loads or runs while it is put together.
  const doc = document.implementation.createHTMLDocument(article.title);
  if (article.lang !== 'und') doc.documentElement.lang = article.lang;
  doc.documentElement.dir = article.dir;
  const charset = element(doc, 'meta');
  charset.setAttribute('charset', 'utf-8');
  const csp = element(doc, 'meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = CSP;
  const viewport = element(doc, 'meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  doc.head.prepend(charset, csp, viewport);
  // The <style> is written into the text, not built here: a <style> element inserted into any
  // document made by this page falls under the reader's own CSP (style-src 'self').
  doc.head.append(doc.createComment(STYLE_MARK));

  const main = element(doc, 'main');
  main.append(element(doc, 'h1', article.title));
  const meta = element(doc, 'p', labels.meta);
  meta.className = 'meta';
  main.append(meta);
  if (isWebUrl(article.url)) {
    const link = element(doc, 'a', labels.original);
    link.href = article.url;
    const p = element(doc, 'p');
    p.append(link);
    main.append(p);
  }
  if (article.summary.length) {
    main.append(element(doc, 'h2', labels.summaryHeading));
    const list = element(doc, 'ul');
    for (const s of article.summary) list.append(element(doc, 'li', s.text));
    main.append(list);
  }
  const keyQuotes = article.quotes.filter((q) => q.key);
  if (keyQuotes.length) {
    main.append(element(doc, 'h2', labels.quotesHeading));
    const list = element(doc, 'ul');
    for (const q of keyQuotes) {
      const item = element(doc, 'li');
      item.append(element(doc, 'q', q.text), ` — ${q.speaker ?? labels.unattributed}`);
      list.append(item);
    }
    main.append(list);
  }
  main.append(
    sanitizeArticle(article.contentHtml, {
      baseUrl: article.url,
      title: article.title,
      describeImage: labels.describeImage,
      undescribedImage: labels.undescribedImage,
      describeEmbed: labels.describeEmbed,
      // Only `data:` images: the saved file loads nothing, wherever it is opened.
      imageSource: (url) => {
        const data = labels.imageSource?.(url) ?? null;
        return data?.startsWith('data:') ? data : null;
      },
      into: doc,
    }),
  );
  doc.body.append(main);
  const html = doc.documentElement.outerHTML.replace(`<!--${STYLE_MARK}-->`, () => `<style>${CSS}</style>`);
  return `<!doctype html>\n${html}\n`;
}

/** A file name from the title: characters no file system allows are dropped, the length is kept sane. */
export function htmlFileName(title: string): string {
  const base = title
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || 'article'}.html`;
}
