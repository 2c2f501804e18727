/**
 * ROUGE-1, ROUGE-2 and ROUGE-L as Google's `rouge-score` computes them with
 * `use_stemmer=True`, so Lede's figures compare with published ones: lower-case, every run
 * of characters outside [a-z0-9] becomes a space, tokens longer than three characters are
 * Porter-stemmed; ROUGE-N counts clipped n-gram matches, ROUGE-L is the longest common
 * subsequence of the two whole token sequences (not the per-sentence "rougeLsum").
 *
 * js-rouge was the first choice but does not fit: it tokenises Penn-Treebank style without
 * stemming, is case-sensitive by default, splits ROUGE-L into sentences and throws on an
 * empty summary. Its hooks could bend it, but the result would re-tokenise per metric and
 * still need guards, so the metric is kept here, small, on top of `stemmer` (the Porter
 * algorithm; NLTK's extensions to it, which rouge-score inherits, change only rare forms).
 *
 * That tokenizer sees only ASCII, so it cannot score other languages: Arabic, Russian or
 * Chinese text would have no tokens at all, and French or Turkish would lose every accented
 * letter. The `unicode` tokenizer is for them: words are runs of letters, digits and
 * combining marks in any script, lower-cased (after NFC normalisation, so a letter typed as
 * base + accent matches its precomposed form), with no stemming; Chinese and Japanese, which
 * do not put spaces between words, are scored by characters (each Han, Hiragana or Katakana
 * character is a token), as is usual for ROUGE in those languages.
 */
import { stemmer } from 'stemmer';

export interface RougeScore {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
}

const NON_ALPHANUMERIC = /[^a-z0-9]+/g;
/** rouge-score leaves short tokens alone: the stemmer mangles words like "was" or "has". */
const MIN_STEMMED_LENGTH = 4;

/** How text becomes ROUGE tokens: rouge-score's ASCII rules (English) or any script's words. */
export type RougeTokenizer = 'rouge-score' | 'unicode';
export const ROUGE_TOKENIZERS: readonly RougeTokenizer[] = ['rouge-score', 'unicode'];

/** The tokenizer a row gets when none is asked for: rouge-score's for English, unicode otherwise. */
export function defaultTokenizer(lang: string): RougeTokenizer {
  return /^en(?:$|[-_])/i.test(lang) ? 'rouge-score' : 'unicode';
}

/** A Han, Hiragana or Katakana character alone, or a run of other letters, digits and marks. */
const UNICODE_TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

export function unicodeTokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(UNICODE_TOKEN) ?? [];
}

export function rougeTokens(text: string, tokenizer: RougeTokenizer = 'rouge-score'): string[] {
  if (tokenizer === 'unicode') return unicodeTokens(text);
  return text
    .toLowerCase()
    .replace(NON_ALPHANUMERIC, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length >= MIN_STEMMED_LENGTH ? stemmer(token) : token));
}

function score(matches: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = matches / Math.max(candidateCount, 1);
  const recall = matches / Math.max(referenceCount, 1);
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    // Tokens never contain a space, so joining with one cannot make two n-grams collide.
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(candidate: string[], reference: string[], n: number): RougeScore {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let matches = 0;
  for (const [gram, count] of ref) matches += Math.min(count, cand.get(gram) ?? 0);
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  return score(matches, total(cand), total(ref));
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let current = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

export function rougeL(candidate: string[], reference: string[]): RougeScore {
  if (candidate.length === 0 || reference.length === 0) return score(0, 0, 0);
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

export function rougeScores(candidate: string, reference: string, tokenizer: RougeTokenizer = 'rouge-score'): RougeScores {
  const cand = rougeTokens(candidate, tokenizer);
  const ref = rougeTokens(reference, tokenizer);
  return { rouge1: rougeN(cand, ref, 1), rouge2: rougeN(cand, ref, 2), rougeL: rougeL(cand, ref) };
}
