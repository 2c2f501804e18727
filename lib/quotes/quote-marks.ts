/**
 * Which characters can open or close a quotation, and in which conventions. Marks of one
 * family pair with each other: English “…” and "…", German „…“, Swedish ”…”, Polish „…” are
 * all `double`; French « … » and Danish » … « are `guillemet`; Japanese 「…」 and 『…』 are
 * `corner` and `white-corner`.
 */

export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'guillemet-single' | 'corner' | 'white-corner';

const FAMILY_OF: Record<string, QuoteFamily> = {
  '"': 'double',
  '\u201c': 'double', // “
  '\u201d': 'double', // ”
  '\u201e': 'double', // „
  '\u201f': 'double', // ‟
  "'": 'single',
  '\u2018': 'single', // ‘
  '\u2019': 'single', // ’
  '\u201a': 'single', // ‚
  '\u00ab': 'guillemet', // «
  '\u00bb': 'guillemet', // »
  '\u2039': 'guillemet-single', // ‹
  '\u203a': 'guillemet-single', // ›
  '\u300c': 'corner', // 「
  '\u300d': 'corner', // 」
  '\u300e': 'white-corner', // 『
  '\u300f': 'white-corner', // 』
  '\uff62': 'corner', // ｢ (half-width)
  '\uff63': 'corner', // ｣
};

export function quoteFamily(mark: string): QuoteFamily | undefined {
  return mark.length === 2 ? 'double' : FAMILY_OF[mark];
}

/** Every character that can be a quotation mark, for cheap pre-filtering and regex classes. */
const QUOTE_CHARS = Object.keys(FAMILY_OF).join('');

/**
 * Two single marks typed for a double one: the ''…'' of older newswire and New York Times
 * text, and ‘‘…’’ produced from it by smart-quote software.
 */
const DOUBLED_SINGLE = /''|\u2018\u2018|\u2019\u2019/;

/** Every quotation mark, doubled singles first so they are read as one mark. */
export const QUOTE_MARK = new RegExp(`${DOUBLED_SINGLE.source}|[${QUOTE_CHARS}]`, 'g');

/**
 * The side of a mark, read from its neighbours the way typographers place marks: an opening
 * mark has space (or an opening bracket or dash) before it and a word after it; a closing
 * mark follows a word and is followed by space or punctuation. Straight marks have no
 * other clue, and curly ones are often typed wrongly, so this decides most cases.
 */
export interface Flanking {
  /** Followed by a word and preceded by space, an opening bracket, a dash or start of text. */
  opens: boolean;
  /** Preceded by a word or punctuation and followed by space, punctuation or end of text. */
  closes: boolean;
  /** A letter or digit on both sides, as in an apostrophe: don’t, O’Brien. */
  inWord: boolean;
}

const SPACE = /\s/;
const WORDLIKE = /[\p{L}\p{N}]/u;
// What may stand right before an opening mark other than space: brackets, dashes, slashes,
// other quotation marks (nested openings) and the colon of "said:“…”" written without space.
const BEFORE_OPENING = new RegExp(`[([{\\u2014\\u2013\\u2015\\-/:${QUOTE_CHARS}]`);

export function flanking(text: string, start: number, end = start + 1): Flanking {
  const prev = start > 0 ? text[start - 1]! : '';
  const next = end < text.length ? text[end]! : '';
  const prevIsSpace = prev === '' || SPACE.test(prev);
  const nextIsSpace = next === '' || SPACE.test(next);
  return {
    opens: !nextIsSpace && (prevIsSpace || BEFORE_OPENING.test(prev)),
    closes: !prevIsSpace && (nextIsSpace || !WORDLIKE.test(next)),
    inWord: WORDLIKE.test(prev) && WORDLIKE.test(next),
  };
}

// Elided words that begin with an apostrophe: ’90s, ’em, ’til, rock ’n’ roll, ’tis.
const ELISION = /^(?:\d|(?:em|til|cause|n|tis|twas|bout|round)(?![\p{L}]))/iu;

/** Whether a mark before a word is an apostrophe of elision rather than an opening quote. */
export function isElision(text: string, i: number): boolean {
  return ELISION.test(text.slice(i + 1, i + 7));
}
