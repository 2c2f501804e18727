/**
 * The sentences a summary may quote: body sentences of the article, in order, with what the
 * scorer needs to know about each. Headings, captions and code are not body text; bylines,
 * datelines, questions, calls to action and sentences too short or too long to read on
 * their own stay in the list (they still describe the article) but cannot be picked.
 */
import type { Block, BlockKind } from '../article-model';
import { countText } from '../text/reading-time';
import { splitEachIntoSentences } from '../text/sentences';
import { opensDangling } from './openers';
import { type Term, termsOf } from './terms';

export interface Candidate {
  blockId: string;
  /** Offsets in the block's text, past any dateline the sentence opens with. */
  start: number;
  end: number;
  text: string;
  /** Ordinal among the article's body sentences: 0 is the lede. */
  position: number;
  terms: Term[];
  /**
   * Whether the summary may show this sentence at all: worked out when first asked, since it
   * takes a word count and the summariser asks only about sentences that could win a pick.
   */
  readonly eligible: boolean;
  /** Whether it may be shown only right after the sentence before it: worked out when first asked, as it takes a pattern. */
  readonly dangling: boolean;
}

export const BODY_KINDS = new Set<BlockKind>(['paragraph', 'list-item', 'blockquote']);

/**
 * Long articles make their point near the top; reading further costs time for nothing,
 * and the cap keeps the summary's cost flat however long the page.
 */
export const MAX_CANDIDATES = 120;

/** Words, counting a Chinese or Japanese character as half a word (about their word length). */
const MIN_WORDS = 6;
const MAX_WORDS = 55;

/**
 * "WASHINGTON (Reuters) -", "(CNN)", "LONDON —": where and from whom, not what happened.
 * The summary shows the sentence without it.
 */
const DATELINE = /^(?:\([^()]{1,40}\)\s*(?:[-—–]{1,2}\s*)?|\p{Lu}{2,}[\p{Lu}\p{M}\s,.'’]*(?:\([^()]{1,40}\)\s*)?(?:--|[-—–])\s+)/u;

/** Paragraphs that credit or date the article rather than tell it. */
const BYLINE = /^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}/u;
const DATE_LINE = /^(?:published|updated|last updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b/iu;
const BYLINE_MAX_WORDS = 12;

/** Calls to action and furniture that slip into article text. */
const BOILERPLATE =
  /^(?:scroll down|click here|read more|read the full|sign up|subscribe|follow (?:us|@)|share (?:this|on)|advertisement|related:|watch:|video:|listen:|see also|pictured:|photo:)/i;

const QUESTION_END = /[?？؟][\s"'”’»)]*$/u;

function lengthInWords(text: string): number {
  const { words, cjkChars } = countText(text);
  return words - cjkChars / 2;
}

function isCreditLine(text: string): boolean {
  return (BYLINE.test(text) && lengthInWords(text) <= BYLINE_MAX_WORDS) || DATE_LINE.test(text);
}

/** Whether a sentence reads on its own: neither too short nor too long, no question, no furniture. */
function standsAlone(text: string): boolean {
  const words = lengthInWords(text);
  return words >= MIN_WORDS && words <= MAX_WORDS && !QUESTION_END.test(text) && !BOILERPLATE.test(text);
}

export function collectCandidates(blocks: readonly Block[], lang: string): Candidate[] {
  const candidates: Candidate[] = [];
  const bodyBlocks = blocks.filter((block) => BODY_KINDS.has(block.kind));
  const sentencesOfBlocks = splitEachIntoSentences(bodyBlocks.map((block) => block.text), lang);
  for (const block of bodyBlocks) {
    const creditLine = isCreditLine(block.text);
    for (const sentence of sentencesOfBlocks.next().value ?? []) {
      if (candidates.length === MAX_CANDIDATES) return candidates;
      const skip = DATELINE.exec(sentence.text)?.[0].length ?? 0;
      const text = sentence.text.slice(skip);
      let eligible: boolean | undefined;
      let dangling: boolean | undefined;
      // The article's first sentence has nothing before it to point back to: a pronoun
      // there looks ahead ("They may not be aliens, but…") or at the headline.
      const first = candidates.length === 0;
      candidates.push({
        blockId: block.id,
        start: sentence.start + skip,
        end: sentence.end,
        text,
        position: candidates.length,
        terms: termsOf(text),
        get eligible() {
          eligible ??= !creditLine && standsAlone(text);
          return eligible;
        },
        get dangling() {
          dangling ??= !first && opensDangling(text, lang);
          return dangling;
        },
      });
    }
  }
  return candidates;
}
