/**
 * Choosing the key quotes, the 3–5 the popup shows: informative ones (a full statement,
 * not a fragment nor a speech), with a named speaker, early in the article, each saying
 * something new, from as many different speakers as the article offers.
 */

export interface RankInput {
  text: string;
  words: number;
  speaker: string | null;
}

const MIN_KEY = 3;
const MAX_KEY = 5;
// Quotes in this word range say one complete thing; shorter ones are thin, longer ones are
// speeches nobody reads in a popup.
const BEST_MIN_WORDS = 12;
const BEST_MAX_WORDS = 45;
// Two quotes sharing this much of their vocabulary say the same thing.
const NEAR_DUPLICATE = 0.6;

/** How many key quotes an article with `n` quotations gets. */
function keyCount(n: number): number {
  return Math.min(n, n >= 12 ? MAX_KEY : n >= 6 ? MAX_KEY - 1 : MIN_KEY);
}

function informativeness(q: RankInput, index: number, total: number): number {
  const length =
    q.words < BEST_MIN_WORDS
      ? q.words / BEST_MIN_WORDS
      : q.words > BEST_MAX_WORDS
        ? Math.max(0.4, BEST_MAX_WORDS / q.words)
        : 1;
  const named = q.speaker ? 1 : 0.5;
  const position = 1 - (0.3 * index) / Math.max(1, total);
  return length * named * position;
}

// A module constant: esbuild turns a property-escape literal into a `new RegExp(…)` run per call.
const VOCABULARY_WORD = /[\p{L}\p{N}]{3,}/gu;

function vocabulary(text: string): Set<string> {
  return new Set(text.toLowerCase().match(VOCABULARY_WORD) ?? []);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Which quotes are key, as flags in the input's order. Greedy: best score first, skipping
 * near-duplicates of a chosen quote and, in a first round, speakers already chosen.
 */
export function pickKeyQuotes(quotes: readonly RankInput[]): boolean[] {
  const wanted = keyCount(quotes.length);
  const scores = quotes.map((q, i) => informativeness(q, i, quotes.length));
  const order = quotes.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  // Read only for the quotes the loop gets to: most articles fill their key quotes early.
  const words: Set<string>[] = [];
  const wordsOf = (i: number) => (words[i] ??= vocabulary(quotes[i]!.text));
  const chosen: number[] = [];
  const speakers = new Set<string>();
  for (const distinctSpeakers of [true, false]) {
    for (const i of order) {
      if (chosen.length >= wanted) break;
      if (chosen.includes(i)) continue;
      const speaker = quotes[i]!.speaker;
      if (distinctSpeakers && speaker !== null && speakers.has(speaker)) continue;
      if (chosen.some((j) => overlap(wordsOf(i), wordsOf(j)) >= NEAR_DUPLICATE)) continue;
      chosen.push(i);
      if (speaker) speakers.add(speaker);
    }
  }
  const key = quotes.map(() => false);
  for (const i of chosen) key[i] = true;
  return key;
}
