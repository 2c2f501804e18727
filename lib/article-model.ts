/**
 * The article model: the one shape every surface (content script, background cache,
 * popup, reader view, CLI, evaluation scripts) reads. It must stay JSON-serialisable so it
 * can cross extension messages and be cached in `storage.session`.
 */

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'figure'
  | 'blockquote'
  | 'preformatted';

export interface Block {
  /** Stable within one page: `b0`, `b1`… in article order. Maps to an element in the live page. */
  id: string;
  kind: BlockKind;
  /** Whitespace-normalised visible text. Offsets elsewhere in the model index into this string. */
  text: string;
  /** Heading level 1–6 for `heading` blocks (after the outline is rebuilt). */
  level?: number;
  /** For `list-item`: whether the list was ordered. */
  ordered?: boolean;
  /**
   * For `figure`: the image the page displayed (its absolute URL, or an inline raster `data:`
   * URL) with its alt text, and the caption, when present.
   */
  image?: { src: string; alt: string | null };
  caption?: string;
  /** For `figure`: an embedded player, post or frame, which Lede shows as a link back to its place in the page. */
  embed?: { kind: EmbedKind; title: string | null };
}

/** What an embed in the article holds, told by its element and the address it loads. */
export type EmbedKind = 'video' | 'audio' | 'post' | 'frame';

export type TextDirection = 'ltr' | 'rtl';

export interface ArticleMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives a parseable date, else null. */
  publishedTime: string | null;
  /** BCP 47 tag, e.g. `en`, `fa`, `de-CH`; `und` when unknown. */
  lang: string;
  dir: TextDirection;
  wordCount: number;
  readingMinutes: number;
  excerpt: string | null;
  /** The page URL the article was read from, when known. */
  url: string | null;
}

/** Where a piece of text sits in the article: a block and character offsets in `block.text`. */
export interface TextAnchor {
  blockId: string;
  start: number;
  end: number;
}

export interface SummarySentence extends TextAnchor {
  text: string;
}

export interface Quote extends TextAnchor {
  /** The words inside the quotation marks (joined across sentences/paragraphs). */
  text: string;
  /** Fullest name the article gives for the speaker, or null when unattributed. */
  speaker: string | null;
  /** The speech verb or cue, e.g. "said", "told", "according to", ":". */
  cue: string | null;
  /** One of the 3–5 most informative quotes, the ones the popup shows. */
  key: boolean;
  /** Extra anchors when a quote runs on across paragraphs. */
  continuedIn?: TextAnchor[];
}

export interface ArticleModel extends ArticleMeta {
  /**
   * Plain running text of the article: every block's text but figures' (captions describe
   * pictures and stay on their figure blocks), joined with blank lines.
   */
  text: string;
  blocks: Block[];
  /** Sanitised-later HTML of the cleaned article body (the reader view sanitises it again). */
  contentHtml: string;
  summary: SummarySentence[];
  quotes: Quote[];
}

export type NoArticleReason = 'no-content' | 'not-html' | 'empty';

/** Pages with no article give this typed result instead of throwing. */
export interface NoArticle {
  kind: 'no-article';
  reason: NoArticleReason;
  message: string;
}

export interface ArticleFound {
  kind: 'article';
  article: ArticleModel;
}

export type ExtractionResult = ArticleFound | NoArticle;
